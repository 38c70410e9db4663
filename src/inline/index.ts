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
    let lo = 0
    let hi = pages.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (pages[mid]![0] < s) lo = mid + 1
      else hi = mid
    }
    if (lo < pages.length && pages[lo]![1] <= e) return withPages(ctx, s, e, pages, lo)
  }
  return leaves(recognizedSpans(ctx, s, e), s, e)
}

/**
 * A page number inside the block ("… đạt tối\n3\nthiểu 95%") is a leaf of its
 * own. The recognisers read the whole block (the page number is blanked for
 * matching, so "tối thiểu" and "76/NQ-\nCP" read across it); a span that holds
 * a page number keeps it inside, so no text is lost.
 */
function withPages(ctx: Context, s: number, e: number, pages: ReadonlyArray<readonly [number, number]>, first: number): Draft[] {
  const spans = recognizedSpans(ctx, s, e)
  const out: Draft[] = []
  let at = s
  let k = 0
  for (let p = first; p < pages.length && pages[p]![1] <= e; p++) {
    const [ps, pe] = pages[p]!
    if (ps < at) continue
    while (k < spans.length && spans[k]!.e <= ps) k++
    // Inside a recognised span: the span keeps it.
    if (k < spans.length && spans[k]!.s < pe) continue
    const before = spans.slice(0, k).filter((span) => span.s >= at)
    out.push(...leaves(before, at, ps), leaf('pageNumber', ps, pe))
    at = pe
  }
  out.push(...leaves(spans.filter((span) => span.s >= at), at, e))
  return out
}

/** The recognised spans of [s, e), non-overlapping, in order. */
function recognizedSpans(ctx: Context, s: number, e: number): InlineSpan[] {
  let spans: InlineSpan[] = []
  for (const recognize of inlineRecognizers) {
    let found = recognize(ctx, s, e)
    if (found.length === 0) continue
    // A span that reads past its block would overlap the next one: never kept.
    if (found.some((span) => span.s < s || span.e > e)) found = found.filter((span) => span.s >= s && span.e <= e)
    spans = spans.length === 0 ? found : mergeSpans(spans, found)
  }
  return spans
}

/** The spans of [s, e) and text leaves for the gaps between them. */
function leaves(spans: readonly InlineSpan[], s: number, e: number): Draft[] {
  if (e <= s) return []
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
