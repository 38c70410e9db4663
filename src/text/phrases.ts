/**
 * A set of phrases found in one pass over a text. Phrases are bucketed by
 * their first code unit, so each word start of the text costs one table
 * look-up and, rarely, a few `startsWith` checks: matching a lexicon of a
 * hundred phrases is as cheap as matching one. Used where a lexicon is
 * searched in many overlapping windows of the same text (the clause around
 * each of a paragraph's numbers): the occurrences are found once, and each
 * window asks which fall inside it.
 */

import {isWordCode} from './fold.js'

/** An occurrence: the phrase's index in the set and where it starts. */
export interface Occurrence {
  at: number
  phrase: number
}

export class PhraseSet {
  readonly phrases: readonly string[]
  /** The phrases' lengths, by index. */
  readonly lengths: readonly number[]
  /** For each code unit below U+2000: 1 + its bucket's index, or 0 when no phrase starts with it. */
  private readonly slot: Uint16Array
  private readonly buckets: number[][]
  /** Phrases whose first code unit is at or above U+2000. */
  private readonly wide: number[]

  constructor(phrases: readonly string[]) {
    this.phrases = phrases
    this.lengths = phrases.map((p) => p.length)
    this.slot = new Uint16Array(0x2000)
    this.buckets = []
    this.wide = []
    phrases.forEach((phrase, index) => {
      if (phrase.length === 0) return
      const code = phrase.charCodeAt(0)
      if (code >= 0x2000) {
        this.wide.push(index)
        return
      }
      if (this.slot[code] === 0) {
        this.buckets.push([])
        this.slot[code] = this.buckets.length
      }
      this.buckets[this.slot[code]! - 1]!.push(index)
    })
  }

  /**
   * Every occurrence wholly inside [s, e) of `text` that starts a word (the
   * code unit before it is not a letter or digit), in order of position
   * (phrases starting at the same place in set order). The caller folds or
   * lower-cases the text as its phrases are.
   */
  find(text: string, s = 0, e = text.length): Occurrence[] {
    const out: Occurrence[] = []
    const phrases = this.phrases
    let wordStart = s === 0 || !isWordCode(text.charCodeAt(s - 1))
    for (let at = s; at < e; at++) {
      const code = text.charCodeAt(at)
      const starts = wordStart
      wordStart = !isWordCode(code)
      if (!starts) continue
      const slot = code < 0x2000 ? this.slot[code]! : 0
      const bucket = slot !== 0 ? this.buckets[slot - 1]! : code >= 0x2000 && this.wide.length > 0 ? this.wide : null
      if (bucket === null) continue
      for (const index of bucket) {
        const phrase = phrases[index]!
        if (at + phrase.length <= e && text.startsWith(phrase, at)) out.push({at, phrase: index})
      }
    }
    return out
  }

  /** The occurrences in `searched`, which starts at text offset `start`, to ask by window. */
  occurrences(searched: string, start: number): Occurrences {
    return new Occurrences(this.find(searched), this.lengths, start)
  }
}

/**
 * Several lexicons searched in one pass: each occurrence is told to its own
 * lexicon's list.
 */
export class PhraseGroups<K extends string> {
  private readonly set: PhraseSet
  /** For each phrase of the combined set: its group and its index there. */
  private readonly owner: Array<{group: K; phrase: number}>
  private readonly keys: readonly K[]
  /** Each lexicon's phrase lengths. */
  private readonly lengths: Record<K, readonly number[]>

  constructor(groups: Record<K, readonly string[]>) {
    this.keys = Object.keys(groups) as K[]
    this.lengths = {} as Record<K, readonly number[]>
    for (const group of this.keys) this.lengths[group] = groups[group].map((p) => p.length)
    this.owner = []
    const all: string[] = []
    for (const group of this.keys) {
      groups[group].forEach((phrase, index) => {
        all.push(phrase)
        this.owner.push({group, phrase: index})
      })
    }
    this.set = new PhraseSet(all)
  }

  /** The occurrences of each lexicon in `searched`, which starts at text offset `start`. */
  find(searched: string, start: number): Record<K, Occurrences> {
    const lists = {} as Record<K, Occurrence[]>
    for (const group of this.keys) lists[group] = []
    for (const o of this.set.find(searched)) {
      const owner = this.owner[o.phrase]!
      lists[owner.group].push({at: o.at, phrase: owner.phrase})
    }
    const out = {} as Record<K, Occurrences>
    for (const group of this.keys) out[group] = new Occurrences(lists[group], this.lengths[group], start)
    return out
  }
}

/**
 * The occurrences of one lexicon in a searched string, asked by window.
 * `start` is the string's offset in the text: windows are in text offsets.
 */
export class Occurrences {
  /** Where each occurrence starts, for the binary search. */
  private readonly ats: readonly number[]

  constructor(
    private readonly list: readonly Occurrence[],
    private readonly lengths: readonly number[],
    private readonly start: number
  ) {
    this.ats = list.map((o) => o.at)
  }

  /** Index of the first occurrence starting at or after text offset `from`. */
  private first(from: number): number {
    return firstAtLeast(this.ats, from - this.start)
  }

  /** Does any phrase occur wholly inside [s, e)? */
  any(s: number, e: number): boolean {
    const end = e - this.start
    for (let k = this.first(s); k < this.list.length && this.list[k]!.at < end; k++) {
      const o = this.list[k]!
      if (o.at + this.lengths[o.phrase]! <= end) return true
    }
    return false
  }

  /** The occurrences wholly inside [s, e), with text offsets. */
  within(s: number, e: number): Occurrence[] {
    const end = e - this.start
    const out: Occurrence[] = []
    for (let k = this.first(s); k < this.list.length && this.list[k]!.at < end; k++) {
      const o = this.list[k]!
      if (o.at + this.lengths[o.phrase]! <= end) out.push({at: o.at + this.start, phrase: o.phrase})
    }
    return out
  }
}

/** Index of the first value ≥ `x` in an ascending list (its length when none is). */
export function firstAtLeast(list: readonly number[], x: number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (list[mid]! < x) lo = mid + 1
    else hi = mid
  }
  return lo
}
