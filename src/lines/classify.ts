/**
 * Pass 1: cut the normalised text into logical lines and classify each one
 * (blank, numbered or bulleted, plain). Everything later works on these
 * lines; nothing re-scans the text character by character.
 */

import {fold} from '../text/fold.js'
import {isFigureWord, isReferenceWord, lastWord} from './line-ends.js'
import {collapsedBreaks} from './collapsed.js'
import {asLowerRoman, readMarker, type Marker} from './markers.js'

/** One logical line of the normalised text. */
export interface Line {
  /** Index in the line array. */
  readonly index: number
  /** Offset of the first character of the line. */
  readonly start: number
  /** Offset after the last character (before the newline). */
  readonly end: number
  /** Offset of the first non-space character (= end when blank). */
  readonly cs: number
  /** Offset after the last non-space character. */
  readonly ce: number
  /** The content, `text.slice(cs, ce)`. */
  readonly text: string
  /** True when the line holds only white space. */
  readonly blank: boolean
  /** The numbering marker at its start, if any. */
  readonly marker: Marker | null
  /** Folded content (lower case, no marks), computed on first use. */
  readonly folded: string
}

class LineImpl implements Line {
  private foldedCache: string | undefined
  constructor(
    private readonly foldedText: string,
    readonly index: number,
    readonly start: number,
    readonly end: number,
    readonly cs: number,
    readonly ce: number,
    readonly text: string,
    public marker: Marker | null
  ) {}
  get blank(): boolean {
    return this.cs >= this.ce
  }
  get folded(): string {
    if (this.foldedCache === undefined) this.foldedCache = this.foldedText.slice(this.cs, this.ce)
    return this.foldedCache
  }
}

function isBlankChar(code: number): boolean {
  return code === 0x20 || code === 0x09
}

/**
 * A heading glued to the end of the previous line: "… tiến bộ 1.1." — the
 * returned index is where the trailing decimal marker starts, or -1.
 */
function gluedMarkerStart(text: string): number {
  if (text.length < 6 || text[text.length - 1] !== '.') return -1
  let i = text.length - 1
  let groups = 0
  // Scan back over "d.d." groups: at most 5 groups of at most 2 digits.
  while (i > 0 && groups < 6) {
    if (text[i] !== '.') break
    let j = i - 1
    while (j >= 0 && i - j <= 3 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j--
    const digits = i - 1 - j
    if (digits < 1 || digits > 2) break
    groups++
    i = j
  }
  if (groups < 2 || i < 1 || text[i] !== ' ') return -1
  return i + 1
}

/**
 * A heading glued inside a line: "… phục vụ nhân dân, tiến bộ 1.1. Cải cách
 * thể chế" — a decimal marker of two to five groups (1–2 digits, none 0) after
 * a space, before a capital. The index where the marker starts, or -1.
 */
function midGluedMarkerStart(text: string, from = 0): number {
  for (let i = from + 10; i < text.length - 6; i++) {
    if (text.charCodeAt(i - 1) !== 0x20 || !isNonZeroDigit(text.charCodeAt(i))) continue
    let j = i
    let groups = 0
    while (groups < 5) {
      const start = j
      while (j < text.length && j - start < 3 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++
      if (j === start || j - start > 2 || !isNonZeroDigit(text.charCodeAt(start)) || text[j] !== '.') break
      groups++
      j++
      if (text[j] === ' ') break
    }
    if (groups < 2 || text[j] !== ' ') continue
    const next = text[j + 1]
    if (next === undefined || next === next.toLowerCase()) continue
    const word = lastWord(text, i - 1).toLowerCase()
    // "tăng 6.5. Năm 2024 …": a figure written with a decimal point, not a heading.
    if (isReferenceWord(word) || isFigureWord(word)) continue
    return i
  }
  return -1
}

/**
 * Where " 1. " opens a first item after a title in capitals that starts at
 * `from` ("I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích"), or -1: the title has no
 * lower-case letter and at least two letters, the item starts with a capital.
 */
function firstItemAfterCapitals(text: string, from: number): number {
  let letters = 0
  for (let i = from; i < text.length - 3; i++) {
    const ch = text[i]!
    if (ch !== ch.toUpperCase()) return -1
    if (ch !== ch.toLowerCase()) letters++
    if (ch === '1' && letters >= 2 && text[i - 1] === ' ' && text[i + 1] === '.' && text[i + 2] === ' ') {
      const next = text[i + 3]!
      return next !== next.toLowerCase() ? i : -1
    }
  }
  return -1
}

/** Is `next` the first child ("1." → "1.1.") or the next sibling ("1.1." → "1.2.") of `own`? */
function continuesNumbering(own: Marker, next: Marker | null): boolean {
  if (next === null || next.style !== 'decimal' || next.path === null) return false
  const path = own.path ?? (own.value === null ? null : [own.value])
  if (path === null) return false
  const child = next.path.length === path.length + 1 && next.value === 1 && path.every((v, k) => next.path![k] === v)
  const sibling = next.path.length === path.length && next.value === (path[path.length - 1] ?? 0) + 1 && path.slice(0, -1).every((v, k) => next.path![k] === v)
  return child || sibling
}

/** " 1.1. X": what a heading glued inside a line looks like, for a quick native search first. */
const MID_GLUE_HINT = / [1-9]\d?\.[1-9]\d?\./

function isNonZeroDigit(code: number): boolean {
  return code >= 0x31 && code <= 0x39
}


/** A glued marker must be followed by its content: an upper-case line with no marker. */
function gluedIsHeading(content: string, glued: number, text: string, end: number): boolean {
  if (isReferenceWord(lastWord(content, glued - 1).toLowerCase())) return false
  let next = end + 1
  while (next < text.length && isBlankChar(text.charCodeAt(next))) next++
  const ch = text[next]
  if (ch === undefined || ch === '\n') return false
  return ch !== ch.toLowerCase() && readMarker(text.slice(next, next + 12)) === null
}

/**
 * Length of Markdown decoration before a line's content: "## ", "**", "__",
 * "> " (portals export plans as Markdown). Markers are read after it.
 */
function decorationLength(text: string): number {
  let i = 0
  for (let round = 0; round < 3; round++) {
    const start = i
    if (text[i] === '#') {
      while (text[i] === '#' && i - start < 6) i++
      if (text[i] !== ' ') return start
      while (text[i] === ' ') i++
    } else if ((text[i] === '*' && text[i + 1] === '*') || (text[i] === '_' && text[i + 1] === '_')) {
      if (text[i + 2] === ' ' || text[i + 2] === undefined) return start
      i += 2
    } else if (text[i] === '>' && text[i + 1] === ' ') {
      i += 2
    }
    if (i === start) break
  }
  return i
}

/** The marker of a line, read after any Markdown decoration (offsets are the line's). */
function markerOf(text: string): Marker | null {
  const skip = decorationLength(text)
  if (skip === 0) return readMarker(text)
  const marker = readMarker(text.slice(skip))
  if (marker === null) return null
  return {...marker, end: marker.end + skip, contentStart: marker.contentStart + skip}
}

/** Split `text` into classified logical lines. */
export function classifyLines(text: string, folded: string = fold(text)): Line[] {
  const lines: LineImpl[] = []
  const n = text.length
  let start = 0
  while (start <= n) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = n
    let cs = start
    while (cs < end && isBlankChar(text.charCodeAt(cs))) cs++
    let ce = end
    while (ce > cs && isBlankChar(text.charCodeAt(ce - 1))) ce--
    // A document whose line breaks were lost: its parts are cut into logical lines again.
    const breaks = collapsedBreaks(text, cs, ce)
    if (breaks.length > 0) {
      let from = start
      let s = cs
      for (const at of [...breaks, end + 1]) {
        let e = Math.min(at - 1, ce)
        while (e > s && isBlankChar(text.charCodeAt(e - 1))) e--
        const piece = text.slice(s, e)
        lines.push(new LineImpl(folded, lines.length, from, Math.min(at - 1, end), s, e, piece, markerOf(piece)))
        from = at - 1
        s = at
      }
      if (end === n) break
      start = end + 1
      continue
    }
    const content = text.slice(cs, ce)
    let glued = gluedMarkerStart(content)
    if (glued > 0 && !gluedIsHeading(content, glued, text, end)) glued = -1
    let marker: Marker | null | undefined
    // Mid-line: only a line with no marker of its own. A native search turns most lines away first.
    if (glued === -1 && ce - cs > 16 && MID_GLUE_HINT.test(content)) {
      marker = markerOf(content)
      if (marker === null) glued = midGluedMarkerStart(content)
      // "1. Mục tiêu chung: … tiến bộ 1.1. Mục tiêu cụ thể: …": in a numbered line, only the numbering that goes on from its own.
      else if (marker.style === 'arabic' || marker.style === 'decimal') {
        const at = midGluedMarkerStart(content, marker.end)
        if (at > 0 && continuesNumbering(marker, markerOf(content.slice(at)))) glued = at
      }
    }
    // "I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích": a Roman heading's first item glued after its title.
    if (glued === -1) {
      if (marker === undefined) marker = markerOf(content)
      if (marker !== null && marker.style === 'roman') glued = firstItemAfterCapitals(content, marker.contentStart)
    }
    if (glued > 0) {
      let firstEnd = cs + glued - 1
      while (firstEnd > cs && isBlankChar(text.charCodeAt(firstEnd - 1))) firstEnd--
      const head = text.slice(cs, firstEnd)
      lines.push(new LineImpl(folded, lines.length, start, cs + glued - 1, cs, firstEnd, head, markerOf(head)))
      const tail = text.slice(cs + glued, ce)
      lines.push(new LineImpl(folded, lines.length, cs + glued - 1, end, cs + glued, ce, tail, markerOf(tail)))
    } else {
      lines.push(new LineImpl(folded, lines.length, start, end, cs, ce, content, marker === undefined ? markerOf(content) : marker))
    }
    if (end === n) break
    start = end + 1
  }
  lowerRomanInContext(lines)
  return lines
}

/** Levels an "i)" list may sit in: a stronger numbering ends the search for its neighbours. */
function listNeighbour(lines: LineImpl[], from: number, step: 1 | -1): Marker | null {
  for (let k = from + step, n = 0; k >= 0 && k < lines.length && n < 200; k += step, n++) {
    const marker = lines[k]!.marker
    if (marker === null || marker.style === 'dash' || marker.style === 'plus' || marker.style === 'bullet' || marker.style === 'arabicParen') continue
    return marker.style === 'letter' || marker.style === 'lowerRoman' ? marker : null
  }
  return null
}

/**
 * "i)" before "ii)", "v)" after "iv)", a lone "i)": lower-case Roman numerals.
 * The letters i, v, x only where an "a)" list goes on around them ("h)",
 * "i)", "k)").
 */
function lowerRomanInContext(lines: LineImpl[]): void {
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!
    const marker = line.marker
    if (marker === null || marker.style !== 'letter' || marker.label.length > 3) continue
    const roman = asLowerRoman(marker)
    if (roman === null) continue
    const next = listNeighbour(lines, k, 1)
    const previous = listNeighbour(lines, k, -1)
    const inRomans = (next?.style === 'lowerRoman' && next.value === roman.value! + 1) || (previous?.style === 'lowerRoman' && previous.value === roman.value! - 1)
    const inLetters = (previous?.style === 'letter' && previous.value! < marker.value!) || (next?.style === 'letter' && next.value! > marker.value!)
    if (inRomans || !inLetters) line.marker = roman
  }
}

/**
 * Lines `first` … `last` read as one line, their line breaks as spaces (same
 * length: offsets into `text` stay valid). For a sentence or a caption that
 * was hard-wrapped.
 */
export function joinLines(text: string, folded: string, first: Line, last: Line): Line {
  return {
    index: first.index,
    start: first.start,
    end: last.end,
    cs: first.cs,
    ce: last.ce,
    text: text.slice(first.cs, last.ce).replaceAll('\n', ' '),
    folded: folded.slice(first.cs, last.ce).replaceAll('\n', ' '),
    blank: false,
    marker: first.marker
  }
}

