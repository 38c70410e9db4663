/**
 * Offsets ↔ unist points in the original text (line and column are 1-based,
 * offsets 0-based UTF-16 units). Lines end at LF, CRLF or a lone CR, as in
 * vfile-location.
 */

/** A unist point. */
export interface Point {
  line: number
  column: number
  offset: number
}

/** A unist position. */
export interface Position {
  start: Point
  end: Point
}

/** Memoised index of line starts of one text. */
export class LineIndex {
  private readonly starts: number[]
  private readonly length: number
  /** The line of the last look-up: nodes are visited in order, so most look-ups hit it or the next. */
  private last = 0

  constructor(value: string) {
    const starts = [0]
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i)
      if (code === 0x0a) starts.push(i + 1)
      else if (code === 0x0d) {
        if (value.charCodeAt(i + 1) === 0x0a) i++
        starts.push(i + 1)
      }
    }
    this.starts = starts
    this.length = value.length
  }

  /** The point at `offset` (clamped to the text). */
  point(offset: number): Point {
    const o = offset < 0 ? 0 : offset > this.length ? this.length : offset
    const starts = this.starts
    const last = this.last
    if (starts[last]! <= o && (last + 1 >= starts.length || starts[last + 1]! > o)) {
      return {line: last + 1, column: o - starts[last]! + 1, offset: o}
    }
    if (last + 2 < starts.length && starts[last + 1]! <= o && starts[last + 2]! > o) {
      this.last = last + 1
      return {line: last + 2, column: o - starts[last + 1]! + 1, offset: o}
    }
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= o) lo = mid
      else hi = mid - 1
    }
    this.last = lo
    return {line: lo + 1, column: o - starts[lo]! + 1, offset: o}
  }

  /** The position of the original range [start, end). */
  position(start: number, end: number): Position {
    return {start: this.point(start), end: this.point(end)}
  }
}
