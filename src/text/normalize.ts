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
const SPACE = 0x20
const BACKSLASH = 0x5c

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

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch.toLowerCase() !== ch.toUpperCase()
}

/** Quick test: does this text need anything beyond identity? */
function needsWork(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code < 0x80) {
      if (code === CR || code === BACKSLASH || code === 0x0b || code === 0x0c) return true
      continue
    }
    if (
      isOddSpace(code) ||
      isInvisible(code) ||
      isCombining(code) ||
      code === 0xd0 ||
      code === 0xf0 ||
      code === 0x2028 ||
      code === 0x2029
    ) {
      return true
    }
  }
  return toneShiftNeeded(value)
}

function toneShiftNeeded(value: string): boolean {
  // Cheap scan for the second letter of an old-style pair.
  for (let i = 1; i < value.length; i++) {
    const pair = value[i - 1]! + value[i]!
    if (TONE_SHIFT.has(pair) && !isLetter(value[i + 1]) && !isQuPair(value, i - 1)) return true
  }
  return false
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

/**
 * Normalise `value` for matching.
 *
 * @example normalizeText("Uỷ ban\u00a0nhân dân\r\n").text === "Ủy ban nhân dân\n"
 */
export function normalizeText(value: string): NormalizedText {
  if (!needsWork(value)) {
    return {text: value, toOriginal: identity}
  }
  const out: string[] = []
  const breaks: number[] = [0]
  const deltas: number[] = [0]
  let outLength = 0
  let delta = 0

  // Normalised char k starts at the original offset of the cluster it came
  // from, except char 0, which starts at 0 (it absorbs a dropped prefix such
  // as a BOM). Dropped characters are skipped, so they fall into the range of
  // the character before them.
  const emit = (text: string, from: number): void => {
    for (let j = 0; j < text.length; j++) {
      const k = outLength + j
      const d = (k === 0 ? 0 : from) - k
      if (d !== delta) {
        delta = d
        if (breaks[breaks.length - 1] === k) deltas[deltas.length - 1] = d
        else {
          breaks.push(k)
          deltas.push(d)
        }
      }
    }
    out.push(text)
    outLength += text.length
  }

  let i = 0
  const n = value.length
  while (i < n) {
    const code = value.charCodeAt(i)
    if (code === CR) {
      const end = value.charCodeAt(i + 1) === LF ? i + 2 : i + 1
      emit('\n', i)
      i = end
      continue
    }
    if (code === 0x2028 || code === 0x2029) {
      emit('\n', i)
      i++
      continue
    }
    if (code === BACKSLASH) {
      const len = escapeLength(value, i)
      if (len > 0) {
        emit('\n', i)
        i += len
        continue
      }
    }
    if (isOddSpace(code)) {
      emit(' ', i)
      i++
      continue
    }
    if (isInvisible(code)) {
      emit('', i)
      i++
      continue
    }
    // A cluster: one base character plus its combining marks.
    let end = i + 1
    if (code >= 0xd800 && code <= 0xdbff && end < n) end++
    while (end < n && isCombining(value.charCodeAt(end))) end++
    let cluster = value.slice(i, end)
    if (end - i > 1) cluster = cluster.normalize('NFC')
    if (cluster === '\u00d0') cluster = '\u0110'
    else if (cluster === '\u00f0') cluster = '\u0111'
    emit(cluster, i)
    i = end
  }

  let text = out.join('')
  text = shiftTones(text)
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
  if (!toneShiftNeeded(text)) return text
  const chars = text.split('')
  for (let i = 1; i < chars.length; i++) {
    const pair = chars[i - 1]! + chars[i]!
    const fixed = TONE_SHIFT.get(pair)
    if (fixed === undefined || isLetter(chars[i + 1]) || isQuPair(text, i - 1)) continue
    chars[i - 1] = fixed[0]!
    chars[i] = fixed[1]!
  }
  return chars.join('')
}

function identity(offset: number): number {
  return offset
}
