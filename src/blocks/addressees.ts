/**
 * Kính gửi: the addressees of a Công văn or a report, "Kính gửi: Ủy ban nhân
 * dân tỉnh." on one line, or "Kính gửi:" over "- Các sở, ban, ngành;" lines.
 */

import type {Line} from '../lines/classify.js'
import {inlines} from '../inline/index.js'
import {squash, stripEnd, stripStart} from '../text/fold.js'
import {leaf, parent, type Context, type Draft} from '../tree/draft.js'

/** Does an addressee list start on this line ("Kính gửi:")? */
export function startsAddressees(line: Line): boolean {
  const first = line.text[0]
  if (first !== 'K' && first !== 'k') return false
  return /^kinh gui\s{0,2}(?::|$)/.test(line.folded)
}

/** Read the addressees from line `i`: the rest of its line, then its "- …" lines. */
export function readAddressees(ctx: Context, i: number): {node: Draft; next: number} | null {
  const lines = ctx.lines
  const head = lines[i]
  if (head === undefined || !startsAddressees(head)) return null
  const colon = head.text.indexOf(':')
  const labelEnd = colon === -1 ? head.ce : head.cs + colon + 1
  const children: Draft[] = [parent('field', [leaf('text', head.cs, labelEnd)], {key: 'label', label: null, content: 'Kính gửi'})]
  const names: string[] = []
  const add = (s: number, e: number): void => {
    while (s < e && ctx.text[s] === ' ') s++
    if (s >= e) return
    children.push(parent('paragraph', inlines(ctx, s, e)))
    names.push(squash(stripEnd(stripStart(ctx.text.slice(s, e), '-+•–'), ';,.')))
  }
  add(labelEnd, head.ce)
  let next = i + 1
  for (let j = i + 1; j < lines.length && j <= i + 60; j++) {
    const line = lines[j]!
    if (line.blank) continue
    const style = line.marker?.style
    if (style !== 'dash' && style !== 'plus' && style !== 'bullet') break
    add(line.cs, line.ce)
    next = j + 1
  }
  return {node: parent('addressees', children, {addressees: names.filter((n) => n.length > 0)}), next}
}
