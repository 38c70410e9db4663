/**
 * Footnote references fused into the text by copy-paste: "… doanh nghiệp.[1]",
 * "… phương thức điện tử[2].", "… đạt 95%¹". The definitions ("[1] Theo Quyết định …") are
 * blocks, read by `blocks/footnotes.ts`.
 */

import {leaf} from '../tree/draft.js'
import type {InlineRecognizer, InlineSpan} from './index.js'

/** The digit a superscript digit stands for ("¹" → 1), or -1. */
export function superscriptDigit(code: number): number {
  if (code === 0xb9) return 1
  if (code === 0xb2 || code === 0xb3) return code - 0xb0
  if (code === 0x2070) return 0
  if (code >= 0x2074 && code <= 0x2079) return code - 0x2070
  return -1
}

/** Find `[n]` (n of one to three digits) and superscript numbers ("95%¹") in the block. */
export const footnoteReferences: InlineRecognizer = (ctx, s, e) => {
  const text = ctx.text
  const out: InlineSpan[] = []
  // Search within the block only: indexOf on the whole text would scan past
  // it for every block (quadratic on a text with no "[" after the block).
  let at = nextBracket(text, s, e)
  while (at !== -1) {
    if (text.charCodeAt(at) === 0x28) {
      // "… trực tuyến(1).": a number in brackets fused to the word before it (a list's "(1)" follows a space).
      const end = fusedParenEnd(text, at, s, e)
      if (end !== -1) out.push({s: at, e: end, node: leaf('footnoteReference', at, end, {label: text.slice(at + 1, end - 1)})})
      at = nextBracket(text, end === -1 ? at + 1 : end, e)
      continue
    }
    if (text.charCodeAt(at) !== 0x5b) {
      // Superscript digits, up to three.
      let i = at
      let label = ''
      while (i < e && i - at < 3 && superscriptDigit(text.charCodeAt(i)) !== -1) label += String(superscriptDigit(text.charCodeAt(i++)))
      out.push({s: at, e: i, node: leaf('footnoteReference', at, i, {label})})
      at = nextBracket(text, i, e)
      continue
    }
    // Markdown's "[^1]", "[^ghi-chu]".
    const caret = caretLabelEnd(text, at, e)
    if (caret !== -1) {
      out.push({s: at, e: caret, node: leaf('footnoteReference', at, caret, {label: text.slice(at + 2, caret - 1)})})
      at = nextBracket(text, caret, e)
      continue
    }
    let i = at + 1
    while (i < e && i - at <= 3 && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++
    if (i > at + 1 && text[i] === ']' && i < e) {
      out.push({s: at, e: i + 1, node: leaf('footnoteReference', at, i + 1, {label: text.slice(at + 1, i)})})
      at = i + 1
    } else {
      at++
    }
    at = nextBracket(text, at, e)
  }
  return out
}

/** `text` without its footnote references ("95%¹ và …" → "95% và …", "[2]", "trực tuyến(1)"), for phrases taken from the text. */
export function withoutFootnoteReferences(text: string): string {
  if (nextBracket(text, 0, text.length) === -1) return text
  let out = ''
  let at = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    let end = i
    if (superscriptDigit(code) !== -1) {
      while (end < text.length && superscriptDigit(text.charCodeAt(end)) !== -1) end++
    } else if (code === 0x28) {
      const fused = fusedParenEnd(text, i, 0, text.length)
      if (fused !== -1) end = fused
    } else if (code === 0x5b && caretLabelEnd(text, i, text.length) !== -1) {
      end = caretLabelEnd(text, i, text.length)
    } else if (code === 0x5b) {
      let j = i + 1
      while (j < text.length && j - i <= 3 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++
      if (j > i + 1 && text[j] === ']') end = j + 1
    }
    if (end === i) continue
    out += text.slice(at, i)
    at = end
    i = end - 1
  }
  return out + text.slice(at)
}

/** The end of a Markdown footnote mark "[^1]" / "[^ghi-chu]" at `at` (after its "]"), or -1. */
export function caretLabelEnd(text: string, at: number, e: number): number {
  if (text.charCodeAt(at) !== 0x5b || text.charCodeAt(at + 1) !== 0x5e) return -1
  let i = at + 2
  while (i < e && i - at < 24) {
    const code = text.charCodeAt(i)
    if (!((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x2d || code === 0x5f)) break
    i++
  }
  return i > at + 2 && i < e && text[i] === ']' ? i + 1 : -1
}

/** The end of a "(1)" / "(12)" at `at` fused to a letter or "%" before it, or -1. */
function fusedParenEnd(text: string, at: number, s: number, e: number): number {
  if (at <= s) return -1
  const before = text.charCodeAt(at - 1)
  if (!(before === 0x25 || (before >= 0x61 && before <= 0x7a) || (before >= 0x41 && before <= 0x5a) || (before > 0xbf && before < 0x2000))) return -1
  let i = at + 1
  while (i < e && i - at <= 2 && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++
  return i > at + 1 && i < e && text[i] === ')' ? i + 1 : -1
}

/** The next "[", "(" or superscript digit in [from, to), or -1. */
function nextBracket(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x5b || code === 0x28 || (code >= 0xb2 && superscriptDigit(code) !== -1)) return i
  }
  return -1
}
