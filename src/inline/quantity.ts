/**
 * Quantities in running text: "50%", "1.600 hồ sơ/năm", "0,5", "03 sáng
 * kiến", "15 phút/ lượt giao dịch", "5 - 10%", "nhóm 10/63 tỉnh, thành phố",
 * "top 20", "gấp 2 lần", "67,38 điểm". Vietnamese number format: decimal
 * comma, thousands dot, leading zeros. Dates, years, times, levels ("mức độ
 * 3, 4") and section references are not quantities. Each node carries what
 * its clause says locally (comparator, change, baseline); whether it is a
 * target is decided document-wide in `resolve/targets.ts`.
 */

import {
  ageBounds,
  ageGroups,
  changeWordCompounds,
  changeWords,
  measureHeads,
  rankPlaces,
  scaleWords,
  figureScales,
  fractionWholes,
  amountInWordsLabels,
  yearBeforeWords,
  comparatorsAfter,
  comparatorSymbols,
  comparatorsBefore,
  levelWords,
  multipleWords,
  numberWords,
  percentWords,
  periodicBefore,
  periodicUnits,
  periodOfYearAfter,
  ordinalNouns,
  rankWords,
  units,
  denominatorStops,
  placePoints,
  type Comparator,
  type UnitKind
} from '../../grammars/index.js'
import {dateAfterNgay, dateAt} from '../text/dates.js'
import {fold, isDigitCode, isMarkless, isSpaceCode, isUpperCode, isWordCode, lowerCode, matchCode, phraseEndingAt, phraseIn, phraseStartingAt, squash, wordSet} from '../text/fold.js'
import {leaf, type Context} from '../tree/draft.js'
import type {InlineRecognizer, InlineSpan} from './index.js'

/** What a quantity node says. */
export interface QuantityInfo {
  amount: number
  amountTo: number | null
  unit: string | null
  unitKind: UnitKind | 'rank' | 'rate' | 'fraction' | 'number'
  /** Denominator: a rank's ("10/63" → 63), a coverage count's ("17/17 xã" → 17) or a fraction's ("2/3 số xã" → 3). */
  of: number | null
  comparator: Comparator
  change: 'increase' | 'decrease' | null
  baselineYear: number | null
}

const UNITS = units.map(([unit, kind]) => ({unit, kind, lower: unit.toLowerCase()})).sort((a, b) => b.lower.length - a.lower.length)

/** Entries by the code of the first letter of their (lower-case) word, in order: only a few are tried at a position. */
function byFirstLetter<T>(entries: readonly T[], word: (entry: T) => string): Map<number, T[]> {
  const map = new Map<number, T[]>()
  for (const entry of entries) {
    const code = word(entry).charCodeAt(0)
    const list = map.get(code) ?? []
    list.push(entry)
    map.set(code, list)
  }
  return map
}

/** Units by their first letter, to try only a few per number. */
const UNITS_BY_FIRST = byFirstLetter(UNITS, (u) => u.lower)

/** The same by their folded first letter ("đồng" under "d"), for text with its marks stripped. */
const UNITS_BY_FOLDED_FIRST = byFirstLetter(UNITS, (u) => fold(u.lower))

/** Units whose first letter is the (lower-cased) letter at `at`. */
function unitsAt(text: string, at: number): typeof UNITS {
  if (at >= text.length) return NO_UNITS
  const code = text.charCodeAt(at)
  const lower = code >= 0x41 && code <= 0x5a ? code + 0x20 : code < 0x80 ? code : text[at]!.toLowerCase().charCodeAt(0)
  if (isMarkless()) return UNITS_BY_FOLDED_FIRST.get(lower) ?? NO_UNITS
  return UNITS_BY_FIRST.get(lower) ?? NO_UNITS
}
const NO_UNITS: typeof UNITS = []
const BEFORE = comparatorsBefore.map(([p, c]) => ({p, c})).sort((a, b) => b.p.length - a.p.length)

/** The code of the last non-space character before `at` (lower case), memoised for the last position asked. */
let memoText = ''
let memoFrom = -1
let memoAt = -1
let memoCode = -1
function lastBefore(text: string, from: number, at: number): number {
  if (text === memoText && from === memoFrom && at === memoAt) return memoCode
  let j = at
  while (j > from && isSpaceCode(text.charCodeAt(j - 1))) j--
  const code = j <= from ? -1 : lowerCode(text.charCodeAt(j - 1))
  memoText = text
  memoFrom = from
  memoAt = at
  memoCode = code
  return code
}
const AFTER = comparatorsAfter.map(([p, c]) => ({p, c}))
/** Change words, longest first; `lead` is the length of a two-word phrase's first word and space ("cắt " of "cắt giảm"), or 0. */
const CHANGES = changeWords
  .map(([w, c]) => ({w, c, lead: w.includes(' ') ? w.indexOf(' ') + 1 : 0}))
  .sort((a, b) => b.w.length - a.w.length)

/** Is the word before `w` one that makes a change word part of a measure's name ("tỷ lệ tăng …")? */
function namesMeasure(text: string, clause: number, w: number): boolean {
  let j = w
  while (j > clause && text.charCodeAt(j - 1) === 0x20) j--
  return MEASURE_HEADS.some((head) => j - head.length >= clause && phraseIn(text, j - head.length, head) && (j - head.length === 0 || !isWordCode(text.charCodeAt(j - head.length - 1))))
}

const MEASURE_HEADS = measureHeads.map((h) => h.toLowerCase())

const CHANGE_COMPOUNDS = changeWordCompounds.map((c) => c.toLowerCase())

/** The change word at the word `w` (or the two-word one it ends), with where it starts; or null. */
function changeAt(text: string, w: number): {change: 'increase' | 'decrease'; start: number} | null {
  for (const {w: word, c, lead} of CHANGES) {
    if (phraseIn(text, w, word)) return {change: c, start: w}
    // "quốc gia tăng": the first word belongs to the noun before it, the change is the second word alone.
    if (lead > 0 && w >= lead && phraseIn(text, w - lead, word) && !CHANGE_COMPOUNDS.some((n) => phraseEndingAt(text, 0, w, n) !== -1)) {
      return {change: c, start: w - lead}
    }
  }
  return null
}
const LEVELS = [...levelWords].sort((a, b) => b.length - a.length)
const PERIOD_AFTER = [...periodOfYearAfter].sort((a, b) => b.length - a.length)
const RANKS = [...rankWords].sort((a, b) => b.length - a.length)
const ORDINAL_NOUNS = [...ordinalNouns].sort((a, b) => b.length - a.length)

/** A number token: "1.600" → 1600, "0,5" → 0.5, "03" → 3. */
interface NumberToken {
  value: number
  start: number
  end: number
  digits: string
}

function readNumber(text: string, at: number, end: number): NumberToken | null {
  let i = at
  while (i < end && isDigitCode(text.charCodeAt(i))) i++
  if (i === at) return null
  let digits = text.slice(at, i)
  // Thousands: ".600" exactly three digits, then no digit.
  while (text[i] === '.' && isDigitCode(text.charCodeAt(i + 1)) && isDigitCode(text.charCodeAt(i + 2)) && isDigitCode(text.charCodeAt(i + 3)) && !isDigitCode(text.charCodeAt(i + 4)) && i + 4 <= end) {
    digits += text.slice(i + 1, i + 4)
    i += 4
  }
  let value = Number(digits)
  // Decimal comma, no space: "13,5", "0,717".
  if (text[i] === ',' && isDigitCode(text.charCodeAt(i + 1))) {
    let j = i + 1
    while (j < end && isDigitCode(text.charCodeAt(j))) j++
    value = Number(`${digits}.${text.slice(i + 1, j)}`)
    i = j
  }
  return {value, start: at, end: i, digits}
}

/** Lower-case phrase ending exactly at `at` (after optional spaces). */
function endsWithPhrase(text: string, from: number, at: number, phrase: string): number {
  // The phrase must end with the letter before `at`: one look-up turns most phrases away.
  if (lastBefore(text, from, at) !== matchCode(phrase.charCodeAt(phrase.length - 1))) return -1
  // Spaces of the phrase match runs of white space: "tối  thiểu", "tối\n\n3\n\nthiểu" across a page number.
  return phraseEndingAt(text, from, at, phrase)
}


/** Start of the clause holding `at`: after the last , ; : . ( before it. */
function clauseStart(text: string, from: number, at: number): number {
  // Bounded look-back keeps a page with no punctuation linear.
  const limit = Math.max(from, at - 300)
  for (let j = at - 1; j >= limit; j--) {
    const ch = text.charCodeAt(j)
    if (ch === 0x3b || ch === 0x3a || ch === 0x2c || ch === 0x28 || (ch === 0x2e && !isDigitCode(text.charCodeAt(j + 1)))) return j + 1
  }
  return limit
}

/** A unit after the number (`at` after optional space): "%", "hồ sơ/năm", "phút/ lượt giao dịch". */
function readUnit(text: string, at: number, end: number): {unit: string; kind: UnitKind; end: number; rate: boolean} | null {
  let i = at
  let unit: string
  let kind: UnitKind
  let j: number
  if (text[i] === '%' || text[i] === '‰') {
    const permille = text[i] === '‰' || (text[i + 1] === '0' && !isDigitCode(text.charCodeAt(i + 2)))
    unit = permille ? '‰' : '%'
    kind = permille ? 'permille' : 'percent'
    j = permille && text[i] === '%' ? i + 2 : i + 1
  } else {
    if (text[i] === ' ') i++
    const hit = unitsAt(text, i).find((u) => u.lower !== '%' && phraseIn(text, i, u.lower))
    if (!hit) return null
    // "90 phần trăm" is 90 %; "5 điểm phần trăm" (percentage points) keeps its words.
    unit = hit.lower === 'phần trăm' ? '%' : hit.unit
    kind = hit.kind
    j = i + hit.lower.length
    // "500 điểm Wi-Fi", "63 điểm cầu": places, counted.
    if (kind === 'score' && text[j] === ' ' && PLACE_POINTS.some((w) => phraseIn(text, j + 1, w))) kind = 'count'
  }
  const per = readDenominators(text, j, end)
  return {unit: per === null ? unit : unit + per.text, kind, end: per === null ? j : per.end, rate: per !== null}
}

/**
 * The denominators of a rate from `j` (at "/"), up to three: "/năm", "/ lượt
 * giao dịch", "/01 nhân sự", "/10.000 dân"; their text ("/năm/01 nhân sự") and
 * end, or null.
 */
function readDenominators(text: string, j: number, end: number): {text: string; end: number} | null {
  let said = ''
  for (let n = 0; n < 3 && text[j] === '/'; n++) {
    let k = j + 1
    if (text[k] === ' ') k++
    const start = k
    let words = 0
    // A count of people after a grouped number is a word longer: "/100.000 trẻ đẻ sống".
    let most = 3
    while (k < end && words < most) {
      let w = k
      while (w < end && isWordCode(text.charCodeAt(w))) w++
      // A grouped number: "/10.000 dân", "/100.000 người".
      if (isDigitCode(text.charCodeAt(k))) {
        while (text[w] === '.' && isDigitCode(text.charCodeAt(w + 1)) && isDigitCode(text.charCodeAt(w + 2)) && isDigitCode(text.charCodeAt(w + 3)) && !isWordCode(text.charCodeAt(w + 4))) w += 4
        if (words === 0) most = 4
      }
      if (w === k || (words > 0 && isDenominatorStop(text.slice(k, w).toLowerCase()))) break
      words++
      // "01 đợt/năm kiểm tra …": a period is the whole denominator ("/ngày làm việc" aside).
      if (words === 1 && isPeriodWord(text.slice(k, w).toLowerCase()) && !phraseIn(text, w + 1, 'làm việc')) most = 1
      k = w
      if (text[k] !== ' ' || !isWordCode(text.charCodeAt(k + 1))) break
      const next = text.charCodeAt(k + 1)
      if (isUpperCode(next)) break
      k++
    }
    while (k > start && text[k - 1] === ' ') k--
    if (k === start) break
    said += `/${text.slice(start, k)}`
    j = k
  }
  return said === '' ? null : {text: said, end: j}
}

const PLACE_POINTS = placePoints.map((w) => w.toLowerCase())

/** Periods a rate is per ("/năm", "/tháng", "/ngày"), lower case. */
const isPeriodWord = wordSet([...periodicUnits, 'ngày', 'giờ', 'kỳ'])

/** Does `word` (lower case) end a rate's denominator? */
const isDenominatorStop = wordSet(denominatorStops)

/**
 * Is the number at [start, end) a date, a year, a time, a level list or a
 * reference? Returns the end of the span to skip, or -1.
 */
function skipSpan(text: string, from: number, to: number, token: NumberToken): number {
  const {start, end} = token
  // After "ngày": a date.
  const ngay = endsWithPhrase(text, from, start, 'ngày')
  if (ngay !== -1) {
    const d = dateAfterNgay(text, ngay, to)
    if (d) return d.end
    // A day of the month with no year: "trước ngày 10/12", "ngày 15 tháng 12 hằng năm".
    const dayMonth = dayMonthEnd(text, start, to)
    if (dayMonth !== -1) return dayMonth
  }
  // "15/7/2021", "21-02-2018".
  const d = dateAt(text, start, to)
  if (d) return d.end
  // "tháng 6", "quý II/2020".
  if (endsWithPhrase(text, from, start, 'tháng') !== -1 && !/^\s?(đầu|cuối)/.test(text.slice(end, end + 6))) return end
  // A time "09:48".
  if (text[end] === ':' && isDigitCode(text.charCodeAt(end + 1))) return end + 3
  // Years: 19xx/20xx with no unit, "2021 - 2025", "năm 2022".
  if (token.digits.length === 4 && /^(19|20)\d\d$/.test(token.digits) && end === start + 4) {
    const range = /^\s{0,2}[-–]\s{0,2}(19|20)\d\d/.exec(text.slice(end, end + 9))
    return range ? end + range[0].length : end
  }
  // Parts of the year and periodic reports: "6 tháng đầu năm", "định kỳ 6 tháng".
  let after = end
  while (text.charCodeAt(after) === 0x20) after++
  const part = PERIOD_AFTER.find((p) => phraseIn(text, after, p))
  if (part !== undefined) return after + part.length
  const unit = periodicUnits.find((p) => phraseIn(text, after, p))
  if (unit !== undefined && periodicBefore.some((p) => endsWithPhrase(text, from, start, p) !== -1)) return after + unit.length
  // Levels: "mức độ 3, 4", "mức độ 1,2", "mức độ 3 và 4"; a share is no level ("duy trì ở mức 38%").
  if (!isShareSign(text.charCodeAt(text.charCodeAt(end) === 0x20 ? end + 1 : end))) {
    for (const level of LEVELS) {
      if (endsWithPhrase(text, from, start, level) !== -1) return levelListEnd(text, start, to)
    }
  }
  // A reference "2.1", "mục 3".
  if (text[end] === '.' && isDigitCode(text.charCodeAt(end + 1)) && !isDigitCode(text.charCodeAt(end + 3))) return end + 2
  return -1
}

/** "%" or "‰" after a figure. */
function isShareSign(code: number): boolean {
  return code === 0x25 || code === 0x2030
}

/** End of a day and month from `at` ("10/12", "15-12", "15 tháng 12"), or -1. */
function dayMonthEnd(text: string, at: number, to: number): number {
  let i = at
  while (i < to && i - at < 2 && isDigitCode(text.charCodeAt(i))) i++
  const day = Number(text.slice(at, i))
  if (i === at || isDigitCode(text.charCodeAt(i)) || day < 1 || day > 31) return -1
  let j = i
  const sep = text[j]
  if (sep === '/' || sep === '-' || sep === '.') j++
  else if (text[j] === ' ' && phraseIn(text, j + 1, 'tháng')) j += 7
  else return -1
  while (text[j] === ' ') j++
  const monthStart = j
  while (j < to && j - monthStart < 2 && isDigitCode(text.charCodeAt(j))) j++
  const month = Number(text.slice(monthStart, j))
  if (j === monthStart || isDigitCode(text.charCodeAt(j)) || month < 1 || month > 12) return -1
  // "10/12/2023" was a full date; "10/12/..." with more digits is something else.
  if ((text[j] === '/' || text[j] === '-' || text[j] === '.') && isDigitCode(text.charCodeAt(j + 1))) return -1
  return j
}

/** End of a list of levels from `at`: "3, 4", "1,2", "3 và 4", "2 hoặc 3". */
function levelListEnd(text: string, at: number, to: number): number {
  let i = at
  while (i < to && isDigitCode(text.charCodeAt(i))) i++
  for (;;) {
    let j = i
    while (j < to && text[j] === ' ') j++
    if (text[j] === ',') j++
    else if (phraseIn(text, j, 'và')) j += 2
    else if (phraseIn(text, j, 'hoặc')) j += 4
    else return i
    while (j < to && text[j] === ' ') j++
    if (!isDigitCode(text.charCodeAt(j)) || isDigitCode(text.charCodeAt(j + 2))) return i
    i = j
    while (i < to && isDigitCode(text.charCodeAt(i))) i++
  }
}

const AGE_GROUPS = [...ageGroups].sort((a, b) => b.length - a.length)

/**
 * Does the age at `at` bound a group of people ("trẻ em dưới 5 tuổi", "người
 * từ 60 tuổi trở lên")? Then it names the group and is no goal.
 */
export function boundsAgeGroup(text: string, from: number, at: number): boolean {
  let k = at
  // "công dân từ đủ 14 tuổi": bounds may come two together.
  for (let round = 0; round < 2; round++) {
    let hit = -1
    for (const bound of ageBounds) if ((hit = endsWithPhrase(text, from, k, bound)) !== -1) break
    if (hit === -1) break
    k = hit
  }
  return AGE_GROUPS.some((g) => endsWithPhrase(text, from, k, g) !== -1)
}

/** A denominator written "1.000", "10.000", "100.000": a rate per so many people, not a total. */
function isPerPopulation(denominator: NumberToken): boolean {
  return denominator.digits.length >= 4 && denominator.end - denominator.start > denominator.digits.length && /^10+$/.test(denominator.digits)
}

/** Read the quantity at `at` (a digit at a word start). */
function readQuantity(text: string, from: number, to: number, at: number): {span: [number, number]; info: QuantityInfo} | {skip: number} | null {
  const token = readNumber(text, at, to)
  if (!token) return null
  const skip = skipSpan(text, from, to, token)
  if (skip !== -1) return {skip}
  let end = token.end
  let amountTo: number | null = null
  let of: number | null = null
  let unitKind: QuantityInfo['unitKind'] = 'number'
  let unit: string | null = null
  let start = at
  const clause = clauseStart(text, from, at)

  // Ranges: "5 - 10%", "12,5 - 13,5%/năm", "từ 3 đến 5 ngày làm việc".
  const range = /^\s{0,2}[-–]\s{0,2}(?=\d)/.exec(text.slice(end, end + 5)) ??
    (endsWithPhrase(text, clause, at, 'từ') !== -1 ? /^ (?:đến|tới) (?=\d)/u.exec(text.slice(end, end + 6)) : null)
  if (range) {
    const second = readNumber(text, end + range[0].length, to)
    if (second && second.value > token.value) {
      amountTo = second.value
      end = second.end
    }
  }
  // Ranks: "10/63 tỉnh", "xếp thứ 9/63", "top 20"; not an ordinal ("Kỳ họp thứ 8", "lần thứ 2").
  let rankWord = RANKS.find((w) => endsWithPhrase(text, clause, at, w) !== -1)
  if (rankWord === 'thứ') {
    const before = endsWithPhrase(text, clause, at, 'thứ')
    if (ORDINAL_NOUNS.some((n) => endsWithPhrase(text, clause, before, n) !== -1)) rankWord = undefined
  }
  let coverage = false
  const denominator = text[end] === '/' && isDigitCode(text.charCodeAt(end + 1)) ? readNumber(text, end + 1, to) : null
  if (denominator !== null && rankWord === undefined && isPerPopulation(denominator)) {
    // "42/100.000 trẻ đẻ sống", "15/1.000 dân": a rate per so many people, no count out of a total.
    const per = readDenominators(text, end, to)
    if (per !== null) {
      unit = per.text
      unitKind = 'rate'
      end = per.end
    }
  } else if (denominator !== null) {
    if (denominator.value >= token.value) {
      of = denominator.value
      end = denominator.end
      // "17/17 xã", "10/10 tiêu chí": a count out of a total, not a place in a ranking,
      // unless a rank word says so or it places among provinces ("10/63 tỉnh").
      coverage = rankWord === undefined && (denominator.value === token.value || !(text[end] === ' ' && (phraseIn(text, end + 1, 'tỉnh') || phraseIn(text, end + 1, 'bộ'))))
      unitKind = coverage ? 'count' : 'rank'
      // "2/3 số xã", "1/2 tổng số hộ": a fraction of a whole, not so many out of a total.
      if (coverage && token.value < denominator.value && text[end] === ' ' && fractionWholes.some((w) => phraseIn(text, end + 1, w))) unitKind = 'fraction'
    }
  } else if (rankWord !== undefined) {
    unitKind = 'rank'
  }
  if (unitKind === 'rate' || unitKind === 'fraction') {
    // Read above: a rate's unit is its denominator; a fraction has none.
  } else if (unitKind === 'rank') {
    // "10/63 tỉnh, thành phố" (also as "tinh, thanh pho" in text with its marks stripped).
    // Spaces inside the place tolerated: "tỉnh,   \nthành phố" wrapped after trailing spaces.
    let placeEnd = -1
    const place = text[end] === ' ' ? rankPlaces.find((p) => (placeEnd = phraseStartingAt(text, end + 1, p)) !== -1) : undefined
    if (place !== undefined) {
      unit = squash(text.slice(end + 1, placeEnd))
      end = placeEnd
    }
    const rankStart = rankWord ? endsWithPhrase(text, clause, at, rankWord) : -1
    if (rankStart !== -1) start = rankStart
  } else {
    let u = readUnit(text, end, to)
    // "1,2 triệu lượt", "2,5 triệu thuê bao": the scale multiplies, the noun after it is the unit.
    const scale = u === null && text[end] === ' ' ? FIGURE_SCALES.find(([w]) => phraseIn(text, end + 1, w) && !isWordCode(text.charCodeAt(end + 1 + w.length))) : undefined
    if (scale !== undefined) {
      const [word, factor] = scale
      token.value = Math.round(token.value * factor)
      if (amountTo !== null) amountTo = Math.round(amountTo * factor)
      end += 1 + word.length
      u = readUnit(text, end, to)
    }
    // "1,600 hồ sơ", "2,500 lượt": a comma before three digits in a count of things is a thousands
    // separator (English style, from some scrapers); a count of things has no decimals.
    if (u !== null && u.kind === 'count' && !Number.isInteger(token.value) && token.digits.length <= 3 && /^,\d{3}$/.test(text.slice(token.start + token.digits.length, token.end))) {
      token.value = Number(token.digits + text.slice(token.end - 3, token.end))
    }
    if (u) {
      unit = u.unit
      // "100/100 điểm" is a score out of its maximum.
      unitKind = u.rate ? 'rate' : coverage && u.kind !== 'percent' && u.kind !== 'score' ? 'count' : u.kind
      end = u.end
      // "từ 80% đến 90%", "80% - 90%": a range with the unit said twice.
      if (amountTo === null) {
        const upper = secondOfRange(text, end, to, token.value, u.unit)
        if (upper !== null) {
          amountTo = upper.value
          end = upper.end
        }
      }
    }
    // "Giảm 1/2 thời gian giải quyết": a small denominator with no counted noun after it is a fraction too.
    // (With nothing after it, "Số xã đạt chuẩn: 3/5", it stays so many out of a total.)
    if (u === null && coverage && of !== null && of <= 10 && token.value < of && text[end] === ' ' && isWordCode(text.charCodeAt(end + 1)) && !isDigitCode(text.charCodeAt(end + 1))) unitKind = 'fraction'
    // "Tỷ lệ hồ sơ trực tuyến (%): 80": the unit said in the indicator's label, before the colon.
    if (u === null && unit === null) {
      const said = labelUnit(text, at)
      if (said !== null) {
        unit = said.unit
        unitKind = said.kind
      }
    }
    if (MULTIPLE.some((w) => endsWithPhrase(text, clause, at, w) !== -1) && unitKind === 'multiple') start = endsWithPhrase(text, clause, at, 'gấp')
  }
  // A footnote digit fused after "%": "dưới 24%1".
  let info: QuantityInfo = {amount: token.value, amountTo, unit, unitKind, of, comparator: '=', change: null, baselineYear: null}
  info = {...info, ...context(text, clause, to, start, end, unitKind)}
  return {span: [start, end], info}
}

/** The unit in brackets at the end of a label before a colon ("… (%): 80", "… (sáng kiến): 05"), or null. */
function labelUnit(text: string, at: number): {unit: string; kind: QuantityInfo['unitKind']} | null {
  let k = at
  while (k > 0 && text.charCodeAt(k - 1) === 0x20) k--
  if (text[k - 1] !== ':' || text[k - 2] !== ')') return null
  const close = k - 2
  // Bounded: only a short unit fits in the brackets.
  let open = close - 1
  while (open >= 0 && close - open <= 24 && text[open] !== '(') open--
  if (open < 0 || close - open > 24) return null
  const inside = text.slice(open + 1, close).trim()
  const u = readUnit(inside, 0, inside.length)
  return u !== null && u.end === inside.length ? {unit: u.unit, kind: u.rate ? 'rate' : u.kind} : null
}

const MULTIPLE = multipleWords
const FIGURE_SCALES = [...figureScales].sort((a, b) => b[0].length - a[0].length)
const YEAR_BEFORE = new Set(yearBeforeWords.map(fold))


/** Start of the word before `at` (spaces between), or -1. */
function previousWordStart(text: string, from: number, at: number): number {
  let j = at
  while (j > from && text.charCodeAt(j - 1) === 0x20) j--
  if (j === at) return -1
  let w = j
  while (w > from && isWordCode(text.charCodeAt(w - 1))) w--
  return w < j ? w : -1
}


/** After "80%": " đến 90%", " tới 90%", " - 90%" with the same unit; the upper end, or null. */
function secondOfRange(text: string, at: number, to: number, lower: number, unit: string): {value: number; end: number} | null {
  let i = at
  while (text[i] === ' ') i++
  if (phraseIn(text, i, 'đến')) i += 3
  else if (phraseIn(text, i, 'tới')) i += 3
  else if (text[i] === '-' || text[i] === '–') i++
  else return null
  while (text[i] === ' ') i++
  if (!isDigitCode(text.charCodeAt(i))) return null
  const second = readNumber(text, i, to)
  if (!second || second.value <= lower) return null
  const u = readUnit(text, second.end, to)
  if (!u || u.unit !== unit) return null
  return {value: second.value, end: u.end}
}

/** Comparator, change and baseline from the words around [start, end). */
function context(text: string, clause: number, to: number, start: number, end: number, kind: QuantityInfo['unitKind']): Pick<QuantityInfo, 'comparator' | 'change' | 'baselineYear'> {
  let comparator: Comparator = kind === 'rank' ? '<=' : '='
  let at = start
  // "≥ 90%", ">=90%", "< 2%": a sign says it.
  let k = start
  while (k > clause && text.charCodeAt(k - 1) === 0x20) k--
  const sign = comparatorSymbols.find(([symbol]) => k - symbol.length >= clause && text.startsWith(symbol, k - symbol.length))
  if (sign !== undefined) return {...context(text, clause, to, k - sign[0].length, end, kind), comparator: sign[1]}
  // "đạt từ 90% trở lên": skip "từ" to reach the verb.
  const tu = endsWithPhrase(text, clause, at, 'từ')
  if (tu !== -1) at = tu
  // "trên 06 lĩnh vực" is "across", not "more than": trên/dưới compare measures only.
  const measured = kind !== 'count' && kind !== 'number' && kind !== 'rank'
  // "Thời gian chờ tối đa: 15 phút": the comparator ends the label before the colon.
  let colon = at
  while (colon > 0 && at - colon < 4 && text.charCodeAt(colon - 1) === 0x20) colon--
  let from = clause
  if (text[colon - 1] === ':') {
    at = colon - 1
    from = Math.max(0, at - 40)
  }
  let change: QuantityInfo['change'] = null
  for (const {p, c} of BEFORE) {
    if (!measured && (p === 'trên' || p === 'dưới')) continue
    const hit = endsWithPhrase(text, from, at, p)
    if (hit !== -1) {
      comparator = c
      at = hit
      // "giảm còn 10 ngày": the comparator says the direction too.
      change = changeAt(text, hit)?.change ?? null
      break
    }
  }
  let after = end
  while (isSpaceCode(text.charCodeAt(after))) after++
  for (const {p, c} of AFTER) if (phraseStartingAt(text, after, p) !== -1) comparator = c
  // "Giảm thời gian giải quyết còn 10 ngày": after a decrease, "còn" is the level to get down to.
  const con = comparator === '=' ? endsWithPhrase(text, from, at, 'còn') : -1
  // Look back word by word (at most 8 words, 40 characters) for "tăng", "giảm", …
  let j = at
  for (let words = 0; change === null && words < 8 && j > clause && at - j < 48; words++) {
    while (j > clause && text.charCodeAt(j - 1) === 0x20) j--
    let w = j
    while (w > clause && isWordCode(text.charCodeAt(w - 1))) w--
    if (w === j) break
    const hit = changeAt(text, w)
    // "tốc độ tăng trưởng", "tỷ lệ tăng dân số": the name of a measure, not a direction.
    if (hit !== null && !phraseIn(text, w, 'tăng trưởng') && !namesMeasure(text, clause, hit.start)) {
      change = hit.change
      break
    }
    j = w
  }
  if (con !== -1 && change === 'decrease') comparator = '<='
  let baselineYear: number | null = null
  // Look at the next 120 characters only: an unbounded search here would make
  // a page with no "so với" quadratic.
  const tailEnd = Math.min(to, end + 120)
  const tail = text.slice(end, tailEnd)
  if (tail.includes('so với') || (isMarkless() && tail.includes('so voi'))) {
    // Spaces squashed: "so với   \nnăm 2022" wrapped after trailing spaces reads as on one line.
    const words = squash(tail)
    // "so với năm 2022", "so với cùng kỳ năm 2022", "so với cuối năm 2024", "so với biên chế được giao năm 2022".
    const so = words.search(/so v(?:ớ|o)i /u)
    const year = so === -1 ? null : /(?:19|20)\d\d(?!\d)/.exec(words.slice(so + 7, so + 60))
    // Not across another figure: in "84,38%, tăng 0,33% so với năm 2022" the baseline is the change's.
    if (year !== null && baselineWords(words.slice(so + 7, so + 7 + year.index)) && !/[;.\d]/.test(words.slice(0, so))) baselineYear = Number(year[0])
  }
  // "gấp 2 lần năm 2020": the year a multiple is of is its baseline.
  if (baselineYear === null && kind === 'multiple') {
    const of = MULTIPLE_OF_YEAR.exec(squash(tail.slice(0, 32)))
    if (of !== null) baselineYear = Number(of[1])
  }
  return {comparator, change, baselineYear}
}

/** The year right after a multiple ("… lần năm 2020", "… lần so với năm 2020"), spaces squashed. */
const MULTIPLE_OF_YEAR = /^ ?(?:so v(?:ớ|o)i )?(?:n(?:ă|a)m )?((?:19|20)\d\d)(?!\d)/u

/**
 * Do the words between "so với " and a year make the year a baseline? None
 * ("so với 2022"), or words that end on "năm" with no figure nor punctuation,
 * 46 characters at most: "năm ", "cùng kỳ năm ", "cuối năm ", "biên chế được giao năm ".
 */
export function baselineWords(between: string): boolean {
  if (between.length === 0) return true
  return between.length <= 46 && !/[\d,;.()]/.test(between) && /(?:^|\s)n(?:ă|a)m\s$/u.test(between)
}

/** Number words by the lower-case code of their first letter. */
type NumberWord = {word: string; value: number; role: (typeof numberWords)[number][2]}

/** A hash of the lower-cased word over [at, end): no slice is made. */
function wordHash(text: string, at: number, end: number): number {
  let hash = 0
  for (let k = at; k < end; k++) hash = (Math.imul(hash, 31) + lowerCode(text.charCodeAt(k))) | 0
  return hash
}

/** Number words by the hash of their letters (a list: two words may share one), spelt by `spell`. */
function byHash(spell: (word: string) => string): Map<number, NumberWord[]> {
  const map = new Map<number, NumberWord[]>()
  for (const [written, value, role] of numberWords) {
    const word = spell(written)
    const hash = wordHash(word, 0, word.length)
    map.set(hash, [...(map.get(hash) ?? []), {word, value, role}])
  }
  return map
}

const WORDS_BY_HASH = byHash((word) => word)

/**
 * The same by the hash of their letters without marks, for text that has none:
 * "muoi" is "mười" (ten) or "mươi" (tens), as the number around it says.
 */
const FOLDED_WORDS_BY_HASH = byHash(fold)

/** 1 for the letters (either case) that start a number word; the folded table for text without marks. */
function initialTable(words: readonly string[]): Uint8Array {
  const table = new Uint8Array(0x2000)
  for (const w of words) {
    table[w.charCodeAt(0)] = 1
    table[w[0]!.toUpperCase().charCodeAt(0)] = 1
  }
  return table
}
const NUMBER_WORD_INITIAL = initialTable(numberWords.map(([w]) => w))
const FOLDED_NUMBER_WORD_INITIAL = initialTable(numberWords.map(([w]) => fold(w)))

/** The first two letters (lower case) of each number word, as one key: most words are turned away by them. */
const pairKey = (first: number, second: number): number => first * 0x10000 + second
const NUMBER_WORD_PAIRS: Set<number> = new Set(numberWords.map(([w]) => pairKey(w.charCodeAt(0), w.charCodeAt(1))))
const FOLDED_NUMBER_WORD_PAIRS: Set<number> = new Set(numberWords.map(([w]) => fold(w)).map((w) => pairKey(w.charCodeAt(0), w.charCodeAt(1))))

/**
 * The number word at `at` (a word start), or null: the word is hashed once, not
 * compared with each number word. `tens` picks "mươi" over "mười" where a word
 * without its marks could be either (after a digit word).
 */
function numberWordAt(text: string, at: number, tens = false): NumberWord | null {
  const code = text.charCodeAt(at)
  const markless = isMarkless()
  if (code >= 0x2000 || (markless ? FOLDED_NUMBER_WORD_INITIAL : NUMBER_WORD_INITIAL)[code] !== 1) return null
  if (!(markless ? FOLDED_NUMBER_WORD_PAIRS : NUMBER_WORD_PAIRS).has(pairKey(lowerCode(code), lowerCode(text.charCodeAt(at + 1))))) return null
  let end = at + 1
  while (end < text.length && isWordCode(text.charCodeAt(end))) end++
  const words = (markless ? FOLDED_WORDS_BY_HASH : WORDS_BY_HASH).get(wordHash(text, at, end))
  if (words === undefined) return null
  let hit: NumberWord | null = null
  for (const w of words) {
    if (w.word.length !== end - at || !phraseIn(text, at, w.word)) continue
    if (!markless || hit === null || (tens && w.role === 'tens') || (!tens && hit.role === 'tens')) hit = w
    if (!markless) break
  }
  return hit
}

/**
 * A number in words from `at`: "hai", "mười hai", "hai mươi lăm", "một trăm
 * linh năm", "hai nghìn". Its value and end, or null.
 */
function readWordNumber(text: string, at: number, to: number): {value: number; end: number; words: number} | null {
  let thousands = 0
  let hundreds = -1
  let tens = -1
  let digit = -1
  let zero = false
  let end = at
  let words = 0
  let i = at
  for (let n = 0; n < 8 && i < to; n++) {
    const w = numberWordAt(text, i, digit >= 2 && tens === -1)
    if (w === null) break
    if (w.role === 'digit' || w.role === 'afterTens') {
      if (digit !== -1 || (w.role === 'afterTens' && tens === -1)) break
      digit = w.value
    } else if (w.role === 'ten') {
      if (tens !== -1 || digit !== -1) break
      tens = 1
    } else if (w.role === 'tens') {
      if (digit < 2 || tens !== -1) break
      tens = digit
      digit = -1
    } else if (w.role === 'hundred') {
      if (hundreds !== -1 || tens !== -1) break
      hundreds = digit === -1 ? 1 : digit
      digit = -1
    } else if (w.role === 'zero') {
      if (hundreds === -1 || tens !== -1 || digit !== -1 || zero) break
      zero = true
    } else if (w.role === 'thousand') {
      if (thousands !== 0) break
      const below = Math.max(hundreds, 0) * 100 + Math.max(tens, 0) * 10 + Math.max(digit, 0)
      if (below === 0) break
      thousands = below
      hundreds = tens = digit = -1
      zero = false
    } else break
    words++
    end = i + w.word.length
    i = end
    while (text.charCodeAt(i) === 0x20) i++
  }
  if (words === 0) return null
  const value = thousands * 1000 + Math.max(hundreds, 0) * 100 + Math.max(tens, 0) * 10 + Math.max(digit, 0)
  return value > 0 ? {value, end, words} : null
}

/**
 * A quantity in words at `at`: a number in words with a unit after it ("hai
 * hội nghị", "mười ngày làm việc", "chín mươi phần trăm"), "một nửa" (50%),
 * "gấp đôi"/"gấp ba" (a multiple). "một" alone also needs a comparator or a
 * direction before it ("ít nhất một cuộc"): it is an article as often as a number.
 */
function readWordQuantity(text: string, from: number, to: number, at: number): {span: [number, number]; info: QuantityInfo} | null {
  const first = numberWordAt(text, at)
  if (first === null) return null
  // The clause is looked for only once a quantity is likely: "năm" (a year) is everywhere.
  const gap = first.role === 'double' || first.role === 'digit' ? endsWithPhrase(text, from, at, 'gấp') : -1
  if (first.role === 'double' || gap !== -1) {
    if (gap === -1) return null
    const clause = clauseStart(text, from, at)
    let end = at + first.word.length
    if (phraseIn(text, end + 1, 'lần')) end += 4
    const info: QuantityInfo = {amount: first.value, amountTo: null, unit: 'lần', unitKind: 'multiple', of: null, comparator: '=', change: null, baselineYear: null}
    return {span: [gap, end], info: {...info, ...context(text, clause, to, gap, end, 'multiple')}}
  }
  const number = readWordNumber(text, at, to)
  if (number === null) return null
  let end = number.end
  let unit: string | null = null
  let unitKind: QuantityInfo['unitKind'] = 'number'
  let amount = number.value
  let after = end
  while (text.charCodeAt(after) === 0x20) after++
  const half = numberWordAt(text, after)
  const percent = percentWords.find((w) => phraseIn(text, after, w))
  if (number.value === 1 && number.words === 1 && half?.role === 'half') {
    amount = half.value
    unit = '%'
    unitKind = 'percent'
    end = after + half.word.length
  } else if (percent !== undefined) {
    unit = '%'
    unitKind = 'percent'
    end = after + percent.length
  } else {
    const u = readUnit(text, end, to)
    if (u === null || u.unit === '%') return null
    // "sau tháng 6", "sau năm 2020" (stripped: "sau thang 6"): a month or year named by its number, no duration.
    if (u.kind === 'duration' && isDigitCode(text.charCodeAt(u.end + (text.charCodeAt(u.end) === 0x20 ? 1 : 0)))) return null
    unit = u.unit
    unitKind = u.rate ? 'rate' : u.kind
    end = u.end
  }
  // "(Một tỷ năm trăm triệu đồng)": a part of a larger amount in words is no amount of its own,
  // nor is the rest of a number in words ("trăm" after "năm"; "năm" alone is as often a year).
  if (scaleWords.some((w) => endsWithPhrase(text, from, at, w) !== -1)) return null
  // "(Bằng chữ: Hai trăm năm mươi triệu đồng)": the figures said again.
  if (amountInWordsLabels.some((w) => endsWithPhrase(text, from, at, w) !== -1)) return null
  const before = previousWordStart(text, from, at)
  const previous = before === -1 ? null : numberWordAt(text, before)
  if (previous !== null && (first.role !== 'digit' || previous.word !== 'năm')) return null
  // "hằng năm tổ chức …", "trong năm học": "năm" after these words is the year, not five.
  if (before !== -1 && fold(first.word) === 'nam' && YEAR_BEFORE.has(fold(text.slice(before, at).trim()))) return null
  const said = context(text, clauseStart(text, from, at), to, at, end, unitKind)
  if (number.value === 1 && number.words === 1 && unitKind !== 'percent' && said.comparator === '=' && said.change === null) return null
  const info: QuantityInfo = {amount, amountTo: null, unit, unitKind, of: null, comparator: '=', change: null, baselineYear: null}
  return {span: [at, end], info: {...info, ...said}}
}

function isAsciiUpper(code: number): boolean {
  return code >= 0x41 && code <= 0x5a
}

/** ≤ ≥ ⩽ ⩾ ≈: signs outside ASCII that may stand right before a figure. */
function isSignCode(code: number): boolean {
  return code === 0x2264 || code === 0x2265 || code === 0x2a7d || code === 0x2a7e || code === 0x2248
}

/** Is the number word at `at` followed by another ("hai muoi lam", "mot tram")? */
function followedByNumberWord(text: string, at: number): boolean {
  const first = numberWordAt(text, at)
  if (first === null) return false
  const next = at + first.word.length
  return text.charCodeAt(next) === 0x20 && numberWordAt(text, next + 1, true) !== null
}

/** The recogniser. */
export const quantities: InlineRecognizer = (ctx: Context, s: number, e: number) => {
  const text = ctx.text
  const out: InlineSpan[] = []
  const markless = isMarkless()
  const initials = markless ? FOLDED_NUMBER_WORD_INITIAL : NUMBER_WORD_INITIAL
  for (let i = s; i < e; i++) {
    const code = text.charCodeAt(i)
    if (!isDigitCode(code)) {
      // A number in words, at a word start: one table look-up turns most letters away.
      if (code >= 0x2000 || initials[code] !== 1 || (i > s && isWordCode(text.charCodeAt(i - 1)))) continue
      const read = readWordQuantity(text, s, e, i)
      if (read === null) continue
      const [qs, qe] = read.span
      // Without its marks one number word alone is clearly one only after a comparator or a change
      // ("toi thieu muoi can bo", "giam mot nua"): "trung tam huyen" is "trung tâm huyện", not "tám huyện".
      if (markless && read.info.comparator === '=' && read.info.change === null && !followedByNumberWord(text, i)) continue
      if (out.length > 0 && out[out.length - 1]!.e > qs) continue
      out.push({s: qs, e: qe, node: leaf('quantity', qs, qe, {...read.info, role: 'plain'})})
      i = qe - 1
      continue
    }
    const prev = text.charCodeAt(i - 1)
    // "≥90%": a comparison sign is no letter before the number.
    if (i > s && ((isWordCode(prev) && !isSignCode(prev)) || prev === 0x2f || prev === 0x2d || prev === 0x2e || prev === 0x2c || prev === 0x5b)) {
      while (i + 1 < e && isDigitCode(text.charCodeAt(i + 1))) i++
      continue
    }
    // "4G", "5G", "3D": a figure glued to one capital names a technology, not an amount.
    let digits = i + 1
    while (digits < e && isDigitCode(text.charCodeAt(digits))) digits++
    if (isAsciiUpper(text.charCodeAt(digits)) && !isWordCode(text.charCodeAt(digits + 1))) {
      i = digits
      continue
    }
    const read = readQuantity(text, s, e, i)
    if (read === null) continue
    if ('skip' in read) {
      i = Math.max(i, read.skip - 1)
      continue
    }
    const [qs, qe] = read.span
    out.push({s: qs, e: qe, node: leaf('quantity', qs, qe, {...read.info, role: 'plain'})})
    i = qe - 1
    // A footnote number fused after a percentage: "dưới 24%1".
    if (text[qe - 1] === '%') while (i + 1 < e && isDigitCode(text.charCodeAt(i + 1))) i++
  }
  return out
}
