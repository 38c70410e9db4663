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

import {catalogueColonLabels, catalogueLabels, signerTitles, type CatalogueKey} from '../../grammars/index.js'
import {joinLines, type Line} from '../lines/classify.js'
import {capitalize, endsSentence, fold, squash, startsLower, stripEnd, stripStart} from '../text/fold.js'
import {dateAt} from '../text/dates.js'
import {leaf, parent, propose, report, type Context, type Draft} from '../tree/draft.js'
import {isPageChrome} from '../blocks/leftover.js'
import {headerCellKind, splitCells} from './official.js'
import {documentTypeLine} from './title.js'
import {bodyName, foldedTypeNames, looksLikePersonName, parseDocumentNumber, personName} from './values.js'

const LABELS = catalogueLabels
  .map(([label, key]) => ({label, key, folded: fold(label), colon: false}))
  .concat(catalogueColonLabels.map(([label, key]) => ({label, key, folded: fold(label), colon: true})))
  .sort((a, b) => b.folded.length - a.folded.length)

const TYPE_NAMES = foldedTypeNames

interface FieldHit {
  key: CatalogueKey
  label: string
  /** Offsets in the line text. */
  labelStart: number
  labelEnd: number
}

/** After a label: its end, a colon, a cell border, or the "/" of a combined label ("Cơ quan ban hành/Chức danh/Người ký"). */
function isBoundary(folded: string, at: number, colon: boolean): boolean {
  const ch = folded[at]
  if (colon) return ch === ':'
  return ch === undefined || ch === ' ' || ch === ':' || ch === '|' || ch === '\t' || ch === '/'
}

/** Catalogue labels in a line, at word boundaries, in order. */
function fieldHits(line: Line): FieldHit[] {
  const folded = line.folded
  const hits: FieldHit[] = []
  let at = 0
  while (at < folded.length) {
    const prev = folded[at - 1]
    if (at === 0 || prev === ' ' || prev === '|' || prev === '\t' || (prev === '/' && hits.length > 0 && /^\s*\/\s*$/.test(folded.slice(hits[hits.length - 1]!.labelEnd, at)))) {
      const hit = LABELS.find((l) => folded.startsWith(l.folded, at) && isBoundary(folded, at + l.folded.length, l.colon))
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

/** A line that is one catalogue label and nothing else ("Số hiệu", "| Người ký |", "Ngày ban hành:"). */
function labelAlone(line: Line): boolean {
  const hits = fieldHits(line)
  return hits.length === 1 && valueText(line.text.slice(hits[0]!.labelEnd)) === ''
}

/** "Kế hoạch 803/KH-UBND năm 2021 về …": a caption naming type and number. */
function isCaption(line: Line): boolean {
  if (line.blank || line.marker !== null) return false
  const type = TYPE_NAMES.find((t) => line.folded.startsWith(t.folded + ' '))
  if (!type) return false
  const rest = line.text.slice(type.folded.length).trimStart()
  return /^(?:số\s)?\s{0,2}\d{1,6}[a-zđ]?\s{0,2}[/-]/i.test(rest)
}

/** "Áp dụng: Đã biết": a short capitalised label (one to four words) and a colon; the label, or null. */
function unknownLabel(line: Line): string | null {
  if (line.marker !== null || line.text.length > 160) return null
  const colon = line.text.indexOf(':')
  if (colon < 2 || colon > 30) return null
  const label = line.text.slice(0, colon).trim()
  const first = label[0]!
  if (first === first.toLowerCase() || label.split(' ').length > 4 || /[\d,.;()|/]/.test(label)) return null
  return label
}

/** Is the next non-blank line from `from` a catalogue field line? */
function nextIsField(lines: readonly Line[], from: number): boolean {
  let k = from
  while (k < lines.length && lines[k]!.blank) k++
  return k < lines.length && isFieldLine(lines[k]!)
}

/** "Kế hoạch 112/KH-UBND năm 2023 …": type, number and "năm" with the year, no "số" or "ngày". */
function isPageTitle(caption: Line): boolean {
  const type = TYPE_NAMES.find((t) => caption.folded.startsWith(t.folded + ' '))
  return type !== undefined && /^ \d{1,6}[a-z]?\/[^\s]{2,30} nam \d{4}(?!\d)/.test(caption.folded.slice(type.folded.length))
}

/** Does more front matter follow within a few lines (page chrome, a header part, the type line)? */
function frontFollows(lines: readonly Line[], from: number): boolean {
  for (let k = from, seen = 0; k < lines.length && seen < 4; k++) {
    const line = lines[k]!
    if (line.blank) continue
    seen++
    if (isPageChrome(line) || documentTypeLine(line) !== null) return true
    if (splitCells(line.text, 0, line.text.length).some((cell) => {
      const kind = headerCellKind(cell)
      return kind === 'nationalTitle' || kind === 'motto' || kind === 'number' || kind === 'placeDate' || kind === 'body'
    })) return true
  }
  return false
}

/** Does the line at `i` open the text, a numbered part right under it ("Kế hoạch 156/KH-UBND năm 2023 …\nI. MỤC TIÊU")? */
function opensOverParts(lines: readonly Line[], i: number): boolean {
  if (i > 3 || !lines.slice(0, i).every((l) => l.blank)) return false
  let under = i + 1
  while (under < lines.length && lines[under]!.blank) under++
  return under < lines.length && lines[under]!.marker !== null
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
    // A caption hard-wrapped over up to three lines, before the fields.
    let end = j
    while (end < lines.length && end - j < 3 && !lines[end]!.blank && lines[end]!.marker === null && !isFieldLine(lines[end]!)) end++
    let next = end
    while (next < lines.length && lines[next]!.blank) next++
    if (end > j && next < lines.length && isFieldLine(lines[next]!)) {
      caption = joinLines(ctx.text, ctx.folded, caption, lines[end - 1]!)
      j = end
    }
  }
  const fieldLines: Line[] = []
  let last = j
  while (j < lines.length) {
    const line = lines[j]!
    if (line.blank) {
      j++
      continue
    }
    // "Trích yếu nội dung: Kế hoạch triển khai … trên địa\nbàn tỉnh Thái Nguyên": a value wrapped onto the next line.
    const previous = fieldLines[fieldLines.length - 1]
    if (previous !== undefined && j === last && !isFieldLine(line) && startsLower(line.text) && !endsSentence(previous.text)) {
      fieldLines[fieldLines.length - 1] = joinLines(ctx.text, ctx.folded, previous, line)
      j++
      last = j
      continue
    }
    // A label the lexicon does not know ("Áp dụng: Đã biết") between known ones is a field all the same.
    if (!isFieldLine(line) && !(fieldLines.length > 0 && unknownLabel(line) !== null && nextIsField(lines, j + 1))) break
    // "Số hiệu\n1520/QĐ-UBND": a label alone on its line, its value on the next (a table copied cell by cell).
    const value = labelAlone(line) ? lines[j + 1] : undefined
    if (value !== undefined && !value.blank && value.text.length <= 200 && !isFieldLine(value)) {
      fieldLines.push(joinLines(ctx.text, ctx.folded, line, value))
      j += 2
      last = j
      continue
    }
    fieldLines.push(line)
    j++
    last = j
  }
  const hitCount = fieldLines.reduce((n, l) => n + fieldHits(l).length, 0)
  // A caption alone in a portal's page-title form ("Kế hoạch 112/KH-UBND năm 2023 …") names the document too.
  const alone = caption !== null && hitCount === 0 && isPageTitle(caption) && (frontFollows(lines, i + 1) || opensOverParts(lines, i))
  if (hitCount < 2 && !alone) return null

  const children: Draft[] = []
  if (caption) {
    children.push(parent('field', [leaf('text', caption.cs, caption.ce)], {key: 'caption', label: null, content: squash(caption.text)}))
    proposeFromCaption(ctx, caption)
  }
  for (const line of fieldLines) {
    const hits = fieldHits(line)
    const unknown = hits.length === 0 ? unknownLabel(line) : null
    if (unknown !== null) {
      children.push(parent('field', [leaf('text', line.cs, line.ce)], {key: 'other', label: unknown, content: valueText(line.text.slice(unknown.length + 1))}))
      continue
    }
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h]!
      const valueEnd = h + 1 < hits.length ? hits[h + 1]!.labelStart : line.text.length
      let content = valueText(line.text.slice(hit.labelEnd, valueEnd))
      // "Cơ quan ban hành/Chức danh/Người ký | Sở Nội vụ | Giám đốc | Nguyễn Văn An":
      // the labels of a group take the cells after the last of them, in order.
      const group = labelGroup(line, hits, h)
      if (group !== null) content = group.values[h - group.first] ?? ''
      let end = line.cs + valueEnd
      while (end > line.cs + hit.labelStart && /[\s|]/.test(ctx.text[end - 1]!)) end--
      const s = line.cs + hit.labelStart
      children.push(parent('field', [leaf('text', s, end)], {key: hit.key, label: hit.label, content}))
      proposeField(ctx, hit.key, content, s, end)
    }
  }
  return {node: parent('catalogue', children), next: last}
}

/** The combined labels around hit `h` ("A/B/C") and the cells after them, or null. */
function labelGroup(line: Line, hits: readonly FieldHit[], h: number): {first: number; values: string[]} | null {
  const joined = (k: number): boolean => k + 1 < hits.length && /^\s*\/\s*$/.test(line.text.slice(hits[k]!.labelEnd, hits[k + 1]!.labelStart))
  let first = h
  while (first > 0 && joined(first - 1)) first--
  let last = h
  while (joined(last)) last++
  if (first === last) return null
  const end = last + 1 < hits.length ? hits[last + 1]!.labelStart : line.text.length
  const values = line.text
    .slice(hits[last]!.labelEnd, end)
    .split(/[|\t]/)
    .map((v) => valueText(v))
    .filter((v) => v.length > 0)
  // "… / Chức danh / Người ký UBND tỉnh Hà Giang Chủ tịch Nguyễn Văn Sơn": the cells run together with
  // single spaces; the signer's title divides the body from the name.
  const keys = hits.slice(first, last + 1).map((hit) => hit.key).join(' ')
  if (values.length === 1 && keys === 'issuer signerTitle signer') {
    const split = splitAtTitle(values[0]!)
    if (split !== null) return {first, values: split}
  }
  return {first, values}
}

const TITLES_LONGEST_FIRST = [...signerTitles].sort((a, b) => b.length - a.length)

/** "UBND tỉnh Hà Giang Chủ tịch Nguyễn Văn Sơn" → body, title, name; null without a title between two words. */
function splitAtTitle(value: string): [string, string, string] | null {
  for (const title of TITLES_LONGEST_FIRST) {
    for (let at = value.indexOf(` ${title} `); at !== -1; at = value.indexOf(` ${title} `, at + 1)) {
      const name = value.slice(at + title.length + 2)
      if (looksLikePersonName(name)) return [value.slice(0, at), title, name]
    }
  }
  return null
}

/** "… do Ủy ban nhân dân tỉnh Bắc Giang ban hành" at the end of a page title. */
const ISSUED_BY = / do (\p{Lu}[^,;]{2,100}) ban hành$/u

function proposeFromCaption(ctx: Context, caption: Line): void {
  const type = TYPE_NAMES.find((t) => caption.folded.startsWith(t.folded + ' '))
  if (!type) return
  // "Kế hoạch 803/KH-UBND năm 2021 về cải cách …": skip type, number and year.
  const words = caption.text.slice(type.folded.length).trim().split(' ')
  let w = 0
  if (fold(words[w] ?? '') === 'so') w++
  w++ // the number
  if (fold(words[w] ?? '') === 'nam' && /^\d{4}$/.test(words[w + 1] ?? '')) w += 2
  let subject = words.slice(w).join(' ').replace(/^(?:về|ve)\s(?:(?:việc|viec)\s)?/iu, '')
  // "… tỉnh Bắc Giang do Ủy ban nhân dân tỉnh Bắc Giang ban hành": the issuer, after the subject.
  const by = ISSUED_BY.exec(subject)
  if (by !== null) {
    subject = subject.slice(0, by.index)
    propose(ctx, 'issuer', bodyName(by[1]!), 'catalogue', caption.cs, caption.ce)
  }
  if (subject.length > 0) propose(ctx, 'captionTitle', subject, 'catalogue', caption.cs, caption.ce)
  propose(ctx, 'documentType', type.name, 'catalogue', caption.cs, caption.ce)
  const number = parseDocumentNumber(words[fold(words[0] ?? '') === 'so' ? 1 : 0] ?? '')
  if (number !== null) propose(ctx, 'documentNumber', number.number, 'catalogue', caption.cs, caption.ce)
}

function proposeField(ctx: Context, key: CatalogueKey, content: string, s: number, e: number): void {
  if (content.length === 0) return
  switch (key) {
    case 'documentNumber': {
      const parts = parseDocumentNumber(content)
      // "Văn bản: Đang cập nhật": no number.
      if (parts === null && !/\d/.test(content)) break
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
    case 'title': {
      // "Trích yếu: Kế hoạch cải cách hành chính năm 2023": the type is `documentType`, the title what follows.
      const type = TYPE_NAMES.find((t) => fold(content).startsWith(`${t.folded} `))
      const rest = type ? content.slice(type.folded.length + 1) : content
      // What follows the type opens the trích yếu, as under the type line: "Triển khai …".
      propose(ctx, 'title', type && rest.length > 0 && !/^(?:số\s|\d)/iu.test(rest) ? capitalize(rest) : content, 'catalogue', s, e)
      break
    }
    case 'signerTitle':
    case 'field':
      propose(ctx, key, content, 'catalogue', s, e)
      break
    default:
      break
  }
}
