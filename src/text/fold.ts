/**
 * Folding for tolerant keyword matching: lower case, no tone or vowel marks,
 * `đ` → `d`. "TỔ CHỨC THỤC HIỆN" and "Tổ chức thực hiện" both fold to
 * "to chuc thuc hien".
 */

/** Code units below this have their case and folding looked up in tables. */
const TABLE_SIZE = 0x2000

/** Folded code of every code unit below U+2000 (Latin, Vietnamese letters, marks). */
const TABLE = new Uint16Array(TABLE_SIZE)
/** 1 for upper-case letters below U+2000 (ASCII, Latin-1, Vietnamese), by code. */
const UPPER = new Uint8Array(TABLE_SIZE)
/** 1 for lower-case letters below U+2000 that have an upper case. */
const HAS_UPPER = new Uint8Array(TABLE_SIZE)
/** Lower-case code of every code unit below U+2000 (marks kept): "Ộ" → "ộ". */
const LOWER = new Uint16Array(TABLE_SIZE)

/*
 * The four tables in one pass at import: the engine is asked each code's
 * case once, and its decomposition only above U+00BF (about 10 ms in all).
 */
for (let code = 0; code < TABLE_SIZE; code++) {
  const ch = String.fromCharCode(code)
  const lower = ch.toLowerCase()
  const upper = ch.toUpperCase()
  const lowerCode = lower.length === 1 ? lower.charCodeAt(0) : code
  LOWER[code] = lowerCode
  if (ch !== lower && ch === upper) UPPER[code] = 1
  if (ch === lower && ch !== upper && upper.length === 1) HAS_UPPER[code] = 1
  // The base letter: what the canonical decomposition keeps without its marks.
  let base = code
  if (code >= 0xc0) {
    const parts = ch.normalize('NFD')
    let kept = -1
    let count = 0
    for (let i = 0; i < parts.length; i++) {
      const part = parts.charCodeAt(i)
      if (part < 0x300 || part > 0x36f) {
        kept = part
        count++
      }
    }
    if (count === 1) base = kept
  }
  if (base === 0x110 || base === 0x111) base = 0x64 // Đ, đ → d
  // Combining marks fold to themselves, so the length is kept.
  const folded = String.fromCharCode(base).toLowerCase()
  TABLE[code] = folded.length === 1 ? folded.charCodeAt(0) : lowerCode
}

let scratch = new Uint16Array(4096)

/** Decodes folded code units back to a string (lone surrogates pass through). */
const UTF16 = new TextDecoder('utf-16le')

/** Node's Buffer, when there is one (not in a browser bundle). */
const NODE_BUFFER = (globalThis as {Buffer?: typeof Buffer}).Buffer

/** Folded codes at or above U+2000 (quotes, dashes, other scripts), cached on first use. */
const EXTENDED = new Map<number, number>()

function foldCode(code: number): number {
  if (code < 0x2000) return TABLE[code]!
  if (code >= 0xd800 && code <= 0xdfff) return code
  let folded = EXTENDED.get(code)
  if (folded === undefined) {
    const f = String.fromCharCode(code).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    folded = f.length === 1 ? f.charCodeAt(0) : code
    EXTENDED.set(code, folded)
  }
  return folded
}

/**
 * Fold `value` for matching. Length-preserving, so an index in the folded
 * string is an index in the input.
 *
 * @example fold("Ủy ban nhân dân") === "uy ban nhan dan"
 */
export function fold(value: string): string {
  const n = value.length
  let ascii = true
  for (let i = 0; i < n; i++) {
    if (value.charCodeAt(i) >= 0x80) {
      ascii = false
      break
    }
  }
  if (ascii) return value.toLowerCase()
  // A whole document goes its own way: its loop then sees one kind of string only.
  if (n >= 512) return foldLong(value)
  const codes = scratch.subarray(0, n)
  for (let i = 0; i < n; i++) {
    const code = value.charCodeAt(i)
    codes[i] = code < 0x2000 ? TABLE[code]! : foldCode(code)
  }
  // TextDecoder has a fixed cost per call; short strings are cheaper this way.
  return String.fromCharCode.apply(null, codes as unknown as number[])
}

/** `fold` of a long text (a document), decoded in one native call. */
function foldLong(value: string): string {
  const n = value.length
  // One scratch buffer, grown as needed: a new 80 KB array per document
  // costs more in garbage collection than the folding itself.
  if (scratch.length < n) scratch = new Uint16Array(Math.max(n, scratch.length * 2))
  const codes = scratch.subarray(0, n)
  for (let i = 0; i < n; i++) {
    const code = value.charCodeAt(i)
    codes[i] = code < 0x2000 ? TABLE[code]! : foldCode(code)
  }
  // Node's Buffer decodes UTF-16 about a fifth faster than TextDecoder.
  return NODE_BUFFER ? NODE_BUFFER.from(codes.buffer, 0, n * 2).toString('utf16le') : UTF16.decode(codes)
}

/** Is the code unit an ASCII digit 0–9? */
export function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/**
 * Is the code unit part of a word: an ASCII letter or digit, or any code
 * unit above U+007F but the no-break space (Vietnamese letters, marks)?
 */
export function isWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || isDigitCode(code) || (code >= 0x41 && code <= 0x5a) || (code > 0x7f && code !== 0xa0)
}

/** The word of `text` that starts at `at` (empty where none does). */
export function wordAt(text: string, at: number): string {
  let end = at
  while (end < text.length && isWordCode(text.charCodeAt(end))) end++
  return text.slice(at, end)
}

/** Is the code unit an upper-case letter (Vietnamese included)? No allocation. */
export function isUpperCode(code: number): boolean {
  return code < 0x2000 ? UPPER[code] === 1 : false
}

/** Lower-case code of a code unit (table below U+2000, no allocation). */
export function lowerCode(code: number): number {
  return code < 0x2000 ? LOWER[code]! : code
}

/**
 * While a text with its diacritics stripped is parsed ("Phan dau 100% ho so"),
 * `phraseIn` compares folded letters, so "toi thieu" reads as "tối thiểu".
 * Parsing is synchronous: the parser sets it for one text and clears it after.
 */
let markless = false

export function setMarkless(on: boolean): void {
  markless = on
}

export function isMarkless(): boolean {
  return markless
}

/**
 * A test for lower-case words of a lexicon, as written, and also without
 * their marks while `markless` (the folded set is made on first need).
 */
export function wordSet(words: Iterable<string>): (word: string) => boolean {
  const marked = new Set(words)
  let folded: Set<string> | null = null
  return (word) => {
    if (marked.has(word)) return true
    if (!markless) return false
    folded ??= new Set([...marked].map(fold))
    return folded.has(fold(word))
  }
}

/** The code a phrase's letter is compared by: itself, or folded while `markless`. */
export function matchCode(code: number): number {
  return markless ? foldCode(code) : code
}

/**
 * Does `text` have the lower-case `phrase` at `at`, in any case and followed
 * by a non-letter? Compares through a table: no copy of the text is made.
 *
 * @example phraseIn("Bổ sung", 0, "bổ sung") === true
 */
export function phraseIn(text: string, at: number, phrase: string): boolean {
  if (at + phrase.length > text.length) return false
  if (markless) {
    for (let k = 0; k < phrase.length; k++) if (foldCode(text.charCodeAt(at + k)) !== foldCode(phrase.charCodeAt(k))) return false
  } else {
    for (let k = 0; k < phrase.length; k++) {
      const code = text.charCodeAt(at + k)
      if ((code < 0x2000 ? LOWER[code] : code) !== phrase.charCodeAt(k)) return false
    }
  }
  const next = text.charCodeAt(at + phrase.length)
  return !(next >= 0x30 && (next <= 0x39 || (next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a) || next > 0x7f))
}

/** The code unit as phrases are compared: lower case, and without marks in markless text. */
function compareCode(code: number): number {
  return markless ? foldCode(code) : code < 0x2000 ? LOWER[code]! : code
}

/**
 * Where the lower-case `phrase` starts when it ends at `end` (white space
 * before `end` skipped), or -1; each space of the phrase matches a run of
 * white space ("tối  thiểu", "tối\n\n   \n\nthiểu" over a page number), and
 * the phrase starts a word. Looks no further back than `from`.
 *
 * @example phraseEndingAt("đạt tối  thiểu 95%", 0, 15, "tối thiểu") === 4
 */
export function phraseEndingAt(text: string, from: number, end: number, phrase: string): number {
  let i = end
  while (i > from && isSpaceCode(text.charCodeAt(i - 1))) i--
  for (let k = phrase.length - 1; k >= 0; k--) {
    if (i <= from) return -1
    const want = phrase.charCodeAt(k)
    if (want === 0x20) {
      if (!isSpaceCode(text.charCodeAt(i - 1))) return -1
      while (i > from && isSpaceCode(text.charCodeAt(i - 1))) i--
    } else {
      if (compareCode(text.charCodeAt(i - 1)) !== (markless ? foldCode(want) : want)) return -1
      i--
    }
  }
  return i > from && isWordCode(text.charCodeAt(i - 1)) ? -1 : i
}

/**
 * Where the lower-case `phrase` ends when it starts at `at`, each of its
 * spaces matching a run of white space, followed by a non-letter; or -1.
 *
 * @example phraseStartingAt("trở  lên.", 0, "trở lên") === 8
 */
export function phraseStartingAt(text: string, at: number, phrase: string): number {
  let i = at
  for (let k = 0; k < phrase.length; k++) {
    if (i >= text.length) return -1
    const want = phrase.charCodeAt(k)
    if (want === 0x20) {
      if (!isSpaceCode(text.charCodeAt(i))) return -1
      while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++
    } else {
      if (compareCode(text.charCodeAt(i)) !== (markless ? foldCode(want) : want)) return -1
      i++
    }
  }
  return isWordCode(text.charCodeAt(i)) ? -1 : i
}

/** Is the code unit white space, as `\s` in a regular expression? */
export function isSpaceCode(code: number): boolean {
  return (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

/**
 * `value` without the characters of `chars` (and white space, with `spaces`)
 * at its end. A loop: `/[…]+$/` tries every start of a run and is quadratic
 * on a long one ("a;;;;…;b").
 */
export function stripEnd(value: string, chars: string, spaces = true): string {
  let end = value.length
  while (end > 0 && (chars.includes(value[end - 1]!) || (spaces && isSpaceCode(value.charCodeAt(end - 1))))) end--
  return end === value.length ? value : value.slice(0, end)
}

/** `value` without the characters of `chars` (and white space, with `spaces`) at its start. */
export function stripStart(value: string, chars: string, spaces = true): string {
  let start = 0
  while (start < value.length && (chars.includes(value[start]!) || (spaces && isSpaceCode(value.charCodeAt(start))))) start++
  return start === 0 ? value : value.slice(start)
}

/** Collapse runs of white space to one space and trim. */
export function squash(value: string): string {
  // Fast path, one native test: nothing to collapse inside.
  return NEEDS_SQUASH.test(value) ? value.replace(/\s+/g, ' ').trim() : value.trim()
}

/** Two spaces, or any white space other than a plain space. */
const NEEDS_SQUASH = /[\t\n\r\v\f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/

/** Is every cased letter of `value` upper case (and is there at least one)? Letters at U+2000 and above are not counted. */
export function isUpperText(value: string): boolean {
  let upper = 0
  let lower = 0
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code >= 0x2000) continue
    upper += UPPER[code]!
    lower += HAS_UPPER[code]!
  }
  return upper > 0 && lower <= upper * 0.05
}

/** A phrase whose only capital opens it ("Cấp tỉnh", "Nền tảng") in lower case; one with another capital ("Sở Nội vụ", "Điểm WiFi") as it is. */
export function lowerUnlessNamed(value: string): string {
  const rest = value.slice(1)
  return rest === rest.toLowerCase() ? value.toLowerCase() : value
}

/** Upper-case the first letter. */
export function capitalize(value: string): string {
  return value.length === 0 ? value : value[0]!.toUpperCase() + value.slice(1)
}

/** Does the text end a sentence ("… như sau:", "… đúng hạn.", "…;)")? */
export function endsSentence(text: string): boolean {
  let i = text.length - 1
  while (i >= 0 && (text[i] === ')' || text[i] === '"' || text[i] === '”' || text[i] === '’')) i--
  return i >= 0 && '.;:!?'.includes(text[i]!)
}

/** Does the text start with a lower-case letter (a line that continues a sentence)? */
export function startsLower(text: string): boolean {
  const ch = text[0]
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase()
}
