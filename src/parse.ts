/**
 * `fromText`: run the passes in order. Normalise (with an offset map), cut
 * and classify lines, build the block tree, name the parts, assemble meta,
 * then finalize positions against the original text.
 */

import {assembleMeta, completeIssuer} from './header/meta.js'
import {blankSpans, pageBreaksInSentences, pageFurniture} from './blocks/leftover.js'
import {classifyLines} from './lines/classify.js'
import type {Diagnostic, Plan} from './schema.js'
import {fold, setMarkless} from './text/fold.js'
import {latin1Mojibake, looksLikeStrippedVietnamese} from './text/encoding.js'
import {normalizeText} from './text/normalize.js'
import {looksLikeMarkdown, markupRanges, strayTags} from './markdown.js'
import {LineIndex} from './text/source.js'
import {resolveCitations} from './resolve/citations.js'
import {resolveResponsibilities} from './resolve/responsibilities.js'
import {dutyTasks, resolveTasks} from './resolve/tasks.js'
import {resolveTargets} from './resolve/targets.js'
import {issuerNameForCode} from './header/values.js'
import {buildTree, lineContinuation, wrappedBreaks} from './tree/build.js'
import {report, type Context} from './tree/draft.js'
import {finalizeRoot} from './tree/finalize.js'
import {assignKinds} from './tree/kinds.js'

/** Options of `parsePlan`. */
export interface ParseOptions {
  /**
   * The input's format: `text`, `markdown` (read through remark-parse with
   * GFM tables; syntax is looked through, positions stay in the Markdown), or
   * `auto` (the default: Markdown when it looks like Markdown).
   */
  format?: 'auto' | 'text' | 'markdown'
}

/** A proper name of a place: capitalised words, maybe joined by " - " ("Bà Rịa - Vũng Tàu"). */
function isPlaceName(value: string): boolean {
  const words = value.split(' ')
  return words.length > 0 && words.every((w, k) => (w === '-' && k > 0 && k < words.length - 1) || /^\p{Lu}\p{Ll}*$/u.test(w))
}

/**
 * "Ủy ban nhân dân tỉnh" in a provincial plan is that province's: complete it
 * from the plan's own issuer ("Ủy ban nhân dân tỉnh An Giang"). A district's
 * plan names no province of its own: there the one province its other
 * citations name ("… của UBND tỉnh Tây Ninh"), if only one, is meant.
 */
function completeCitedIssuer(issuer: string | null, planIssuer: string | null, named: readonly string[]): string | null {
  if (issuer === null) return issuer
  const level = /(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường)$/u.exec(issuer)
  if (level === null) return issuer
  if (planIssuer !== null) {
    if (planIssuer.length > issuer.length && planIssuer.startsWith(`${issuer} `)) return planIssuer
    // A department's plan ("Sở Nội vụ tỉnh Quảng Ngãi") names the province too.
    const at = planIssuer.lastIndexOf(` ${level[0]} `)
    if (at !== -1) return `${issuer}${planIssuer.slice(at + 1 + level[0].length)}`
  }
  const places = new Set<string>()
  for (const name of named) {
    const at = name.lastIndexOf(` ${level[0]} `)
    const place = at === -1 ? '' : name.slice(at + 1 + level[0].length)
    // A proper name ("Tây Ninh", "Bà Rịa - Vũng Tàu"), not a term ("… tỉnh khóa X").
    if (isPlaceName(place.slice(1))) places.add(place)
  }
  return places.size === 1 ? `${issuer}${[...places][0]}` : issuer
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') {
    const name = (value as object).constructor?.name
    return name && name !== 'Object' ? `a ${name}` : 'an object'
  }
  return `a ${typeof value}`
}

/**
 * Parse the text of a Vietnamese administrative plan into a lossless tree.
 * Never throws on a string; throws `TypeError` on anything else (decode a
 * Buffer first: `buffer.toString('utf8')`).
 *
 * @example
 *   const plan = fromText('Số: 803/KH-UBND\nAn Giang, ngày 23 tháng 12 năm 2021\n…')
 *   plan.meta.documentNumber // "803/KH-UBND"
 */
export function fromText(value: string, options?: ParseOptions): Plan {
  if (typeof value !== 'string') {
    throw new TypeError(`vanban: expected the text of a plan as a string, got ${describe(value)}`)
  }
  const format = options?.format ?? 'auto'
  if (format !== 'auto' && format !== 'text' && format !== 'markdown') {
    throw new TypeError(`vanban: expected format "auto", "text" or "markdown", got ${JSON.stringify(format)}`)
  }
  const markdown = format === 'markdown' || (format === 'auto' && looksLikeMarkdown(value))
  // Vietnamese with its diacritics stripped: words are matched folded while it is parsed.
  const markless = looksLikeStrippedVietnamese(value)
  setMarkless(markless)
  try {
    return parse(value, markdown, markless)
  } finally {
    setMarkless(false)
  }
}

/**
 * Are tabs the spaces between words? Many tabs and few spaces: a table has
 * spaces inside its cells, a scraper that turned every space into a tab has none.
 */
function tabsBetweenWords(text: string): boolean {
  // Most texts have no tab at all: one native search says so.
  if (text.indexOf('\t') === -1) return false
  let tabs = 0
  let spaces = 0
  const n = Math.min(text.length, 100000)
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x09) tabs++
    else if (code === 0x20) spaces++
  }
  return tabs >= 20 && spaces * 4 < tabs
}

/** A part's or an item's mark inside a line: "… năm 2024 II. NHIỆM VỤ", "… như sau: 1. Mục đích", "I- MỤC ĐÍCH", "…; - Tỷ lệ". */
const INNER_PART_MARK = /(?:[\p{L}\d.;:,)] (?:[IVX]{1,4}|\d{1,2})[.-]|[.;:] [-+•]) \p{Lu}/gu

/**
 * Is the text a document run into one line and wrapped again at one width
 * ("… I. MỤC ĐÍCH, YÊU CẦU 1. Mục\nđích …"), as a crawler or a mail client
 * leaves it? Six lines at least, no blank line, all but a tenth filled to
 * within a fifth of the widest, and the marks of its parts inside lines. Its
 * line breaks say nothing of its structure: it is read as collapsed text.
 */
function rewrappedFlat(text: string): boolean {
  if (text.length < 800) return false
  // One pass over the characters: each line's length, and no blank line (a paragraph break the text kept).
  const lengths: number[] = []
  let start = 0
  let words = false
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x0a
    if (code !== 0x0a) {
      if (code > 0x20 && code !== 0xa0) words = true
      continue
    }
    // A final line break ends the last line; no line follows it.
    if (i === text.length && start === i) break
    if (!words) return false
    lengths.push(i - start)
    start = i + 1
    words = false
  }
  if (lengths.length < 6) return false
  // Every line but the last (a loop: a spread of many lines would overflow the stack).
  const body = lengths.length - 1
  let widest = 0
  for (let k = 0; k < body; k++) widest = Math.max(widest, lengths[k]!)
  if (widest < 50 || widest > 250) return false
  let filled = 0
  for (let k = 0; k < body; k++) if (lengths[k]! >= widest * 0.8) filled++
  if (filled < body * 0.9) return false
  return (text.match(INNER_PART_MARK)?.length ?? 0) >= 2
}

function parse(value: string, markdown: boolean, markless: boolean): Plan {
  const markup = markdown ? markupRanges(value) : strayTags(value)
  const norm = normalizeText(value, markup)
  // "Phấn\tđấu\t100%\thồ\tsơ": a copy with tabs for the spaces between words reads as spaces, no table.
  const tabbed = tabsBetweenWords(norm.text)
  // "… I. MỤC ĐÍCH, YÊU CẦU 1. Mục\nđích …": a text run into one line and wrapped again is read as that one line.
  const flat = !markdown && rewrappedFlat(norm.text)
  let text = tabbed ? norm.text.replace(/\t/g, ' ') : norm.text
  if (flat) text = text.replace(/\n/g, ' ')
  const folded = fold(text)
  const lines = classifyLines(text, folded)
  const base: Context = {text, folded, lines, diagnostics: [], candidates: []}
  if (flat) report(base, 'rewrapped-text', 'Unexpected text run into one line and wrapped again at one width, expected line breaks where parts and paragraphs end: its line breaks are read as spaces', 0, lines[0]?.end ?? 0, 'info')
  if (tabbed) report(base, 'tabs-as-spaces', 'Unexpected tabs between the words, expected spaces: tabs are read as spaces, so no line is a table', 0, lines[0]?.end ?? 0, 'info')
  const continuation = lineContinuation(base)
  const {continues} = continuation
  // Page numbers inside a sentence are blanked for matching, and hard wraps inside
  // blocks read as spaces ("tối\nthiểu 30%"): same length, so every offset stays.
  const furniture = pageFurniture(lines)
  const pages = pageBreaksInSentences(lines, furniture, continues)
  const blanks: Array<readonly [number, number]> = [...pages.spans, ...wrappedBreaks(base, continues).map((at) => [at, at + 1] as const)].sort((a, b) => a[0] - b[0])
  const ctx: Context = {
    ...base,
    text: blankSpans(text, blanks),
    folded: blankSpans(folded, blanks),
    pageBreaks: pages.breaks,
    pageSpans: pages.spans,
    continuation,
    pageFurniture: furniture,
    shortForms: new Set()
  }
  // "B¸o c¸o tµi chÝnh": TCVN3 text read as Latin-1 parses as gibberish; say so (its start is enough to tell).
  const mojibake = latin1Mojibake(value, 4000)
  if (mojibake === 'tcvn3') {
    report(ctx, 'legacy-encoding', 'Unexpected TCVN3 (ABC) letters read as Latin-1 ("B¸o c¸o"), expected Unicode Vietnamese: convert the text from TCVN3 to Unicode first', 0, lines[0]?.end ?? 0)
  } else if (mojibake === 'vni') {
    report(ctx, 'legacy-encoding', 'Unexpected VNI letters read as Latin-1 ("Keá hoaïch"), expected Unicode Vietnamese: convert the text from VNI to Unicode first', 0, lines[0]?.end ?? 0)
  } else if (mojibake === 'utf8') {
    report(ctx, 'legacy-encoding', 'Unexpected UTF-8 read as Latin-1 ("Káº¿ hoáº¡ch"), expected Unicode Vietnamese: decode the original bytes as UTF-8 (a string already decoded: Buffer.from(text, "latin1").toString("utf8"))', 0, lines[0]?.end ?? 0)
  } else if (markless) {
    report(ctx, 'no-diacritics', 'Unexpected Vietnamese without its diacritics ("Phan dau 100% ho so"), expected "Phấn đấu 100% hồ sơ": its words are matched without marks, so some readings may be wrong', 0, lines[0]?.end ?? 0)
  }
  const drafts = buildTree(ctx)
  assignKinds(drafts, text)
  const {meta, sources} = assembleMeta(ctx)
  const own = {issuer: null as string | null}
  const registry = resolveCitations(ctx, drafts, meta.documentNumber, own)
  // A body without its header ("(Kèm theo Kế hoạch số 215/KH-UBND … của UBND huyện Châu Thành)" under an appendix): the issuer it names.
  if (meta.issuer === null && own.issuer !== null) {
    // "UBND huyện" in a plan dated at "Hòa Vang, ngày …": completed as a header's issuer is, the place naming it.
    meta.issuer = completeIssuer({...meta, issuer: own.issuer}, ctx.text, ctx.folded, true)
    sources.issuer = 'inferred'
  }
  const targetDrafts = resolveTargets(ctx, drafts, {
    year: meta.issuedDate ? Number(meta.issuedDate.slice(0, 4)) : null,
    period: meta.period,
    title: meta.title
  })
  const taskDrafts = resolveTasks(ctx, drafts, meta.period !== null && meta.period.from === meta.period.to ? meta.period.from : null)
  const responsibilityDrafts = resolveResponsibilities(ctx, drafts, targetDrafts.map((t) => t.s))
  // "2. Phòng Nội vụ - … ; hoàn thành trước ngày 31/01/2025": a duty with its deadline is a task of its agency.
  taskDrafts.push(...dutyTasks(responsibilityDrafts, taskDrafts, meta.period !== null && meta.period.from === meta.period.to ? meta.period.from : null))
  taskDrafts.sort((a, b) => a.s - b.s)
  const index = new LineIndex(value)
  const children = finalizeRoot(value, norm, index, drafts, ctx.diagnostics, markup)
  const diagnostics: Diagnostic[] = ctx.diagnostics
    .map((d) => {
      const start = d.original ? d.original.start : norm.toOriginal(d.s)
      const end = d.original ? d.original.end : norm.toOriginal(d.e)
      return {ruleId: d.ruleId, message: d.message, severity: d.severity, source: 'vanban' as const, position: index.position(start, end)}
    })
    .sort((a, b) => a.position.start.offset - b.position.start.offset)
  const named = registry.flatMap((entry) => (entry.issuer === null ? [] : [entry.issuer]))
  const citations = registry.map((entry) => ({
    ...entry,
    issuer: completeCitedIssuer(entry.issuer, meta.issuer, named)
  })).map((entry) => ({
    key: entry.key,
    docType: entry.docType,
    number: entry.number,
    shortNumber: entry.shortNumber,
    name: entry.name,
    date: entry.date,
    year: entry.year ?? (entry.date ? Number(entry.date.slice(0, 4)) : null),
    issuer: entry.issuer ?? (entry.issuerCode ? issuerNameForCode(entry.issuerCode) : null),
    issuerCode: entry.issuerCode,
    title: entry.title,
    relations: entry.relations,
    roles: entry.roles,
    origins: entry.origins,
    mentions: entry.mentions.map((m) => ({position: index.position(norm.toOriginal(m.s), norm.toOriginal(m.e)), origin: m.origin, pin: m.pin}))
  }))
  // Fields copied by name: a rest spread per target costs more than the rest of this function.
  const targets = targetDrafts.map((t) => ({
    value: t.value,
    valueTo: t.valueTo,
    unit: t.unit,
    unitKind: t.unitKind,
    of: t.of,
    comparator: t.comparator,
    year: t.year,
    yearFrom: t.yearFrom,
    annual: t.annual,
    yearSource: t.yearSource,
    baselineYear: t.baselineYear,
    change: t.change,
    subject: t.subject,
    area: t.area,
    text: t.text,
    sectionPath: t.sectionPath,
    position: index.position(norm.toOriginal(t.s), norm.toOriginal(t.e))
  }))
  return {
    type: 'plan',
    meta,
    diagnostics,
    citations,
    targets,
    responsibilities: responsibilityDrafts.map(({s, e, dutySpans: _, ...r}) => ({...r, position: index.position(norm.toOriginal(s), norm.toOriginal(e))})),
    tasks: taskDrafts.map(({s, e, ...task}) => ({...task, position: index.position(norm.toOriginal(s), norm.toOriginal(e))})),
    children: children as unknown as Plan['children'],
    position: index.position(0, value.length),
    data: {metaSources: sources}
  }
}
