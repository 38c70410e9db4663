/**
 * Footnote definitions: "[1] Theo Quyết định 468/QĐ-TTg …" at the start of a
 * line, gathered into one `footnotes` block.
 */

import type {Line} from '../lines/classify.js'
import {inlines} from '../inline/index.js'
import {leaf, parent, type Context, type Draft} from '../tree/draft.js'

/** The length of a leading "[n]" (n of one to three digits), or 0. */
function footnoteMarkLength(text: string): number {
  if (text[0] !== '[') return 0
  let i = 1
  while (i < 4 && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++
  return i > 1 && text[i] === ']' ? i + 1 : 0
}

/** Does a footnote definition start on this line? */
export function startsFootnote(line: Line): boolean {
  const len = footnoteMarkLength(line.text)
  return len > 0 && line.text.length > len + 1
}

/** Read consecutive footnote definitions from line `i`. */
export function readFootnotes(ctx: Context, i: number): {node: Draft; next: number} | null {
  const lines = ctx.lines
  const children: Draft[] = []
  let j = i
  let last = i
  while (j < lines.length) {
    const line = lines[j]!
    if (line.blank) {
      j++
      continue
    }
    if (!startsFootnote(line)) break
    const len = footnoteMarkLength(line.text)
    children.push(
      parent('footnote', [leaf('marker', line.cs, line.cs + len), ...inlines(ctx, line.cs + len, line.ce)], {
        label: line.text.slice(1, len - 1)
      })
    )
    j++
    last = j
  }
  if (children.length === 0) return null
  return {node: parent('footnotes', children), next: last}
}
