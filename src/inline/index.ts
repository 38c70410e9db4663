/**
 * Inline recognisers run on the text of one block (a paragraph, a heading,
 * a clause) and return non-overlapping spans; the gaps become text leaves.
 * Each recogniser is independent; `inlineRecognizers` is the registry.
 */

import {leaf, type Context, type Draft} from '../tree/draft.js'
import {citations} from './citation.js'
import {footnoteReferences} from './footnote-reference.js'
import {quantities} from './quantity.js'

/** A span found by a recogniser, in normalised offsets. */
export interface InlineSpan {
  s: number
  e: number
  node: Draft
}

/** A recogniser: find spans in `text.slice(s, e)`. */
export type InlineRecognizer = (ctx: Context, s: number, e: number) => InlineSpan[]

/** The registry, in priority order: an earlier recogniser wins an overlap. */
export const inlineRecognizers: InlineRecognizer[] = [citations, footnoteReferences, quantities]

/** The inline children of the block over [s, e): recognised spans and text. */
export function inlines(ctx: Context, s: number, e: number): Draft[] {
  if (e <= s) return []
  const pages = ctx.pageSpans
  if (pages !== undefined && pages.length > 0) {
    // A page number inside the block ("… đạt\n12\ntrên 98%") is a leaf of its own.
    let lo = 0
    let hi = pages.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (pages[mid]![0] < s) lo = mid + 1
      else hi = mid
    }
    let k = lo
    if (k < pages.length && pages[k]![1] <= e) {
      const out: Draft[] = []
      let at = s
      for (; k < pages.length && pages[k]![1] <= e; k++) {
        const [ps, pe] = pages[k]!
        out.push(...recognized(ctx, at, ps), leaf('pageNumber', ps, pe))
        at = pe
      }
      out.push(...recognized(ctx, at, e))
      return out
    }
  }
  return recognized(ctx, s, e)
}

function recognized(ctx: Context, s: number, e: number): Draft[] {
  if (e <= s) return []
  let spans: InlineSpan[] = []
  for (const recognize of inlineRecognizers) {
    let found = recognize(ctx, s, e)
    if (found.length === 0) continue
    // A span that reads past its block would overlap the next one: never kept.
    if (found.some((span) => span.s < s || span.e > e)) found = found.filter((span) => span.s >= s && span.e <= e)
    spans = spans.length === 0 ? found : mergeSpans(spans, found)
  }
  if (spans.length === 0) return [leaf('text', s, e)]
  const out: Draft[] = []
  let at = s
  for (const span of spans) {
    if (span.s > at) out.push(leaf('text', at, span.s))
    out.push(span.node)
    at = span.e
  }
  if (at < e) out.push(leaf('text', at, e))
  return out
}

/** Keep `kept`, add the spans of `added` that do not overlap it, in order. */
function mergeSpans(kept: InlineSpan[], added: InlineSpan[]): InlineSpan[] {
  const out: InlineSpan[] = []
  let k = 0
  for (const span of added) {
    while (k < kept.length && kept[k]!.e <= span.s) out.push(kept[k++]!)
    const next = kept[k]
    if (next !== undefined && next.s < span.e) continue
    out.push(span)
  }
  while (k < kept.length) out.push(kept[k++]!)
  return out
}
