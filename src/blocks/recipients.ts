/**
 * Nơi nhận: the recipients list, "- Như trên;" … "- Lưu: VT, NC."
 */

import type {Line} from '../lines/classify.js'
import {inlines} from '../inline/index.js'
import {squash} from '../text/fold.js'
import {leaf, parent, type Context, type Draft} from '../tree/draft.js'

/** Does a recipients list start on this line ("Nơi nhận:")? */
export function startsRecipients(line: Line): boolean {
  const first = line.text[0]
  if (first !== 'N' && first !== 'n' && first !== '|') return false
  return /^\|?\s{0,3}noi nhan\s{0,2}(?::|$)/.test(line.folded)
}

/** Read the recipients list from line `i`. */
export function readRecipients(ctx: Context, i: number): {node: Draft; next: number} | null {
  const lines = ctx.lines
  const head = lines[i]
  if (!head || !startsRecipients(head)) return null
  const colon = head.text.indexOf(':')
  const labelEnd = colon === -1 ? head.ce : head.cs + colon + 1
  const children: Draft[] = [parent('field', [leaf('text', head.cs, labelEnd)], {key: 'label', label: null, content: 'Nơi nhận'})]
  const names: string[] = []
  if (labelEnd < head.ce) {
    children.push(parent('paragraph', inlines(ctx, labelEnd, head.ce)))
    names.push(cleanRecipient(ctx.text.slice(labelEnd, head.ce)))
  }
  let j = i + 1
  let last = j
  while (j < lines.length) {
    const line = lines[j]!
    if (line.blank) {
      j++
      continue
    }
    const style = line.marker?.style
    if (style !== 'dash' && style !== 'plus' && style !== 'bullet' && !/^luu\b/.test(line.folded)) break
    children.push(parent('paragraph', inlines(ctx, line.cs, line.ce)))
    names.push(cleanRecipient(line.text))
    j++
    last = j
    if (/^[-+•]?\s{0,3}luu\b/.test(line.folded)) break
  }
  return {node: parent('recipients', children, {recipients: names.filter((n) => n.length > 0)}), next: last}
}

function cleanRecipient(value: string): string {
  return squash(value.replace(/^[\s\-+•–]+/, '').replace(/[;,.\s]+$/, ''))
}
