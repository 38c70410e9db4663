/**
 * Lists of related documents that portals append ("Văn bản liên quan",
 * "Văn bản được căn cứ"):
 *
 * ```
 * - 1 Luật ngân sách nhà nước 2015
 * - 2 Nghị định 107/2020/NĐ-CP sửa đổi Nghị định 24/2014/NĐ-CP …
 * ```
 *
 * A list restarts at 1 for the next list.
 */

import type {Line} from '../lines/classify.js'
import {foldedTypeNames} from '../header/values.js'
import {inlines} from '../inline/index.js'
import {isUpperText} from '../text/fold.js'
import {leaf, parent, type Context, type Draft} from '../tree/draft.js'

const TYPES = foldedTypeNames.map((t) => t.folded)

/** "- 12 Quyết định …": the item number and where the title starts, or null. */
export function relatedItem(line: Line): {index: number; contentStart: number} | null {
  if (line.marker?.style !== 'dash') return null
  const digit = line.text.charCodeAt(line.marker.contentStart)
  if (digit < 0x30 || digit > 0x39) return null
  const folded = line.folded
  let i = line.marker.contentStart
  const start = i
  while (i < folded.length && i - start < 4 && folded.charCodeAt(i) >= 0x30 && folded.charCodeAt(i) <= 0x39) i++
  if (i === start || folded[i] !== ' ') return null
  const index = Number(folded.slice(start, i))
  const at = i + 1
  if (!TYPES.some((t) => folded.startsWith(t, at) && (folded[at + t.length] === ' ' || at + t.length === folded.length))) return null
  return {index, contentStart: at}
}

/**
 * Does `next` go on with the title on `line`? Not a new item, marker or
 * heading: text in lower case, a figure or a quote, or any text after a line
 * long enough to have been wrapped (`wrapped`: the document's own wrap test).
 */
function continuesItem(line: Line, next: Line, wrapped: (p: Line, n: Line) => boolean): boolean {
  if (next.blank || next.marker !== null || relatedItem(next) !== null || isUpperText(next.text)) return false
  const first = next.text[0]!
  if (first !== first.toUpperCase() || /[\d"“(]/.test(first)) return true
  return !/[.;:]$/.test(line.text) && (line.ce - line.cs >= 70 || wrapped(line, next))
}

/** Read one related-documents list from line `i`. */
export function readRelated(ctx: Context, i: number, wrapped: (p: Line, n: Line) => boolean = () => false): {node: Draft; next: number} | null {
  const lines = ctx.lines
  const children: Draft[] = []
  let j = i
  let last = i
  let previous = 0
  while (j < lines.length) {
    const line = lines[j]!
    if (line.blank) {
      j++
      continue
    }
    const item = relatedItem(line)
    if (!item || (children.length > 0 && item.index <= previous)) break
    previous = item.index
    // A title hard-wrapped onto the next lines ("… thuộc Ủy ban nhân dân tỉnh, thành phố trực\nthuộc trung ương").
    let end = j
    while (end + 1 < lines.length && continuesItem(lines[end]!, lines[end + 1]!, wrapped)) end++
    children.push(
      parent('relatedDocument', [leaf('marker', line.cs, line.cs + item.contentStart), ...inlines(ctx, line.cs + item.contentStart, lines[end]!.ce)], {
        index: item.index
      })
    )
    j = end + 1
    last = j
  }
  if (children.length === 0) return null
  return {node: parent('relatedDocuments', children), next: last}
}
