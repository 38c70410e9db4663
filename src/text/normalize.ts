/**
 * Normalisation for matching, with a map back to the original text.
 *
 * The parser never matches on the raw input: macOS and some portals produce
 * NFD, Word pastes NBSP, scrapers write `\r\n` out as four characters, and
 * `Ð` (U+00D0) stands in for `Đ` (U+0110). All of that is folded into one
 * canonical text here, and every offset in it can be mapped back to the
 * original, so positions in the tree always point into what the user passed.
 *
 * The map is piecewise constant: `breaks[i]` is the normalised offset from
 * which `deltas[i]` must be added to get the original offset. Characters that
 * are dropped (BOM, zero-width, the `\r` of CRLF) are absorbed into the
 * preceding character, so normalised boundaries map to a tiling of the input.
 */

/** Normalised text plus the offset map back to the original. */
export interface NormalizedText {
  /** The canonical text: NFC, LF newlines, plain spaces, `Đ`, new-style tones. */
  readonly text: string
  /** Map a boundary offset in `text` to a boundary offset in the original. */
  toOriginal(offset: number): number
}

const LF = 0x0a
const CR = 0x0d
const BACKSLASH = 0x5c
const AMPERSAND = 0x26
const SPACE = 0x20

/** A space as matching sees it: a plain one or one that becomes one. */
function isSpaceLike(code: number): boolean {
  return code === SPACE || isOddSpace(code)
}

/**
 * Two spaces between two words ("tối  thiểu", justified Word text, PDF
 * extraction) read as one; three or more are a layout's column gap and stay.
 */
function isDoubleSpace(value: string, i: number): boolean {
  if (!isSpaceLike(value.charCodeAt(i + 1))) return false
  const before = value.charCodeAt(i - 1)
  const after = value.charCodeAt(i + 2)
  return i > 0 && !isSpaceLike(before) && before !== LF && before !== CR && before !== 0x09 && !Number.isNaN(after) && !isSpaceLike(after) && after !== LF && after !== CR && after !== 0x09
}

/** HTML entities scrapers leave in the text ("Sở KH&amp;ĐT", "&nbsp;"), by name. */
const ENTITIES: ReadonlyMap<string, string> = new Map([
  ['nbsp', ' '], ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['ndash', '–'], ['mdash', '—'],
  ['hellip', '…'], ['ldquo', '“'], ['rdquo', '”'], ['lsquo', '‘'], ['rsquo', '’'], ['laquo', '«'], ['raquo', '»'], ['bull', '•'],
  ...accentedLetterEntities()
])

/**
 * The named entities of accented Latin letters older portals write Vietnamese
 * with ("ng&agrave;y", "th&aacute;ng", "&Ecirc;"): vowel + grave, acute,
 * circumflex or tilde, in both cases.
 */
function accentedLetterEntities(): Array<[string, string]> {
  const marks: Array<[string, string]> = [['grave', '\u0300'], ['acute', '\u0301'], ['circ', '\u0302'], ['tilde', '\u0303']]
  const out: Array<[string, string]> = []
  for (const vowel of 'aeiouy') {
    for (const [name, mark] of marks) {
      const letter = (vowel + mark).normalize('NFC')
      if (letter.length !== 1) continue
      out.push([`${vowel}${name}`, letter], [`${vowel.toUpperCase()}${name}`, letter.toUpperCase()])
    }
  }
  return out
}

/** The HTML entity at `i` (an "&"): its text and length, or null ("Sở TT&TT" has none). */
function entityAt(value: string, i: number): {text: string; length: number} | null {
  // Bounded: an "&" with no ";" close by is no entity (indexOf would run on to the end).
  let semicolon = i + 2
  while (semicolon < value.length && semicolon - i <= 9 && value.charCodeAt(semicolon) !== 0x3b) semicolon++
  if (semicolon - i > 9 || value.charCodeAt(semicolon) !== 0x3b) return null
  const body = value.slice(i + 1, semicolon)
  let code = -1
  if (/^#\d{1,6}$/.test(body)) code = Number(body.slice(1))
  else if (/^#[xX][0-9a-fA-F]{1,5}$/.test(body)) code = Number.parseInt(body.slice(2), 16)
  else {
    const named = ENTITIES.get(body)
    return named === undefined ? null : {text: named, length: semicolon + 1 - i}
  }
  if (code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null
  const text = String.fromCodePoint(code)
  return {text: isOddSpace(code) ? ' ' : text.normalize('NFC'), length: semicolon + 1 - i}
}

/** Unicode spaces that become a plain space (tab is kept: it separates cells). */
function isOddSpace(code: number): boolean {
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0x0b ||
    code === 0x0c
  )
}

/** Characters with no visible width that are dropped. */
function isInvisible(code: number): boolean {
  return (
    code === 0xfeff ||
    code === 0x200b ||
    code === 0x200c ||
    code === 0x200d ||
    code === 0x2060 ||
    code === 0x00ad
  )
}

/** Combining marks (the range Vietnamese NFD uses). */
function isCombining(code: number): boolean {
  return code >= 0x0300 && code <= 0x036f
}

/**
 * Old-style tone placement → new style, e.g. "hoà" → "hòa", "uỷ" → "ủy".
 * Keyed by the two-letter NFC sequence; only applied at the end of a syllable.
 */
const TONE_SHIFT: ReadonlyMap<string, string> = buildToneShift()

function buildToneShift(): Map<string, string> {
  const map = new Map<string, string>()
  // Each row: [first vowel, second vowel, toned second vowels, toned first vowels].
  const rows: Array<[string, string, string, string]> = [
    ['o', 'a', 'àáảãạ', 'òóỏõọ'],
    ['o', 'e', 'èéẻẽẹ', 'òóỏõọ'],
    ['u', 'y', 'ỳýỷỹỵ', 'ùúủũụ']
  ]
  for (const [first, second, tonedSecond, tonedFirst] of rows) {
    for (let i = 0; i < tonedSecond.length; i++) {
      const lower = first + tonedSecond[i]
      const fixed = tonedFirst[i]! + second
      map.set(lower, fixed)
      map.set(lower.toUpperCase(), fixed.toUpperCase())
      map.set(first.toUpperCase() + tonedSecond[i], tonedFirst[i]!.toUpperCase() + second)
    }
  }
  return map
}

/** Char codes that can be the second letter of an old-style pair (à, ý, …). */
const TONED_SECOND: ReadonlySet<number> = new Set([...TONE_SHIFT.keys()].map((pair) => pair.charCodeAt(1)))

/** o, O, u, U: the first letter of an old-style pair. */
function isPairStart(code: number): boolean {
  return code === 0x6f || code === 0x4f || code === 0x75 || code === 0x55
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch.toLowerCase() !== ch.toUpperCase()
}

/**
 * `Ð` (U+00D0) and `ð` look like `Đ`/`đ` but are Icelandic eth: map them.
 * Fullwidth forms from East Asian input methods ("１００％", "Ｓố") are their
 * ASCII letters, digits and signs.
 */
function mapLookAlike(value: string): string {
  if (value === '\u00d0') return '\u0110'
  if (value === '\u00f0') return '\u0111'
  const code = value.charCodeAt(0)
  if (value.length === 1 && code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0)
  return value
}

/** Characters the normaliser must look at; everything else is copied in bulk. */
function isSpecial(code: number): boolean {
  if (code < 0x80) return code === CR || code === BACKSLASH || code === 0x0b || code === 0x0c || code === AMPERSAND || code === SPACE
  return isOddSpace(code) || isInvisible(code) || isCombining(code) || code === 0xd0 || code === 0xf0 || code === 0x2028 || code === 0x2029
}

/** Per-code flags below U+3100: 1 = special for the normaliser, 2 = toned second vowel of an old-style pair. */
const FLAGS: Uint8Array = buildFlags()

function buildFlags(): Uint8Array {
  const flags = new Uint8Array(0x3100)
  for (let code = 0; code < flags.length; code++) if (isSpecial(code)) flags[code] = 1
  for (const code of TONED_SECOND) if (code < flags.length) flags[code] = flags[code]! | 2
  return flags
}


/** "quý" is qu + ý, not an old-style "uý". */
function isQuPair(value: string, firstIndex: number): boolean {
  const before = value[firstIndex - 1]
  return before === 'q' || before === 'Q'
}

/** Literal escape sequences written out by scrapers: `\r\n`, `\n`, `\r`, `\t`. */
function escapeLength(value: string, i: number): number {
  if (value.charCodeAt(i) !== BACKSLASH) return 0
  const next = value[i + 1]
  if (next === 'r') return value[i + 2] === '\\' && value[i + 3] === 'n' ? 4 : 2
  if (next === 'n') return 2
  return 0
}

/** A range [start, end) of the input to drop (Markdown syntax), or, with a third element, to read as that text ("<br>" as a line break). */
export type MarkupRange = readonly [start: number, end: number, replacement?: string]

/**
 * Normalise `value` for matching.
 *
 * @example normalizeText("Uỷ ban\u00a0nhân dân\r\n").text === "Ủy ban nhân dân\n"
 */
export function normalizeText(value: string, drop: readonly MarkupRange[] = []): NormalizedText {
  const out: string[] = []
  const breaks: number[] = [0]
  const deltas: number[] = [0]
  let outLength = 0
  let delta = 0

  const setDelta = (k: number, d: number): void => {
    if (d === delta) return
    delta = d
    if (breaks[breaks.length - 1] === k) deltas[deltas.length - 1] = d
    else {
      breaks.push(k)
      deltas.push(d)
    }
  }

  // A cluster (a composed character, a replaced space, a newline for an
  // escape): every output character starts where the source cluster starts.
  // Char 0 always starts at 0, absorbing a dropped prefix such as a BOM.
  const emit = (text: string, from: number): void => {
    for (let j = 0; j < text.length; j++) {
      const k = outLength + j
      setDelta(k, (k === 0 ? 0 : from) - k)
    }
    out.push(text)
    outLength += text.length
  }

  // A run copied as it is: char j comes from `from + j`.
  const emitRun = (text: string, from: number): void => {
    const k = outLength
    if (k === 0) {
      if (text.length > 1) setDelta(1, from)
    } else {
      setDelta(k, from - k)
    }
    out.push(text)
    outLength += text.length
  }

  const n = value.length
  let composed = false
  let run = 0 // start of the current run of characters copied as they are
  const flush = (to: number): void => {
    if (to > run) emitRun(value.slice(run, to), run)
  }
  let i = 0
  let d = 0
  let nextDrop = drop.length > 0 ? drop[0]![0] : n + 1
  while (i < n) {
    // Ranges to drop (Markdown syntax): skipped like invisible characters.
    if (i >= nextDrop) {
      flush(i)
      // A range may stand for one character: "<br>" is a space.
      const replacement = drop[d]![2]
      if (replacement !== undefined && replacement.length > 0) emit(replacement, i)
      i = Math.max(i, drop[d]![1])
      run = i
      d++
      nextDrop = d < drop.length ? Math.max(drop[d]![0], i) : n + 1
      continue
    }
    const code = value.charCodeAt(i)
    const flag = code < 0x3100 ? FLAGS[code]! : code === 0xfeff || (code >= 0xff01 && code <= 0xff5e) ? 1 : 0
    if (flag === 0) {
      i++
      continue
    }
    if ((flag & 1) === 0) {
      // A toned vowel: fix an old-style pair ("hoà" → "hòa") in place.
      if (i - 1 >= run && isPairStart(value.charCodeAt(i - 1)) && !isLetter(value[i + 1]) && !isQuPair(value, i - 1)) {
        const fixed = TONE_SHIFT.get(value[i - 1]! + value[i]!)
        if (fixed !== undefined) {
          flush(i - 1)
          emitRun(fixed, i - 1)
          run = i + 1
        }
      }
      i++
      continue
    }
    if (isCombining(code)) {
      // A cluster: the base character before the marks, NFC-composed.
      const base = i > run ? i - 1 : i
      flush(base)
      let end = i + 1
      while (end < n && isCombining(value.charCodeAt(end))) end++
      emit(mapLookAlike(value.slice(base, end).normalize('NFC')), base)
      composed = true
      i = end
      run = end
      continue
    }
    if (isSpaceLike(code) && isDoubleSpace(value, i)) {
      flush(i)
      emit(' ', i)
      i += 2
      run = i
      continue
    }
    if (code === SPACE) {
      i++
      continue
    }
    if (code === AMPERSAND) {
      const entity = entityAt(value, i)
      if (entity === null) {
        i++
        continue
      }
      flush(i)
      emit(mapLookAlike(entity.text), i)
      i += entity.length
      run = i
      continue
    }
    flush(i)
    if (code === CR) {
      const end = value.charCodeAt(i + 1) === LF ? i + 2 : i + 1
      emit('\n', i)
      i = end
    } else if (code === 0x2028 || code === 0x2029) {
      emit('\n', i)
      i++
    } else if (code === BACKSLASH) {
      const len = escapeLength(value, i)
      emit(len > 0 ? '\n' : '\\', i)
      i += len > 0 ? len : 1
    } else if (isOddSpace(code)) {
      emit(' ', i)
      i++
    } else if (isInvisible(code)) {
      i++
    } else {
      emit(mapLookAlike(value[i]!), i)
      i++
    }
    run = i
  }
  if (run === 0) return {text: value, toOriginal: identity}
  flush(n)

  let text = out.join('')
  // Composing NFD can form new old-style pairs; fix those afterwards.
  if (composed) text = shiftTones(text)
  const breakArray = Int32Array.from(breaks)
  const deltaArray = Int32Array.from(deltas)
  const originalLength = n
  return {
    text,
    toOriginal(offset: number): number {
      if (offset >= text.length) return originalLength
      if (offset <= 0) return 0
      // Binary search for the last break <= offset.
      let lo = 0
      let hi = breakArray.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if (breakArray[mid]! <= offset) lo = mid
        else hi = mid - 1
      }
      return offset + deltaArray[lo]!
    }
  }
}

/** Length-preserving: rewrite old-style tone pairs at a syllable end. */
function shiftTones(text: string): string {
  const parts: string[] = []
  let from = 0
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x3100 || (FLAGS[code]! & 2) === 0 || !isPairStart(text.charCodeAt(i - 1))) continue
    const fixed = TONE_SHIFT.get(text[i - 1]! + text[i]!)
    if (fixed === undefined || isLetter(text[i + 1]) || isQuPair(text, i - 1)) continue
    parts.push(text.slice(from, i - 1), fixed)
    from = i + 1
  }
  parts.push(text.slice(from))
  return parts.join('')
}

function identity(offset: number): number {
  return offset
}
