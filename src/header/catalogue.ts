/**
 * The catalogue block portals put before a document:
 *
 * ```
 * Kế hoạch 803/KH-UBND năm 2021 về cải cách hành chính tỉnh An Giang năm 2022
 *
 * Số hiệu 803/KH-UBND
 * Ngày ban hành 23/12/2021
 * Người ký Nguyễn Thanh Bình
 * ```
 *
 * One field a line, several flattened into one line, or `|` table rows.
 */

import {catalogueLabels, type CatalogueKey} from '../../grammars/index.js'
import type {Line} from '../lines/classify.js'
import {fold, squash, stripEnd, stripStart} from '../text/fold.js'
import {dateAt} from '../text/dates.js'
import {leaf, parent, propose, report, type Context, type Draft} from '../tree/draft.js'
import {bodyName, foldedTypeNames, parseDocumentNumber, personName} from './values.js'

const LABELS = catalogueLabels
  .map(([label, key]) => ({label, key, folded: fold(label)}))
  .sort((a, b) => b.folded.length - a.folded.length)

const TYPE_NAMES = foldedTypeNames

interface FieldHit {
  key: CatalogueKey
  label: string
  /** Offsets in the line text. */
  labelStart: number
  labelEnd: number
}

function isBoundary(folded: string, at: number): boolean {
  const ch = folded[at]
  return ch === undefined || ch === ' ' || ch === ':' || ch === '|' || ch === '\t'
}

/** Catalogue labels in a line, at word boundaries, in order. */
function fieldHits(line: Line): FieldHit[] {
  const folded = line.folded
  const hits: FieldHit[] = []
  let at = 0
  while (at < folded.length) {
    const prev = folded[at - 1]
    if (at === 0 || prev === ' ' || prev === '|' || prev === '\t') {
      const hit = LABELS.find((l) => folded.startsWith(l.folded, at) && isBoundary(folded, at + l.folded.length))
      if (hit) {
        hits.push({key: hit.key, label: line.text.slice(at, at + hit.folded.length), labelStart: at, labelEnd: at + hit.folded.length})
        at += hit.folded.length
        continue
      }
    }
    at++
  }
  return hits
}

/** A line whose content opens with a catalogue label ("Số hiệu …", "| Người ký |"). */
function isFieldLine(line: Line): boolean {
  if (line.blank || line.text.length > 400) return false
  const hits = fieldHits(line)
  const first = hits[0]
  if (first === undefined) return false
  const before = line.text.slice(0, first.labelStart).replace(/[|\s]/g, '')
  return before.length === 0
}

/** "Kế hoạch 803/KH-UBND năm 2021 về …": a caption naming type and number. */
function isCaption(line: Line): boolean {
  if (line.blank || line.marker !== null) return false
  const type = TYPE_NAMES.find((t) => line.folded.startsWith(t.folded + ' '))
  if (!type) return false
  const rest = line.text.slice(type.folded.length).trimStart()
  return /^(?:số\s)?\s{0,2}\d{1,6}[a-zđ]?\s{0,2}[/-]/i.test(rest)
}

/** Clean a field value of its separators. */
function valueText(raw: string): string {
  return squash(stripEnd(stripStart(raw, ':|'), '|'))
}

/**
 * Read a catalogue block starting at line `i`, or return null. At least two
 * fields are needed.
 */
export function readCatalogue(ctx: Context, i: number): {node: Draft; next: number} | null {
  const lines = ctx.lines
  let j = i
  let caption: Line | null = null
  if (lines[j] && isCaption(lines[j]!)) {
    caption = lines[j]!
    j++
  }
  const fieldLines: Line[] = []
  let last = j
  while (j < lines.length) {
    const line = lines[j]!
    if (line.blank) {
      j++
      continue
    }
    if (!isFieldLine(line)) break
    fieldLines.push(line)
    j++
    last = j
  }
  const hitCount = fieldLines.reduce((n, l) => n + fieldHits(l).length, 0)
  if (hitCount < 2) return null

  const children: Draft[] = []
  if (caption) {
    children.push(parent('field', [leaf('text', caption.cs, caption.ce)], {key: 'caption', label: null, content: squash(caption.text)}))
    proposeFromCaption(ctx, caption)
  }
  for (const line of fieldLines) {
    const hits = fieldHits(line)
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h]!
      const valueEnd = h + 1 < hits.length ? hits[h + 1]!.labelStart : line.text.length
      const content = valueText(line.text.slice(hit.labelEnd, valueEnd))
      let end = line.cs + valueEnd
      while (end > line.cs + hit.labelStart && /[\s|]/.test(ctx.text[end - 1]!)) end--
      const s = line.cs + hit.labelStart
      children.push(parent('field', [leaf('text', s, end)], {key: hit.key, label: hit.label, content}))
      proposeField(ctx, hit.key, content, s, end)
    }
  }
  return {node: parent('catalogue', children), next: last}
}

function proposeFromCaption(ctx: Context, caption: Line): void {
  const type = TYPE_NAMES.find((t) => caption.folded.startsWith(t.folded + ' '))
  if (!type) return
  // "Kế hoạch 803/KH-UBND năm 2021 về cải cách …": skip type, number and year.
  const words = caption.text.slice(type.folded.length).trim().split(' ')
  let w = 0
  if (fold(words[w] ?? '') === 'so') w++
  w++ // the number
  if (fold(words[w] ?? '') === 'nam' && /^\d{4}$/.test(words[w + 1] ?? '')) w += 2
  const subject = words.slice(w).join(' ').replace(/^về\s(?:việc\s)?/iu, '')
  if (subject.length > 0) propose(ctx, 'captionTitle', subject, 'catalogue', caption.cs, caption.ce)
}

function proposeField(ctx: Context, key: CatalogueKey, content: string, s: number, e: number): void {
  if (content.length === 0) return
  switch (key) {
    case 'documentNumber': {
      const parts = parseDocumentNumber(content)
      propose(ctx, 'documentNumber', parts ? parts.number : content.replace(/\s+/g, ''), 'catalogue', s, e)
      break
    }
    case 'issuedDate':
    case 'effectiveDate': {
      const d = dateAt(content, 0)
      if (d?.iso) propose(ctx, key, d.iso, 'catalogue', s, e)
      else if (d) report(ctx, 'invalid-date', `Unexpected date "${content}", expected a day that exists`, s, e)
      break
    }
    case 'documentType':
      propose(ctx, 'documentType', content, 'catalogue', s, e)
      break
    case 'issuer':
      propose(ctx, 'issuer', bodyName(content), 'catalogue', s, e)
      break
    case 'signer':
      propose(ctx, 'signer', personName(content), 'catalogue', s, e)
      break
    case 'signerTitle':
    case 'field':
    case 'title':
      propose(ctx, key, content, 'catalogue', s, e)
      break
    default:
      break
  }
}
