/**
 * The số ký hiệu scanner shared by citations: "76/NQ-CP", "107/2020/NĐ-CP",
 * "30c/NQ-CP", "19-NQ/TW", "6936/VPCP-KSTT", "2231/SNV-CCHC&PC",
 * "131/2020/QH14", with stray spaces ("803 /KH-UBND", "76/NQ- CP"), hard line
 * breaks, Cyrillic look-alikes, and dashes lost in PDF text ("30c/NQCP").
 * A hand-written scanner: bounded look-ahead, linear in the text.
 */

import {instrumentTypes, issuerCodes, lookAlikeLetters} from '../../grammars/index.js'
import {isDigitCode, isWordCode} from '../text/fold.js'
import {canonicalIssuerCode, latinLetters, parseDocumentNumber, type DocumentNumberParts} from '../header/values.js'

/** A number found in text. */
export interface FoundNumber {
  /** Offsets in the searched text. */
  start: number
  end: number
  /** Canonical form: spaces removed, look-alikes mapped, codes in their usual case. */
  number: string
  parts: DocumentNumberParts
}

const TYPE_CODES: ReadonlyMap<string, string> = new Map(
  instrumentTypes.flatMap((t) => (t.code === null ? [] : [[t.code.toUpperCase(), t.code] as const, ...(t.aliases ?? []).map((a) => [a.toUpperCase(), t.code!] as const)]))
)
const ISSUER_CODES: ReadonlySet<string> = new Set(Object.keys(issuerCodes).map((c) => c.toUpperCase()))

/** Letters and digits of a code group, look-alikes included. */
function isCodeChar(ch: string | undefined): boolean {
  if (ch === undefined) return false
  const code = ch.charCodeAt(0)
  if (isDigitCode(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || ch === '&') return true
  return ch === 'Đ' || ch === 'đ' || lookAlikeLetters[ch] !== undefined
}

function isSeparator(ch: string | undefined): boolean {
  return ch === '/' || ch === '-' || ch === '–'
}

/**
 * Skip a short gap of white space: a few spaces, a line break, or a page
 * number blanked out between two lines ("76/NQ-\n\n   \n\nCP"). A longer
 * run is no gap inside a number.
 */
function skipGap(text: string, at: number, end: number): number {
  let i = at
  while (i < end && i - at < 12 && (text[i] === ' ' || text[i] === '\n' || text[i] === '\t')) i++
  return i - at > 3 && text.slice(at, i).split('\n').length > 5 ? at : i
}

/** Is there a code group in capitals at `at` ("UBND", "VP"), not a word ("Tiếp")? */
function codeGroupAt(text: string, at: number, end: number): boolean {
  let j = at
  while (j < end && j - at < 16 && isCodeChar(text[j]) && !/[a-zđ]/.test(text[j]!)) j++
  return j - at >= 2 && !isWordCode(text.charCodeAt(j))
}

/** "NQCP" → "NQ-CP" when a known type code and a known issuer code are fused. */
function splitFused(group: string): string {
  const upper = group.toUpperCase()
  for (let cut = 2; cut <= Math.min(4, upper.length - 2); cut++) {
    if (TYPE_CODES.has(upper.slice(0, cut)) && ISSUER_CODES.has(upper.slice(cut))) return `${group.slice(0, cut)}-${group.slice(cut)}`
  }
  return group
}

/** A code group in its usual case: type codes from the lexicon, issuer codes canonical. */
function canonicalGroup(group: string, first: boolean): string {
  const upper = group.toUpperCase()
  if (first && TYPE_CODES.has(upper)) return TYPE_CODES.get(upper)!
  return canonicalIssuerCode(group)
}

/**
 * Scan a document number starting at `at` (a digit). Returns null unless a
 * code group with a letter follows ("10/63" and "23/12/2021" are not numbers).
 */
export function scanDocumentNumber(text: string, at: number, end: number): FoundNumber | null {
  let i = at
  while (i < end && i - at < 6 && isDigitCode(text.charCodeAt(i))) i++
  if (i === at || isDigitCode(text.charCodeAt(i))) return null
  // "30c/NQ-CP": one letter after the serial.
  if (/[a-zđ]/.test(text[i] ?? '') && isSeparator(text[i + 1])) i++
  const groups: string[] = [text.slice(at, i)]
  const separators: string[] = []
  let last = i
  for (let n = 0; n < 8; n++) {
    // "803/KH.UBND", "07/KH-UBND.VP": a dot typed for the dash between two code groups (no space, capitals after).
    if (n > 0 && text[last] === '.' && codeGroupAt(text, last + 1, end)) {
      let j = last + 1
      while (j < end && isCodeChar(text[j])) j++
      separators.push('-')
      groups.push(text.slice(last + 1, j))
      last = j
      continue
    }
    const before = skipGap(text, last, end)
    const sep = text[before]
    if (!isSeparator(sep)) break
    const after = skipGap(text, before + 1, end)
    let j = after
    while (j < end && j - after < 16 && isCodeChar(text[j])) j++
    if (j === after) break
    // A group after a space must look like a code (capital or digit first).
    if (after > before + 1 && !/[A-ZĐ0-9]/.test(text[after]!)) break
    separators.push(sep === '–' ? '-' : sep!)
    groups.push(text.slice(after, j))
    last = j
  }
  if (groups.length < 2) return null
  const codes = groups.slice(1)
  if (!codes.some((g) => /[A-Za-zĐđ]/.test(g))) return null
  // Map look-alikes, split fused codes, canonical case.
  let number = groups[0]!
  let firstCode = true
  for (let k = 1; k < groups.length; k++) {
    let group = groups[k]!
    group = latinLetters(group)
    const isYear = /^\d{4}$/.test(group) && k === 1 && separators[0] === '/'
    if (!isYear && /[A-Za-zĐđ]/.test(group)) {
      if (firstCode) group = splitFused(group)
      group = group
        .split('-')
        .map((g, m) => canonicalGroup(g, firstCode && m === 0))
        .join('-')
      firstCode = false
    }
    number += separators[k - 1]! + group
  }
  const parts = parseDocumentNumber(number)
  if (!parts) return null
  return {start: at, end: last, number: parts.number, parts}
}
