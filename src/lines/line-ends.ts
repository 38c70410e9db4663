/**
 * How a hard-wrapped line ends: the words and shapes after which the next
 * line goes on with the same sentence even when it opens with a capital or a
 * figure. Used by the block builder's line continuation (src/tree/build.ts);
 * the word lists are in grammars/wrapping.ts.
 */

import {adminLevels, danglingWords, figureWords, instrumentVerbs, nameOpeners, referenceWords, taskColumnLabels} from '../../grammars/index.js'
import {foldedTypeNames} from '../header/values.js'
import {isUpperCode, startsLower, wordSet} from '../text/fold.js'

/** Words that announce a number or a date on the next line. */
export const NUMBER_BEFORE = /(?:^|\s)(?:so|ngay|thang|nam|quy|muc|khoan|dieu|giai doan|muc do)$/

export const YEAR_DASH_END = /(?:19|20)\d\d\s?[-–]$/

/**
 * Does a long line end on the capitalised first word of a name after a word in
 * lower case ("… công khai trên Cổng", "… phối hợp với Sở")? Not a short heading
 * ("1. Văn phòng Bộ"), nor a person's name ("Nguyễn Đức Trung").
 */
export function endsOnNameOpener(text: string): boolean {
  if (text.length < 40) return false
  const opener = NAME_OPENERS.find((w) => text.endsWith(w) && text[text.length - w.length - 1] === ' ')
  if (opener === undefined) return false
  let start = text.length - opener.length - 1
  while (start > 0 && text[start - 1] !== ' ') start--
  return startsLower(text.slice(start))
}
const NAME_OPENERS = [...nameOpeners]

/** Words after which a figure follows ("đạt 6.5", "tối thiểu\n50%"), lower case; compared without marks when the text has none. */
export const isFigureWord = wordSet(figureWords)

/** Words after which "2.1." or "II." is a reference ("tại mục 2.1."), lower case. */
export const isReferenceWord = wordSet(referenceWords)

/** Task field labels, lower case, longest first: "thời gian thực hiện", "cơ quan chủ trì". */
const FIELD_LABELS = taskColumnLabels.map(([label]) => label.toLowerCase()).sort((a, b) => b.length - a.length)

/** Does the line end on a task field's label and its colon ("…; thời gian thực hiện:")? */
export function endsOnFieldLabel(text: string): boolean {
  if (!text.endsWith(':')) return false
  const head = text.slice(Math.max(0, text.length - 40), -1).trimEnd().toLowerCase()
  return FIELD_LABELS.some((l) => head.endsWith(l) && (head.length === l.length || /[\s;(,-]/.test(head[head.length - l.length - 1]!)))
}

/** The first word of a line. */
export function firstWord(text: string): string {
  const space = text.indexOf(' ')
  return space === -1 ? text : text.slice(0, space)
}

/** The last word of `text` before `end` (as written). */
export function lastWord(text: string, end = text.length): string {
  const before = text.slice(0, end).trimEnd()
  return before.slice(before.lastIndexOf(' ') + 1)
}

const LEVEL_WORDS = adminLevels.map((l) => ` ${l} `)

/**
 * Does the line end on a level word and one capitalised syllable ("… huyện
 * Đức", "… xã Tân")? Place names have two syllables or more.
 */
export function endsOnPlaceStart(text: string): boolean {
  const last = text.lastIndexOf(' ')
  if (last <= 0 || !isUpperCode(text.charCodeAt(last + 1)) || text.length - last > 8) return false
  const head = text.slice(Math.max(0, last - 11), last + 1)
  return LEVEL_WORDS.some((l) => head.endsWith(l))
}

/** The dangling words that are prepositions or conjunctions: no level ("tỉnh") nor body ("Sở"), which may end a heading. */
const FUNCTION_WORDS = danglingWords.filter((w) => !adminLevels.includes(w) && w === w.toLowerCase())

/** Does a long line end on a preposition or conjunction ("… kịp thời trên", "… của")? */
export function endsOnFunctionWord(text: string): boolean {
  if (text.length < 40) return false
  const word = lastWord(text)
  return FUNCTION_WORDS.includes(word)
}

/** Does the line end on a word its sentence cannot end on ("… của", "… tỉnh")? */
export function endsDangling(text: string): boolean {
  return danglingWords.some((w) => text.endsWith(w) && (text.length === w.length || text[text.length - w.length - 1] === ' '))
}

/** Does the line open with a term ("Khóa XII …"), which only goes on a body's name? */
export function opensWithTerm(text: string): boolean {
  return TERM.test(text)
}
const TERM = /^(?:Khóa|khóa|Khoá|khoá|KHÓA|KHOÁ)\s{1,2}[IVXLC]{1,6}(?![\p{L}\p{N}])/u

const INSTRUMENT_VERBS = instrumentVerbs.map((v) => ` ${v}`)

/**
 * "1. Sở Nội vụ: Chủ trì, … kiểm tra việc thực hiện\nKế hoạch; tổng hợp …":
 * a line ending on a verb whose object is an instrument, the next opening
 * with a type name in sentence case ("Kế hoạch", "Nghị quyết").
 */
export function endsBeforeInstrument(text: string, next: string, nextFolded: string): boolean {
  // A long line, cut by its width: not a short heading ("3. Tổ chức thực hiện\nKế hoạch này …").
  if (text.length < 40 || !INSTRUMENT_VERBS.some((v) => text.endsWith(v))) return false
  if (!isUpperCode(next.charCodeAt(0)) || isUpperCode(next.charCodeAt(1))) return false
  return foldedTypeNames.some((t) => nextFolded.startsWith(t.folded) && !/[a-z]/.test(nextFolded[t.folded.length] ?? ''))
}
