/**
 * Footnote references fused into the text by copy-paste: "… doanh nghiệp.[1]",
 * "… phương thức điện tử[2]." The definitions ("[1] Theo Quyết định …") are
 * blocks, read by `blocks/footnotes.ts`.
 */

import {leaf} from '../tree/draft.js'
import type {InlineRecognizer, InlineSpan} from './index.js'

/** Find `[n]` (n of one to three digits) in the block. */
export const footnoteReferences: InlineRecognizer = (ctx, s, e) => {
  const text = ctx.text
  const out: InlineSpan[] = []
  // Search within the block only: indexOf on the whole text would scan past
  // it for every block (quadratic on a text with no "[" after the block).
  let at = nextBracket(text, s, e)
  while (at !== -1) {
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

function nextBracket(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x5b) return i
  return -1
}
