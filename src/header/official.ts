/**
 * The official header (Nghị định 30/2020/NĐ-CP, Phụ lục I), as lines or
 * flattened into table rows:
 *
 * ```
 * ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
 * Số: 249/KH-UBND | Lạng Sơn, ngày 29 tháng 12 năm 2021 |
 * ```
 */

import {adminLevels, instrumentTypes, issuerHeads, mottos, nationalTitles, separatorChars} from '../../grammars/index.js'
import {endsSentence, fold, isMarkless, isUpperText, squash, startsLower} from '../text/fold.js'
import {dateAfterNgay, findDate} from '../text/dates.js'
import {leaf, parent, propose, report, type Context, type Draft} from '../tree/draft.js'
import {documentTypeLine} from './title.js'
import {bodyName, levelAbbreviationAt, localityOf, parseDocumentNumber, typeNameForCode} from './values.js'
import {scanDocumentNumber} from '../inline/document-number.js'

/** A cell of a header row, in normalised offsets. */
export interface Cell {
  s: number
  e: number
  text: string
}

export type HeaderCellKind = 'nationalTitle' | 'motto' | 'separator' | 'number' | 'placeDate' | 'subject' | 'body' | 'other'

const NATIONAL = nationalTitles.map((t) => fold(t))
const MOTTOS = mottos.map((m) => lettersOnly(fold(m)))
const HEADS = issuerHeads.map((h) => fold(h)).sort((a, b) => b.length - a.length)
/** Type names with their marks ("phương án"), which no body name opens with. */
const MARKED_TYPES = instrumentTypes.map((t) => t.name.toLowerCase())

function lettersOnly(value: string): string {
  return value.replace(/[^a-z]/g, '')
}

/**
 * Split a line into cells at `|`, tabs, or (with `spaces`) runs of three or
 * more spaces, which is how two-column layouts survive copying.
 */
export function splitCells(text: string, s: number, e: number, spaces = true): Cell[] {
  const cells: Cell[] = []
  let start = s
  let i = s
  const push = (from: number, to: number): void => {
    let a = from
    let b = to
    while (a < b && (text[a] === ' ' || text[a] === '\t')) a++
    while (b > a && (text[b - 1] === ' ' || text[b - 1] === '\t')) b--
    if (b > a) cells.push({s: a, e: b, text: text.slice(a, b)})
  }
  while (i < e) {
    const ch = text[i]
    if (ch === '|' || ch === '\t') {
      push(start, i)
      start = i + 1
      i++
      continue
    }
    if (spaces && ch === ' ' && text[i + 1] === ' ' && text[i + 2] === ' ') {
      push(start, i)
      while (i < e && text[i] === ' ') i++
      start = i
      continue
    }
    i++
  }
  push(start, e)
  return cells
}

/** Only separator characters and spaces: "-----", "*", "_______". */
export function isRuleText(text: string): boolean {
  for (const ch of text) if (!separatorChars.includes(ch) && ch !== ' ') return false
  return true
}

/**
 * "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM HUYỆN TAM ĐẢO": two columns run into one
 * cell (a copy whose line breaks were collapsed); the national title and the
 * issuer's second line, apart. The motto after the title stays with it.
 */
function splitNationalTitle(cell: Cell): Cell[] {
  const first = cell.text.charCodeAt(0)
  if (first !== 0x43 && first !== 0x63) return [cell]
  const folded = squash(fold(cell.text))
  const title = NATIONAL.find((t) => folded.startsWith(`${t} `))
  if (title === undefined || MOTTOS.includes(lettersOnly(folded.slice(title.length)))) return [cell]
  // The title's words, counted in the cell's own text.
  let at = 0
  for (let words = title.split(' ').length; words > 0 && at < cell.text.length; words--) {
    while (at < cell.text.length && cell.text[at] === ' ') at++
    while (at < cell.text.length && cell.text[at] !== ' ') at++
  }
  let rest = at
  while (rest < cell.text.length && cell.text[rest] === ' ') rest++
  if (rest >= cell.text.length || MOTTOS.some((m) => lettersOnly(fold(cell.text.slice(rest))).startsWith(m))) return [cell]
  return [
    {s: cell.s, e: cell.s + at, text: cell.text.slice(0, at)},
    {s: cell.s + rest, e: cell.e, text: cell.text.slice(rest)}
  ]
}

/** Classify one header cell, or null when it is not a header part. */
export function headerCellKind(cell: Cell): HeaderCellKind | null {
  const folded = squash(fold(cell.text))
  if (NATIONAL.includes(folded)) return 'nationalTitle'
  const letters = lettersOnly(folded)
  // Both in one cell: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc".
  if (NATIONAL.some((t) => folded.startsWith(t) && MOTTOS.includes(lettersOnly(folded.slice(t.length))))) return 'nationalTitle'
  if (MOTTOS.includes(letters)) return 'motto'
  if ((cell.text.length >= 3 || cell.text === '*') && isRuleText(cell.text)) return 'separator'
  // "Số: 803/KH-UBND", "Số 29-KH/HU", and drafts with the number left blank: "Số:      /KH-SNV".
  if (/^so\s{0,3}[:.]?\s{0,16}[\d/]/.test(folded) && cell.text.length < 60) return 'number'
  if (/^v\/v\s/.test(folded)) return 'subject'
  // A place/date line is short: "Thực hiện Chỉ thị số 23-CT/TU, ngày 05/4/2023 của …" is a sentence.
  if (cell.text.length <= 80 && placeDateIndex(folded) !== -1) return 'placeDate'
  if (cell.text.length <= 100 && isUpperText(cell.text)) {
    // "PHƯƠNG ÁN" (a type) folds like "PHƯỜNG …" (a ward): a type name, with its marks, is no body.
    const lower = squash(cell.text).toLowerCase()
    if (!isMarkless() && MARKED_TYPES.some((t) => lower === t || lower.startsWith(t + ' '))) return null
    for (const head of HEADS) {
      if (folded.startsWith(head) && (folded.length === head.length || folded[head.length] === ' ')) return 'body'
    }
  }
  return null
}

/** Index of ", ngày" in a place/date line ("An Giang, ngày 23 …"), or 0 when it starts with "ngày". */
function placeDateIndex(folded: string): number {
  // "An Giang, ngày 23 …", and drafts with the day left blank: "Quảng Ngãi, ngày     tháng     năm 2024".
  // The place has no digits or slashes ("… số 23-CT/TU, ngày …" is no place),
  // unless it is a numbered district or ward of a city ("Quận 1", "Phường 5").
  const m = /^([^,\d/]{2,40}|(?:quan|phuong) \d{1,2}),\s{0,3}ngay(?:\s{0,3}\d|\s{1,12}thang)/.exec(folded)
  if (m) return m[1]!.length
  if (/^ngay\s{1,3}\d{1,2}\s{1,3}thang/.test(folded)) return 0
  // Any other place with digits ("Khu phố 5, ngày 10 tháng 01 năm 2025"): only when a whole date ends the line.
  const comma = folded.indexOf(', ngay ')
  if (comma >= 2 && comma <= 40 && !folded.slice(0, comma).includes('/')) {
    const date = dateAfterNgay(folded, comma + 2)
    if (date !== null && /^[\s.,;]*$/.test(folded.slice(date.end))) return comma
  }
  return -1
}

/**
 * A date in a header part it cannot name ("Khu 5 - 10/01/2025"): the issue
 * date, inferred, when no place/date line gives one.
 */
export function proposeStrayDate(ctx: Context, s: number, e: number): void {
  const date = findDate(ctx.text, s, e)
  if (date?.iso) propose(ctx, 'issuedDate', date.iso, 'inferred', date.start, date.end)
}

/**
 * A row of at least two cells (at "|" or tabs) with a strong cell (a national
 * title, a number or a place/date) and no more unknown cells than known ones:
 * the unknown ones are kept as "other". Null otherwise.
 */
function strongRow(text: string, s: number, e: number): {cells: Cell[]; kinds: HeaderCellKind[]} | null {
  // Two columns at "|" and tabs, or at runs of spaces.
  for (const spaces of [false, true]) {
    const cells = splitCells(text, s, e, spaces)
    if (cells.length < 2) continue
    const kinds = cells.map((cell) => headerCellKind(cell) ?? 'other')
    const unknown = kinds.filter((k) => k === 'other').length
    if (unknown * 2 > kinds.length || !kinds.some((k) => k === 'nationalTitle' || k === 'number' || k === 'placeDate')) continue
    return {cells, kinds}
  }
  return null
}

/**
 * Read an official header starting at line `i`. It needs a strong part (the
 * national title, a number line or a place/date line).
 */
export function readOfficialHeader(ctx: Context, i: number): {node: Draft; next: number} | null {
  const lines = ctx.lines
  const rows: Array<{cells: Cell[]; kinds: HeaderCellKind[]}> = []
  let j = i
  let last = i
  let strong = false
  let rowStart = -1
  let looseBodies = 0
  while (j < lines.length) {
    const line = lines[j]!
    if (line.blank) {
      j++
      continue
    }
    // A marker line is no header line, unless all its cells are header parts:
    // "*        Phù Mỹ, ngày 21 tháng 02 năm 2018" has a separator "*" first.
    // Cells at "|", tabs and runs of spaces first (two columns flattened); when
    // that fails, at "|" and tabs only: a draft fills its blanks with spaces
    // ("Số:      /KH-SNV", "ngày     tháng     năm 2024").
    let cells: Cell[] = []
    let kinds: HeaderCellKind[] = []
    let ok = false
    for (const spaces of [true, false]) {
      cells = splitCells(ctx.text, line.cs, line.ce, spaces).flatMap(splitNationalTitle)
      kinds = []
      ok = cells.length > 0
      for (const cell of cells) {
        const kind = headerCellKind(cell)
        if (kind === null) {
          ok = false
          break
        }
        kinds.push(kind)
      }
      if (ok) break
    }
    if (!ok) {
      // A flattened row with a strong cell keeps a cell it cannot name as "other":
      // "Số: 45/KH-UBND | Khu 5 - 10/01/2025 |" is still the number row.
      const row = strongRow(ctx.text, line.cs, line.ce)
      // A body the lexicon does not know, in the issuer's column at the top ("ĐÀI PHÁT
      // THANH VÀ TRUYỀN HÌNH TỈNH …"): a body all the same, if a strong part follows.
      const top = looseBodies < 2 && rows.every((r) => r.kinds.every((k) => k === 'body' || k === 'separator' || k === 'nationalTitle' || k === 'motto'))
      if (row !== null) {
        cells = row.cells
        kinds = row.kinds
        if (top && kinds[0] === 'other' && looseBody(cells[0]!.text)) {
          looseBodies++
          kinds[0] = 'body'
        }
      } else if (top && line.marker === null && documentTypeLine(line) === null && looseBody(line.text)) {
        looseBodies++
        cells = [{s: line.cs, e: line.ce, text: line.text}]
        kinds = ['body']
      } else {
        break
      }
    }
    if (kinds.some((k) => k === 'nationalTitle' || k === 'number' || k === 'placeDate')) strong = true
    if (rows.length === 0) rowStart = line.cs
    rows.push({cells, kinds})
    j++
    last = j
    // A wrapped date: the cell ends inside the date; take the next line too.
    const lastCell = cells[cells.length - 1]!
    if (kinds[kinds.length - 1] === 'placeDate' && findDate(ctx.text, lastCell.s, lastCell.e) === null) {
      const next = lines[j]
      if (next && !next.blank && findDate(ctx.text, lastCell.s, next.ce) !== null) {
        lastCell.e = next.ce
        lastCell.text = ctx.text.slice(lastCell.s, lastCell.e)
        j++
        last = j
      }
    }
    // A wrapped "V/v …": its words go on in lower case on the next lines ("V/v triển khai Kế hoạch …\nnăm 2024").
    while (kinds[kinds.length - 1] === 'subject' && j < lines.length && !lines[j]!.blank && lines[j]!.marker === null && startsLower(lines[j]!.text) && !endsSentence(lastCell.text)) {
      lastCell.e = lines[j]!.ce
      lastCell.text = ctx.text.slice(lastCell.s, lastCell.e)
      j++
      last = j
    }
  }
  if (!strong || rows.length === 0) return null

  const children: Draft[] = []
  // The start of the first row ("| " before its first cell) is the header's too.
  if (rows[0]!.cells[0]!.s > rowStart) children.push(leaf('text', rowStart, rows[0]!.cells[0]!.s))
  const bodies: Cell[][] = []
  for (const row of rows) {
    row.cells.forEach((cell, k) => {
      const kind = row.kinds[k]!
      children.push(parent('field', [leaf('text', cell.s, cell.e)], {key: kind, label: null, content: squash(cell.text)}))
      if (kind === 'body') {
        const folded = fold(cell.text)
        const continues = /^(tinh|huyen|thanh pho|thi xa|quan|xa|phuong|thi tran)\s/.test(folded) && !/^(tinh uy|huyen uy)/.test(folded)
        if (continues && bodies.length > 0) bodies[bodies.length - 1]!.push(cell)
        else bodies.push([cell])
      } else {
        proposeCell(ctx, kind, cell)
      }
    })
  }
  const issuer = bodies[bodies.length - 1]
  if (issuer) {
    let name = bodyName(issuer.map((c) => c.text).join(' '))
    // "UBND TỈNH QUẢNG NGÃI / SỞ NỘI VỤ": a department takes its superior's locality
    // ("Sở Nội vụ tỉnh Quảng Ngãi"), so sixty-three Sở Nội vụ stay apart.
    const superior = bodies[bodies.length - 2]
    const superiorName = superior ? bodyName(superior.map((c) => c.text).join(' ')) : ''
    // "TỈNH ỦY BÌNH DƯƠNG / BAN TUYÊN GIÁO": a party committee's organ is named after the committee.
    if (/^(?:Tỉnh|Huyện|Thành|Quận|Thị|Đảng) ủy /u.test(superiorName) && !/ (?:ủy|Ủy)(?: |$)/u.test(name)) name = `${name} ${superiorName}`
    // "Huyện ủy Quỳnh Lưu" is named by its place already.
    else if (superior && localityOf(name) === null && !/^(?:Tỉnh|Huyện|Thành|Quận|Thị) ủy /u.test(name)) {
      const place = localityOf(superiorName)
      // "BỆNH VIỆN ĐA KHOA TỈNH" under "SỞ Y TẾ TỈNH QUẢNG NAM": the level it ends on is that place's.
      const level = place === null ? undefined : adminLevels.find((l) => place.startsWith(`${l} `))
      if (place !== null && level !== undefined && name.endsWith(` ${level}`)) name = `${name.slice(0, name.length - level.length)}${place}`
      else if (place !== null) name = `${name} ${place}`
    }
    propose(ctx, 'issuer', name, 'header', issuer[0]!.s, issuer[issuer.length - 1]!.e)
  }
  // The rest of the last row ("… năm 2025 |") is the header's too, not loose text after it.
  const lastCells = rows[rows.length - 1]!.cells
  const cellsEnd = lastCells[lastCells.length - 1]!.e
  const rowEnd = lines[last - 1]!.ce
  if (rowEnd > cellsEnd) children.push(leaf('text', cellsEnd, rowEnd))
  return {node: parent('header', children), next: last}
}

/** Short text in capitals with no digits or punctuation: a body's name, maybe. */
function looseBody(value: string): boolean {
  const text = value.trim()
  if (text.length < 4 || text.length > 80 || !isUpperText(text)) return false
  // "… TP. HỒ CHÍ MINH": the dot of an abbreviated level is no punctuation.
  return !/[\d|:;,.]/.test(text.split(' ').map((word) => word.slice(levelAbbreviationAt(word))).join(' '))
}

/** "Số:", "So." before the number in its cell. */
const NUMBER_LABEL = /^\s*S[ốo]\s*[:.]?\s*/iu

function proposeCell(ctx: Context, kind: HeaderCellKind, cell: Cell): void {
  if (kind === 'other') {
    report(ctx, 'unknown-header-cell', `Unexpected header cell "${squash(cell.text)}", expected an issuer, a number, a place and date or a subject: kept as "other"`, cell.s, cell.e)
    proposeStrayDate(ctx, cell.s, cell.e)
    return
  }
  if (kind === 'number') {
    // "Số: 15 /KH-UBND Tân Phú, ngày 10 tháng 02 năm 2024": a row run together, the number then the place and date.
    const label = NUMBER_LABEL.exec(cell.text)?.[0].length ?? 0
    const found = scanDocumentNumber(ctx.text, cell.s + label, cell.e)
    // "Số: 215/KH-UBND — Huế, ngày …": the dash or comma between them is neither's.
    let from = found === null ? cell.e : found.end
    while (from < cell.e && ' \t-–—,;|*'.includes(ctx.text[from]!)) from++
    const rest = found === null ? null : {s: from, e: cell.e, text: ctx.text.slice(from, cell.e)}
    if (found !== null && rest !== null && headerCellKind(rest) === 'placeDate') {
      propose(ctx, 'documentNumber', found.number, 'header', cell.s, found.end)
      if (found.parts.typeName) propose(ctx, 'documentType', found.parts.typeName, 'inferred', cell.s, found.end)
      proposeCell(ctx, 'placeDate', rest)
      return
    }
    const raw = cell.text.slice(label)
    const parts = parseDocumentNumber(raw)
    // A draft leaves the number blank ("/KH-SNV"): no number, but the type code still says Kế hoạch.
    const blank = /^\/\s{0,3}([A-ZĐa-zđ]+)/u.exec(raw.trim())
    // The number as scanned: "Số: 12/KH-UBND, ngày 05/01/2024" has more after it.
    if (!blank) propose(ctx, 'documentNumber', found !== null ? found.number : parts ? parts.number : raw.replace(/\s+/g, ''), 'header', cell.s, cell.e)
    else report(ctx, 'blank-number', `Unexpected number left blank ("${squash(cell.text)}"), expected a serial before "/": a draft; documentNumber is null`, cell.s, cell.e, 'info')
    // … and the date after the number is the document's.
    if (found !== null && rest !== null && /^ng[àa]y\s/iu.test(rest.text)) {
      const date = findDate(ctx.text, rest.s, rest.e)
      if (date?.iso) propose(ctx, 'issuedDate', date.iso, 'header', rest.s, rest.e)
    }
    const type = parts?.typeName ?? found?.parts.typeName ?? (blank ? typeNameForCode(blank[1]!) : null)
    if (type) propose(ctx, 'documentType', type, 'inferred', cell.s, cell.e)
    return
  }
  if (kind === 'placeDate') {
    const folded = fold(cell.text)
    const comma = placeDateIndex(folded)
    if (comma > 0) propose(ctx, 'place', squash(cell.text.slice(0, comma)), 'header', cell.s, cell.s + comma)
    const date = findDate(ctx.text, cell.s, cell.e)
    if (date?.iso) propose(ctx, 'issuedDate', date.iso, 'header', cell.s, cell.e)
    else if (date) report(ctx, 'invalid-date', `Unexpected date "${ctx.text.slice(date.start, date.end)}", expected a day that exists`, date.start, date.end)
    else if (blankDate(folded)) report(ctx, 'blank-date', `Unexpected date left blank ("${squash(cell.text)}"), expected the day filled in: a draft; issuedDate is null`, cell.s, cell.e, 'info')
    return
  }
  if (kind === 'subject') {
    propose(ctx, 'title', squash(cell.text.replace(/^V\/v\s*/iu, '')), 'header', cell.s, cell.e)
  }
}

/**
 * "ngày     tháng     năm 2024", "ngày    tháng 4 năm 2024" (folded) at the
 * end of a place/date cell: a draft's date with its day left blank.
 */
function blankDate(folded: string): boolean {
  let i = folded.lastIndexOf('ngay')
  if (i === -1) return false
  const spaces = (): void => {
    while (folded[i] === ' ' || folded[i] === '\t') i++
  }
  const word = (w: string): boolean => {
    if (!folded.startsWith(w, i)) return false
    i += w.length
    return true
  }
  const digits = (most: number): void => {
    const from = i
    while (i - from < most && folded.charCodeAt(i) >= 0x30 && folded.charCodeAt(i) <= 0x39) i++
  }
  i += 4
  spaces()
  if (!word('thang')) return false
  spaces()
  digits(2)
  spaces()
  if (!word('nam')) return false
  spaces()
  digits(4)
  spaces()
  return i >= folded.length || /^[.,;]?\s*$/.test(folded.slice(i))
}
