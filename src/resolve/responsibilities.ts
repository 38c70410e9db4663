/**
 * Who must do what: in the implementation part ("Tổ chức thực hiện"), each
 * agency named as a heading ("3. Sở Nội vụ", "2. Phòng Tư pháp huyện") or as
 * a lead-in ("- Sở Nội vụ: chủ trì, phối hợp …"), with the duties listed
 * under it and the instruments and targets those duties mention. Agency
 * names are matched against a lexicon, abbreviations expanded and typos
 * tolerated (Jaro–Winkler).
 */

import {agencyDutyVerbs, agencyHeadingLeadIns, agencyOpenings, closingRemarkOpenings, leadInDutyVerbs} from '../../grammars/index.js'
import {withoutMarker} from '../lines/markers.js'
import {agencies, canonicalAgency, expand, spellsAgency} from './agencies.js'
import {fold, isMarkless, isUpperText, squash, stripEnd, stripStart} from '../text/fold.js'
import type {Context, Draft} from '../tree/draft.js'

/** A responsibility before positions are mapped. */
export interface ResponsibilityDraft {
  /** The agency as written. @example "Phòng Tư pháp huyện" */
  agency: string
  /** Its lexicon name, when known. @example "Phòng Tư pháp" */
  canonical: string | null
  duties: string[]
  /** Keys of the instruments the duties cite. */
  citations: string[]
  /** Indices into `plan.targets` of the targets the duties state. */
  targets: number[]
  /** Where each duty is said (for tasks with a deadline, resolve/tasks.ts), in the order of `duties`. */
  dutySpans: Array<{s: number; e: number}>
  s: number
  e: number
}

const OPENINGS = agencyOpenings.map((o) => fold(o)).sort((a, b) => b.length - a.length)
/** The openings with their marks: folded, "Bố trí" would open like "Bộ", "Bàn giao" like "Ban". */
const MARKED_OPENINGS = agencyOpenings.map((o) => o.toLowerCase()).sort((a, b) => b.length - a.length)

/** Does `text` open with an agency word ("Sở", "Phòng", "Văn phòng", …)? */
export function opensAgency(text: string): boolean {
  if (text.length === 0 || text[0] === text[0]!.toLowerCase()) return false
  // The longest opening is a few words: fold only the start. Marks are compared unless the text has none.
  const start = text.slice(0, 40)
  if (!isMarkless()) {
    const lower = start.toLowerCase()
    return MARKED_OPENINGS.some((o) => lower.startsWith(o) && !/[\p{L}\p{N}]/u.test(lower[o.length] ?? ''))
  }
  const folded = fold(start)
  return OPENINGS.some((o) => folded.startsWith(o) && !/[a-z0-9]/.test(folded[o.length] ?? ''))
}

function textOf(ctx: Context, node: Draft): string {
  return squash(ctx.text.slice(node.s, node.e))
}

/** Everything below a node, for citations and targets. */
function leaves(node: Draft, out: Draft[]): void {
  if (node.type === 'citation' || node.type === 'quantity') out.push(node)
  for (const child of node.children ?? []) leaves(child, out)
}

function build(ctx: Context, agency: string, duties: Draft[], span: Draft, targetIndex: Map<number, number>): ResponsibilityDraft {
  const found: Draft[] = []
  for (const d of duties) leaves(d, found)
  const citations: string[] = []
  const targets: number[] = []
  for (const leaf of found) {
    if (leaf.type === 'citation' && typeof leaf.props.key === 'string' && !citations.includes(leaf.props.key)) citations.push(leaf.props.key)
    const t = leaf.type === 'quantity' ? targetIndex.get(leaf.s) : undefined
    if (t !== undefined) targets.push(t)
  }
  // "Đề nghị Ủy ban Mặt trận …": a request to a body outside the issuer's command.
  const clean = stripEnd(squash(agency), ':.').replace(/^(?:Đề nghị|De nghi)\s+/u, '')
  const said = duties.map((d) => ({text: dutyText(withoutMarker(textOf(ctx, d)), clean), s: d.s, e: d.e})).filter((d) => d.text.length > 0)
  return {
    agency: clean,
    canonical: canonicalAgency(clean),
    duties: said.map((d) => d.text),
    citations,
    targets,
    dutySpans: said.map(({s, e}) => ({s, e})),
    s: span.s,
    e: span.e
  }
}

const LEAD_IN_DUTIES = leadInDutyVerbs.map((v) => ` ${v}`)

/** Does the lead-in (lower case) say a duty after its first word? */
function saysDuty(lower: string): boolean {
  return LEAD_IN_DUTIES.some((v) => {
    for (let at = lower.indexOf(v); at !== -1; at = lower.indexOf(v, at + 1)) {
      const next = lower[at + v.length]
      if (next === undefined || next === ' ' || next === ',') return true
    }
    return false
  })
}

/**
 * Does the text before a colon only name agencies ("Sở Tư pháp, Sở Xây dựng",
 * "Đề nghị Ủy ban MTTQ tỉnh"), and say no duty ("Giao Sở Nội vụ chủ trì, …")?
 */
export function namesAgenciesOnly(before: string): boolean {
  const list = before.replace(/^(?:Đề nghị|De nghi|Giao)\s+/u, '')
  const named = agencies(list)
  return named.length > 0 && named.every(opensAgency) && !saysDuty(list.toLowerCase())
}

/** "Sở Tài chính: bố trí kinh phí." → "bố trí kinh phí.": the duty without the lead-in that names its agency. */
function dutyText(text: string, agency: string): string {
  const colon = text.indexOf(':')
  if (colon <= 0 || colon >= 160 || !fold(text.slice(0, colon)).includes(fold(agency))) return text
  // Only a lead-in that names agencies ("Sở Tư pháp, Sở Xây dựng:"), not a sentence that says the duty
  // before its colon ("Giao Sở Nội vụ chủ trì, phối hợp … các nhiệm vụ sau: …").
  if (!namesAgenciesOnly(text.slice(0, colon))) return text
  const rest = text.slice(colon + 1).trim()
  return rest.length > 0 ? rest : text
}

/**
 * One entry per agency of a lead-in that names several ("Sở Tài chính, Sở Kế
 * hoạch và Đầu tư: bố trí kinh phí"), each with the duties they share.
 */
function buildEach(ctx: Context, agency: string, duties: Draft[], span: Draft, targetIndex: Map<number, number>): ResponsibilityDraft[] {
  const parts = agencies(agency)
  const names = parts.length > 1 && parts.every(opensAgency) ? parts : [agency]
  return names.map((name) => build(ctx, name, duties, span, targetIndex))
}

/**
 * Responsibilities in every implementation part, and in a part of tasks cut
 * by agency ("II. NHIỆM VỤ / 1. Phòng Cải cách hành chính / 2. Văn phòng Sở"):
 * there each agency's part lists its duties as an implementation part would.
 */
export function resolveResponsibilities(ctx: Context, drafts: Draft[], targetStarts: number[]): ResponsibilityDraft[] {
  const targetIndex = new Map(targetStarts.map((s, i) => [s, i] as const))
  const out: ResponsibilityDraft[] = []
  const visit = (nodes: Draft[]): void => {
    for (const node of nodes) {
      if (node.type === 'section' && (node.props.kind === 'implementation' || (node.props.kind === 'tasks' && cutByAgency(ctx, node)))) implementation(ctx, node, targetIndex, out)
      else if (node.children && node.type !== 'section') continue
      else if (node.children) visit(node.children)
    }
  }
  visit(drafts)
  return out
}

/** Are the parts of `section` (two at least) each about an agency? */
function cutByAgency(ctx: Context, section: Draft): boolean {
  const parts = (section.children ?? []).filter((c) => c.type === 'section')
  return parts.length >= 2 && parts.every((part) => sectionAgency(ctx, part) !== null)
}

function implementation(ctx: Context, section: Draft, targetIndex: Map<number, number>, out: ResponsibilityDraft[]): void {
  readChildren(ctx, section.children ?? [], targetIndex, out)
}

/**
 * Agencies among `children`. A group heading ("4. Các sở, ban, ngành") keeps
 * the duties said to the whole group; an agency named inside it, as a
 * lead-in ("- Sở Tài chính: …") or a sub-heading, gets its own entry.
 */
function readChildren(ctx: Context, children: readonly Draft[], targetIndex: Map<number, number>, out: ResponsibilityDraft[]): void {
  for (const child of children) {
    if (child.type === 'section') {
      const named = sectionAgency(ctx, child)
      if (named === null) {
        readChildren(ctx, child.children ?? [], targetIndex, out)
        continue
      }
      // Items, paragraphs and sub-parts: a table under the agency's part is read for tasks (resolve/tasks.ts), a page number or a leftover is no duty.
      const body = (child.children ?? []).filter((c) => c.type === 'item' || c.type === 'paragraph' || c.type === 'section')
      const own: Draft[] = [...named.duties]
      const nested: Draft[] = []
      for (const b of body) {
        if (closingRemark(ctx, b)) continue
        ;(namesAgency(ctx, b) ? nested : own).push(b)
      }
      if (own.length > 0 || nested.length === 0) out.push(...buildEach(ctx, named.agency, own, child, targetIndex))
      readChildren(ctx, nested, targetIndex, out)
    } else if (child.type === 'item' || child.type === 'paragraph') {
      const agency = leadIn(ctx, child)
      if (agency !== null) out.push(...buildEach(ctx, agency, [child], child, targetIndex))
    }
  }
}

const CLOSING = closingRemarkOpenings.map(fold)

/** "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, …": a paragraph said to everyone. */
function closingRemark(ctx: Context, node: Draft): boolean {
  return node.type === 'paragraph' && CLOSING.some((c) => ctx.folded.startsWith(c, node.s))
}

/**
 * The agency an item or paragraph opens with: before a colon ("- Sở Nội vụ:
 * chủ trì, phối hợp …") or as the subject of its sentence ("- Sở Tài chính
 * bố trí kinh phí …"), or null.
 */
function leadIn(ctx: Context, node: Draft): string | null {
  const known = LEAD_INS.get(node)
  if (known !== undefined) return known
  const agency = readLeadIn(ctx, node)
  LEAD_INS.set(node, agency)
  return agency
}

function readLeadIn(ctx: Context, node: Draft): string | null {
  // The agency is at the start: 200 characters are enough, however long the item.
  const text = withoutMarker(squash(ctx.text.slice(node.s, Math.min(node.e, node.s + 200))))
  const colon = text.indexOf(':')
  if (colon > 2 && colon < 100 && opensAgency(text.slice(0, colon))) return text.slice(0, colon)
  return sentenceAgency(text)
}

/** The agency a sentence opens with, ended by the lexicon name or by the duty verb. */
function sentenceAgency(text: string): string | null {
  // "Giao Sở Nội vụ chủ trì …", "Yêu cầu Phòng Tư pháp …": the agency after the verb of assignment.
  const assigned = /^(?:Giao|Yêu cầu|Yeu cau|Đề nghị|De nghi)\s(?=\p{Lu})/u.exec(text)
  const sentence = assigned ? text.slice(assigned[0].length) : text
  if (!opensAgency(sentence)) return null
  const canonical = canonicalAgency(sentence)
  if (canonical === null) return beforeDutyVerb(sentence)
  // "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố căn cứ …": a list of agencies before the duty.
  const list = beforeDutyVerb(sentence)
  const parts = list === null ? [] : agencies(list)
  if (list !== null && parts.length > 1 && parts.every(opensAgency)) return list
  return stripEnd(agencyPrefix(sentence, canonical), ',;')
}

/**
 * What each node names, read once: a group's body is asked whether it names
 * an agency before the same nodes are read as agencies of their own.
 */
const LEAD_INS = new WeakMap<Draft, string | null>()
const SECTION_AGENCIES = new WeakMap<Draft, {agency: string; duties: Draft[]} | null>()

function namesAgency(ctx: Context, node: Draft): boolean {
  if (node.type === 'section') return sectionAgency(ctx, node) !== null
  return (node.type === 'item' || node.type === 'paragraph') && leadIn(ctx, node) !== null
}

/**
 * The agency a section is about: its title ("3. Sở Nội vụ"), or the words
 * its heading sentence opens with ("2. Văn phòng UBND tỉnh theo dõi, kiểm tra
 * …"), the heading then being a duty too.
 */
function sectionAgency(ctx: Context, section: Draft): {agency: string; duties: Draft[]} | null {
  const known = SECTION_AGENCIES.get(section)
  if (known !== undefined) return known
  const named = readSectionAgency(ctx, section)
  SECTION_AGENCIES.set(section, named)
  return named
}

function readSectionAgency(ctx: Context, section: Draft): {agency: string; duties: Draft[]} | null {
  const title = typeof section.props.title === 'string' ? withoutLeadIn(section.props.title) : null
  const heading = section.children?.[0]
  const marker = heading?.children?.[0]
  if (title !== null && opensAgency(title) && title.length <= 120) {
    // A title that runs on past its colon ("Sở Nội vụ: Chủ trì, theo dõi …" wrapped before its
    // stop): the agency is the words before the colon.
    const colon = title.indexOf(': ')
    const agency = colon > 2 && opensAgency(title.slice(0, colon)) ? title.slice(0, colon) : title
    // "1. Phòng Nội vụ: chủ trì, tham mưu …": the heading says a duty after its title.
    const said = heading && marker ? squash(ctx.text.slice(marker.e, heading.e)) : ''
    const at = said.indexOf(agency)
    const rest = at === -1 ? '' : stripStart(said.slice(at + agency.length), ':')
    return {agency, duties: rest.length > 0 && heading ? [heading] : []}
  }
  if (!heading || heading.type !== 'heading' || !marker) return null
  const agency = sentenceAgency(squash(ctx.text.slice(marker.e, Math.min(heading.e, marker.e + 200))))
  return agency === null ? null : {agency, duties: [heading]}
}

const HEADING_LEAD_INS = agencyHeadingLeadIns.map((w) => `${w.toLowerCase()} `)

/** "Trách nhiệm của UBND các huyện" → "UBND các huyện": the agency a heading names after its lead-in. */
function withoutLeadIn(title: string): string {
  const lower = title.toLowerCase()
  const lead = HEADING_LEAD_INS.find((w) => lower.startsWith(w))
  if (lead === undefined) return title
  const rest = title.slice(lead.length).trim()
  return opensAgency(rest) ? rest : title
}

const DUTY_VERBS = agencyDutyVerbs.map((v) => v.toLowerCase())
/** The same, without marks, for text whose diacritics were stripped. */
const FOLDED_DUTY_VERBS = agencyDutyVerbs.map(fold)
const AGENCY_LEVELS = ['tỉnh', 'huyện', 'thành phố', 'thị xã', 'xã']
const FOLDED_LEVELS = AGENCY_LEVELS.map(fold)
/** The Party committees a body of the Party belongs to, folded. */
const PARTY_COMMITTEES: ReadonlySet<string> = new Set(['tinh uy', 'huyen uy', 'thanh uy', 'quan uy', 'thi uy', 'dang uy'])

/**
 * An agency not in the lexicon, ended by the verb of its duty: "Các đơn vị
 * thuộc Bộ căn cứ …" → "Các đơn vị thuộc Bộ". At most twelve words. A verb
 * written with a capital is a word of the name ("Ban Chỉ đạo … tỉnh chỉ đạo"),
 * and one word alone names no agency ("Ban lãnh đạo các sở quán triệt …").
 */
function beforeDutyVerb(sentence: string): string | null {
  const head = sentence.slice(0, 200)
  const lower = head.toLowerCase()
  const capitals = isUpperText(head)
  const markless = isMarkless()
  const verbs = markless ? FOLDED_DUTY_VERBS : DUTY_VERBS
  let at = lower.indexOf(' ')
  for (let words = 1; at !== -1 && words <= 20; words++) {
    const from = at + 1
    // "Các cơ quan, đơn vị được kiểm tra chuẩn bị …": a verb after "được" says what is done to the agency, not its duty.
    const passive = lower.endsWith(markless ? ' duoc' : ' được', at) || lower.endsWith(' bị', at) || (markless && lower.endsWith(' bi', at))
    const verb = !passive && verbs.some((v) => lower.startsWith(v, from) && !/[\p{L}\p{N}]/u.test(lower[from + v.length] ?? ''))
    // After a colon the verb opens the duty with a capital: "Các sở, ban, ngành: Xây dựng kế hoạch …".
    if (verb && (capitals || head[from] === lower[from] || head[at - 1] === ':') && words > 1) {
      const agency = stripEnd(sentence.slice(0, at), ',;:')
      return agency.length > 0 ? agency : null
    }
    at = lower.indexOf(' ', from)
  }
  return null
}

/**
 * The words of `sentence` that name the agency `canonical`, in the sentence's
 * own spelling ("Văn phòng UBND tỉnh" for "Văn phòng Ủy ban nhân dân tỉnh"),
 * with a level word after it.
 */
function agencyPrefix(sentence: string, canonical: string): string {
  const words = sentence.split(' ')
  const want = fold(canonical)
  let n = 1
  // Until the words spell the name, or another spelling of it ("Phòng Kinh tế - Hạ tầng" for "Phòng Kinh tế và Hạ tầng").
  while (n < words.length && n < 12 && fold(expand(words.slice(0, n).join(' '))).length < want.length && !spellsAgency(words.slice(0, n).join(' '), canonical)) n++
  // "… tỉnh" after the name, unless the name already ends on a level ("Văn phòng Ủy ban nhân dân tỉnh");
  // a Party body's committee after it: "Ban Tuyên giáo Huyện ủy".
  const committee = PARTY_COMMITTEES.has(fold(words.slice(n, n + 2).join(' '))) ? 2 : 0
  // Without marks, the level is compared folded ("huyen").
  const next = isMarkless() ? fold(words[n] ?? '') : (words[n] ?? '')
  const levels = isMarkless() ? FOLDED_LEVELS : AGENCY_LEVELS
  const level = committee > 0 ? committee : levels.includes(next) && !FOLDED_LEVELS.some((l) => want.endsWith(` ${l}`)) ? 1 : 0
  return words.slice(0, n + level).join(' ')
}
