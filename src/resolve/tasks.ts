/**
 * Tasks from appendix tables ("Nội dung | Cơ quan chủ trì | Cơ quan phối hợp
 * | Thời gian hoàn thành | Sản phẩm"): one task per row, agencies split, the
 * deadline parsed into an interval with the original text kept. And from task
 * lists in the body, where the same labels open fields ("- Cơ quan thực hiện:
 * Sở … chủ trì, phối hợp với … - Thời gian thực hiện: quý II/2020").
 */

import {partnerListEnders, recurringDeadlines, taskColumnLabels, type RecurringKind, type TaskColumn} from '../../grammars/index.js'
import {findDate, isoDate} from '../text/dates.js'
import {fold, isUpperText, squash, startsLower, stripEnd, stripStart} from '../text/fold.js'
import {romanValue} from '../lines/markers.js'
import type {Context, Draft} from '../tree/draft.js'
import {cellText} from '../blocks/table.js'
import {agencies, canonicalAgency} from './agencies.js'
import {namesAgenciesOnly, opensAgency, type ResponsibilityDraft} from './responsibilities.js'

/** A parsed deadline. */
export interface Deadline {
  /** As written. @example "Quý II/2023" */
  text: string
  /** ISO dates of the interval, when it has one. */
  from: string | null
  to: string | null
  recurring: RecurringKind | null
}

/** A task before positions are mapped. */
export interface TaskDraft {
  description: string
  lead: string | null
  /** The lead agencies' lexicon names (null where the lexicon has none), joined as `lead` is. */
  leadCanonical: string | null
  partners: string[]
  /** Each partner's lexicon name, or null. */
  partnersCanonical: Array<string | null>
  deadline: Deadline | null
  output: string | null
  /** An appendix table's row, or a task list in the body. */
  origin: 'table' | 'list' | 'duty'
  /** The group row of its table the task is listed under ("I | CẢI CÁCH THỂ CHẾ | | |"), or null. */
  group: string | null
  s: number
  e: number
}

const RECURRING = recurringDeadlines.map(([phrase, kind]) => ({folded: fold(phrase), kind}))

function lastDay(year: number, month: number): string {
  return isoDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate())!
}

/**
 * Parse a deadline: "Quý I/2023", "Tháng 6/2023", "Năm 2023", "2023-2025",
 * "30/6/2023", "Trước ngày 30/6/2023", "Hằng năm", "Thường xuyên"; several
 * periods ("Quý I và Quý III/2024", "Từ tháng 3 đến tháng 6/2024") span from
 * the first to the last, a period without its year taking the next one's.
 * "Trước …", "Chậm nhất …", "Đến hết …" leave the start open; "Từ …" alone, the end.
 */
export function parseDeadline(raw: string, planYear: number | null = null): Deadline | null {
  const text = squash(raw)
  if (text.length === 0) return null
  const folded = fold(text)
  // "2024 và các năm tiếp theo", "Tháng 12/2024 và các năm tiếp theo": from then on, every year.
  const onwards = ONWARDS.test(folded)
  const recurring = recurrenceIn(folded)
  const bounds = (from: string | null, to: string | null, count: number): Deadline => ({
    text,
    from: BY.test(folded) ? null : from,
    to: onwards || (count === 1 && SINCE.test(folded) && !/\sden\s/.test(folded)) ? null : to,
    recurring
  })
  const periods = monthsAndQuarters(folded, planYear)
  if (periods.length > 0) return bounds(periods[0]!.from, periods[periods.length - 1]!.to, periods.length)
  const date = findDate(text)
  if (date?.iso) return bounds(date.iso, date.iso, 1)
  // "15 tháng 6 năm 2024", "Ngày 15 tháng 6, 2024", "trước ngày 15 tháng 6" (the plan's year): a day in words.
  const worded = DAY_IN_WORDS.exec(folded)
  const wordedSaid = worded ? YEAR_AFTER_DAY.exec(folded.slice(worded.index + worded[0].length)) : null
  const wordedYear = worded ? (wordedSaid !== null ? Number(wordedSaid[1]) : planYear) : null
  const wordedDay = worded && wordedYear !== null ? isoDate(wordedYear, Number(worded[2]), Number(worded[1])) : null
  if (wordedDay) return bounds(wordedDay, wordedDay, 1)
  // "Trước 30/6", "Trước ngày 15/12" in a plan for one year: that day of the year.
  const dayMonth = planYear === null ? null : DAY_MONTH.exec(folded)
  const day = dayMonth ? isoDate(planYear!, Number(dayMonth[2]), Number(dayMonth[1])) : null
  if (day) return bounds(day, day, 1)
  // "6 tháng đầu năm 2024", "6 tháng cuối năm 2024": the first or last months of the year (the plan's, unsaid).
  const part = /(\d{1,2})\s{1,3}thang\s{1,3}(dau|cuoi)\s{1,3}nam/.exec(folded)
  const said = part ? /^\s{0,3}((?:19|20)\d\d)(?!\d)/.exec(folded.slice(part.index + part[0].length)) : null
  const partYear = said ? Number(said[1]) : planYear
  if (part && partYear !== null && Number(part[1]) >= 1 && Number(part[1]) <= 12) {
    const n = Number(part[1])
    const year = partYear
    return part[2] === 'dau' ? bounds(isoDate(year, 1, 1), lastDay(year, n), 1) : bounds(isoDate(year, 13 - n, 1), isoDate(year, 12, 31), 1)
  }
  // "Đầu năm 2024", "Giữa năm", "Cuối năm 2024": the first quarter, the middle two, the last (the plan's year, unsaid).
  const season = /(?:^|\s)(dau|giua|cuoi)\s{1,3}nam/.exec(folded)
  const seasonSaid = season ? /^\s{1,3}((?:19|20)\d\d)(?!\d)/.exec(folded.slice(season.index + season[0].length)) : null
  const seasonYear = season ? (seasonSaid ? Number(seasonSaid[1]) : planYear) : null
  if (season && seasonYear !== null && !/\d\s{1,3}thang\s{1,3}$/.test(folded.slice(0, season.index + 1))) {
    const [first, last] = season[1] === 'dau' ? [1, 3] : season[1] === 'giua' ? [4, 9] : [10, 12]
    return bounds(isoDate(seasonYear, first, 1), lastDay(seasonYear, last), 1)
  }
  // "06/2024", "6/2024": a month of a year, figures only.
  const monthYear = MONTH_YEAR.exec(folded)
  if (monthYear && Number(monthYear[1]) >= 1 && Number(monthYear[1]) <= 12) {
    const year = Number(monthYear[2])
    return bounds(isoDate(year, Number(monthYear[1]), 1), lastDay(year, Number(monthYear[1])), 1)
  }
  const range = /((?:19|20)\d\d)\s{0,3}[-–]\s{0,3}((?:19|20)\d\d)/.exec(folded)
  if (range) return bounds(isoDate(Number(range[1]), 1, 1), isoDate(Number(range[2]), 12, 31), 2)
  const years = [...folded.matchAll(/(?:^|\D)((?:19|20)\d\d)(?!\d)/g)].map((m) => Number(m[1]))
  if (years.length > 0) return bounds(isoDate(Math.min(...years), 1, 1), isoDate(Math.max(...years), 12, 31), years.length)
  // "Cả năm", "Trong năm" in a plan for one year: that year.
  if (planYear !== null && WHOLE_YEAR.test(folded)) return bounds(isoDate(planYear, 1, 1), isoDate(planYear, 12, 31), 1)
  return {text, from: null, to: null, recurring}
}

/** How often a deadline recurs, from its words (folded, squashed): "hằng năm", "định kỳ 6 tháng", "… và các năm tiếp theo"; or null. */
function recurrenceIn(folded: string): Deadline['recurring'] {
  return RECURRING.find((r) => folded.includes(r.folded))?.kind ?? (ONWARDS.test(folded) ? 'yearly' : null)
}

/** "30/6", "ngày 15/12": a day and month with no year. */
const DAY_MONTH = /(?:^|[^\d/])(\d{1,2})\s?\/\s?(\d{1,2})(?![\d/])/
/** "15 tháng 6" (folded, squashed): a day in words; its year follows or is unsaid. */
const DAY_IN_WORDS = /(?:^|\D)(\d{1,2}) thang (\d{1,2})(?!\d)/
/** " năm 2024", ", 2024" after a day in words (folded, squashed). */
const YEAR_AFTER_DAY = /^ ?,? ?(?:nam )?((?:19|20)\d\d)(?!\d)/
/** "06/2024": a month and a year in figures. */
const MONTH_YEAR = /(?:^|[^\d/])(\d{1,2})\s?\/\s?((?:19|20)\d\d)(?![\d/])/
/** The whole of the year the plan is for. */
const WHOLE_YEAR = /^(?:ca nam|trong nam|suot nam|nam nay|trong nam nay)\.?$/

/** "Trước …", "Chậm nhất …", "Đến hết …", "Hoàn thành trước …": a limit, with no start. */
const BY = /^(?:hoan thanh\s)?(?:truoc|cham nhat|den het|den|han chot|khong qua)\b/
/** "… và các năm tiếp theo", "… và những năm sau": on from the year said. */
const ONWARDS = /\s(?:va|cho)\s(?:cac|nhung)\snam\s(?:tiep theo|sau|ke tiep)/

/** "Từ tháng 3/2024": a start, with no end. */
const SINCE = /^(?:bat dau\s)?tu\s/

/** "ii" or "2" → 2; null unless a quarter (1–4). */
function quarterValue(numeral: string): number | null {
  const q = /\d/.test(numeral) ? Number(numeral) : romanValue(numeral.toUpperCase())
  return q !== null && q >= 1 && q <= 4 ? q : null
}

/**
 * The quarters and months of a deadline, in order, as intervals; one without
 * its year takes the next one's ("Quý I và Quý III/2024").
 */
function monthsAndQuarters(folded: string, planYear: number | null): Array<{from: string; to: string}> {
  const found: Array<{at: number; first: number; last: number; year: number | null}> = []
  // The year after a quarter or month: "/2024", " năm 2024".
  const yearAfter = (end: number): number | null => {
    const y = /^\s{0,2}(?:\/|nam)\s{0,2}((?:19|20)\d\d)(?!\d)/.exec(folded.slice(end, end + 12))
    return y ? Number(y[1]) : null
  }
  for (const m of folded.matchAll(/quy\s{1,3}([ivx]{1,3}|[1-4])(?![a-z0-9])/g)) {
    const q = quarterValue(m[1]!)
    if (q === null) continue
    // "Quý I, II/2024", "Quý I - II/2024", "Quý I và II/2024": the quarters listed after the word.
    let last = q
    let end = m.index + m[0].length
    for (let more = 0; more < 3; more++) {
      const next = /^\s{0,2}(?:,|-|–|va)\s{0,2}([ivx]{1,3}|[1-4])(?![a-z0-9])/.exec(folded.slice(end, end + 12))
      const value = next ? quarterValue(next[1]!) : null
      if (!next || value === null || value <= last) break
      last = value
      end += next[0].length
    }
    found.push({at: m.index, first: q * 3 - 2, last: last * 3, year: yearAfter(end)})
  }
  for (const m of folded.matchAll(/thang\s{1,3}(\d{1,2})(?!\d)/g)) {
    const month = Number(m[1])
    // Not a day's month ("ngày 15 tháng 6 năm 2024": a date) nor "6 tháng" (a duration).
    if (month < 1 || month > 12 || /\d\s{0,2}$/.test(folded.slice(Math.max(0, m.index - 4), m.index))) continue
    // "Tháng 3 - 6/2024": a range of months; "Tháng 3, 6, 9, 12/2024": a list of them, from the first to the last.
    let end = m.index + m[0].length
    let last = month
    const to = /^\s{0,2}(?:[-–]|,|va)\s{0,2}(\d{1,2})(?!\d)/.exec(folded.slice(end, end + 8))
    if (to && Number(to[1]) > month && Number(to[1]) <= 12) {
      last = Number(to[1])
      end += to[0].length
      // The rest of a list, each month after the one before it (bounded: twelve at most).
      for (let k = 0; k < 12; k++) {
        const next = /^\s{0,2}(?:,|va)\s{0,2}(\d{1,2})(?!\d)/.exec(folded.slice(end, end + 8))
        if (next === null || Number(next[1]) <= last || Number(next[1]) > 12) break
        last = Number(next[1])
        end += next[0].length
      }
    }
    found.push({at: m.index, first: month, last, year: yearAfter(end)})
  }
  found.sort((a, b) => a.at - b.at)
  // None said ("Quý II", "Tháng 6"): the year of a one-year plan.
  let year: number | null = planYear
  for (let k = found.length - 1; k >= 0; k--) {
    const f = found[k]!
    if (f.year !== null) year = f.year
    else f.year = year
  }
  return found.filter((f) => f.year !== null).map((f) => ({from: isoDate(f.year!, f.first, 1)!, to: lastDay(f.year!, f.last)}))
}

/**
 * Tasks from every task table and task list in the tree, in document order.
 * `planYear`: the one year the plan is for, for deadlines that do not say it ("Quý II").
 */
export function resolveTasks(ctx: Context, drafts: Draft[], planYear: number | null = null): TaskDraft[] {
  const tasks: TaskDraft[] = []
  // `kind`: the nearest enclosing part's kind ("III. NHIỆM VỤ, GIẢI PHÁP" over "1. …" over "a) …").
  // `agency`: the nearest enclosing section that names agencies only ("1. Văn phòng Sở"): it leads the tasks under it that name no lead.
  const inherit = (first: number, agency: string | null): void => {
    if (agency === null) return
    for (let k = first; k < tasks.length; k++) if (tasks[k]!.lead === null) Object.assign(tasks[k]!, agencyFields(agencies(agency), tasks[k]!.partners))
  }
  const visit = (nodes: Draft[], kind: string | null, agency: string | null): void => {
    for (const node of nodes) {
      const first = tasks.length
      if (node.type === 'table') {
        const columns = node.props.taskColumns as Array<TaskColumn | null> | null
        // A task table says who or when besides what: "Nội dung chỉ số | Năm 2021 | …" lists indicators.
        if (columns && columns.includes('description') && columns.some((c) => c !== null && TASK_FIELDS.includes(c))) tableTasks(ctx, node, columns, tasks, planYear)
        inherit(first, agency)
      } else if (node.type === 'section') {
        const own = typeof node.props.kind === 'string' ? node.props.kind : kind
        const title = stripEnd(squash(typeof node.props.title === 'string' ? node.props.title : ''), ':;,.')
        const named = title.length > 0 && title.length <= 120 && namesAgenciesOnly(title) ? title : agency
        listTasks(ctx, node, tasks, planYear, own !== null && DUTY_KINDS.has(own))
        inherit(first, named)
        visit(node.children ?? [], own, named)
      } else if (node.children) visit(node.children, kind, agency)
    }
  }
  visit(drafts, null, null)
  return tasks.sort((a, b) => a.s - b.s)
}

/** Parts whose items are things to do: there a deadline in brackets alone makes an item a task. */
const DUTY_KINDS: ReadonlySet<string> = new Set(['tasks', 'implementation'])

/** Labels that open a field of a task in the body, longest first; a colon must follow. */
const FIELD_LABELS = taskColumnLabels
  .filter(([, column]) => column === 'description' || column === 'lead' || column === 'partners' || column === 'deadline' || column === 'output')
  .map(([label, column]) => ({folded: fold(label), column}))
  .sort((a, b) => b.folded.length - a.folded.length)

interface Field {
  column: TaskColumn
  /** Where the label starts and the value's range. */
  at: number
  s: number
  e: number
}

/** The label at `at` of the folded text and the end of its colon, or null. */
function labelAt(folded: string, at: number, end: number): {column: TaskColumn; valueStart: number} | null {
  for (const label of FIELD_LABELS) {
    if (!folded.startsWith(label.folded, at)) continue
    let k = at + label.folded.length
    while (k < end && folded[k] === ' ') k++
    if (folded[k] === ':') return {column: label.column, valueStart: k + 1}
  }
  return null
}

/**
 * The labelled fields of a block's content [start, e) (after its bullet): at
 * its start or after ";", ",", " - " or ". ", a label and a colon; each value runs
 * to the next.
 */
function fieldsOf(ctx: Context, start: number, e: number): Field[] {
  const folded = ctx.folded
  // No colon, no field (a bounded search: indexOf would run on to the end of the text).
  let colon = start
  while (colon < e && folded.charCodeAt(colon) !== 0x3a) colon++
  if (colon === e) return []
  const fields: Field[] = []
  for (let at = start; at < e; at++) {
    if (at > start) {
      const prev = folded[at - 1]
      // "… pháp luật (Cơ quan chủ trì: Sở Tư pháp; …)": a bracket opens the fields too.
      // "Phối hợp tuyên truyền, thời gian thực hiện: thường xuyên": a comma too.
      const separated = prev === '(' || (prev === ' ' && (folded[at - 2] === ';' || folded[at - 2] === '.' || folded[at - 2] === ',' || folded[at - 2] === '(' || (folded[at - 2] === '-' && folded[at - 3] === ' ')))
      if (!separated) continue
    }
    const label = labelAt(folded, at, e)
    if (label === null) continue
    if (fields.length > 0) fields[fields.length - 1]!.e = at
    fields.push({column: label.column, at, s: label.valueStart, e})
    at = label.valueStart
  }
  return fields
}

/** A field's value, separators trimmed: "Sở Nội vụ; " → "Sở Nội vụ". */
function valueOf(ctx: Context, field: Field): string {
  const value = stripEnd(squash(ctx.text.slice(field.s, field.e)), ';,.-')
  // The bracket a bracketed list of fields closes with: "… thời gian: Tháng 10/2024)".
  return value.endsWith(')') && !value.includes('(') ? stripEnd(value.slice(0, -1), ';,.-') : value
}

/** "Sở Tài nguyên và Môi trường chủ trì, phối hợp với Sở Xây dựng": the lead and the partners. */
function splitLead(value: string): {lead: string[]; partners: string[]} {
  const folded = fold(value)
  const chair = folded.search(/\s(?:la co quan )?chu tri\b/)
  if (chair === -1) return {lead: agencies(value), partners: []}
  const cooperate = folded.search(/phoi hop(?:\s(?:voi|cung))?\s/)
  const partners = cooperate > chair ? value.slice(cooperate).replace(/^\S+\s\S+(?:\s(?:với|cùng))?\s/u, '') : ''
  return {lead: agencies(value.slice(0, chair)), partners: partners.length > 0 ? agencies(partners) : []}
}

/**
 * Task lists in the body: a section whose own blocks carry a lead or a
 * deadline field is one task (described by its "Nội dung:" field or its
 * title); a block that opens with the task and then gives its fields
 * ("Rà soát … Cơ quan chủ trì: …; Thời gian: …") is one task of its own.
 */
function listTasks(ctx: Context, section: Draft, out: TaskDraft[], planYear: number | null, duties: boolean): void {
  const blocks = (section.children ?? []).filter((c) => c.type === 'item' || c.type === 'paragraph')
  // "4. Kiểm tra … - Cơ quan chủ trì: Sở Nội vụ - Thời gian thực hiện: …": the heading line is a task of its own.
  const heading = section.children?.[0]
  if (heading !== undefined && heading.type === 'heading') {
    const task = leadingTask(ctx, afterMarker(heading), heading.e)
    if (task !== null && task.before.length >= 10) out.push(taskOf(ctx, task.before, task.fields, heading.s, heading.e, planYear))
    else if (task === null) {
      const bracketed = bracketedTask(ctx, afterMarker(heading), heading.e, planYear, duties)
      if (bracketed !== null) out.push({...bracketed, s: heading.s, e: heading.e})
    }
  }
  const own: Field[] = []
  for (const block of blocks) {
    let first = block.s
    while (first < block.e && ' -+*•'.includes(ctx.folded[first]!)) first++
    const task = leadingTask(ctx, first, block.e)
    if (task === null) {
      const assigned = assignedTask(ctx, first, block.e, planYear) ?? bracketedTask(ctx, first, block.e, planYear, duties) ?? (duties ? chairedTask(ctx, first, block.e, planYear) : null)
      if (assigned !== null) out.push({...assigned, s: block.s, e: block.e})
      continue
    }
    // Text before the first field describes a task of the block's own, and may assign it ("… Giao Sở Nội vụ chủ trì; thời gian: …").
    if (task.before.length >= 10) {
      const draft = taskOf(ctx, task.before, task.fields, block.s, block.e, planYear)
      const assigned = draft.lead === null ? assignedTask(ctx, first, task.fields[0]!.at, planYear) : null
      out.push(assigned === null ? draft : {...draft, ...assigned, deadline: draft.deadline ?? assigned.deadline, output: draft.output})
    } else if (task.before.length === 0) {
      own.push(...task.fields)
    }
  }
  if (!own.some((f) => f.column === 'lead' || f.column === 'deadline')) return
  const described = own.find((f) => f.column === 'description')
  // "a) Rà soát, hệ thống hóa văn bản." over its fields: a heading sentence (no title) describes it too.
  const title = typeof section.props.title === 'string' ? section.props.title : headingText(ctx, heading)
  const description = described ? valueOf(ctx, described) : squash(title)
  if (description.length === 0) return
  out.push(taskOf(ctx, description, own, section.s, section.e, planYear))
}

/** Where a heading's words start: after its marker ("a)", "1."), if any. */
function afterMarker(heading: Draft): number {
  const marker = heading.children?.[0]
  return marker !== undefined && marker.type === 'marker' ? marker.e : heading.s
}

/** The words of a section's heading after its marker, closing punctuation trimmed. */
function headingText(ctx: Context, heading: Draft | undefined): string {
  if (heading === undefined || heading.type !== 'heading') return ''
  return stripEnd(squash(ctx.text.slice(afterMarker(heading), heading.e)), ';,.:')
}

/**
 * "Số hóa hồ sơ, kết quả giải quyết TTHC. Giao Sở Thông tin và Truyền thông
 * chủ trì, phối hợp với …; hoàn thành trước ngày 30/6/2025.": a task said in
 * sentences, the agency after "Giao" and before "chủ trì", the deadline after
 * a word of time. Null unless a described task and a lead are both there.
 */
function assignedTask(ctx: Context, first: number, e: number, planYear: number | null): Omit<TaskDraft, 's' | 'e'> | null {
  const giao = assignmentAt(ctx.folded, first + 10, e)
  if (giao === -1) return null
  const description = stripEnd(squash(ctx.text.slice(first, giao)), ';,.:')
  const rest = ctx.text.slice(giao + 7, e)
  const restFolded = ctx.folded.slice(giao + 7, e)
  const chair = restFolded.indexOf(' chu tri')
  if (chair <= 0 || !opensAgency(rest)) return null
  const when = DEADLINE_START.exec(restFolded)
  const due = when !== null && when.index > chair ? when.index + 1 : -1
  // "… chủ trì, phối hợp với Sở Tư pháp; hoàn thành trước …": the words that announce the deadline are neither.
  let assignment = stripEnd(squash(due === -1 ? rest : rest.slice(0, due)), ';,.: ')
  assignment = withoutDeadlineIntro(assignment, ';,.: ')
  const {lead, partners} = splitLead(assignment)
  if (lead.length === 0) return null
  const deadline = due === -1 ? null : parseDeadline(stripEnd(rest.slice(due), ';,.'), planYear)
  return {description, ...agencyFields(lead, partners), deadline, output: null, origin: 'list', group: null}
}

/**
 * "Sở Tư pháp chủ trì rà soát văn bản quy phạm pháp luật, hoàn thành trong
 * quý III/2023.": in a part of tasks, an item that opens with its lead and
 * ends with its deadline is a task, without labels. Null unless both are there.
 */
function chairedTask(ctx: Context, first: number, e: number, planYear: number | null): Omit<TaskDraft, 's' | 'e'> | null {
  // Most items say no "chủ trì" near their start: turned away before their deadline is looked for (a bounded search).
  if (!ctx.folded.slice(first, Math.min(e, first + 160)).includes(' chu tri')) return null
  const due = dutyDeadline(ctx.text.slice(first, e), planYear)
  if (due === null) return null
  const chaired = chairedBy(due.description)
  if (chaired === null) return null
  const description = chaired.words.length >= 10 ? chaired.words : due.description
  return {description, ...agencyFields(chaired.lead, chaired.partners), deadline: due.deadline, output: null, origin: 'list', group: null}
}

/**
 * A task with its lead in brackets at its end and no labelled field: "Kiểm tra
 * công tác cải cách hành chính (Sở Nội vụ chủ trì, phối hợp Thanh tra tỉnh;
 * thực hiện trong quý III/2024)". Null unless the brackets open with an
 * agency that "chủ trì", or, in a part of duties (`duties`), hold a deadline
 * alone: "Ban hành kế hoạch (hoàn thành trước ngày 31/01/2025)" has no lead.
 */
function bracketedTask(ctx: Context, first: number, e: number, planYear: number | null, duties: boolean): Omit<TaskDraft, 's' | 'e'> | null {
  let close = e - 1
  while (close > first && ' .;,'.includes(ctx.text[close]!)) close--
  if (ctx.text[close] !== ')') return null
  let open = close - 1
  while (open > first && close - open < 300 && ctx.text[open] !== '(' && ctx.text[open] !== ')') open--
  if (ctx.text[open] !== '(') return null
  const description = stripEnd(squash(ctx.text.slice(first, open)), ';,.:-')
  const inside = ctx.text.slice(open + 1, close)
  const chaired = description.length >= 10 ? (chairedBy(inside) ?? givenTo(inside)) : null
  if (chaired === null) return duties && description.length >= 10 ? deadlineOnly(inside, planYear, description) : null
  const when = DEADLINE_START.exec(ctx.folded.slice(open + 1, close))
  const deadline = when === null ? null : parseDeadline(stripEnd(inside.slice(when.index + 1), ';,.'), planYear)
  return {description, ...agencyFields(chaired.lead, chaired.partners), deadline, output: null, origin: 'list', group: null}
}

/** "(Giao: Sở Thông tin và Truyền thông; hoàn thành …)", "(giao Phòng Nội vụ thực hiện)": the agencies a task is given to, or null. */
function givenTo(inside: string): {lead: string[]; partners: string[]} | null {
  const given = /^\s*giao\s?:?\s+/iu.exec(inside)
  if (given === null) return null
  const rest = inside.slice(given[0].length)
  if (!opensAgency(rest)) return null
  let end = rest.search(/[;,.]\s/u)
  if (end === -1) end = rest.length
  const when = DEADLINE_START.exec(fold(rest.slice(0, end)))
  const named = stripEnd(rest.slice(0, when === null ? end : when.index), ' ;,.:')
  const split = splitLead(named.replace(/\s(?:thực hiện|triển khai)$/u, ''))
  return split.lead.length === 0 ? null : split
}

/**
 * A task from brackets that hold only its deadline ("hoàn thành trước ngày
 * 31/01/2025", "thực hiện trong quý II/2025", "Quý I/2025"), or null. The
 * words before the deadline may only announce it: "(kèm theo 02 phụ lục)" or
 * "(trừ văn bản mật)" are no deadline.
 */
function deadlineOnly(inside: string, planYear: number | null, description: string): Omit<TaskDraft, 's' | 'e'> | null {
  const folded = stripEnd(fold(squash(inside)), ';,.:')
  let at = 0
  for (const words of DEADLINE_INTROS_ALONE) {
    if (folded.startsWith(words) && (folded.length === words.length || ' :'.includes(folded[words.length]!))) {
      at = words.length
      break
    }
  }
  while (at < folded.length && ' :'.includes(folded[at]!)) at++
  if (!DEADLINE_OPENING.test(folded.slice(at))) return null
  const deadline = parseDeadline(stripEnd(squash(inside), ';,.'), planYear)
  if (deadline === null || (deadline.from === null && deadline.to === null && deadline.recurring === null)) return null
  return {description, lead: null, leadCanonical: null, partners: [], partnersCanonical: [], deadline, output: null, origin: 'list', group: null}
}

/** How a deadline opens (folded): "trước ngày …", "trong quý …", "quý II/2025", "tháng 6/2025", "năm 2025", "31/01/2025", "hằng năm". */
const DEADLINE_OPENING = /^(?:(?:truoc|trong|cham nhat|den het|den|tu|vao|xong truoc) )?(?:ngay \d|thang \d|quy [ivx1-4]|nam \d{4}|\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}\/\d{4}|hang (?:nam|quy|thang)|thuong xuyen|dinh ky)/

/**
 * Where ". giao " or "; giao " stands in the folded text [from, to), or -1. Within
 * the block only: a search on to the end of the text at every block would be quadratic.
 */
function assignmentAt(folded: string, from: number, to: number): number {
  for (let i = from; i + 7 <= to; i++) {
    const code = folded.charCodeAt(i)
    if ((code === 0x2e || code === 0x3b) && folded.startsWith(' giao ', i + 1)) return i
  }
  return -1
}

/** Where a deadline starts in an assignment (folded): "trước ngày …", "quý II/2025", "tháng 6/2025". */
const DEADLINE_START = /\s(?:(?:truoc|trong|cham nhat|den het) (?:ngay|thang|quy|nam)|quy [ivx1-4]|thang \d|nam \d{4})/
/** Words before a deadline, folded, longest first: "hoàn thành trước …", "thời gian thực hiện: …". */
const DEADLINE_INTROS = ['thoi gian hoan thanh', 'thoi gian thuc hien', 'thoi gian', 'thoi han', 'hoan thanh']
/** Words that announce a deadline in brackets, folded, longest first. */
const DEADLINE_INTROS_ALONE = [...DEADLINE_INTROS, 'thuc hien'].sort((a, b) => b.length - a.length)

/** `value` without the words that announce its deadline at its end ("… ; hoàn thành"), then `chars` stripped. */
function withoutDeadlineIntro(value: string, chars: string): string {
  let text = value
  for (const words of DEADLINE_INTROS) if (fold(text).endsWith(` ${words}`)) text = stripEnd(text.slice(0, -words.length), chars)
  return text
}

/**
 * The fields of the content [first, e) and the text before them; a lead said
 * in brackets before them ("Tổ chức tập huấn (Sở Nội vụ chủ trì; thời gian
 * thực hiện: …)") is a lead field. Null without fields.
 */
function leadingTask(ctx: Context, first: number, e: number): {before: string; fields: Field[]} | null {
  let fields = fieldsOf(ctx, first, e)
  if (fields.length === 0) return null
  const at = fields[0]!.at
  let before = stripEnd(squash(ctx.text.slice(first, at)), ';,.:-(')
  // Back to the item's start only, not through the text before it.
  let open = at - 1
  while (open >= first && ctx.text[open] !== '(') open--
  if (open >= first && /(?:^|\s)chu tri\b/.test(ctx.folded.slice(open + 1, at))) {
    fields = [{column: 'lead', at: open + 1, s: open + 1, e: at}, ...fields]
    before = stripEnd(squash(ctx.text.slice(first, open)), ';,.:-')
  }
  // Only with a lead or a deadline is it a task.
  if (!fields.some((f) => f.column === 'lead' || f.column === 'deadline')) return before.length === 0 ? {before, fields} : null
  return {before, fields}
}

function taskOf(ctx: Context, description: string, fields: Field[], s: number, e: number, planYear: number | null): TaskDraft {
  const lead: string[] = []
  const partners: string[] = []
  let deadline: Deadline | null = null
  let output: string | null = null
  for (const field of fields) {
    const value = valueOf(ctx, field)
    if (field.column === 'lead') {
      const split = splitLead(value)
      lead.push(...split.lead)
      partners.push(...split.partners)
    } else if (field.column === 'partners') partners.push(...agencies(value))
    else if (field.column === 'deadline') deadline ??= parseDeadline(value, planYear)
    else if (field.column === 'output') output ??= value.length > 0 ? value : null
  }
  // "1. Công chức Tư pháp - Hộ tịch: rà soát văn bản; thời gian: Quý II/2024": the agency before the colon leads.
  const colon = lead.length === 0 ? description.indexOf(':') : -1
  if (colon > 2 && colon <= 80 && description.length - colon > 3 && namesAgenciesOnly(description.slice(0, colon))) {
    lead.push(description.slice(0, colon).trim())
    description = description.slice(colon + 1).trim()
  }
  // "Phòng Văn hóa và Thông tin chủ trì, phối hợp với Trung tâm Viễn thông huyện triển khai …": the sentence opens with its lead.
  if (lead.length === 0) {
    const chaired = chairedBy(description)
    if (chaired !== null) {
      lead.push(...chaired.lead)
      partners.push(...chaired.partners)
      // The lead has its own field: the task is the words after it, when there are some.
      if (chaired.words.length >= 10) description = chaired.words
    }
  }
  return {description, ...agencyFields(lead, partners), deadline, output, origin: 'list', group: null, s, e}
}

const PARTNER_ENDS = partnerListEnders.map((v) => ` ${v}`)

/**
 * The lead and partners of a task sentence that opens with its lead ("Sở Nội
 * vụ chủ trì, phối hợp với Sở Tư pháp tổ chức …"), the partners ending where
 * the task's own verb starts or at a colon ("… phối hợp với các sở, ngành: rà
 * soát …"); `words` are the task's own words after them ('' when none
 * follow). Null when the sentence opens otherwise.
 */
function chairedBy(sentence: string): {lead: string[]; partners: string[]; words: string} | null {
  const head = fold(sentence.slice(0, 160))
  const chair = head.search(/\s(?:la co quan )?chu tri\b/)
  if (chair <= 0 || !opensAgency(sentence)) return null
  const clause = sentence.slice(0, Math.min(sentence.length, chair + 200))
  let end = clause.search(/[;.:]/)
  if (end === -1) end = clause.length
  let rest = end
  const afterChair = head.indexOf('chu tri', chair) + 7
  let k = afterChair
  while (k < head.length && (head[k] === ',' || head[k] === ' ')) k++
  // "Sở Tư pháp chủ trì rà soát …": no partners, the task's words follow at once.
  if (k < end && !/^(?:phoi hop|cung)\b/.test(head.slice(k, k + 8))) {
    end = afterChair
    rest = k
  } else {
    for (const verb of PARTNER_ENDS) {
      // The verb as a word: "theo dõi, đôn đốc …" as well as "tổ chức tập huấn".
      let at = clause.indexOf(verb, chair + 9)
      while (at !== -1 && at < end && !' ,;'.includes(clause[at + verb.length] ?? ' ')) at = clause.indexOf(verb, at + 1)
      if (at !== -1 && at < end) {
        end = at
        rest = at + 1
      }
    }
  }
  const split = splitLead(clause.slice(0, end))
  return split.lead.length === 0 ? null : {...split, words: stripStart(sentence.slice(rest), ' ;,.:-')}
}

/** Lead and partners as written, and their lexicon names ("Phòng VH&TT" → "Phòng Văn hóa và Thông tin"). */
function agencyFields(lead: readonly string[], partners: string[]): Pick<TaskDraft, 'lead' | 'leadCanonical' | 'partners' | 'partnersCanonical'> {
  const leadNames = lead.map(canonicalAgency)
  return {
    lead: lead.length > 0 ? lead.join(', ') : null,
    leadCanonical: leadNames.some((n) => n !== null) ? leadNames.map((n, k) => n ?? lead[k]!).join(', ') : null,
    partners,
    partnersCanonical: partners.map(canonicalAgency)
  }
}

function tableTasks(ctx: Context, table: Draft, columns: Array<TaskColumn | null>, out: TaskDraft[], planYear: number | null): void {
  let group: string | null = null
  let previousLead: string[] = []
  for (const row of logicalRows(ctx, table)) {
    const get = (column: TaskColumn): string => row.texts[columns.indexOf(column)] ?? ''
    const description = get('description')
    const empty = TASK_FIELDS.every((c) => get(c).length === 0)
    // "| I. CẢI CÁCH THỂ CHẾ | | | |": a group's name across the row (a merged cell), in the first column.
    if (description.length === 0) {
      const spanning = GROUP_SPANNING.exec(get('index'))
      if (empty && spanning !== null) {
        group = spanning[1]!
        previousLead = []
      }
      continue
    }
    // "| II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH | | | |": a row that names the group of the rows below it, no task.
    if (empty && (GROUP_INDEX.test(get('index')) || isUpperText(description))) {
      group = description
      previousLead = []
      continue
    }
    // A lead cell merged over several rows is written on the first only: the rows under it share it
    // (a row that gives its deadline or its output, but no lead).
    let lead = columns.includes('lead') ? agencies(get('lead')) : []
    if (lead.length === 0 && (get('deadline').length > 0 || get('output').length > 0)) lead = previousLead
    previousLead = lead
    out.push({
      description,
      ...agencyFields(lead, columns.includes('partners') ? agencies(get('partners')) : []),
      deadline: columns.includes('deadline') ? parseDeadline(get('deadline'), planYear) : null,
      output: columns.includes('output') ? get('output') || null : null,
      origin: 'table',
      group,
      s: row.s,
      e: row.e
    })
  }
}

/** Who, when and what comes out: the columns that make a table one of tasks, which a group row leaves empty. */
const TASK_FIELDS: readonly TaskColumn[] = ['lead', 'partners', 'deadline', 'output']
/** A group row's number: Roman ("II") or a capital letter ("B"). */
const GROUP_INDEX = /^(?:[IVXLC]{1,6}|[A-Z])\.?$/
/** A group's number and name in one cell: "I. CẢI CÁCH THỂ CHẾ", "B. Nhiệm vụ trọng tâm". */
const GROUP_SPANNING = /^(?:[IVXLC]{1,6}|[A-Z])[.)]\s{1,3}(\p{Lu}.{2,})$/u

/**
 * The data rows of a table with their cell texts. A row that continues the
 * one above (the lines of a grid table's row between its "+----+" borders, a
 * space-laid table's wrapped line) joins it by column ("Rà soát thủ tục hành"
 * / "chính").
 */
function logicalRows(ctx: Context, table: Draft): Array<{texts: string[]; s: number; e: number}> {
  const out: Array<{texts: string[]; s: number; e: number}> = []
  for (const row of table.children ?? []) {
    if (row.props.separator || row.props.header) continue
    const texts = (row.children ?? []).filter((c) => c.type === 'tableCell').map((c) => cellText(ctx, c))
    const last = out[out.length - 1]
    if (row.props.continued === true && last !== undefined) {
      last.texts = last.texts.map((t, k) => squash(`${t} ${texts[k] ?? ''}`))
      last.e = row.e
      continue
    }
    out.push({texts, s: row.s, e: row.e})
  }
  return out
}

/**
 * Tasks from the duties of the implementation part that say their deadline
 * ("Phòng Nội vụ: … xây dựng kế hoạch; hoàn thành trước ngày 31/01/2025"):
 * the duty's agency leads (the agencies a duty is given to together, joined),
 * the words before the deadline describe it. A duty already read as a task
 * (its fields, its brackets) is not read again.
 */
export function dutyTasks(responsibilities: readonly ResponsibilityDraft[], known: readonly TaskDraft[], planYear: number | null): TaskDraft[] {
  const taken = new Set(known.map((t) => t.s))
  const bySpan = new Map<number, {text: string; e: number; agencies: string[]}>()
  for (const r of responsibilities) {
    r.dutySpans.forEach((span, k) => {
      if (taken.has(span.s)) return
      const entry = bySpan.get(span.s)
      if (entry === undefined) bySpan.set(span.s, {text: r.duties[k]!, e: span.e, agencies: [r.agency]})
      else if (!entry.agencies.includes(r.agency)) entry.agencies.push(r.agency)
    })
  }
  const out: TaskDraft[] = []
  for (const [s, {text, e, agencies: lead}] of bySpan) {
    const due = dutyDeadline(text, planYear)
    if (due === null) continue
    // "Sở Nội vụ theo dõi, tổng hợp …": the agency that opens the duty leads it, the rest describes it.
    let description = due.description
    const opener = lead.find((a) => description.startsWith(`${a} `) && startsLower(description.slice(a.length + 1)))
    if (opener !== undefined && description.length - opener.length > 10) description = description.slice(opener.length + 1)
    out.push({description, ...agencyFields(lead, []), deadline: due.deadline, output: null, origin: 'duty', group: null, s, e})
  }
  return out
}

/**
 * The deadline a duty ends with and the words before it: "…; hoàn thành trước
 * ngày 31/01/2025", "… (trong quý II/2025)", "… trước ngày 15/6 và 15/12 hằng
 * năm"; null when it says none. A year alone ("kế hoạch năm 2025") is no deadline.
 */
function dutyDeadline(text: string, planYear: number | null): {description: string; deadline: Deadline} | null {
  const folded = fold(text)
  for (const opening of DUTY_DEADLINE_OPENINGS) {
    for (let at = folded.indexOf(opening); at !== -1; at = folded.indexOf(opening, at + 1)) {
      if (at > 0 && folded[at - 1] !== ' ' && folded[at - 1] !== '(') continue
      // "trước 30/6/2025", "trước ngày …", "trước quý III": not "trước khi …", "trước hết".
      if (opening === 'truoc ' && !/^(?:ngay |quy |thang |\d)/.test(folded.slice(at + 6, at + 12))) continue
      let deadline = parseDeadline(stripEnd(text.slice(at), ').;,'), planYear)
      if (deadline !== null && deadline.from === null && deadline.to === null && deadline.recurring === null && endsDuty(text, at)) {
        // "định kỳ 6 tháng, hằng năm báo cáo UBND tỉnh (trước ngày 15/6 và 15/12)": days without a year that end the duty,
        // recurring as said before them in the clause.
        const recurring = recurrenceIn(squash(folded.slice(text.lastIndexOf(';', at) + 1, at)))
        if (recurring !== null) deadline = {...deadline, recurring}
      }
      if (deadline === null || (deadline.from === null && deadline.to === null && deadline.recurring === null)) continue
      let description = stripEnd(squash(text.slice(0, at)), ';,.:-(')
      description = withoutDeadlineIntro(description, ';,.:-( ')
      // "tham mưu triển khai Kế hoạch; báo cáo kết quả trước ngày 10/12": the deadline is the last clause's,
      // unless that clause only announces it ("…; hoàn thành trong tháng 02/2025").
      const clause = description.lastIndexOf('; ')
      const last = clause === -1 ? '' : description.slice(clause + 2)
      if (last.length >= 10) description = last
      if (description.length < 10) return null
      return {description, deadline}
    }
  }
  return null
}

/** Does the deadline at `at` end the duty: one clause, closed by its bracket or the duty's end? */
function endsDuty(text: string, at: number): boolean {
  const close = text.indexOf(')', at)
  const own = close === -1 ? text.slice(at) : text.slice(at, close)
  return !/[,;(]/.test(stripEnd(own, '.;,')) && (close === -1 || stripEnd(text.slice(close + 1), ' .;,/') === '')
}

/** How a duty's deadline opens, folded: "trước ngày …", "trước 30/6/2025", "chậm nhất …", "trong quý …", "trong tháng …". */
const DUTY_DEADLINE_OPENINGS = ['truoc ', 'cham nhat ', 'trong quy ', 'trong thang ']
