/**
 * Footnote definitions: "[1] Theo Quyết định 468/QĐ-TTg …" at the start of a
 * line, gathered into one `footnotes` block.
 */

import type {Line} from '../lines/classify.js'
import {inlines} from '../inline/index.js'
import {caretLabelEnd, superscriptDigit} from '../inline/footnote-reference.js'
import {leaf, parent, type Context, type Draft} from '../tree/draft.js'

/**
 * The length of a leading footnote mark and its label, or null: "[1]", a
 * superscript "¹"; "(1)" only under a footnote rule (elsewhere it numbers a list).
 */
function footnoteMark(text: string, underRule: boolean): {length: number; label: string} | null {
  const first = text.charCodeAt(0)
  // Markdown's "[^1]: …" (pandoc, GFM).
  const caret = caretLabelEnd(text, 0, text.length)
  if (caret !== -1) return {length: text[caret] === ':' ? caret + 1 : caret, label: text.slice(2, caret - 1)}
  if (first === 0x5b || (underRule && first === 0x28)) {
    let i = 1
    while (i < 4 && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++
    const close = first === 0x5b ? ']' : ')'
    return i > 1 && text[i] === close ? {length: i + 1, label: text.slice(1, i)} : null
  }
  let i = 0
  let label = ''
  while (i < 3 && superscriptDigit(text.charCodeAt(i)) !== -1) label += String(superscriptDigit(text.charCodeAt(i++)))
  return i > 0 ? {length: i, label} : null
}

/** A footnote rule: the line of underscores (or a long one of dashes) above the notes of a page. */
export function isFootnoteRule(line: Line): boolean {
  return /^(?:_{5,}|-{10,})$/.test(line.text)
}

/** Does a footnote definition start on this line ("[1] …", "¹ …"; "(1) …" under a rule)? */
export function startsFootnote(line: Line, underRule = false): boolean {
  const mark = footnoteMark(line.text, underRule)
  return mark !== null && line.text.length > mark.length + 1
}

/** A footnote rule at line `i` with a note right under it ("(1) Theo …" included). */
export function startsRuledFootnotes(lines: readonly Line[], i: number): boolean {
  if (!isFootnoteRule(lines[i]!)) return false
  let j = i + 1
  while (j < lines.length && j <= i + 2 && lines[j]!.blank) j++
  const next = lines[j]
  return next !== undefined && startsFootnote(next, true)
}

/** Read consecutive footnote definitions from line `i` (a footnote rule, or the first note). */
export function readFootnotes(ctx: Context, i: number): {node: Draft; next: number} | null {
  const lines = ctx.lines
  const children: Draft[] = []
  const underRule = isFootnoteRule(lines[i]!)
  let j = i
  let last = i
  if (underRule) {
    children.push(leaf('text', lines[i]!.cs, lines[i]!.ce))
    j++
    last = j
  }
  while (j < lines.length) {
    const line = lines[j]!
    if (line.blank) {
      j++
      continue
    }
    const mark = footnoteMark(line.text, underRule)
    if (mark === null || line.text.length <= mark.length + 1) break
    children.push(parent('footnote', [leaf('marker', line.cs, line.cs + mark.length), ...inlines(ctx, line.cs + mark.length, line.ce)], {label: mark.label}))
    j++
    last = j
  }
  if (!children.some((c) => c.type === 'footnote')) return null
  return {node: parent('footnotes', children), next: last}
}
