/**
 * Document-wide pass over quantities: which are targets (a level to reach:
 * "phấn đấu", "đạt", "tối thiểu", "đến năm …") and which only describe
 * ("06 lĩnh vực trọng tâm", "năm 2022 đạt 69,66 điểm"); the deadline year from
 * the clause, then the enclosing lead-in or heading ("- Phấn đấu đến năm
 * 2030" over its "+" items), then the plan; the subject each number measures;
 * distributive lists ("cấp tỉnh, cấp huyện, cấp xã … tương ứng là 30%, 20% và
 * 15%"); the reform area.
 */

import {comparatorSymbols, units} from '../../grammars/index.js'
import {cellText, indicatorColumnOf} from '../blocks/table.js'
import {annualWords, awardWords, budgetWords, changeVerbCompoundEnds, changeWordCompounds, changeWords, referenceAsides, comparatorsBefore, joiningActions, leadingChanges, mannerWords, measureHeads, measureNouns, measuredActions, pastCues, plannedActions, possessionVerbs, reformAreaHeadings, reformAreaTraining, respectiveWords, rankUnitLabels, sharedPredicateOpenings, socioEconomicPhrases, subjectEndQualifiers, targetCues, targetHeadings, type ReformArea} from '../../grammars/index.js'
import {trainClassifier, type Classifier} from '../adapters/natural.js'
import {withoutFootnoteReferences} from '../inline/footnote-reference.js'
import {baselineWords, boundsAgeGroup, type QuantityInfo} from '../inline/quantity.js'
import {withoutMarker} from '../lines/markers.js'
import {fold, isDigitCode, isMarkless, lowerUnlessNamed, phraseIn, squash, wordAt, wordSet} from '../text/fold.js'
import {firstAtLeast, PhraseGroups, PhraseSet, type Occurrence, type Occurrences} from '../text/phrases.js'
import type {Context, Draft} from '../tree/draft.js'

/** A target before positions are mapped. */
export interface TargetDraft {
  value: number
  valueTo: number | null
  unit: string | null
  unitKind: QuantityInfo['unitKind']
  of: number | null
  comparator: QuantityInfo['comparator']
  year: number | null
  yearFrom: number | null
  annual: boolean
  yearSource: 'clause' | 'heading' | 'plan' | null
  baselineYear: number | null
  change: QuantityInfo['change']
  subject: string | null
  area: ReformArea | null
  text: string
  sectionPath: Array<{label: string | null; title: string | null}>
  s: number
  e: number
}

const BLOCKS = new Set(['paragraph', 'heading', 'clause'])
const SKIPPED = new Set(['catalogue', 'header', 'titleBlock', 'lead', 'relatedDocuments', 'footnotes', 'leftover', 'signature', 'recipients'])
const COMPARATOR_WORDS = comparatorsBefore.map(([p, c]) => ({p, c})).sort((a, b) => b.p.length - a.p.length)
/** The same without marks, for text with its diacritics stripped. */
const FOLDED_COMPARATOR_WORDS = COMPARATOR_WORDS.map(({p, c}) => ({p: fold(p), c}))
const CUES = targetCues.map((c) => c.toLowerCase())
const PAST = pastCues.map((c) => c.toLowerCase())
const ANNUAL = annualWords.map((w) => w.toLowerCase())
const RESPECTIVE = [...respectiveWords].sort((a, b) => b.length - a.length)
/** Heading and training phrases, matched in a target's own words before the classifier is asked. */
const AREA_WORDS = (Object.entries(reformAreaTraining) as Array<[ReformArea, readonly string[]]>)
  .flatMap(([area, phrases]) => phrases.map((p) => ({area, folded: fold(p)})))
  .concat((Object.entries(reformAreaHeadings) as Array<[ReformArea, readonly string[]]>).flatMap(([area, phrases]) => phrases.map((p) => ({area, folded: fold(p)}))))
/** The lower-case lexicons a block is searched for, in one pass. */
const LEXICONS = new PhraseGroups({
  cues: CUES,
  past: PAST,
  respective: RESPECTIVE,
  annual: ANNUAL,
  /** Words that say a figure is aimed at; the first two also say "by a year". */
  aims: ['phấn đấu', 'đến năm', 'mục tiêu']
})
const AREA_SET = new PhraseSet(AREA_WORDS.map((w) => w.folded))
/** Socio-economic indicators: no reform area unless a heading says one. */
const SOCIO_ECONOMIC = new PhraseSet(socioEconomicPhrases.map(fold))
const AREA_HEADINGS = (Object.entries(reformAreaHeadings) as Array<[ReformArea, readonly string[]]>).flatMap(([area, phrases]) => phrases.map((p) => ({area, folded: fold(p)})))

interface Found {
  node: Draft
  block: Draft
  ancestors: Draft[]
}

/**
 * A block's text read once for all its quantities: lower-cased, and the
 * lexicon phrases it holds, which each quantity's clause then looks up.
 */
interface BlockReading {
  lower: string
  cues: Occurrences
  past: Occurrences
  respective: Occurrences
  annual: Occurrences
  aims: Occurrences
  /** Area phrases in the folded text, found when first asked. */
  areas: Occurrences | null
  marks: Marks
}

function readBlock(ctx: Context, block: Draft): BlockReading {
  let lower = ctx.text.slice(block.s, block.e).toLowerCase()
  if (lower.length !== block.e - block.s) lower = ctx.folded.slice(block.s, block.e)
  // Text with its marks stripped: the cue words are looked for folded.
  if (isMarkless()) return {lower, ...(FOLDED_LEXICONS ??= foldedLexicons()).find(ctx.folded.slice(block.s, block.e), block.s), areas: null, marks: readMarks(ctx.text, block)}
  return {lower, ...LEXICONS.find(lower, block.s), areas: null, marks: readMarks(ctx.text, block)}
}

let FOLDED_LEXICONS: ReturnType<typeof foldedLexicons> | null = null

function foldedLexicons() {
  return new PhraseGroups({cues: CUES.map(fold), past: PAST.map(fold), respective: RESPECTIVE.map(fold), annual: ANNUAL.map(fold), aims: ['phan dau', 'den nam', 'muc tieu']})
}

/**
 * Where the first respective word (in lexicon order, longest first) last
 * occurs in [s, e), as an offset from `s`, or -1.
 */
function lastRespective(reading: BlockReading, s: number, e: number): number {
  const hits = reading.respective.within(s, e)
  for (let w = 0; w < RESPECTIVE.length; w++) {
    for (let k = hits.length - 1; k >= 0; k--) if (hits[k]!.phrase === w) return hits[k]!.at - s
  }
  return -1
}

/** The area phrases of the segment [s, e) of a block. */
function areasIn(ctx: Context, {s, e, block, reading}: {s: number; e: number; block: Draft; reading: BlockReading}): Occurrence[] {
  reading.areas ??= AREA_SET.occurrences(ctx.folded.slice(block.s, block.e), block.s)
  return reading.areas.within(s, e)
}

/** The longest area phrase among `hits` (the earlier in the lexicon on a tie). */
function bestArea(hits: ReadonlyArray<{phrase: number}>): ReformArea | null {
  let best = -1
  for (const {phrase} of hits) {
    const better = best === -1 || AREA_WORDS[phrase]!.folded.length > AREA_WORDS[best]!.folded.length || (AREA_WORDS[phrase]!.folded.length === AREA_WORDS[best]!.folded.length && phrase < best)
    if (better) best = phrase
  }
  return best === -1 ? null : AREA_WORDS[best]!.area
}

function collect(nodes: Draft[], ancestors: Draft[], out: Found[]): void {
  for (const node of nodes) {
    if (node.type === 'quantity') {
      const block = [...ancestors].reverse().find((a) => BLOCKS.has(a.type))
      if (block && !ancestors.some((a) => SKIPPED.has(a.type))) out.push({node, block, ancestors: [...ancestors]})
    } else if (node.children && !SKIPPED.has(node.type)) {
      ancestors.push(node)
      collect(node.children, ancestors, out)
      ancestors.pop()
    }
  }
}

/** Year expressions: "đến năm 2025", "giai đoạn 2022 - 2025", "năm 2021", "2021-2025". */
function yearsIn(text: string): Array<{at: number; year: number; from: number | null}> {
  const out: Array<{at: number; year: number; from: number | null}> = []
  const re = /(?:19|20)\d\d(?!\d)/g
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const at = m.index
    if (/\d/.test(text[at - 1] ?? '')) continue
    // "ISO 9001:2015", "TCVN 5687:2010": the year of a standard, no deadline.
    if (text[at - 1] === ':' && /\d/.test(text[at - 2] ?? '')) continue
    const before = text.slice(Math.max(0, at - 48), at).toLowerCase()
    // A date ("tháng 5 năm 2020", "31/5/2020"), a number ("/2020/NĐ-CP") or a baseline is not a
    // deadline, unless a deadline word says so: "trước ngày 31/12/2024", "trong quý III/2024",
    // "đến tháng 6/2024", "trước tháng 6 năm 2024".
    const deadline = !AS_OF.test(before) && (DEADLINE_DATE.test(before) || DEADLINE_PERIOD.test(before) || DEADLINE_WORDED.test(before) || DEADLINE_MONTH.test(before))
    // (Also without marks: "thang 5 nam 2020", "so voi nam 2021".)
    const dated = /th(?:á|a)ng\s{1,3}\d{1,2}\s{0,3},?\s{0,3}$/u.test(before) || /th(?:á|a)ng\s{1,3}\d{1,2}\s{0,3},?\s{0,3}n(?:ă|a)m\s{1,3}$/u.test(before)
    if (!deadline && (dated || /[/.-]$/.test(before) || text[at + 4] === '/')) continue
    if (deadline && text[at + 4] === '/') continue
    // "so với năm 2021", "so với cuối năm 2024", "so với biên chế được giao năm 2022" (also "so với   \nnăm 2021",
    // wrapped after trailing spaces): a baseline.
    const said = `${squash(before)} `
    const so = Math.max(said.lastIndexOf('so với '), said.lastIndexOf('so voi '))
    if (so !== -1 && baselineWords(said.slice(so + 7))) continue
    // "gấp 2 lần năm 2020": what a multiple is of, a baseline.
    if (/(?:^|\s)l(?:ầ|a)n\s(?:so\sv(?:ớ|o)i\s)?(?:n(?:ă|a)m\s)?$/u.test(before)) continue
    // "Sau năm 2020, …": where a period starts, not the year of a figure.
    if (/(?:^|\s)sau\sn(?:ă|a)m\s$/u.test(before)) continue
    // A range "2022 - 2025": the deadline is its end.
    let j = at + 4
    while (text[j] === ' ') j++
    let second: number | null = null
    if (text[j] === '-' || text[j] === '–') {
      j++
      while (text[j] === ' ') j++
      const y = text.slice(j, j + 4)
      if (/^(?:19|20)\d\d$/.test(y) && !/\d/.test(text[j + 4] ?? '')) {
        second = Number(y)
        re.lastIndex = j + 4
      }
    }
    out.push({at, year: second ?? Number(m[0]), from: second !== null ? Number(m[0]) : null})
  }
  return out
}

/**
 * The deadline a sentence opens with, before its first comma or colon:
 * "- Phấn đấu đến năm 2025, …", "Đến hết năm 2025: …", "Năm 2025, …",
 * "Giai đoạn 2021 - 2025, …" (the sentence ends before `to`; `stops` are the
 * block's full stops); `said` when a word says it is one ("đến", "tới"), not
 * a bare "Năm 2025".
 */
function sentenceDeadline(text: string, from: number, to: number, stops: readonly number[]): {year: number; from: number | null; said: boolean} | null {
  // The last full stop before `to`, from the block's marks (binary search): a search back through
  // the text would be quadratic on a long block without one.
  const k = firstAtLeast(stops, to) - 1
  const stop = k >= 0 ? stops[k]! : -1
  const start = stop < from ? from : stop + 2
  const head = SENTENCE_DEADLINE.exec(text.slice(start, Math.min(to, start + 64)))
  if (head === null) return null
  const years = yearsIn(head[0])
  const last = years[years.length - 1]
  return last === undefined ? null : {year: last.year, from: last.from, said: head[1] !== undefined}
}

const SENTENCE_DEADLINE = /^[-+•*\s]{0,4}(?:phấn đấu\s)?(?:(đến hết|đến|tới|trong)\s)?(?:năm|giai đoạn)\s[^,:;]{4,12}[,:]/iu

/** A segment's reading, shared by the quantities in it. */
interface Segment {
  e: number
  years: ReturnType<typeof yearsIn>
  annual: boolean
  /** Says it aims: "phấn đấu", "đến năm", "mục tiêu". */
  aimed: boolean
  /** Where the segment says "phấn đấu" or "đến năm": only before a figure do they aim it. */
  striving: number[]
  /** Where the segment's last figure starts. */
  lastFigure: number
}

/** Is [s, e) only white space and a list bullet? */
function onlyBulletBefore(text: string, s: number, e: number): boolean {
  let bullet = false
  for (let j = s; j < e; j++) {
    const ch = text.charCodeAt(j)
    if (ch === 0x20 || ch === 0x0a || ch === 0x09 || ch === 0x0d) continue
    // "-", "+", "•", and "*" (a Markdown list item).
    if (!bullet && (ch === 0x2d || ch === 0x2b || ch === 0x2022 || ch === 0x2a)) {
      bullet = true
      continue
    }
    return false
  }
  return true
}

/** "trước ngày 31/12/", "đến ngày 30/6/": a deadline date's start before its year. */
const DEADLINE_DATE = /(?:trước|đến|hết|trong|vào|chậm nhất)(?: ngày)? \d{1,2}[/.-]\d{1,2}[/.-]$/u
/** "trong quý III/", "đến tháng 6/", "quý IV năm ": a quarter or month that ends a deadline. */
const DEADLINE_PERIOD = /(?:quý [ivx]{1,4}(?:\/| năm )|(?:^|[^\d ] ?)tháng \d{1,2}\/)$/u
/** "trước ngày 31 tháng 12 năm ", "đến tháng 6 năm ". */
const DEADLINE_WORDED = /(?:trước|đến|hết|trong|vào|chậm nhất) ngày \d{1,2} tháng \d{1,2} năm $/u
const DEADLINE_MONTH = /(?:trước|đến|hết|trong|vào|chậm nhất) tháng \d{1,2} năm $/u
/** "tính đến hết ngày 31 tháng 5 năm 2020": an as-of date, not a deadline. */
const AS_OF = /tính (?:đến|tới)/u

function hasAnnual(text: string): boolean {
  const lower = text.toLowerCase()
  return ANNUAL.some((w) => lower.includes(w))
}

let classifier: Classifier | null = null

/** Folded word pairs of the training phrases ("ho so", "dich vu") and the areas they occur in. */
let trainingPairs: Map<string, ReformArea[]> | null = null

function wordPairs(text: string): string[] {
  const words = foldedWords(text)
  const pairs: string[] = []
  for (let k = 1; k < words.length; k++) pairs.push(`${words[k - 1]} ${words[k]}`)
  return pairs
}

/** A vote's area when one area leads, else null. */
function decisive(vote: ReformArea | 'tie' | null): ReformArea | null {
  return vote === 'tie' ? null : vote
}

/**
 * The areas whose training phrases share word pairs with `text`, by votes:
 * the area with the most pairs when one leads, `'tie'` when several do, null
 * when none has `least` pairs (no evidence at all, by default).
 */
function pairVote(text: string, least = 1): ReformArea | 'tie' | null {
  if (trainingPairs === null) {
    trainingPairs = new Map()
    for (const [area, phrases] of Object.entries(reformAreaTraining) as Array<[ReformArea, readonly string[]]>) {
      for (const pair of phrases.flatMap(wordPairs)) {
        const areas = trainingPairs.get(pair) ?? []
        if (!areas.includes(area)) areas.push(area)
        trainingPairs.set(pair, areas)
      }
    }
  }
  const votes = new Map<ReformArea, number>()
  for (const pair of new Set(wordPairs(text))) for (const area of trainingPairs.get(pair) ?? []) votes.set(area, (votes.get(area) ?? 0) + 1)
  const ranked = [...votes].sort((a, b) => b[1] - a[1])
  if (ranked.length === 0 || ranked[0]![1] < least) return null
  return ranked.length > 1 && ranked[0]![1] === ranked[1]![1] ? 'tie' : ranked[0]![0]
}

/**
 * Folded words, for the classifier. Single words only: natural compares every
 * vocabulary entry with every token, so pairs would square the cost.
 */
function tokens(text: string): string[] {
  return [...new Set(foldedWords(text).filter((w) => w.length > 1))]
}

/** The folded words of `text`, in order. */
function foldedWords(text: string): string[] {
  return fold(text).split(/[^a-z0-9]+/).filter((w) => w.length > 0)
}

/** The reform area of a target: from its headings, else from its words. */
function areaOf(
  sections: Draft[],
  subject: string,
  ctx: Context,
  segment: {s: number; e: number; block: Draft; reading: BlockReading},
  sectionCache: Map<Draft, ReformArea | null>,
  classified: Map<string, ReformArea | null>,
  planArea: ReformArea | null
): ReformArea | null {
  for (let k = sections.length - 1; k >= 0; k--) {
    const section = sections[k]!
    let area = sectionCache.get(section)
    if (area === undefined) {
      const title = sectionText(section, ctx)
      const folded = title ? fold(title) : ''
      area = title ? (AREA_HEADINGS.find((h) => folded.includes(h.folded))?.area ?? null) : null
      sectionCache.set(section, area)
    }
    if (area !== null) return area
  }
  // What the target's own words say first ("Tỷ lệ hồ sơ đúng hạn"), then its clause's.
  const foldedSubject = fold(subject)
  const named = bestArea(AREA_SET.find(foldedSubject))
  if (named !== null) return named
  // "Tỷ lệ lao động qua đào tạo", "xã đạt chuẩn nông thôn mới": a socio-economic indicator is no reform target; no guess from its words.
  if (SOCIO_ECONOMIC.find(foldedSubject).length > 0) return null
  const own = decisive(subject.length > 0 ? pairVote(subject, 2) : null)
  if (own !== null) return own
  const said = bestArea(areasIn(ctx, segment))
  if (said !== null) return said
  // A plan about one area ("… chuyển đổi số năm 2025") files there what nothing nearer files.
  if (planArea !== null) return planArea
  const text = subject.length > 0 ? subject : ctx.folded.slice(segment.s, segment.e)
  let area = classified.get(text)
  if (area === undefined) {
    // Word pairs of the training data decide ("hồ sơ", "dịch vụ"); none in the
    // text ("Tỷ lệ sinh", "Kim ngạch xuất khẩu" in a socio-economic plan): no
    // reform area, rather than a guess. Only a tie goes to the classifier.
    const vote = pairVote(text)
    if (vote !== 'tie') {
      classified.set(text, vote)
      return vote
    }
    classifier ??= trainClassifier(
      (Object.entries(reformAreaTraining) as Array<[ReformArea, readonly string[]]>).flatMap(([a, phrases]) => phrases.map((p) => [p, a] as const)),
      tokens
    )
    area = classifier.classify(text) as ReformArea
    classified.set(text, area)
  }
  return area
}

/** A section's title, or the start of its heading text when untitled. */
function sectionText(section: Draft, ctx: Context): string | null {
  if (typeof section.props.title === 'string') return section.props.title
  const heading = section.children?.[0]
  return heading && heading.type === 'heading' ? ctx.text.slice(heading.s, Math.min(heading.e, heading.s + 160)) : null
}

const SEGMENT_REACH = 600

/** The segment of the block around [s, e): between ";" or ". " boundaries. */
function segmentAround(reading: BlockReading, block: Draft, s: number, e: number, sentence: boolean): [number, number] {
  // Bounded: a clause longer than this is cut, so a page with no punctuation stays linear.
  const from = Math.max(block.s, s - SEGMENT_REACH)
  const to = Math.min(block.e, e + SEGMENT_REACH)
  const marks = reading.marks
  const back = sentence ? marks.sentenceBack : marks.clauseBack
  const forward = sentence ? marks.sentenceForward : marks.clauseForward
  // The last boundary before s, the first at or after e (binary search).
  const k = firstAtLeast(back, s) - 1
  const a = k >= 0 && back[k]! >= from ? back[k]! + 1 : from
  const m = firstAtLeast(forward, e)
  const b = m < forward.length && forward[m]! < to ? forward[m]! : to
  return [a, b]
}

/** Clause and sentence boundaries of a block, in text offsets, in order. */
interface Marks {
  /** ";", ":" or a full stop before a space or line break: where a clause before a number starts after. */
  clauseBack: number[]
  sentenceBack: number[]
  /** ";" or a full stop before a space, a line break or the block's end: where a clause after a number ends. */
  clauseForward: number[]
  sentenceForward: number[]
}

function readMarks(text: string, block: Draft): Marks {
  const marks: Marks = {clauseBack: [], sentenceBack: [], clauseForward: [], sentenceForward: []}
  for (let j = block.s; j < block.e; j++) {
    const ch = text.charCodeAt(j)
    if (ch === 0x3b) {
      marks.clauseBack.push(j)
      marks.clauseForward.push(j)
    } else if (ch === 0x3a) {
      marks.clauseBack.push(j)
    } else if (ch === 0x2e) {
      const next = text.charCodeAt(j + 1)
      const spaced = next === 0x20 || next === 0x0a
      if (spaced) {
        marks.clauseBack.push(j)
        marks.sentenceBack.push(j)
      }
      if (spaced || j + 1 >= block.e) {
        marks.clauseForward.push(j)
        marks.sentenceForward.push(j)
      }
    }
  }
  return marks
}


/** Cue words stripped from the start of a subject. */
const LEADING_WORDS = ['và', 'hoặc', 'đồng thời', 'theo đó', 'ngoài ra', 'bên cạnh đó', 'trong đó', 'phấn đấu', 'duy trì', 'cả năm', 'đảm bảo', 'bảo đảm', 'hằng năm', 'hàng năm', 'mỗi năm', 'kết thúc giai đoạn', 'đến hết năm', 'đến cuối năm', 'đến cuối giai đoạn', 'đến năm', 'cuối năm', 'trong năm', 'giai đoạn', 'năm']


/** Second syllables that make a change verb a word of its own ("tăng trưởng", "nâng cao"). */
const isCompoundEnd = wordSet(changeVerbCompoundEnds)

/** Strip cue words, years and punctuation from the start of a subject (one pass, no regex). */
function stripLeading(value: string): string {
  const digit = (k: number): boolean => isDigitCode(value.charCodeAt(k))
  let i = 0
  const n = value.length
  for (let round = 0; round < 8; round++) {
    const start = i
    while (i < n && (value[i] === ' ' || value[i] === ',' || value[i] === ':')) i++
    // A year or a range of years: "2021", "2022 - 2025".
    if (digit(i) && digit(i + 1) && digit(i + 2) && digit(i + 3) && !digit(i + 4)) {
      i += 4
      let j = i
      while (value[j] === ' ') j++
      if (value[j] === '-' || value[j] === '–') {
        j++
        while (value[j] === ' ') j++
        if (digit(j) && digit(j + 3) && !digit(j + 4)) i = j + 4
      }
    }
    const word = LEADING_WORDS.find((w) => phraseIn(value, i, w))
    if (word) i += word.length
    // "Giảm tỷ lệ hộ nghèo …": the direction is the target's change, the measure its subject.
    // "Giảm tai nạn giao thông từ 5 - 10%" too; not "Tăng trưởng kinh tế", "Nâng cao chất lượng".
    const verb = leadingChangeAt(value, i)
    if (verb) i += verb.length
    if (i === start) break
  }
  return value.slice(i)
}

/**
 * The change verb at `i` of `value` that opens a measure ("Giảm tỷ lệ hộ
 * nghèo", "Giảm tai nạn giao thông"), not a word of its own ("Tăng trưởng",
 * "Nâng cao"); or undefined.
 */
function leadingChangeAt(value: string, i: number): string | undefined {
  return leadingChanges.find((w) => phraseIn(value, i, w) && value[i + w.length] === ' ' && (measureNouns.some((m) => phraseIn(value, i + w.length + 1, m)) || !isCompoundEnd(wordAt(value, i + w.length + 1).toLowerCase())))
}

const CHANGE_OF: ReadonlyMap<string, 'increase' | 'decrease'> = new Map(changeWords)

/**
 * An indicator's label that says its change ("Thời gian giải quyết TTHC
 * giảm", "Giảm chi phí tuân thủ TTHC"): the change and the label without it; or null.
 */
function labelledChange(label: string): {change: 'increase' | 'decrease'; subject: string} | null {
  const lower = label.toLowerCase()
  for (const [word, change] of changeWords) {
    if (!lower.endsWith(` ${word}`)) continue
    // A measure's head right before it makes it part of the measure's name ("Tỷ lệ tăng").
    const before = lower.slice(0, -word.length - 1)
    if (!measureHeads.some((h) => before === h || before.endsWith(` ${h}`))) return {change, subject: label.slice(0, -word.length - 1).trim()}
  }
  const verb = leadingChangeAt(label, 0)
  const change = verb === undefined ? undefined : CHANGE_OF.get(verb)
  return verb === undefined || change === undefined ? null : {change, subject: label.slice(verb.length + 1).trim()}
}

/** A deadline year in a clause: "năm 2024", "đến năm 2025". */
const YEAR_WORD = /(?:^|\s)năm (?:19|20)\d\d(?!\d)/iu

const PLANNED = plannedActions.map((a) => `${a} `)

/**
 * Do the words before a count open with an action that plans it, and lead
 * straight to it ("Đào tạo", "Giải quyết việc làm mới cho": two words at most after the action)?
 */
function plansCount(before: string): boolean {
  const words = `${withoutMarker(before.trim()).toLowerCase()} `
  const action = PLANNED.find((a) => words.startsWith(a))
  return action !== undefined && words.split(' ').length - action.split(' ').length <= 2
}

/** "đối với cấp tỉnh", "tại cấp huyện" right after a number: the level it is measured at. */
const LEVEL_AFTER = /^\s?((?:đối với|tại|ở) cấp (?:tỉnh|huyện|xã|cơ sở|trung ương))(?=[\s,;.)]|$)/u

/** Subjects that are only a verb of change: the quantity measures what the clause before it measured. */
const VERB_SUBJECTS = new Set(['tăng', 'giảm', 'đạt', 'nâng', 'cắt giảm', 'tăng thêm', 'giảm thêm', 'lọt', 'lọt vào', 'xếp', 'xếp thứ', 'thuộc', 'thuộc nhóm', 'đứng thứ', 'vào'])

/** A verb of its own between two quantities: the second does not share the first's comparator. */
const OWN_VERB = /(?:^|\s)(?:đạt|phấn đấu|là|trên|dưới|tối thiểu|tối đa|ít nhất|không quá|không dưới)(?=\s|$)/u
/** The same words without their marks, for text that has none. */
const FOLDED_OWN_VERB = /(?:^|\s)(?:dat|phan dau|la|tren|duoi|toi thieu|toi da|it nhat|khong qua|khong duoi)(?=\s|$)/u
const AIMED_BEFORE = /phấn đấu|đạt\s*$/u
const FOLDED_AIMED_BEFORE = /phan dau|dat\s*$/u

/** Is `words` (lower case) a cue word left at a subject's end ("… đạt tối thiểu")? */
const isTrailingWord = wordSet(['tỷ trọng', 'chiếm tỷ trọng', 'chiếm tỷ lệ', 'lên mức', 'bằng', 'không thấp', 'thấp', 'thấp hơn', 'cao', 'cao hơn', 'ít', 'ít hơn', 'lớn hơn', 'nhiều hơn', 'tăng lên', 'tăng thêm', 'giảm thêm', 'thêm', 'chiếm', 'bình quân', 'thuộc', 'thuộc nhóm', 'lọt', 'lọt vào', 'vào', 'xếp thứ', 'xếp hạng', 'đứng thứ', 'của', 'cấp', 'tại', 'nằm', 'nằm trong', 'trong nhóm', 'xếp', 'đứng', 'đạt', 'là', 'tối thiểu', 'ít nhất', 'từ', 'trên', 'dưới', 'tối đa', 'không quá', 'tỷ lệ', 'tăng', 'giảm', 'cắt giảm', 'cắt', 'nâng', 'rút ngắn', 'và', 'hoặc', 'phấn đấu', 'trong', 'xuống', 'xuống còn', 'còn', 'trung bình', 'đến', 'tới', 'vượt quá', 'vượt', 'không', 'hơn', 'tăng hơn', 'gấp', 'trong đó', 'mức', 'ở mức', 'đạt mức', 'duy trì', 'duy trì ổn định', 'ổn định', 'giữ', 'giữ vững', 'giữ ổn định', ...changeWords.map(([w]) => w), ...comparatorsBefore.map(([w]) => w)])

const TRAILING_YEAR = /(?:^|\s)(?:(?:đến|trong|vào|của) )?năm (?:19|20)\d\d$/u

const isChangeCompound = wordSet(changeWordCompounds)
const isAverageWord = wordSet(['bình quân', 'trung bình'])
const isReachWord = wordSet(['đạt', 'là', 'đạt mức', 'ở mức', 'đạt được'])

/** Strip punctuation and cue words (one or two words long) from the end. */
/** Nouns that end, without their marks, on a word a cue folds to ("điện tử", "đầu tư" and "từ"). */
const MARKLESS_NOUNS: ReadonlySet<string> = new Set(['dien tu', 'dau tu', 'chu tu', 'nhan tu'])

function stripTrailing(value: string): string {
  let text = value
  let reached = false
  for (let round = 0; round < 6; round++) {
    let end = text.length
    while (end > 0 && ' ,;:.(≥≤⩾⩽≈~<>='.includes(text[end - 1]!)) end--
    text = text.slice(0, end)
    // A deadline year at the end: "… của huyện năm 2023", "… đến năm 2025".
    const year = TRAILING_YEAR.exec(text)
    // Not the year of a date: "… tính đến hết ngày 31 tháng 5 năm 2020".
    if (year !== null && !/tháng \d{1,2}$/u.test(text.slice(Math.max(0, year.index - 10), year.index))) {
      text = text.slice(0, year.index)
      continue
    }
    const last = text.lastIndexOf(' ')
    const lastTwo = last > 0 ? text.lastIndexOf(' ', last - 1) : -1
    const two = lastTwo >= 0 ? text.slice(lastTwo + 1).toLowerCase() : ''
    const one = text.slice(last + 1).toLowerCase()
    // "… đạt chuẩn quốc gia tăng": "quốc gia" is a noun, "tăng" alone the change word.
    const compound = lastTwo > 0 && isChangeCompound(text.slice(text.lastIndexOf(' ', lastTwo - 1) + 1, last).toLowerCase())
    // "Tuổi thọ bình quân đạt 75 tuổi": an average before the verb names the measure; one
    // right before the figure ("… bình quân 12,5%/năm", "xuống trung bình 15 phút") qualifies it.
    if (reached && (isAverageWord(two) || isAverageWord(one))) break
    // "… nông thôn mới nâng cao": a qualifier of what is counted, no change word.
    if (END_QUALIFIERS.has(two)) break
    // Without marks "điện tử" and "đầu tư" end on a word that folds like "từ": nouns, no cue.
    if (isMarkless() && MARKLESS_NOUNS.has(fold(two))) break
    if (isTrailingWord(two) && lastTwo >= 0 && !compound) {
      reached = isReachWord(two)
      text = text.slice(0, lastTwo)
    } else if (last > 0 && isTrailingWord(one)) {
      reached = isReachWord(one)
      text = text.slice(0, last)
    }
    // "Nâng tỷ lệ hài lòng lên …": the particle of the change, not "… đại học trở lên".
    else if (last > 0 && one === 'lên' && two !== 'trở lên') text = text.slice(0, last)
    // Only a cue word is left ("xếp", "ít nhất"): no subject of its own.
    else if ((last === -1 && isTrailingWord(one)) || isTrailingWord(text.toLowerCase())) text = ''
    else break
  }
  return text
}

const ACTIONS = new Set(measuredActions)
const END_QUALIFIERS: ReadonlySet<string> = new Set(subjectEndQualifiers)

/**
 * The action(s) `words` (lower case) say, or null: one ("giải quyết") or a
 * list of them ("tiếp nhận, giải quyết", "rà soát và công bố").
 */
function actionsIn(words: string): string | null {
  if (ACTIONS.has(words)) return words
  const parts = words.split(/, | và /u)
  return parts.length > 1 && parts.length <= 4 && parts.every((p) => ACTIONS.has(p)) ? words : null
}

/**
 * "hồ sơ đúng hạn" done with "tiếp nhận, giải quyết": "hồ sơ được tiếp nhận,
 * giải quyết đúng hạn"; the manner the action is done in stays after it.
 */
function doneTo(things: string, action: string): string {
  const lower = things.toLowerCase()
  // "tích hợp 70% các dịch vụ công … với Cổng Dịch vụ công quốc gia": what it is joined to follows the action.
  const joined = JOINING_ACTIONS.has(action) ? lower.search(/ (?:với|lên|vào) /u) : -1
  if (joined > 0) return `${things.slice(0, joined)} được ${action}${things.slice(joined)}`
  const manner = MANNER_ENDINGS.find((m) => lower.endsWith(` ${m}`))
  return manner === undefined ? `${things} được ${action}` : `${things.slice(0, -manner.length - 1)} được ${action} ${things.slice(-manner.length)}`
}

const MANNER_ENDINGS = [...mannerWords].sort((a, b) => b.length - a.length)

const JOINING_ACTIONS: ReadonlySet<string> = new Set(joiningActions)

/**
 * "Mỗi công chức xử lý": an owner, then what it does; the owner ("mỗi công
 * chức") and the action, or null.
 */
function ownerAndAction(words: string): {owner: string; action: string} | null {
  const opened = /^(?:(?:Bình quân|Trung bình) )?(?:Mỗi|Từng|Các) /iu.exec(words)
  if (opened === null) return null
  const lower = words.toLowerCase()
  for (let at = lower.indexOf(' ', opened[0].length); at !== -1; at = lower.indexOf(' ', at + 1)) {
    const action = actionsIn(lower.slice(at + 1))
    if (action !== null) return {owner: lower.slice(0, at), action}
  }
  return null
}

const ASIDES = referenceAsides.map((a) => a.toLowerCase())
/** A clause that opens with the name of a measure and says it reaches a figure: "Tỷ lệ giải ngân đạt …". */
const MEASURE_FIRST = /^(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|tỷ suất|tốc độ|chỉ số)\s[^,;:]{2,120}\s(?:đạt|là|ở mức|chiếm)(?:\s(?:từ|trên|tối thiểu|ít nhất|khoảng))?\s*$/iu

const MEASURED_KINDS: ReadonlySet<string> = new Set(['percent', 'permille', 'rank', 'score', 'rate', 'money', 'area', 'measure', 'multiple', 'fraction'])

/** The action alone before a share ("Kiểm tra tối thiểu"), or with what it gives ("Tập huấn kỹ năng cho"), comparators and bullets aside; or null. */
function actionBefore(raw: string): string | null {
  // An action and a comparator are a few words: most texts before a share are turned away here
  // ("… cho" with what the action gives may be longer).
  if (raw.length > 48 && (raw.length > 120 || !/\s(?:cho|đến|tới)\s*$/u.test(raw))) return null
  const written = stripLeading(withoutMarker(squash(raw)))
  let text = written.toLowerCase()
  for (let round = 0; round < 3; round++) {
    const said = COMPARATOR_WORDS.find(({p}) => text.endsWith(` ${p}`) || text === p)
    if (said === undefined) break
    text = text.slice(0, text.length - said.p.length).trimEnd()
  }
  // "Đào tạo, bồi dưỡng kỹ năng số cho 100% cán bộ", "Phủ sóng 4G đến 100% thôn": an action and what it gives, for whom or where the share counts.
  const to = / (?:cho|đến|tới)$/u.exec(text)
  if (to !== null) {
    // "Hoàn thành cấp tài khoản … cho 80% công dân": the action done, not its completion.
    const given = text.slice(0, to.index).replace(/^(?:hoàn thành|thực hiện)(?: việc)? (?=\S)/u, (opening, at: number, whole: string) => (startsAction(whole.slice(opening.length)) ? '' : opening))
    if (!startsAction(given)) return actionsIn(text)
    // What it gives as written ("phủ sóng 4G", "cấp tài khoản VNeID"), its first word in lower case.
    if (written.length !== text.length) return given
    const own = written.slice(to.index - given.length, to.index)
    const space = own.indexOf(' ')
    return space === -1 ? own.toLowerCase() : `${lowerUnlessNamed(own.slice(0, space))}${own.slice(space)}`
  }
  return actionsIn(text)
}

/** A unit in the text's own spelling ("luot" where the marks are stripped), read from the end of its quantity. */
function unitAsWritten(text: string, end: number, unit: string): string {
  const written = text.slice(end - unit.length, end)
  return written !== unit && fold(written) === fold(unit) ? written : unit
}

/** Does `text` open with an action of the lexicon, or a list of them ("cấp tài khoản …", "đào tạo, bồi dưỡng kỹ năng số")? */
function startsAction(text: string): boolean {
  if (actionsIn(text) !== null) return true
  for (let k = text.indexOf(' '); k !== -1; k = text.indexOf(' ', k + 1)) if (actionsIn(text.slice(0, k)) !== null) return true
  return false
}

/** Clean a subject phrase. */
function cleanSubject(raw: string): string | null {
  // Footnote references ("95%¹ và …", "[2]") are no part of what is measured.
  let text = squash(withoutFootnoteReferences(raw))
  // "Theo đó, mục tiêu …, phấn đấu Chỉ số … xếp trong nhóm": what is striven for
  // follows the last "phấn đấu", unless nothing does ("Chỉ số PCI phấn đấu trong nhóm").
  const strive = text.toLowerCase().lastIndexOf(' phấn đấu ')
  if (strive > 0) {
    const after = cleanSubject(text.slice(strive + 1))
    if (after !== null) return after
  }
  text = stripLeading(withoutMarker(text))
  // "đối với mỗi cấp hành chính cho đến khi đạt tỷ lệ 100%": a condition, not what is measured.
  if (/^(?:đối với|cho đến khi|cho tới khi)\s/u.test(text) || text.endsWith(' cho đến khi')) return null
  // "… trước ngày 31/12/2024", "… trong quý III/2024": the deadline is the year, not the subject.
  const when = /\s(?:trước|đến|trong|vào|chậm nhất)\s(?:ngày|tháng|quý|năm)\s/u.exec(text)
  if (when !== null && when.index > 0) text = text.slice(0, when.index)
  // "… so với năm 2021" is the baseline, kept in its own field.
  if (/^so với\s/iu.test(text)) return null
  const baseline = text.toLowerCase().indexOf(' so với ')
  if (baseline > 0) text = text.slice(0, baseline).replace(/^(?:và|của|là|có|được|các|trong số đó)\s/iu, '')
  text = stripTrailing(text)
  // "Tỷ lệ hồ sơ đúng hạn (năm 2023 đạt 97%) …": a bracket the figure before cut open is an aside, no part of it.
  const open = text.lastIndexOf('(')
  if (open > 0 && text.indexOf(')', open) === -1) text = stripTrailing(text.slice(0, open))
  if (text.length < 3) return null
  return text.length > 160 ? `${text.slice(0, 159).replace(/\s\S*$/, '')}…` : text
}

/**
 * The list a distributive clause distributes over: "… của cấp tỉnh, cấp
 * huyện, cấp xã đạt tỷ lệ tối thiểu" with 3 quantities → the three levels
 * and where the list starts. Read backwards from the verb, comma by comma.
 */
function respectiveList(head: string, count: number): {start: number; parts: string[]; verbEnd: number} | null {
  let verb = -1
  let verbEnd = -1
  for (const m of head.matchAll(/\s(?:đạt|là|có)(?=\s|$)/gu)) {
    verb = m.index
    verbEnd = m.index + m[0].length
  }
  if (verb === -1) return null
  const before = head.slice(0, verb)
  const pieces = before.split(/,\s|\svà\s/u)
  if (pieces.length < count) return null
  const parts = pieces.slice(-count)
  // The first part holds the base subject too ("… của cấp tỉnh"): keep its last two words as the item;
  // a list that is the whole subject ("Sở Nội vụ, Sở Tư pháp có …") keeps it whole.
  const whole = pieces.length === count && !/\s(?:của|tại|ở|đối với)\s/u.test(parts[0]!) ? withoutMarker(parts[0]!.trim()) : ''
  const item = whole.length > 0 ? whole : parts[0]!.split(' ').slice(-2).join(' ')
  parts[0] = item
  return {start: Math.max(0, before.lastIndexOf(item)), parts: parts.map((p) => p.trim()), verbEnd}
}


/** Does the figure compare ("tối thiểu", "trên")? "=" and "~" ("khoảng") only state an amount. */
function compares(q: QuantityInfo): boolean {
  return q.comparator !== '=' && q.comparator !== '~'
}

function splits(q: QuantityInfo): boolean {
  return (q.unitKind !== 'count' && q.unitKind !== 'number') || compares(q) || q.change !== null
}

/** The plan's own year and period: the deadline when nothing nearer says. */
type PlanYears = {year: number | null; period: {from: number; to: number} | null; title?: string | null}

/**
 * Is a later year than `year` aimed at in [from, to) ("…; phấn đấu năm 2023 đạt 72 điểm")?
 * A short window after the figure: bounded, so each figure costs the same.
 */
function aimedLater(reading: BlockReading, text: string, from: number, to: number, year: number): boolean {
  const aims = reading.aims.within(from, to).filter((a) => a.phrase < 2)
  if (aims.length === 0) return false
  return yearsIn(text.slice(from, to)).some((y) => y.year > year && from + y.at > aims[0]!.at)
}

const TARGET_HEADINGS = targetHeadings.map(fold)

/** Is `section` titled as a list of targets ("CHỈ TIÊU", "Chỉ tiêu cụ thể")? Cached per section. */
function namesTargets(section: Draft, cache: Map<Draft, boolean>): boolean {
  let said = cache.get(section)
  if (said === undefined) {
    const title = section.props.title
    const folded = typeof title === 'string' ? fold(title) : ''
    said = TARGET_HEADINGS.some((h) => folded === h || folded.startsWith(`${h} `))
    cache.set(section, said)
  }
  return said
}

/**
 * "… giảm ít nhất 10% … so với cùng kỳ năm trước": the baseline is the year
 * before the target's, said after the figure in its clause (lower case, from
 * `at` to `end`). Not across another figure.
 */
function previousYearBaseline(lower: string, at: number, end: number): boolean {
  const tail = squash(lower.slice(at, Math.min(end, at + 160)))
  const so = tail.indexOf('so với')
  if (so === -1 || /[\d;]/.test(tail.slice(0, so))) return false
  return /^so với (?:cùng kỳ )?(?:của )?năm trước(?![\p{L}\p{N}])/u.test(tail.slice(so))
}

/** The whole a percentage is a share of, named after it: "2% tổng chi ngân sách", "30% GRDP". */
const WHOLE_AFTER = /^\s(?:tổng\s(?:chi|thu|vốn|số|mức|kinh phí|giá trị|sản phẩm|kim ngạch)|GRDP|GDP|GNI|kế hoạch vốn|dự toán)(?![\p{L}\p{N}])/u

const DOWN_TO = /\sxuống(?:\scòn)?(?:\s(?:trung bình|bình quân|mức|ở mức))?(?:\s(?:tối đa|dưới|không quá|còn|khoảng))?\s?$/u
const UP_TO = /\slên(?:\s(?:trung bình|bình quân|mức|ở mức))?(?:\s(?:tối thiểu|ít nhất|trên|từ|khoảng))?\s?$/u

/**
 * A clause that names the level a change goes to right before the figure
 * ("giảm … xuống tối đa 15 phút", "… xuống dưới 2%"; "nâng … lên 90%" with
 * its verb): its direction, or null (lower case, the clause up to the figure).
 */
function changeTo(clause: string): 'increase' | 'decrease' | null {
  const head = withoutMarker(clause.trimStart())
  // "xuống" says the direction by itself: "Tỷ lệ hộ nghèo xuống dưới 2%".
  if (DOWN_TO.test(clause)) return 'decrease'
  if (UP_TO.test(clause) && /^(?:phấn đấu\s)?(?:tăng|nâng|nâng cao)\s/u.test(head)) return 'increase'
  return null
}

/** Words after a figure that name what it measures, not an adverbial ("so với …", "vào năm 2025", "trở lên"). */
function namesAfter(after: string): boolean {
  return /^\s*\p{L}/u.test(after) && !ADVERBIAL_AFTER.test(after)
}

const ADVERBIAL_AFTER = /^\s*(?:so với|trở|tương ứng|đối với|trong|và|để|nhằm|theo|vào|mỗi|hằng|hàng|trước|sau|đến|tới|năm|bình quân|kể từ|tính đến|tính từ|thuộc|xếp|đứng|nằm|lọt|trên cả)(?=[\s,.;:]|$)/u

/** An aside in brackets before a figure that names a target given from above: "(chỉ tiêu Trung ương giao 95%)". */
const ASIDE_FIGURE = /^[^()]{0,20}\(\s?(?:chỉ tiêu|kế hoạch|mục tiêu)\s[^()]{0,50}$/u

/** Words in brackets before a figure that say the one before it again: "(tương đương 15 người)". */
const RESTATED = /\(\s?(?:tương đương(?: với)?|tức là|tức|bằng|khoảng)\s$/u

/**
 * Is the count `node` a condition inside what the share `previous` counts
 * ("80% số hộ gia đình có ít nhất 01 thành viên …", "100% xã có 01 mô hình")?
 * Same clause, nothing but words between, "có" before the count (and its comparator).
 */
function conditionCount(text: string, previous: Draft, node: Draft): boolean {
  const q = node.props as unknown as QuantityInfo
  const p = previous.props as unknown as QuantityInfo
  // A count of a noun the units lexicon does not know ("01 tổ công nghệ số") is a bare number.
  if ((q.unitKind !== 'count' && q.unitKind !== 'number') || p.unitKind !== 'percent' || node.s - previous.e > 120) return false
  const between = text.slice(previous.e, node.s)
  if (/[,;:.()]/.test(between)) return false
  return CONDITION_BEFORE.test(between)
}

/** "có", "có ít nhất", "có tối thiểu", "có từ": the end of the words before a count that is a condition. */
const CONDITION_BEFORE = /\scó(?:\s(?:ít nhất|tối thiểu|từ|trên|không dưới))?\s$/u

/** A clause that opens with the aim ("; phấn đấu năm 2024 đạt …"). */
const AIM_OPENING = /^\s?(?:phấn đấu|phan dau)\s/iu

/** "năm 2023 (" right before a figure: the figure is that year's. */
const YEAR_BRACKET_BEFORE = /(?:năm|nam) ((?:19|20)\d\d)\s?\(\s?$/iu

/** "từ " before a value and "xuống", "lên" after it: where a change starts (lower case). */
const STARTS_FROM = /(?:^|\s)từ\s$/u
/** The words a change goes to its level with, after the value it starts from, and before the level (same list). */
const GOES_TO = /^\s(?:xuống|lên|giảm xuống|tăng lên|giảm còn|tăng thành)(?=\s)/u
const DIRECTION_END = /\s(xuống|lên|giảm xuống|tăng lên|giảm còn|tăng thành)(?:\scòn)?\s$/u

/**
 * "… từ 40% lên " before a value (lower case, `window` ending at it): where
 * "từ" stands and the direction of the change, when at most four words lie
 * between them and no comma; or null.
 */
function movedTo(window: string): {index: number; change: 'increase' | 'decrease'} | null {
  const end = DIRECTION_END.exec(window)
  if (end === null) return null
  const from = window.lastIndexOf('từ ', end.index)
  if (from === -1 || (from > 0 && !/\s/.test(window[from - 1]!))) return null
  const between = window.slice(from + 3, end.index)
  if (between.length === 0 || /[,;]/.test(between) || between.split(' ').length > 4) return null
  return {index: from, change: end[1] === 'lên' || end[1] === 'tăng lên' || end[1] === 'tăng thành' ? 'increase' : 'decrease'}
}
/** A change verb opening a subject ("Nâng tỷ lệ …"): what is changed is after it. */
const CHANGE_OPENING = /^(?:nâng cao|nâng|tăng|giảm|rút ngắn|cắt giảm|hạ)\s/iu

export function resolveTargets(ctx: Context, drafts: Draft[], plan: PlanYears): TargetDraft[] {
  const found: Found[] = []
  collect(drafts, [], found)
  const text = ctx.text
  const targets: TargetDraft[] = []
  // Quantities of one block are contiguous in document order: index their range once.
  const rangeOf = new Map<Draft, [number, number]>()
  for (let k = 0; k < found.length; k++) {
    const r = rangeOf.get(found[k]!.block)
    if (r) r[1] = k + 1
    else rangeOf.set(found[k]!.block, [k, k + 1])
  }
  // Caches: one lower-case copy per block, one reading per segment and heading.
  const readings = new Map<Draft, BlockReading>()
  const segments = new Map<number, Segment>()
  const areaOfSection = new Map<Draft, ReformArea | null>()
  const classified = new Map<string, ReformArea | null>()
  const planTitle = plan.title ? fold(plan.title) : ''
  const planArea = AREA_HEADINGS.find((h) => planTitle.includes(h.folded))?.area ?? null
  const headingYears = new Map<Draft, {years: ReturnType<typeof yearsIn>; annual: boolean}>()
  const areaCache = new Map<string, ReformArea | null>()
  const targetHeadingOf = new Map<Draft, boolean>()
  for (let n = 0; n < found.length; n++) {
    const {node, block, ancestors} = found[n]!
    const q = node.props as unknown as QuantityInfo
    let reading = readings.get(block)
    if (reading === undefined) {
      reading = readBlock(ctx, block)
      readings.set(block, reading)
    }
    const [segS, segE] = segmentAround(reading, block, node.s, node.e, false)
    const blockLower = reading.lower
    // "Tỷ suất chết trẻ em dưới 1 tuổi giảm …": the age names a group of people, no goal.
    if (q.unitKind === 'age' && boundsAgeGroup(text, segS, node.s)) continue
    // "… từ 20 ngày xuống còn 10 ngày": the value it starts from is no target, the one it goes to is.
    if (STARTS_FROM.test(blockLower.slice(Math.max(0, node.s - block.s - 4), node.s - block.s)) && GOES_TO.test(blockLower.slice(node.e - block.s, node.e - block.s + 16))) continue
    const moved = movedTo(blockLower.slice(Math.max(segS - block.s, node.s - block.s - 48), node.s - block.s))
    // … and "Giảm thời gian chờ đợi … xuống trung bình tối đa 15 phút": the level a change goes to.
    q.change ??= moved?.change ?? changeTo(blockLower.slice(segS - block.s, node.s - block.s))

    // "… đạt tỷ lệ tối thiểu tương ứng là 30%, 20% và 15%": the comparator is said once for the list.
    const respectiveAt = lastRespective(reading, segS, node.s)
    if (respectiveAt !== -1 && q.comparator === '=') {
      const head = blockLower.slice(segS - block.s, segS - block.s + respectiveAt).trimEnd()
      const said = (isMarkless() ? FOLDED_COMPARATOR_WORDS : COMPARATOR_WORDS).find(({p}) => head.endsWith(` ${p}`) || head === p)
      if (said) q.comparator = said.c
    }

    // "giảm tối thiểu 10% số đơn vị … và 10% biên chế … so với năm 2021": coordinated
    // quantities share the comparator and direction said once, and the baseline said last.
    const previous = found[n - 1]
    let listed = false
    // "100% (15/15) xã …": the figure in brackets says the one before it again.
    if (previous && previous.block === block && /^\s?\(\s?$/.test(text.slice(previous.node.e, node.s)) && /^\s?\)/.test(text.slice(node.e, node.e + 2))) continue
    // "đạt 100% (chỉ tiêu Trung ương giao 95%)": a figure in an aside after a target names another's, no goal of this plan.
    if (previous && previous.block === block && node.s - previous.node.e <= 80 && ASIDE_FIGURE.test(text.slice(previous.node.e, node.s))) continue
    // "Giảm 5% số lượng cấp phó … (tương đương 15 người)": the same figure said again in other units.
    if (previous && previous.block === block && node.s - previous.node.e <= 200 && RESTATED.test(text.slice(Math.max(previous.node.e, node.s - 24), node.s))) continue
    // "80% số hộ gia đình có ít nhất 01 thành viên sử dụng …": a count after "có" is a condition of what the share counts.
    if (previous && previous.block === block && conditionCount(text, previous.node, node)) continue
    if (previous && previous.block === block && previous.node.e >= segS - 2) {
      const p = previous.node.props as unknown as QuantityInfo & {role?: string}
      const between = text.slice(previous.node.e, node.s)
      // "tỷ lệ hồ sơ trễ hạn < 1% và 100% hồ sơ số hóa": after a bare "và", a figure that names what it
      // measures after itself, where the one before named its own before itself, is another goal.
      const another = /^\s?,?\s?(?:và\s)?$/u.test(between) && namesAfter(text.slice(node.e, Math.min(segE, node.e + 80))) &&
        cleanSubject(text.slice(Math.max(segS, n > 1 && found[n - 2]!.block === block ? found[n - 2]!.node.e : segS), previous.node.s)) !== null
      // Not when the second says its own verb: "dưới 24% năm 2020, phấn đấu đạt 90%".
      if (/(?:,|\svà\s)/u.test(between) && !/[;:.]/.test(between) && !(isMarkless() ? FOLDED_OWN_VERB : OWN_VERB).test(between)) {
        if (q.comparator === '=' && q.change === null && !another) {
          q.comparator = p.comparator
          q.change = p.change
        }
        // "… 25% UBND cấp huyện và 10% UBND cấp xã": one list, one kind of figure, one status.
        listed = p.role === 'target' && p.unitKind === q.unitKind
      }
      // "Phấn đấu có 03 sáng kiến; 02 mô hình điểm": the list goes on past ";" with a figure that opens its clause.
      if (!listed && /^\s?;\s?$/.test(between) && p.role === 'target' && p.unitKind === q.unitKind) listed = true
      if (p.baselineYear === null && q.baselineYear !== null && /\svà\s/u.test(between)) {
        p.baselineYear = q.baselineYear
        const last = targets[targets.length - 1]
        if (last && last.s === previous.node.s) last.baselineYear = q.baselineYear
      }
    }

    // A count with no comparator or direction only describes: "06 lĩnh vực", "63 điểm cầu".
    // A count out of a total ("17/17 xã") measures coverage.
    // Amounts of money, land and goods ("3 tỷ USD", "1.000 ha rừng", "1,5 triệu tấn") measure too.
    // … and so does a range ("từ 3 đến 5 ngày làm việc").
    const measured = MEASURED_KINDS.has(q.unitKind) || q.of !== null || q.amountTo !== null
    const describes = !measured && !compares(q) && q.change === null && !(isMarkless() ? FOLDED_AIMED_BEFORE : AIMED_BEFORE).test(blockLower.slice(segS - block.s, node.s - block.s))
    // Not in the objectives with a year of its own clause: "Trong năm 2024, đào tạo 1.500 lượt cán bộ", "Mỗi năm tổ chức 01 đợt kiểm tra".
    // … nor an indicator's value after its label: "- Số cuộc kiểm tra: 05 cuộc".
    // … and every count under a heading of targets ("II. CHỈ TIÊU": "Tổ chức 02 lớp bồi dưỡng").
    const planned =
      q.unitKind === 'count' &&
      q.unit !== null &&
      ancestors.some((a) => a.type === 'section' && a.props.kind === 'objectives') &&
      (YEAR_WORD.test(text.slice(segS, segE)) ||
        reading.annual.any(segS, segE) ||
        /:\s{0,2}$/.test(text.slice(Math.max(block.s, node.s - 3), node.s)) ||
        plansCount(text.slice(segS, node.s)) ||
        ancestors.some((a) => a.type === 'section' && namesTargets(a, targetHeadingOf)))
    if (describes && !planned && !listed) continue

    const sections = ancestors.filter((a) => a.type === 'section')
    let seg = segments.get(segS)
    if (seg === undefined || seg.e !== segE) {
      const aims = reading.aims.within(segS, segE)
      // The figures of a segment are contiguous in `found`: its last one, read once for all of them.
      let last = n
      while (last + 1 < found.length && found[last + 1]!.block === block && found[last + 1]!.node.s < segE) last++
      seg = {
        lastFigure: found[last]!.node.s,
        e: segE,
        years: yearsIn(text.slice(segS, segE)),
        annual: reading.annual.any(segS, segE),
        aimed: aims.length > 0,
        striving: aims.filter((a) => a.phrase < 2).map((a) => a.at)
      }
      segments.set(segS, seg)
    }
    const kinds = sections.map((sec) => sec.props.kind)
    const inObjectives = kinds.includes('objectives')

    // Year: the clause, then lead-ins and headings (nearest first), then the plan.
    let year: number | null = null
    let yearFrom: number | null = null
    let yearSource: TargetDraft['yearSource'] = null
    const own = seg.years
    const yearBefore = own.filter((y) => y.at < node.s - segS).pop()
    // A year after the figure is its deadline unless, after a comma, it opens another figure:
    // "Mỗi năm giảm 5%, đến năm 2026 giảm 10%" (not "dưới 24% năm 2020, phấn đấu đạt 90%").
    const opensAnother = (at: number): boolean => seg.lastFigure > segS + at && /[,;]/.test(text.slice(node.e, segS + at))
    const yearAfter = own.find((y) => y.at > node.e - segS && !opensAnother(y.at))
    // "đạt 90% vào năm 2025 và 95% vào năm 2030": the year before this figure follows the one
    // before it and is that one's; a year of its own right after this figure wins.
    const previousInSegment = n > 0 && found[n - 1]!.block === block && found[n - 1]!.node.s >= segS ? found[n - 1]!.node : null
    const nextStart = n + 1 < found.length && found[n + 1]!.block === block ? found[n + 1]!.node.s : segE
    const ownAfter = yearAfter !== undefined && segS + yearAfter.at < nextStart
    const pick = yearBefore !== undefined && !(ownAfter && previousInSegment !== null && yearBefore.at > previousInSegment.e - segS) ? yearBefore : yearAfter
    if (pick) {
      year = pick.year
      yearFrom = pick.from
      yearSource = 'clause'
    }
    // "… mỗi năm …" before the year that leads this figure belongs to an earlier one.
    let annual = yearBefore !== undefined ? reading.annual.any(segS + yearBefore.at, segE) : seg.annual
    // "b) Năm 2025: 98% hồ sơ đúng hạn": the label before the clause's colon says the year.
    if (year === null && text.charCodeAt(segS - 1) === 0x3a) {
      const [labelS] = segmentAround(reading, block, segS - 1, segS - 1, false)
      const label = labelS < segS - 1 && segS - 1 - labelS <= 60 ? yearsIn(text.slice(labelS, segS - 1)) : []
      const last = label[label.length - 1]
      if (last) {
        year = last.year
        yearFrom = last.from
        yearSource = 'clause'
      }
    }
    // "Đến năm 2025, 100% cơ quan …; 90% cán bộ …": a deadline that opens the sentence holds
    // for every figure in it (a year the sentence opens with is a report when it is before the plan's).
    if (year === null) {
      const lead = sentenceDeadline(text, block.s, segS, reading.marks.sentenceBack)
      const base = plan.period?.from ?? plan.year
      if (lead !== null && (lead.said || base === null || lead.year >= base)) {
        year = lead.year
        yearFrom = lead.from
        yearSource = 'clause'
      }
    }
    if (year === null) {
      for (let k = ancestors.length - 1; k >= 0; k--) {
        const a = ancestors[k]!
        if (a.type !== 'item' && a.type !== 'section') continue
        const head = a.children?.[0]
        if (!head || head === block || (head.type !== 'heading' && head.type !== 'paragraph')) continue
        let cached = headingYears.get(head)
        if (cached === undefined) {
          const headText = text.slice(head.s, head.e)
          cached = {years: yearsIn(headText), annual: hasAnnual(headText)}
          headingYears.set(head, cached)
        }
        const last = cached.years[cached.years.length - 1]
        if (last) {
          year = last.year
          yearFrom = last.from
          yearSource = 'heading'
          annual ||= cached.annual
          break
        }
      }
    }
    if (year === null && (plan.period !== null || plan.year !== null)) {
      year = plan.period?.to ?? plan.year
      yearFrom = plan.period && plan.period.from !== plan.period.to ? plan.period.from : null
      yearSource = 'plan'
    }

    // Target or description?
    const cue = compares(q) || q.change !== null || reading.cues.any(segS, node.s)
    // A figure of an earlier year with no "phấn đấu" before it reports: "năm 2022 đạt 69,66 điểm; phấn đấu năm 2023 đạt 72 điểm".
    // Earlier than the plan's first year, or, in a plan with no year, than a year aimed at just after it.
    const base = plan.period?.from ?? plan.year
    const earlier =
      yearSource === 'clause' &&
      year !== null &&
      !seg.striving.some((at) => at < node.s) &&
      ((base !== null && year < base) || (base === null && aimedLater(reading, text, node.e, Math.min(block.e, node.e + 200), year!)))
    // "Phấn đấu … đạt 88% trở lên, cao hơn năm 2023 (86,2%)": the figure in brackets after an earlier year is that year's.
    const bracketedYear = base === null ? null : YEAR_BRACKET_BEFORE.exec(text.slice(Math.max(segS, node.s - 16), node.s))
    const past = (!seg.aimed && reading.past.any(segS, node.s)) || earlier || (bracketedYear !== null && Number(bracketedYear[1]) < base!)
    // "- Niêm yết công khai 100% TTHC", "- Số hóa 100% kết quả giải quyết": a share of what a task item does is its goal.
    const leading = onlyBulletBefore(text, segS, node.s) || (q.unitKind === 'percent' && actionBefore(text.slice(segS, node.s)) !== null)
    // A budget ("Dự toán kinh phí: 250.000.000 đồng") is what the plan spends, not what it aims at.
    // … and so is money under a budget's own name ("Kinh phí tập huấn 15.000.000 đồng"), wherever it is said.
    // … and so is a prize ("01 giải Nhất: 5.000.000 đồng").
    const budget = q.unitKind === 'money' && (kinds.includes('funding') || spends(withoutMarker(text.slice(segS, node.s)).trimStart()) || spends(labelBefore(text, segS) ?? ''))
    const isTarget = !past && !budget && !kinds.includes('situation') && (cue || planned || listed || (measured && (leading || inObjectives)))
    // A measured figure in a part that reports ("I. KẾT QUẢ THỰC HIỆN NĂM 2023") is a past result.
    const reported = past || (kinds.includes('situation') && (measured || cue))
    node.props.role = isTarget ? 'target' : reported ? 'reported' : 'plain'
    if (!isTarget) continue

    targets.push({
      value: q.amount,
      valueTo: q.amountTo,
      unit: q.unit,
      unitKind: q.unitKind,
      of: q.of,
      comparator: q.comparator,
      year,
      yearFrom,
      annual,
      yearSource,
      baselineYear: q.baselineYear ?? (year !== null && !annual && previousYearBaseline(reading.lower, node.e - block.s, segE - block.s) ? year - 1 : null),
      change: q.change,
      subject: subjectOf(ctx, found, rangeOf.get(block)!, n, segS, segE, q, reading),
      area: null,
      text: withoutMarker(squash(text.slice(...segmentAround(reading, block, node.s, node.e, true)))),
      sectionPath: sectionPathOf(ancestors.filter((a) => a.type === 'section' || a.type === 'appendix')),
      s: node.s,
      e: node.e
    })
    const t = targets[targets.length - 1]!
    // "Tổ chức ít nhất 02 đợt kiểm tra CCHC/năm": a count per year, its rate written after what it counts.
    if (t.subject !== null && /\S\/\s?(?:năm|nam)$/u.test(t.subject)) {
      t.subject = t.subject.slice(0, t.subject.lastIndexOf('/')).trim()
      t.annual = true
    }
    // "…; giai đoạn 2022 - 2025, mỗi năm tăng tối thiểu 20%": a subject that is
    // only a verb continues the previous target of the same block.
    if (t.subject === null || VERB_SUBJECTS.has(t.subject.toLowerCase())) {
      // The words the earlier targets of this block share ("… của cấp tỉnh / huyện / xã"
      // share "…"), or the one earlier target's subject.
      // Walk back only through this block's targets (never all targets: linear time).
      const earlier: string[][] = []
      for (let k = targets.length - 2; k >= 0 && targets[k]!.s >= block.s; k--) {
        const x = targets[k]!
        if (x.e <= block.e && x.subject !== null) earlier.unshift(x.subject.split(' '))
      }
      // "Chỉ số SIPAS đạt trên 85%, lọt top 5": the clause's previous target measures the same.
      const before = targets[targets.length - 2]
      if (before !== undefined && before.s >= block.s && before.subject !== null && !/[;:]/.test(text.slice(before.e, node.s))) {
        t.subject = before.subject
      } else if (earlier.length > 0) {
        let common = earlier[0]!
        for (const words of earlier.slice(1)) {
          let k = 0
          while (k < common.length && k < words.length && common[k] === words[k]) k++
          common = common.slice(0, k)
        }
        t.subject = cleanSubject(common.join(' '))
      } else {
        // "Năm 2023, Chỉ số PAR INDEX của tỉnh đạt 85,5%, phấn đấu năm 2024 đạt trên 88%": the result reported
        // before it in the sentence names what it measures.
        const first = found[rangeOf.get(block)![0]]!.node
        // … also past a ";" or a full stop that opens the aim: "…, tăng 0,33% so với năm 2022; phấn đấu năm 2024 đạt trên 86%",
        // "… đạt 85,5%, xếp thứ 20/63. Phấn đấu năm 2024 đạt trên 87%".
        const between = text.slice(first.e, node.s)
        const breaks = between.match(/;|\.(?:\s|$)/gu)?.length ?? 0
        const cut = Math.max(between.lastIndexOf(';'), between.lastIndexOf('. '))
        // No other dot: "1.600" or "v.v" is no sentence stop, and then no sentence is told apart.
        const sameSentence = !between.includes(':') && !/\.(?!\s|$)/u.test(between) && (breaks === 0 || (breaks === 1 && AIM_OPENING.test(between.slice(cut + 1))))
        if (first.s < node.s && sameSentence) {
          const from = Math.max(block.s, first.s - 200)
          const head = text.slice(from, first.s)
          const stop = Math.max(head.lastIndexOf('. '), head.lastIndexOf('; '), head.lastIndexOf(': '))
          const named = cleanSubject(withoutMarker(stop === -1 ? head : head.slice(stop + 2)))
          // A name, not a lone word ("Năm 2024, tỉnh đạt 69,66 điểm" says whose, not what).
          if (named !== null && named.includes(' ')) t.subject = named
        }
      }
    }
    // "… của 01 nhân sự trực tại Trung tâm … tối thiểu là 1.600 hồ sơ/năm; tại Bộ phận một cửa cấp huyện
    // tối thiểu là 1.200 hồ sơ/năm": a subject that is only a place measures what the one before it did, there.
    // "…; trong đó cấp tỉnh 60%, cấp huyện 50%": a subject that is only a level is such a place too, "tại" unsaid.
    const levelOnly = t.subject !== null && LEVEL_ONLY.test(t.subject)
    const place = t.subject === null ? null : levelOnly ? 'tại' : (/^(tại|ở)\s/u.exec(t.subject)?.[1] ?? null)
    const before = targets[targets.length - 2]
    if (place !== null && before !== undefined && before.s >= block.s && before.subject !== null && !/^(?:tại|ở)\s/u.test(before.subject)) {
      const cut = before.subject.lastIndexOf(` ${place} `)
      t.subject = `${cut > 0 ? before.subject.slice(0, cut) : before.subject} ${levelOnly ? 'tại ' : ''}${t.subject}`
    }
    // "100% hồ sơ được số hóa; trong đó 80% được tái sử dụng": a subject that is only what is done names
    // no thing; the thing the one before it counts ("hồ sơ") is meant.
    if (t.subject !== null && /^(?:được|duoc)\s/u.test(t.subject) && before !== undefined && before.s >= block.s && before.subject !== null) {
      const done = before.subject.indexOf(` ${t.subject.slice(0, t.subject.indexOf(' '))} `)
      if (done > 0) t.subject = `${before.subject.slice(0, done)} ${t.subject}`
    }
    const areaKey = `${segS}|${t.subject ?? ''}`
    let area = areaCache.get(areaKey)
    if (area === undefined) {
      area = areaOf(sections, t.subject ?? '', ctx, {s: segS, e: segE, block, reading}, areaOfSection, classified, planArea)
      areaCache.set(areaKey, area)
    }
    t.area = area
  }
  // "… đến năm 2025 có 80% và đến năm 2030 có 100% hồ sơ được số hóa": a figure with no subject of
  // its own measures what the next one in its clause measures, in the same unit.
  for (let k = targets.length - 2; k >= 0; k--) {
    const a = targets[k]!
    const b = targets[k + 1]!
    if (a.subject === null && b.subject !== null && a.unit === b.unit && a.text === b.text && !/[.;:]/.test(text.slice(a.e, b.s))) a.subject = b.subject
  }
  // "100% hồ sơ công việc tại cấp tỉnh, 90% … tại cấp huyện và 70% … tại cấp xã được xử lý trên môi trường
  // mạng": the shares of one list say what the last says of them. Backwards, so it passes down the list.
  for (let k = targets.length - 2; k >= 0; k--) {
    const a = targets[k]!
    const b = targets[k + 1]!
    if (a.subject === null || b.subject === null || a.unitKind !== b.unitKind || b.s - a.e > a.subject.length + 12) continue
    const between = squash(text.slice(a.e, b.s))
    if (!between.startsWith(a.subject) || !/^(?:,|,?\s?và|,?\s?hoặc)$/u.test(between.slice(a.subject.length).trim())) continue
    const predicate = sharedPredicate(a.subject, b.subject)
    if (predicate === null) continue
    a.subject = `${a.subject} ${predicate}`
    a.area = b.area
  }
  tableTargets({ctx, plan, out: targets, areaOfSection, classified, planArea, appendix: null}, drafts, [])
  // Table targets join the sentence targets in document order.
  return targets.sort((a, b) => a.s - b.s)
}

const UNIT_KINDS = new Map(units.map(([unit, kind]) => [unit.toLowerCase(), kind] as const))
/** A unit column's cell in the lexicon's spelling: "Điểm", "Hồ sơ" → "điểm", "hồ sơ". */
const UNIT_SPELLING = new Map(units.map(([unit]) => [unit.toLowerCase(), unit] as const))
const RANK_UNITS: ReadonlySet<string> = new Set(rankUnitLabels.map((l) => l.toLowerCase()))

/** The state the indicator-table reader shares across a parse. */
interface TableScope {
  ctx: Context
  plan: PlanYears
  out: TargetDraft[]
  areaOfSection: Map<Draft, ReformArea | null>
  classified: Map<string, ReformArea | null>
  planArea: ReformArea | null
  /** The appendix being read, first in a target's section path. */
  appendix: Draft | null
}

/**
 * Targets from indicator tables ("STT | Chỉ tiêu | Đơn vị tính | Kế hoạch
 * năm 2024"): a target per value cell, its subject the row's indicator, its
 * unit the number's own or the unit column's, its year the column's.
 */
function tableTargets(scope: TableScope, nodes: Draft[], sections: Draft[]): void {
  for (const node of nodes) {
    if (SKIPPED.has(node.type)) continue
    if (node.type === 'table') {
      const labels = node.props.columns as string[] | null
      if (labels) tableRows(scope, node, labels.map(indicatorColumnOf), sections)
    } else if (node.children) {
      if (node.type === 'section') sections.push(node)
      if (node.type === 'appendix') scope.appendix = node
      tableTargets(scope, node.children, sections)
      if (node.type === 'section') sections.pop()
      if (node.type === 'appendix') scope.appendix = null
    }
  }
}

function tableRows(scope: TableScope, table: Draft, columns: Array<ReturnType<typeof indicatorColumnOf>>, sections: Draft[]): void {
  const {ctx, plan} = scope
  const indicator = columns.findIndex((c) => c?.column === 'indicator')
  const unitColumn = columns.findIndex((c) => c?.column === 'unit')
  if (indicator === -1 || !columns.some((c) => c?.column === 'value')) return
  const rows = table.children ?? []
  const startYear = plan.period?.from ?? plan.year
  // "Thực hiện năm 2023 | Kế hoạch năm 2024": the latest year before the plan's is what the targets start from.
  let baseline: number | null = null
  for (const column of columns) {
    const before = column !== null && column.year !== null && (column.column === 'reported' || (column.column === 'value' && startYear !== null && column.year < startYear))
    if (before) baseline = Math.max(baseline ?? column.year!, column.year!)
  }
  rows.forEach((row, r) => {
    if (row.props.header || row.props.separator || row.props.continued === true) return
    const cells = (row.children ?? []).filter((c) => c.type === 'tableCell')
    let subject = cellText(ctx, cells[indicator])
    // The indicator wrapped onto the lines that continue the row ("Tỷ lệ thủ tục … cung cấp" / "dịch vụ công trực tuyến").
    for (let k = r + 1; k < rows.length && rows[k]!.props.continued === true; k++) {
      const more = cellText(ctx, (rows[k]!.children ?? []).filter((c) => c.type === 'tableCell')[indicator])
      if (more.length > 0) subject = `${subject} ${more}`
    }
    if (subject.length === 0) return
    // "Thời gian giải quyết TTHC giảm | % | 10": the label says the change.
    const labelled = labelledChange(subject)
    if (labelled !== null && labelled.subject.length > 0) subject = labelled.subject
    const unitCell = unitColumn === -1 ? '' : cellText(ctx, cells[unitColumn])
    // A unit outside the lexicon in a capitalised cell ("Nền tảng") in the lower case units are written in; "USD" stays.
    const unitText = UNIT_SPELLING.get(unitCell.toLowerCase()) ?? lowerUnlessNamed(unitCell)
    let reading: BlockReading | null = null
    columns.forEach((column, k) => {
      if (column?.column !== 'value') return
      // "Năm 2021 | Mục tiêu năm 2025" in a plan from 2022: the earlier year's column is the starting point.
      if (column.year !== null && startYear !== null && column.year < startYear) return
      const cell = cells[k]
      const quantity = cell?.children?.find((c) => c.type === 'quantity')
      if (!cell || !quantity) return
      const q = quantity.props as unknown as QuantityInfo & {role: string}
      const raw = ctx.text.slice(cell.s, quantity.s).trim()
      const symbol = comparatorSymbols.find(([sign]) => raw.endsWith(sign))
      const unit = q.unit ?? (unitText.length > 0 ? unitText : null)
      // "Top 10" in the cell, or a unit column of places ("Thứ hạng"): a rank.
      const ranked = q.unitKind === 'rank' || (q.unit === null && unit !== null && RANK_UNITS.has(unit.toLowerCase()))
      const unitKind = ranked ? 'rank' : q.unit !== null ? q.unitKind : unit === null ? 'number' : unit === '%' ? 'percent' : (UNIT_KINDS.get(unit.toLowerCase()) ?? 'count')
      const year = column.year ?? plan.period?.to ?? plan.year
      q.role = 'target'
      reading ??= readBlock(ctx, row)
      scope.out.push({
        value: q.amount,
        valueTo: q.amountTo,
        unit,
        unitKind,
        of: q.of,
        comparator: symbol ? symbol[1] : ranked && q.comparator === '=' ? '<=' : q.comparator,
        year,
        yearFrom: column.year !== null ? column.from : plan.period && plan.period.from !== plan.period.to ? plan.period.from : null,
        annual: false,
        yearSource: column.year !== null ? 'heading' : year !== null ? 'plan' : null,
        baselineYear: q.baselineYear ?? baseline,
        change: q.change ?? labelled?.change ?? null,
        subject,
        area: areaOf(sections, subject, ctx, {s: row.s, e: row.e, block: row, reading}, scope.areaOfSection, scope.classified, scope.planArea),
        text: squash(ctx.text.slice(row.s, row.e)),
        sectionPath: sectionPathOf(scope.appendix ? [scope.appendix, ...sections] : sections),
        s: quantity.s,
        e: quantity.e
      })
    })
  })
}

/** Labels and titles of the enclosing sections, an appendix first ("PHỤ LỤC", its title) when there is one. */
function sectionPathOf(sections: readonly Draft[]): TargetDraft['sectionPath'] {
  return sections.map((sec) => ({
    label: sec.type === 'appendix' ? ((sec.props.label as string | null) ?? null) : ((sec.props.numbering as {label: string | null} | null)?.label ?? null),
    title: (sec.props.title as string | null) ?? null
  }))
}

/** The subject of the quantity `n`: what follows it, or what its clause says before it. */
function subjectOf(ctx: Context, found: Found[], range: [number, number], n: number, segS: number, segE: number, q: QuantityInfo, reading: BlockReading): string | null {
  const text = ctx.text
  const {node} = found[n]!
  // Measured quantities split a clause into subjects; a count inside one ("của 01 nhân sự") does not.
  // Walk outwards from n while inside the segment (bounded): never the whole block.
  let first = n
  while (first - 1 >= range[0] && found[first - 1]!.node.s >= segS) first--
  let last = n + 1
  while (last < range[1] && found[last]!.node.e <= segE) last++
  // An age naming a group is part of the subject: "Tỷ suất chết trẻ em dưới 1 tuổi giảm xuống dưới 12‰".
  const siblings = found.slice(first, last).filter((f, i) => {
    if (f.node === node) return true
    const q = f.node.props as unknown as QuantityInfo
    if (q.unitKind === 'age' && boundsAgeGroup(text, segS, f.node.s)) return false
    const k = first + i
    return splits(q) && !(k > 0 && conditionCount(text, found[k - 1]!.node, f.node))
  })
  const index = siblings.findIndex((f) => f.node === node)
  // "cấp tỉnh, cấp huyện, cấp xã đạt tỷ lệ tối thiểu tương ứng là 30%, 20% và 15%".
  const respective = siblings.length > 1 ? lastRespective(reading, segS, siblings[0]!.node.s) : -1
  if (respective !== -1) {
    const head = text.slice(segS, segS + respective)
    const list = respectiveList(head, siblings.length)
    if (list) {
      // "Cấp tỉnh, cấp huyện, cấp xã đạt tỷ lệ số hóa hồ sơ tối thiểu …": the list opens the sentence, the measure follows the verb.
      const part = list.parts[index]!
      const measure = withoutMarker(squash(head.slice(0, list.start))).trim().length === 0 ? cleanSubject(head.slice(list.verbEnd)) : null
      if (measure !== null) return `${measure} của ${lowerUnlessNamed(part)}`
      // Clean once, after the level is appended: "… thẩm quyền của" + "cấp tỉnh".
      return cleanSubject(`${head.slice(0, list.start)} ${part}`)
    }
  }
  // "Nâng tỷ lệ hồ sơ trực tuyến từ 40% lên 60%": what moves is named before "từ".
  const moved = movedTo(text.slice(Math.max(segS, node.s - 48), node.s).toLowerCase())
  if (moved !== null) {
    const head = text.slice(segS, Math.max(segS, node.s - 48) + moved.index)
    if (!/\d/.test(head)) {
      const named = cleanSubject(withoutMarker(squash(head)).replace(CHANGE_OPENING, ''))
      if (named !== null) return named
    }
  }
  const nextStart = siblings[index + 1]?.node.s ?? segE
  let after = text.slice(node.e, nextStart)
  after = after.replace(/^\s*(?:trở lên|trở xuống|tro len|tro xuong)/u, '').replace(/^\s?\([\d\s/.,%]{1,20}\)/u, '')
  // "100% hồ sơ được giải quyết đúng hạn, trong đó trước hạn đạt 30%": the part after "trong đó" is the next target's.
  const within = after.search(/[,;]\s?(?:trong đó|trong do)\s/u)
  if (within !== -1) after = after.slice(0, within)
  // "Tăng 10% so với năm 2021 số hồ sơ …": the baseline said first, what is measured after it.
  const baselineFirst = /^\s?so với(?: cùng kỳ)?(?: năm)? (?:(?:19|20)\d\d|trước),? (?:về )?(?=\p{L})/u.exec(after)
  if (baselineFirst !== null) after = after.slice(baselineFirst[0].length)
  const countUnit = q.unitKind === 'count' && q.unit !== null
  // "đạt 98% (cấp tỉnh), 95% (cấp huyện), 90% (cấp xã)": the brackets after a
  // number qualify what the clause measures before its first number.
  const qualifier = /^\s?\(([^()]{1,60})\)/u.exec(after)
  // Not a pointer ("(chi tiết tại Phụ lục I)") nor a footnote's number ("90%(2)").
  if (qualifier !== null && !/^[\d\s/.,%]+$/.test(qualifier[1]!) && !ASIDES.some((a) => qualifier[1]!.toLowerCase().startsWith(a))) {
    const base = cleanSubject(text.slice(segS, siblings[0]!.node.s))
    return base === null ? squash(qualifier[1]!) : `${base} (${squash(qualifier[1]!)})`
  }
  // "đạt 100% đối với cấp tỉnh, 80% đối với cấp huyện và 60% đối với cấp xã": the level after a
  // number qualifies what the clause measures before its first number.
  const level = LEVEL_AFTER.exec(after)
  if (level !== null) {
    const base = cleanSubject(text.slice(segS, siblings[0]!.node.s))
    if (base !== null) return `${base} ${level[1]}`
  }
  // A rank ranks what comes before it: "Chỉ số PCI phấn đấu trong nhóm 10/63".
  // "Chi thường xuyên chiếm 30% tổng chi": what is after the share is its whole, not its subject.
  // "Tỷ lệ giải ngân đạt 95% kế hoạch vốn": a measure named before its share is the subject; what follows is the whole.
  // "Chi cho khoa học, công nghệ đạt 2% tổng chi ngân sách", "… 30% GRDP": what follows is the whole the share is of.
  const share = / chiếm(?: tỷ lệ| tỷ trọng| khoảng)?(?: tối thiểu| ít nhất| khoảng| trên| từ)?\s*$/iu.test(text.slice(Math.max(segS, node.s - 36), node.s)) ||
    ((q.unitKind === 'percent' || q.unitKind === 'score' || q.unitKind === 'measure') && index === 0 && MEASURE_FIRST.test(withoutMarker(text.slice(segS, node.s).trimStart()))) ||
    (q.unitKind === 'percent' && WHOLE_AFTER.test(after) && cleanSubject(text.slice(siblings[index - 1]?.node.e ?? segS, node.s)) !== null)
  // Not an adverbial after it: "… bình quân 1,5%/năm theo chuẩn nghèo", "95% vào năm 2024".
  if (!share && q.unitKind !== 'rank' && namesAfter(after)) {
    const subject = cleanSubject(countUnit ? `${unitAsWritten(text, node.e, q.unit!)} ${after}` : after)
    if (subject) {
      // "Kiểm tra tối thiểu 30% các cơ quan …": what is counted, with what is done to it.
      // "… và 100% UBND các xã": a coordinated share has the action said before the first.
      let action = actionBefore(text.slice(siblings[index - 1]?.node.e ?? segS, node.s))
      if (action === null && index > 0 && /^\s*(?:,|và|hoặc)\s*$/u.test(text.slice(siblings[index - 1]!.node.e, node.s).replace(/^[^,]*?(?=,|\svà\s|\shoặc\s)/u, ''))) {
        action = actionBefore(text.slice(siblings[0]!.node.s > segS ? segS : siblings[0]!.node.s, siblings[0]!.node.s))
      }
      if (action !== null && !subject.includes(' được ')) return doneTo(subject, action)
      // "Mỗi huyện có ít nhất 01 mô hình điểm": a count is of its owner, said before it.
      const owner = countUnit && index === 0 ? ownerOf(cleanSubject(text.slice(segS, node.s)) ?? '') : null
      return owner !== null ? `${subject} của ${owner}` : subject
    }
  }
  const prevEnd = siblings[index - 1]?.node.e ?? segS
  // "Có 25 bác sĩ/10.000 dân": with no words of its own, a count or a rate of a noun names itself.
  const named = countUnit || (q.unitKind === 'rate' && q.unit !== null && /^\p{L}/u.test(q.unit))
  // "Giữ vững vị trí trong nhóm 10 tỉnh dẫn đầu về Chỉ số PAR INDEX": what is ranked is named after "về".
  const rankedAfter = q.unitKind === 'rank' ? /\svề\s(\p{Lu}[^,;.]{2,80})/u.exec(after) : null
  const own = (rankedAfter !== null ? cleanSubject(rankedAfter[1]!) : null) ??
    cleanSubject(text.slice(prevEnd, node.s).replace(/^\s*(?:trở lên|trở xuống)/u, '')) ??
    (index === 0 ? labelBefore(text, segS) : null)
  // "Chỉ số PAPI đạt từ 43 điểm trở lên, thuộc nhóm 20 tỉnh …": the rank ranks what the figure before it measures,
  // and so do steps up or down the ranking ("đạt 88 điểm, tăng 2 bậc").
  if (own === null && (q.unitKind === 'rank' || q.unit === RANK_STEP) && index > 0) {
    const before = siblings[index - 1]!
    return subjectOf(ctx, found, range, found.indexOf(before, first), segS, segE, before.node.props as unknown as QuantityInfo, reading)
  }
  // "… đạt 82,45%, xếp thứ 35/63; phấn đấu tăng 5 bậc": steps that open their clause rank what the figure before them, in the same sentence, measures.
  if (own === null && q.unit === RANK_STEP && index === 0 && n - 1 >= range[0]) {
    const before = found[n - 1]!
    const between = text.slice(before.node.e, node.s)
    if (between.length <= 200 && !/[.!?]\s/.test(between)) {
      const [s, e] = segmentAround(reading, before.block, before.node.s, before.node.e, false)
      return subjectOf(ctx, found, range, n - 1, s, e, before.node.props as unknown as QuantityInfo, reading)
    }
  }
  if (own !== null && countUnit) {
    const unit = unitAsWritten(text, node.e, q.unit!)
    // "Kiểm tra 10 cơ quan, đơn vị": what is counted, with what is done to it.
    const action = actionsIn(own.toLowerCase())
    if (action !== null) return doneTo(unit, action)
    // "Tổ chức 02 hội nghị tập huấn cho 150 cán bộ": the words before lead to what is counted.
    if (COUNT_LEADS.test(own)) return `${own} ${unit}`
    // "Mỗi cơ quan, đơn vị có ít nhất 01 mô hình, sáng kiến": what is counted, and whose.
    const owner = ownerOf(own)
    const counted = owner === null ? null : cleanSubject(`${unit}${after}`)
    if (counted !== null) return `${counted} của ${owner}`
  }
  // "Phấn đấu giải quyết 1.600 hồ sơ/năm": a rate of things, with what is done to them.
  // "Mỗi công chức xử lý 1.200 hồ sơ/năm": … and whose.
  if (own !== null && q.unitKind === 'rate' && q.unit !== null) {
    const things = q.unit.slice(0, q.unit.indexOf('/'))
    const action = actionsIn(own.toLowerCase())
    const owned = action === null ? ownerAndAction(own) : null
    if (/^\p{L}/u.test(things) && action !== null) return `${things} được ${action}`
    // Things counted ("hồ sơ"), not times ("01 lần/năm") said of people done to ("Mỗi cán bộ được bồi dưỡng").
    if (owned !== null && UNIT_KINDS.get(things.toLowerCase()) === 'count' && !/ (?:được|bị)$/u.test(owned.owner)) return `${things} được ${owned.action} của ${owned.owner}`
  }
  return own ?? (named ? q.unit : null)
}

/** A subject before a count that ends on a word leading to it ("… tập huấn cho"). */
/** A subject that is only an administrative level: "cấp tỉnh", "cấp huyện", "cấp xã". */
const LEVEL_ONLY = /^cấp (?:tỉnh|huyện|xã|trung ương|bộ|sở)$/iu

const COUNT_LEADS = /\s(?:cho|tại|của|với|về|đến|tới|trong|từ)$/u

const POSSESSION_ENDS = possessionVerbs.map((verb) => ` ${verb}`)

/**
 * The owner in "Mỗi cơ quan, đơn vị có": the words before a verb of having,
 * a determiner opening them in lower case ("mỗi cơ quan, đơn vị"); null when
 * the words do not end with one.
 */
function ownerOf(words: string): string | null {
  const end = POSSESSION_ENDS.find((verb) => words.endsWith(verb))
  if (end === undefined || words.length <= end.length) return null
  const owner = words.slice(0, -end.length)
  // "Mỗi năm có ít nhất 02 sáng kiến": a time is no owner.
  if (PERIODIC_OWNER.test(owner)) return null
  return /^(?:Mỗi|Các|Từng|Những|Tất cả)\s/u.test(owner) ? owner[0]!.toLowerCase() + owner.slice(1) : owner
}

const PERIODIC_OWNER = /^(?:mỗi|hằng|hàng|từng|trong)\s(?:năm|quý|tháng|tuần|kỳ)(?:\s|$)/iu

const AWARDS = new PhraseSet(awardWords)

/** Is money said in `clause` spent: does it open with a budget's name ("Kinh phí tập huấn", "Dự toán") or name a prize? */
function spends(clause: string): boolean {
  return budgetWords.some((word) => phraseIn(clause, 0, word)) || AWARDS.find(clause.toLowerCase()).length > 0
}

/** The unit of steps up or down a ranking: "tăng 2 bậc so với năm 2023". */
const RANK_STEP = 'bậc'

const PREDICATE_OPENINGS = sharedPredicateOpenings.map((w) => w.split(' '))
const PREDICATE_FIRST = new Set(PREDICATE_OPENINGS.map((p) => p[0]!))

/** Where in `words` (lower case) a predicate opens (at 1 or later), or -1. */
function predicateAt(words: readonly string[]): number {
  for (let i = 1; i < words.length; i++) {
    if (PREDICATE_FIRST.has(words[i]!) && PREDICATE_OPENINGS.some((p) => p.every((w, k) => words[i + k] === w))) return i
  }
  return -1
}

/**
 * What the last share of a list says of all ("được xử lý trên môi trường
 * mạng"), for a share that says nothing of its own and counts the same kind of
 * thing (the same first word: "hồ sơ … tại cấp tỉnh" / "hồ sơ … tại cấp xã …",
 * or bodies of each level: "UBND cấp xã" / "cơ quan cấp huyện …").
 */
function sharedPredicate(subject: string, last: string): string | null {
  const own = subject.toLowerCase().split(' ')
  const words = last.toLowerCase().split(' ')
  if (predicateAt(own) !== -1) return null
  const at = predicateAt(words)
  if (at === -1) return null
  // "100% UBND cấp xã và 80% cơ quan cấp huyện kết nối liên thông": bodies of each level, one list.
  const levels = LEVEL_END.test(own.join(' ')) && LEVEL_END.test(words.slice(0, at).join(' '))
  return own[0] === words[0] || levels ? last.split(' ').slice(at).join(' ') : null
}

/** A subject that ends on a level of government: "UBND cấp xã", "cơ quan cấp huyện". */
const LEVEL_END = /\scấp (?:tỉnh|huyện|xã)$/u

/**
 * "- Tỷ lệ hồ sơ giải quyết đúng hạn: 98%": an indicator's label before the
 * colon that opens the figure's clause, back to the sentence's start (at most
 * 160 characters); a unit in brackets at its end ("(%)") dropped.
 */
function labelBefore(text: string, segS: number): string | null {
  let colon = segS - 1
  while (colon >= 0 && text[colon] === ' ') colon--
  if (text[colon] !== ':') return null
  // A full stop ends the sentence before only with a space after it: "2.1 Tuyên truyền …:" is one label.
  const stops = (at: number): boolean => ';:\n'.includes(text[at]!) || (text[at] === '.' && (text[at + 1] === ' ' || text[at + 1] === '\n'))
  let start = colon
  while (start > 0 && colon - start < 160 && !stops(start - 1)) start--
  if (start > 0 && !stops(start - 1)) return null
  return cleanSubject(text.slice(start, colon).replace(/\s*\([^()]{1,20}\)\s*$/u, ''))
}
