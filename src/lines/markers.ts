/**
 * The numbering marker at the start of a line: `PHẦN I.`, `I.`, `1.`, `1.1.`,
 * `a)`, `ii)`, `1)`, `-`, `+`, `•`. A hand-written scanner (no regular expression):
 * it looks at a bounded number of characters, so it runs in constant time per
 * line.
 */

import {bulletChars, dashChars, numberingStyles, sectionKindPhrases, vietnameseLetters, type NumberingStyle} from '../../grammars/index.js'
import {fold, isDigitCode, isMarkless, isUpperText} from '../text/fold.js'

/** A marker found at the start of a line. */
export interface Marker {
  /** @example "roman" for "II." */
  readonly style: NumberingStyle
  /** The marker as written. @example "1.1.", "a)", "-" */
  readonly label: string
  /** Its number: "IV." → 4, "đ)" → 5, "2.3." → 3; null for bullets. */
  readonly value: number | null
  /** All numbers of a decimal marker: "2.3." → [2, 3]; else null. */
  readonly path: readonly number[] | null
  /** Index in the line text where the marker ends. */
  readonly end: number
  /** Index where the content after the marker (and its spaces) starts. */
  readonly contentStart: number
}

const DASHES = dashChars
const BULLETS = bulletChars

/** Does `text` open with a bullet or dash ("- ", "+ ", "• ", "* ")? */
export function startsWithBullet(text: string): boolean {
  const ch = text[0]
  return ch !== undefined && (DASHES.includes(ch) || ch === '+' || BULLETS.includes(ch))
}

/** `text` without its leading bullet or dash and the spaces after it. */
export function withoutBullet(text: string): string {
  if (!startsWithBullet(text)) return text
  let i = 1
  while (isSpace(text[i])) i++
  return text.slice(i)
}

/** `text` without its leading numbering or bullet ("2/ Thu ngân sách …" → "Thu ngân sách …"). */
export function withoutMarker(text: string): string {
  const marker = readMarker(text)
  return marker === null ? withoutBullet(text) : text.slice(marker.contentStart)
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t'
}

/** An upper-case letter (any script with case). */
export function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase()
}

function isLower(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase()
}

/** After a numbering marker: a space, the end, or (fused) an upper-case letter. */
function markerBoundary(text: string, at: number): boolean {
  return at >= text.length || isSpace(text[at]) || isUpper(text[at]) || text[at] === '"' || text[at] === '“'
}

/** After `at`: spaces, then a heading in capitals of at least two letters ("MỤC ĐÍCH"). */
function upperHeading(text: string, at: number): boolean {
  const rest = text.slice(skipSpaces(text, at))
  return rest.length >= 2 && isUpperText(rest)
}

/** After "I-" or "1-": a capital, directly or after spaces ("1- Quán triệt", "I-MỤC TIÊU"). */
function dashedHeading(text: string, at: number): boolean {
  if (!isUpper(text[skipSpaces(text, at)])) return false
  if (isSpace(text[at])) return true
  // "1-Quán triệt" is a heading; "60-NQ/TU" (a party document's number wrapped to a line start) is not.
  let i = at
  while (i < text.length && !isSpace(text[i]) && text[i] !== '/' && text[i] !== '-') i++
  return text[i] !== '/' && text[i] !== '-'
}

function skipSpaces(text: string, at: number): number {
  let i = at
  while (i < text.length && isSpace(text[i])) i++
  return i
}

function make(
  text: string,
  style: NumberingStyle,
  end: number,
  value: number | null,
  path: readonly number[] | null
): Marker {
  return {style, label: text.slice(0, end), value, path, end, contentStart: skipSpaces(text, end)}
}

const ROMAN: Readonly<Record<string, number>> = {I: 1, V: 5, X: 10}

/** Value of a Roman numeral of I, V, X (1–39), or null when malformed. */
export function romanValue(numeral: string): number | null {
  let total = 0
  for (let i = 0; i < numeral.length; i++) {
    const v = ROMAN[numeral[i]!]
    if (v === undefined) return null
    const next = ROMAN[numeral[i + 1] ?? '']
    total += next !== undefined && next > v ? -v : v
  }
  if (total <= 0 || total > 39) return null
  return toRoman(total) === numeral ? total : null
}

/** 4 → "IV". */
export function toRoman(value: number): string {
  const table: Array<[number, string]> = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I']
  ]
  let rest = value
  let out = ''
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s
      rest -= v
    }
  }
  return out
}

/** Value of a list letter: "a" → 1, "đ" → 5. */
export function letterValue(letter: string): number {
  const i = vietnameseLetters.indexOf(letter)
  return i >= 0 ? i + 1 : letter.charCodeAt(0) - 0x60
}

/** Label a style would have for `value` (for messages): roman 4 → "IV.". */
export function labelFor(style: NumberingStyle, value: number, path?: readonly number[] | null): string {
  switch (style) {
    case 'roman':
      return `${toRoman(value)}.`
    case 'decimal':
      return path ? `${[...path.slice(0, -1), value].join('.')}.` : `${value}.`
    case 'letter':
      return `${vietnameseLetters[value - 1] ?? '?'})`
    case 'lowerRoman':
      return `${toRoman(value).toLowerCase()})`
    case 'arabicParen':
      return `${value})`
    case 'part':
      return `PHẦN ${toRoman(value)}`
    case 'chapter':
      return `Chương ${toRoman(value)}`
    case 'article':
      return `Điều ${value}.`
    case 'upperLetter':
      return `${String.fromCharCode(0x40 + value)}.`
    default:
      return `${value}.`
  }
}

const PART_WORDS = ['PHẦN', 'Phần']
/** "Mục I.", "MỤC II": a Roman part under a word ("Mục" with a Roman numeral only). */
const SECTION_WORDS = ['Mục', 'MỤC', 'Muc', 'MUC']
const SECTION_HEAD = /^(?:Mục|MỤC|Muc|MUC)\s{1,3}[IVX]{1,5}(?:[.:](?:\s|$)|\s{1,3}\p{Lu}\p{Lu})/u
const CHAPTER_WORDS = ['CHƯƠNG', 'Chương']
const ARTICLE_WORDS = ['Điều', 'ĐIỀU']
/** The same words in text with its marks stripped ("Phan I:", "Chuong II", "Dieu 3."). */
const FOLDED_PART_WORDS = ['PHAN', 'Phan']
const FOLDED_CHAPTER_WORDS = ['CHUONG', 'Chuong']
const FOLDED_ARTICLE_WORDS = ['Dieu', 'DIEU']
const ORDINALS: Readonly<Record<string, number>> = {
  NHAT: 1,
  TU: 4,
  BON: 4,
  NAM: 5,
  SAU: 6,
  BAY: 7,
  TAM: 8,
  CHIN: 9,
  MUOI: 10,
  NHẤT: 1,
  HAI: 2,
  BA: 3,
  TƯ: 4,
  BỐN: 4,
  NĂM: 5,
  SÁU: 6,
  BẢY: 7,
  TÁM: 8,
  CHÍN: 9,
  MƯỜI: 10
}

function readPart(text: string, words: readonly string[] = PART_WORDS, style: NumberingStyle = 'part'): Marker | null {
  for (const word of words) {
    if (!text.startsWith(word) || !isSpace(text[word.length])) continue
    let i = skipSpaces(text, word.length)
    const tokenStart = i
    while (i < text.length && i - tokenStart < 12 && !isSpace(text[i]) && text[i] !== '.' && text[i] !== ':') i++
    let token = text.slice(tokenStart, i).toUpperCase()
    let value: number | null = romanValue(token)
    if (value === null && /^\d{1,2}$/.test(token)) value = Number(token)
    if (value === null && (token === 'THỨ' || (token === 'THU' && isMarkless()))) {
      const j = skipSpaces(text, i)
      let k = j
      while (k < text.length && k - j < 8 && !isSpace(text[k]) && text[k] !== '.' && text[k] !== ':') k++
      token = text.slice(j, k).toUpperCase()
      value = ORDINALS[token] ?? null
      i = k
    }
    if (value === null) return null
    if (text[i] === '.' || text[i] === ':') i++
    return make(text, style, i, value, null)
  }
  return null
}

/**
 * Read the marker at the start of `text` (a line without its leading white
 * space), or null.
 *
 * @example readMarker("II. MỤC TIÊU")?.value === 2
 * @example readMarker("1.600 hồ sơ/năm") === null
 */
export function readMarker(text: string): Marker | null {
  const first = text[0]
  if (first === undefined) return null
  const code = first.charCodeAt(0)

  if (DASHES.includes(first)) {
    const next = text[1]
    if (isSpace(next) || isUpper(next) || isLower(next) || next === '"' || next === '“') {
      return make(text, 'dash', 1, null, null)
    }
    return null
  }
  if (first === '+') {
    const next = text[1]
    if (isSpace(next) || isUpper(next)) return make(text, 'plus', 1, null, null)
    return null
  }
  if (BULLETS.includes(first)) {
    const next = text[1]
    if (isSpace(next) || isUpper(next) || (next !== undefined && isLower(next) && first !== '*')) {
      return make(text, 'bullet', 1, null, null)
    }
    return null
  }

  // "o Nội dung": Word's second-level bullet, written as the letter o (no Vietnamese word is "o" alone).
  if (first === 'o' && (text[1] === ' ' || text[1] === '\t') && isUpper(text[skipSpaces(text, 1)]) && !isMarkless()) return make(text, 'bullet', 1, null, null)
  if (isDigitCode(code)) return readNumeric(text)
  if (first === '(') return readParenthesised(text)

  if (first === 'P' || first === 'C' || first === 'Đ') {
    const named = first === 'P' ? readPart(text) : first === 'C' ? readPart(text, CHAPTER_WORDS, 'chapter') : readArticle(text)
    if (named !== null) return named
  }
  if (isMarkless() && (first === 'P' || first === 'C' || first === 'D')) {
    const named = first === 'P' ? readPart(text, FOLDED_PART_WORDS) : first === 'C' ? readPart(text, FOLDED_CHAPTER_WORDS, 'chapter') : readArticle(text, FOLDED_ARTICLE_WORDS)
    if (named !== null) return named
  }
  // "Mục I. MỤC ĐÍCH, YÊU CẦU": a Roman part named "Mục" (not "MỤC TIÊU").
  if ((first === 'M' || first === 'm') && SECTION_HEAD.test(text)) {
    const named = readPart(text, SECTION_WORDS, 'roman')
    if (named !== null) return named
  }
  const part = readUpperLetter(text)
  if (part !== null) return part

  // "ll. MỤC TIÊU", "IIl. NHIỆM VỤ", "V1. TỔ CHỨC THỰC HIỆN": a Roman numeral with the letter l or
  // the digit 1 for I (PDF and OCR text), before capitals.
  const dot = (first === 'l' || first === 'I' || first === 'V' || first === 'X') && /^[IlVX1]{1,6}\.\s/.test(text.slice(0, 8)) ? text.indexOf('.') : -1
  if (dot !== -1 && /[l1]/.test(text.slice(0, dot))) {
    const value = romanValue(text.slice(0, dot).replace(/[l1]/g, 'I'))
    if (value !== null && upperHeading(text, dot + 1)) return make(text, 'roman', dot + 1, value, null)
  }

  if (first === 'I' || first === 'V' || first === 'X') {
    let i = 0
    while (i < text.length && i < 7 && ROMAN[text[i]!] !== undefined) i++
    const value = romanValue(text.slice(0, i))
    if (value === null) return null
    const after = text[i]
    if ((after === '.' || after === ')' || after === '/') && markerBoundary(text, i + 1)) {
      return make(text, 'roman', i + 1, value, null)
    }
    // "I.1. Về đào tạo", "II.2.1. …": numbered under the Roman part, the level of "1." and "1.1.".
    if (after === '.' && isDigitCode(text.charCodeAt(i + 1))) return underRoman(text, i + 1)
    // "II MỤC TIÊU" (the dot lost): only before the capitals of a well-known part ("VI PHẠM …" is a word).
    if (isSpace(after) && upperHeading(text, i) && namesKnownPart(text.slice(skipSpaces(text, i)))) return make(text, 'roman', i, value, null)
    // "I: MỤC ĐÍCH", and "I . MỤC ĐÍCH" (a space before the dot, from PDF text): only before a heading in capitals.
    if (after === ':' && isSpace(text[i + 1]) && upperHeading(text, i + 1)) return make(text, 'roman', i + 1, value, null)
    if (isSpace(after) && text[i + 1] === '.' && isSpace(text[i + 2]) && upperHeading(text, i + 2)) return make(text, 'roman', i + 2, value, null)
    // "I - MỤC ĐÍCH", "II – NHIỆM VỤ"
    if (isSpace(after) && DASHES.includes(text[i + 1] ?? '') && isSpace(text[i + 2])) {
      return make(text, 'roman', i + 2, value, null)
    }
    // "I- MỤC ĐÍCH, YÊU CẦU": party documents put a dash after the numeral.
    if (after !== undefined && DASHES.includes(after) && dashedHeading(text, i + 1)) return make(text, 'roman', i + 1, value, null)
    return null
  }

  if (first === 'i' || first === 'v' || first === 'x') {
    const roman = readLowerRoman(text, 0)
    if (roman !== null) return roman
  }
  if (isLower(first) && first.length === 1 && vietnameseLetters.includes(first)) {
    const after = text[1]
    if (after === ')' && (isSpace(text[2]) || isUpper(text[2]) || text[2] === undefined)) {
      return make(text, 'letter', 2, letterValue(first), null)
    }
    // "a. Nội dung", "a- Nội dung", "a/ Nội dung".
    if ((after === '.' || after === '-' || after === '/') && isSpace(text[2]) && isUpper(text[skipSpaces(text, 2)])) {
      return make(text, 'letter', 2, letterValue(first), null)
    }
  }
  return null
}

/**
 * "A. KẾT QUẢ THỰC HIỆN", "B. NHIỆM VỤ": upper-case letters above Roman
 * numerals, only with a heading in capitals (so "A. Nguyễn" is no marker).
 * I, V and X are Roman numerals.
 */
function readUpperLetter(text: string): Marker | null {
  const first = text[0]!
  const code = first.charCodeAt(0)
  if (code < 0x41 || code > 0x5a || first === 'I' || first === 'V' || first === 'X') return null
  if ((text[1] !== '.' && text[1] !== ')' && text[1] !== '/') || !isSpace(text[2])) return null
  const rest = text.slice(skipSpaces(text, 2))
  if (rest.length < 4 || !isUpperText(rest)) return null
  return make(text, 'upperLetter', 2, code - 0x40, null)
}

/** "Điều 1.", "Điều 12:" (articles of an attached Quy chế). */
function readArticle(text: string, words: readonly string[] = ARTICLE_WORDS): Marker | null {
  for (const word of words) {
    if (!text.startsWith(word) || !isSpace(text[word.length])) continue
    let i = skipSpaces(text, word.length)
    const start = i
    while (i < text.length && i - start < 3 && isDigitCode(text.charCodeAt(i))) i++
    if (i === start || isDigitCode(text.charCodeAt(i))) return null
    const value = Number(text.slice(start, i))
    if (text[i] === '.' || text[i] === ':') i++
    else if (!isSpace(text[i]) && i < text.length) return null
    return make(text, 'article', i, value, null)
  }
  return null
}

/**
 * "ii) Nội dung", "iv. Nội dung", "(iii) Nội dung": lower-case Roman numerals of
 * two letters or more. A lone "i)", "v)", "x)" is a letter until the lines
 * around it say otherwise (`lowerRomanInContext`).
 */
function readLowerRoman(text: string, at: number): Marker | null {
  let i = at
  while (i < text.length && i - at < 6 && (text[i] === 'i' || text[i] === 'v' || text[i] === 'x')) i++
  if (i - at < 2) return null
  const value = romanValue(text.slice(at, i).toUpperCase())
  if (value === null) return null
  const closed = at > 0 ? text[i] === ')' : text[i] === ')' || text[i] === '.'
  if (!closed || !isSpace(text[i + 1]) || !isUpper(text[skipSpaces(text, i + 1)])) return null
  return make(text, 'lowerRoman', i + 1, value, null)
}

/** The marker `marker` ("i)", "(v)") read as a lower-case Roman numeral, or null when it is no i, v or x. */
export function asLowerRoman(marker: Marker): Marker | null {
  const letter = marker.label[0] === '(' ? marker.label[1] : marker.label[0]
  const value = letter === 'i' ? 1 : letter === 'v' ? 5 : letter === 'x' ? 10 : null
  if (marker.style !== 'letter' || value === null) return null
  return {...marker, style: 'lowerRoman', value}
}

/** "(1) Đào tạo …", "(a) Hoàn thiện …": a number or letter in brackets, before a space. */
function readParenthesised(text: string): Marker | null {
  if (text[1] === 'i' || text[1] === 'v' || text[1] === 'x') {
    const roman = readLowerRoman(text, 1)
    if (roman !== null) return roman
  }
  let k = 1
  while (k < 3 && isDigitCode(text.charCodeAt(k))) k++
  if (text[k] !== ')' || !isSpace(text[k + 1])) {
    const letter = text[1]
    if (letter === undefined || !vietnameseLetters.includes(letter) || text[2] !== ')' || !isSpace(text[3])) return null
    return make(text, 'letter', 3, letterValue(letter), null)
  }
  if (k === 1) return null
  return make(text, 'arabicParen', k + 1, Number(text.slice(1, k)), null)
}

/** Folded openings of the well-known parts of a plan ("muc tieu", "nhiem vu", …). */
const KNOWN_PARTS = Object.values(sectionKindPhrases).flat().map(fold)

function namesKnownPart(heading: string): boolean {
  const folded = fold(heading)
  return KNOWN_PARTS.some((p) => folded === p || folded.startsWith(p + ' ') || folded.startsWith(p + ','))
}

/** The "1." or "2.1." after a Roman numeral and its dot at `at`, as if it stood alone; the label keeps the numeral. */
function underRoman(text: string, at: number): Marker | null {
  const rest = text.slice(at)
  let inner = readNumeric(rest)
  // "I.1 Về đào tạo": no dot after the last number.
  if (inner === null) {
    let k = 0
    while (k < rest.length && k < 2 && isDigitCode(rest.charCodeAt(k))) k++
    if (k > 0 && isSpace(rest[k]) && isUpper(rest[skipSpaces(rest, k)])) inner = make(rest, 'arabic', k, Number(rest.slice(0, k)), null)
  }
  if (inner === null || (inner.style !== 'arabic' && inner.style !== 'decimal')) return null
  return {...inner, label: text.slice(0, at + inner.end), end: at + inner.end, contentStart: at + inner.contentStart}
}

function readNumeric(text: string): Marker | null {
  const groups: number[] = []
  let i = 0
  for (;;) {
    const start = i
    while (i < text.length && i - start < 3 && isDigitCode(text.charCodeAt(i))) i++
    const len = i - start
    // Section numbers have one or two digits; "1.600" is a number, not 1.600.
    if (len === 0 || len > 2 || isDigitCode(text.charCodeAt(i))) return null
    groups.push(Number(text.slice(start, i)))
    if (text[i] === '.' && isDigitCode(text.charCodeAt(i + 1)) && groups.length < 6) {
      i++
      continue
    }
    break
  }
  const after = text[i]
  if (groups.length === 1) {
    const value = groups[0]!
    if (after === '.' && markerBoundary(text, i + 1) && !isDigitCode(text.charCodeAt(i + 1))) {
      return make(text, 'arabic', i + 1, value, null)
    }
    if (after === ')' && markerBoundary(text, i + 1)) {
      return make(text, 'arabicParen', i + 1, value, null)
    }
    // "2.) Yêu cầu", "1.- Thiết thực" (older documents): a dot and a bracket or a dash, typed both; a capital follows.
    if (after === '.' && (text[i + 1] === ')' || text[i + 1] === '-') && isSpace(text[i + 2]) && isUpper(text[skipSpaces(text, i + 2)])) return make(text, 'arabic', i + 2, value, null)
    // "1/ Mục tiêu", "1- Quán triệt …" (party documents; "10/63" and "1-2 ngày" are numbers).
    if (slashOrDashHeading(text, i)) return make(text, 'arabic', i + 1, value, null)
    // "2 . Tỷ lệ số hóa …": a space before the dot (PDF text), then a capital.
    if (isSpace(after) && text[i + 1] === '.' && isSpace(text[i + 2]) && isUpper(text[skipSpaces(text, i + 2)])) return make(text, 'arabic', i + 2, value, null)
    // "2- 90% đảng viên …": a figure after the dash and a space ("2021- 2025", a wrapped range, is no item number).
    if (after === '-' && value < 100 && isSpace(text[i + 1]) && isDigitCode(text.charCodeAt(skipSpaces(text, i + 1)))) return make(text, 'arabic', i + 1, value, null)
    return null
  }
  const value = groups[groups.length - 1]!
  if ((after === '.' || after === ')') && markerBoundary(text, i + 1)) return make(text, 'decimal', i + 1, value, groups)
  // "1.1- Đối với cán bộ", "1.2/ Nội dung": the dash or slash party documents use after the number.
  if (slashOrDashHeading(text, i)) return make(text, 'decimal', i + 1, value, groups)
  // "10.2 Tham mưu": decimal without the final dot.
  if (isSpace(after) && (isUpper(text[skipSpaces(text, i)]) || text[skipSpaces(text, i)] === undefined)) {
    return make(text, 'decimal', i, value, groups)
  }
  return null
}

/** A slash then a space, or a dash, at `i` after a number, before a heading: "1/ Mục tiêu", "1.1- Đối với". */
function slashOrDashHeading(text: string, i: number): boolean {
  const after = text[i]
  if (after === '/') return isSpace(text[i + 1]) && isUpper(text[skipSpaces(text, i + 1)])
  return after !== undefined && DASHES.includes(after) && dashedHeading(text, i + 1)
}

/** Is `style` a bullet (unnumbered) style? */
export function isWeak(style: NumberingStyle): boolean {
  return numberingStyles[style].weak
}

/** The nesting key of a marker: decimals of different depth are different levels. */
export function levelKey(marker: Pick<Marker, 'style' | 'path'>): string {
  return marker.style === 'decimal' ? `decimal${marker.path?.length ?? 2}` : marker.style
}

/** Conventional rank of a marker's level (0 outermost). */
export function levelRank(marker: Pick<Marker, 'style' | 'path'>): number {
  const base = numberingStyles[marker.style].rank
  return marker.style === 'decimal' ? base + (marker.path?.length ?? 2) - 2 : base
}
