/**
 * Vietnamese dates: "23/12/2021", "15/7/2021", "21-02-2018" (party
 * documents), "ngày 23 tháng 12 năm 2021", also broken over lines
 * ("ngày 13\ntháng 02 năm 2025"). Validated through date-fns: 31/02/2021 is
 * not a date.
 */

import {isExists} from 'date-fns/isExists'

/** A date found in text. */
export interface FoundDate {
  /** ISO date, or null when the day does not exist (31/02/2021). */
  iso: string | null
  year: number
  month: number
  day: number
  /** Offset where the match starts and ends (in the searched string). */
  start: number
  end: number
}

const NUMERIC = /(\d{1,2})[ \t]*[/.-][ \t]*(\d{1,2})[ \t]*[/.-][ \t]*(\d{4})(?!\d)/y
const WORDED = /(?:ngay|ngày)\s{1,9}(\d{1,2})\s{1,9}(?:thang|tháng)\s{1,9}(\d{1,2})\s{0,9},?\s{1,9}(?:nam|năm)\s{1,9}(\d{4})(?!\d)/iy

/** ISO string for a day, or null when it does not exist. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || !isExists(year, month - 1, day)) return null
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function found(m: RegExpExecArray, start: number, end: number): FoundDate {
  const day = Number(m[1])
  const month = Number(m[2])
  const year = Number(m[3])
  return {iso: isoDate(year, month, day), year, month, day, start, end}
}

/**
 * Read a date starting exactly at `at` ("ngày …" or "d/m/yyyy") and ending
 * by `end` (a block's end: a date is not read on into the next block).
 */
export function dateAt(text: string, at: number, end = text.length): FoundDate | null {
  WORDED.lastIndex = at
  let m = WORDED.exec(text)
  if (m && WORDED.lastIndex <= end) return found(m, at, WORDED.lastIndex)
  NUMERIC.lastIndex = at
  m = NUMERIC.exec(text)
  if (m && NUMERIC.lastIndex <= end) return found(m, at, NUMERIC.lastIndex)
  return null
}

/**
 * A date at `at` that may open with "ngày": written in words ("ngày 14 tháng 6
 * năm 2023") or in figures after the word ("ngày 14/6/2023", "ngay 14/6/2023"
 * in folded text).
 */
export function dateAfterNgay(text: string, at: number, end = text.length): FoundDate | null {
  const worded = dateAt(text, at, end)
  if (worded !== null) return worded
  const word = text.slice(at, at + 4).toLowerCase()
  if (word !== 'ngày' && word !== 'ngay') return null
  let k = at + 4
  while (k < end && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k++
  return k > at + 4 ? dateAt(text, k, end) : null
}

/**
 * Find the first date in `text` from `from` (bounded by `to`). Scans digits
 * and the word "ngày"; linear in the length searched.
 */
export function findDate(text: string, from = 0, to = text.length): FoundDate | null {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    const startsWord = i === 0 || !isWordChar(text.charCodeAt(i - 1))
    if (!startsWord) continue
    if ((code >= 0x30 && code <= 0x39) || code === 0x6e /* n */ || code === 0x4e /* N */) {
      const d = dateAt(text, i)
      if (d && d.end <= to) return d
    }
  }
  return null
}

function isWordChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code >= 0xc0
}
