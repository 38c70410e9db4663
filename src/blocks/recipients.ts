/**
 * Nơi nhận: the recipients list, "- Như trên;" … "- Lưu: VT, NC."
 */

import type {Line} from '../lines/classify.js'
import {startsWithBullet} from '../lines/markers.js'
import {splitCells} from '../header/official.js'
import {inlines} from '../inline/index.js'
import {squash, stripEnd, stripStart} from '../text/fold.js'
import {leaf, parent, type Context, type Draft} from '../tree/draft.js'
import {startsAppendix} from './appendix.js'
import {signatureCell, proposeSignature} from './signature.js'

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
  // Two columns flattened into lines: recipients on the left, the signature on the right.
  const signature: Array<{kind: string; text: string; s: number; e: number}> = []
  const addLine = (from: number, to: number): void => {
    const cells = splitCells(ctx.text, from, to)
    const first = cells[0]
    if (!first) return
    let recipientEnd = first.e
    for (const cell of cells.slice(1)) {
      const kind = signatureCell(cell.text)
      if (kind === null) {
        recipientEnd = cell.e
        continue
      }
      signature.push({kind, text: cell.text, s: cell.s, e: cell.e})
    }
    const own = signatureCell(first.text)
    if (own !== null && cells.length === 1 && first.text.length < 60 && !startsWithBullet(first.text)) {
      signature.push({kind: own, text: first.text, s: first.s, e: first.e})
      children.push(parent('field', [leaf('text', first.s, first.e)], {key: own, label: null, content: squash(first.text)}))
      return
    }
    children.push(parent('paragraph', inlines(ctx, first.s, recipientEnd)))
    names.push(cleanRecipient(ctx.text.slice(first.s, recipientEnd)))
    for (const cell of cells.slice(1)) {
      const kind = signatureCell(cell.text)
      if (kind !== null && cell.s >= recipientEnd) children.push(parent('field', [leaf('text', cell.s, cell.e)], {key: kind, label: null, content: squash(cell.text)}))
    }
  }
  if (labelEnd < head.ce) addLine(labelEnd, head.ce)
  let j = i + 1
  let last = j
  // After "- Lưu: VT." only the rest of the signature's column may follow (its name, far to the right).
  let closed = false
  while (j < lines.length) {
    const line = lines[j]!
    // "| |": an empty row of the flattened columns, as blank as a blank line.
    if (line.blank || /^[|\s]+$/.test(line.text)) {
      j++
      continue
    }
    if (startsAppendix(line)) break
    const style = line.marker?.style
    // "| Lê Thị Hoa": the signature's column alone, its left cell empty.
    const right = line.text.startsWith('|') ? squash(stripEnd(stripStart(line.text, '|'), '|')) : line.text
    const signatureOnly = style === undefined && signatureCell(right) !== null && signature.length > 0
    if (closed ? !signatureOnly : style !== 'dash' && style !== 'plus' && style !== 'bullet' && !/^luu\b/.test(line.folded) && !signatureOnly) break
    addLine(line.cs, line.ce)
    j++
    last = j
    if (signature.some((p) => p.kind === 'name')) break
    if (/^[-+•]?\s{0,3}luu\b/.test(line.folded) && !splitCells(ctx.text, line.cs, line.ce).slice(1).length) {
      if (signature.length === 0) break
      closed = true
    }
  }
  if (signature.length > 0) proposeSignature(ctx, signature)
  // The list ends with its last line: a closing "|" after the last cell is the list's too.
  const tail = children[children.length - 1]!.e
  const end = lines[last - 1]?.ce ?? tail
  if (end > tail) children.push(leaf('text', tail, end))
  return {node: parent('recipients', children, {recipients: names.filter((n) => n.length > 0)}), next: last}
}

function cleanRecipient(value: string): string {
  return squash(stripEnd(stripStart(value, '-+•–'), ';,.'))
}
