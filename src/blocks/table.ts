/**
 * Plain-text tables: `|` rows ("Nội dung | Cơ quan chủ trì | … |"), a Markdown
 * separator row ("---|---"), tab-separated rows, or columns laid out with
 * spaces (`pdftotext -layout`) under a header of known column labels. A row
 * hard-wrapped over several lines is joined; a row with the wrong number of
 * cells still parses (losslessly) with a diagnostic.
 */

import {indicatorColumnLabels, reportedColumnLabels, taskColumnKeywords, taskColumnLabels, type IndicatorColumn, type TaskColumn} from '../../grammars/index.js'
import type {Line} from '../lines/classify.js'
import {splitCells, type Cell} from '../header/official.js'
import {inlines} from '../inline/index.js'
import {fold, squash, startsLower} from '../text/fold.js'
import {leaf, parent, report, type Context, type Draft} from '../tree/draft.js'

const LABELS = taskColumnLabels.map(([label, column]) => ({folded: fold(label), column})).sort((a, b) => b.folded.length - a.folded.length)

/** A line that is a table row: two or more "|", or tab-separated cells. Runs on every line: two native searches. */
export function isTableRow(line: Line): boolean {
  if (line.blank) return false
  const text = line.text
  if (isGridBorder(text)) return true
  const pipe = text.indexOf('|')
  if (pipe !== -1 && text.indexOf('|', pipe + 1) !== -1) return true
  if (text.indexOf('\t') === -1) return false
  const cells = text.split('\t').filter((c) => c.trim().length > 0)
  // "I.<TAB>MỤC TIÊU", "-<TAB>Phấn đấu …": Word puts a tab after the numbering; that is no row of two cells.
  return cells.length >= 3 || (cells.length === 2 && (line.marker === null || line.marker.end !== text.indexOf('\t')))
}

/** "---|:---:|---": a Markdown separator row; "+-----+====+": a grid table's border (pandoc, Emacs). */
function isSeparator(line: Line): boolean {
  return (/^[\s|:-]+$/.test(line.text) && line.text.includes('-') && line.text.includes('|')) || isGridBorder(line.text)
}

/** "+-----+-------+", "+=====+=====+": a border of a grid table. */
function isGridBorder(text: string): boolean {
  return text.length >= 3 && text[0] === '+' && text[text.length - 1] === '+' && /^[-=:+]+$/.test(text) && text.includes('-', 1) !== text.includes('=', 1)
}

/** The task column a header cell names, or null. */
export function taskColumnOf(label: string): TaskColumn | null {
  const folded = squash(fold(label))
  // "Nhiệm vụ, giải pháp", "Kết quả/sản phẩm": a label opens the cell, whatever follows it.
  const hit = LABELS.find((l) => folded.startsWith(l.folded) && !isWordChar(folded[l.folded.length]))
  if (hit) return hit.column
  // "Cơ quan, đơn vị chủ trì", "Cơ quan phối hợp thực hiện": a keyword anywhere.
  const word = KEYWORDS.find((k) => (` ${folded} `).includes(` ${k.folded} `))
  return word ? word.column : null
}

const KEYWORDS = taskColumnKeywords.map(([word, column]) => ({folded: fold(word), column}))

/** A letter or digit of folded text (undefined: the end). */
function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[a-z0-9]/.test(ch)
}

const INDICATOR_LABELS = indicatorColumnLabels.map(([label, column]) => ({folded: fold(label), column})).sort((a, b) => b.folded.length - a.folded.length)
/** Columns of values already reached: not targets. */
const REPORTED_LABELS = reportedColumnLabels.map((label) => fold(label))

/**
 * What an indicator-table column holds, from its label: a year in it makes
 * it a value column for that year ("Kế hoạch năm 2024"), unless it reports
 * what was done ("Thực hiện năm 2023").
 */
export function indicatorColumnOf(label: string): {column: IndicatorColumn | 'reported'; year: number | null; from: number | null} | null {
  const folded = squash(fold(label))
  const years = folded.match(/(?:19|20)\d\d(?!\d)/g)
  // "Thực hiện năm 2023": results, with the year they are of (the targets' baseline).
  if (REPORTED_LABELS.some((r) => folded === r || folded.startsWith(`${r} `))) return {column: 'reported', year: years ? Number(years[years.length - 1]) : null, from: null}
  // "Giai đoạn 2021 - 2025": the deadline is the end, the period starts at the first year.
  if (years) return {column: 'value', year: Number(years[years.length - 1]), from: years.length > 1 ? Number(years[0]) : null}
  const hit = INDICATOR_LABELS.find((l) => folded === l.folded || folded.startsWith(`${l.folded} `) || folded.startsWith(`${l.folded}(`))
  return hit ? {column: hit.column, year: null, from: null} : null
}

/** Is this header row an indicator table's: an indicator column and a unit or value column? */
export function isIndicatorHeader(labels: readonly string[]): boolean {
  const columns = labels.map(indicatorColumnOf)
  return columns.some((c) => c?.column === 'indicator') && columns.some((c) => c?.column === 'value' || c?.column === 'unit')
}

/** A cell's text, white space collapsed ('' for a missing cell). */
export function cellText(ctx: Context, cell: Draft | undefined): string {
  return cell ? squash(ctx.text.slice(cell.s, cell.e)) : ''
}

/** Cell ranges of a row (normalised offsets), edge pipes dropped. */
function cellRanges(ctx: Context, s: number, e: number): Array<[number, number]> {
  const text = ctx.text
  const sep = text.slice(s, e).includes('|') ? '|' : '\t'
  const ranges: Array<[number, number]> = []
  let start = s
  for (let i = s; i <= e; i++) {
    if (i === e || text[i] === sep) {
      let a = start
      let b = i
      while (a < b && /\s/.test(text[a]!)) a++
      while (b > a && /\s/.test(text[b - 1]!)) b--
      ranges.push([a, b])
      start = i + 1
    }
  }
  // "| a | b |": the empty cells outside the edge pipes are not cells.
  if (ranges.length > 1 && ranges[0]![0] === ranges[0]![1] && text.slice(s, e).trimStart().startsWith(sep)) ranges.shift()
  if (ranges.length > 1 && ranges[ranges.length - 1]![0] === ranges[ranges.length - 1]![1] && text.slice(s, e).trimEnd().endsWith(sep)) ranges.pop()
  if (sep === '\t') {
    // A tab before or after the row's text is an empty cell at its edge ("3<TAB>Số hóa<TAB><TAB>Thường xuyên<TAB>").
    for (let j = s; j > 0 && (text[j - 1] === '\t' || text[j - 1] === ' '); j--) if (text[j - 1] === '\t') ranges.unshift([s, s])
    for (let j = e; j < text.length && (text[j] === '\t' || text[j] === ' '); j++) if (text[j] === '\t') ranges.push([e, e])
  }
  return ranges
}

/** Read a table from line `i` (at least two rows). */
export function readTable(ctx: Context, i: number): {node: Draft; next: number} | null {
  const lines = ctx.lines
  const rows: Array<{s: number; e: number; separator: boolean}> = []
  let j = i
  while (j < lines.length) {
    const line = lines[j]!
    if (isTableRow(line)) {
      rows.push({s: line.cs, e: line.ce, separator: isSeparator(line)})
      j++
      continue
    }
    const next = lines[j + 1]
    // One line a paragraph (portal exports): a blank line between rows of the same width.
    if (line.blank && rows.length > 0 && next !== undefined && isTableRow(next)) {
      // A row a cell short or over (a broken row) still belongs; another table's width does not.
      const head = rows[0]!
      if (isSeparator(next) || Math.abs(cellRanges(ctx, next.cs, next.ce).length - cellRanges(ctx, head.s, head.e).length) <= 1) {
        j++
        continue
      }
    }
    // A row wrapped over lines: a plain line between rows belongs to the row above.
    if (rows.length > 0 && !line.blank && line.marker === null && next !== undefined && isTableRow(next)) {
      rows[rows.length - 1]!.e = line.ce
      j++
      continue
    }
    // … and the last row's cell wrapped onto a line that brings exactly its missing cells ("… | sáng\nkiến | 03").
    const lastRow = rows[rows.length - 1]
    if (lastRow !== undefined && !lastRow.separator && !line.blank && line.marker === null && startsLower(line.text)) {
      const width = cellRanges(ctx, rows[0]!.s, rows[0]!.e).length
      const more = cellRanges(ctx, line.cs, line.ce).length
      if (more >= 2 && cellRanges(ctx, lastRow.s, lastRow.e).length + more - 1 === width) {
        lastRow.e = line.ce
        j++
        continue
      }
    }
    break
  }
  if (rows.filter((r) => !r.separator).length < 2) return null

  // A row wrapped inside a cell: a row short of the header's width, then a
  // line starting in lower case that brings exactly the missing cells.
  const width0 = cellRanges(ctx, rows[0]!.s, rows[0]!.e).length
  for (let k = 1; k + 1 < rows.length; k++) {
    const row = rows[k]!
    const next = rows[k + 1]!
    if (row.separator || next.separator) continue
    const have = cellRanges(ctx, row.s, row.e).length
    const more = cellRanges(ctx, next.s, next.e).length
    const first = ctx.text[next.s]
    if (have < width0 && have + more - 1 === width0 && first !== undefined && first !== first.toUpperCase() && first === first.toLowerCase()) {
      row.e = next.e
      rows.splice(k + 1, 1)
    }
  }

  const cells = rows.map((r) => (r.separator ? [] : cellRanges(ctx, r.s, r.e)))
  const firstData = rows.findIndex((r) => !r.separator)
  const headerCells = cells[firstData]!
  let labels = headerCells.map(([a, b]) => squash(ctx.text.slice(a, b)))
  // A grid table's header may run over several lines above its "+====+" border: the lines join by column.
  const grid = ctx.text[rows[0]!.s] === '+'
  if (grid) {
    for (let k = firstData + 1; k < rows.length && !rows[k]!.separator; k++) {
      labels = labels.map((label, c) => squash(`${label} ${cells[k]![c] ? ctx.text.slice(cells[k]![c]![0], cells[k]![c]![1]) : ''}`))
    }
  }
  const taskColumns = labels.map(taskColumnOf)
  const header = rows[firstData + 1]?.separator === true || taskColumns.filter((c) => c !== null).length >= 2 || isIndicatorHeader(labels)
  const width = headerCells.length

  let headerEnd = firstData + 1
  if (grid) while (headerEnd < rows.length && !rows[headerEnd]!.separator) headerEnd++
  const children: Draft[] = rows.map((row, k) => {
    const isHeader = header && k >= firstData && k < headerEnd
    const rowCells = cells[k]!
    if (!row.separator && !isHeader && rowCells.length !== width) {
      report(ctx, 'table-shape', `Unexpected ${rowCells.length} cells in a table row, expected ${width} like the ${header ? 'header' : 'first row'}: kept as it is`, row.s, row.e)
    }
    if (row.separator) return parent('tableRow', [leaf('text', row.s, row.e)], {header: false, separator: true, continued: false})
    const cellDrafts = rowCells.map(([a, b]) => parent('tableCell', inlines(ctx, a, b), {}, a, b))
    // In a grid table the lines between two borders are one row: the second line on continues it.
    const continued = grid && !isHeader && k > 0 && !rows[k - 1]!.separator
    return parent('tableRow', cellDrafts, {header: isHeader, separator: false, continued}, row.s, row.e)
  })
  return {
    node: parent('table', children, {columns: header ? labels : null, taskColumns: header ? taskColumns : null}),
    next: j
  }
}

/** Cells of a line laid out with spaces: runs of three spaces or more part them. */
function layoutCells(ctx: Context, line: Line): Cell[] {
  return splitCells(ctx.text, line.cs, line.ce)
}

/** How many cells of a header name a task column. */
function knownColumns(labels: readonly string[]): number {
  let n = 0
  for (const label of labels) if (taskColumnOf(label) !== null) n++
  return n
}

/**
 * Does a table laid out with spaces start here: a header of three cells or
 * more ("STT    Nội dung    Cơ quan chủ trì    Thời gian"), two of them task
 * columns, or an indicator table's header. A native search for three spaces
 * turns most lines away first.
 */
export function startsLayoutTable(ctx: Context, line: Line): boolean {
  if (line.blank || line.marker !== null || line.text.indexOf('   ') === -1 || line.text.length > 300) return false
  const cells = layoutCells(ctx, line)
  if (cells.length < 3) return false
  const labels = cells.map((c) => squash(c.text))
  return knownColumns(labels) >= 2 || isIndicatorHeader(labels)
}

/** The column of a cell: the last whose start is at or before it (two characters of slack). */
function columnAt(starts: readonly number[], offset: number): number {
  let k = 0
  while (k + 1 < starts.length && starts[k + 1]! <= offset + 2) k++
  return k
}

/** A layout row's cells by column, or null when the line does not fit the columns (a paragraph after the table). */
function placeCells(ctx: Context, line: Line, starts: readonly number[]): Array<Cell | null> | null {
  const cells = layoutCells(ctx, line)
  const placed: Array<Cell | null> = starts.map(() => null)
  let previous = -1
  for (const cell of cells) {
    const column = columnAt(starts, cell.s - line.start)
    if (column <= previous) return null
    placed[column] = cell
    previous = column
  }
  return placed
}

/**
 * Read a table laid out with spaces from line `i` (see `startsLayoutTable`).
 * Each line is a row, its cells placed by the header's columns; a line with
 * the first column empty continues the row above (`continued`); a header
 * wrapped over two lines ("Cơ quan" / "chủ trì") joins by column.
 */
export function readLayoutTable(ctx: Context, i: number): {node: Draft; next: number} | null {
  const lines = ctx.lines
  const head = lines[i]!
  const headCells = layoutCells(ctx, head)
  const starts = headCells.map((c) => c.s - head.start)
  let labels = headCells.map((c) => squash(c.text))
  const headerRows: Array<{line: Line; cells: Array<Cell | null>}> = [{line: head, cells: headCells}]
  // The header's second line: its words join the labels above them when that names more columns.
  const second = lines[i + 1]
  if (second !== undefined && !second.blank) {
    const placed = placeCells(ctx, second, starts)
    if (placed !== null && placed[0] === null) {
      const joined = labels.map((label, k) => squash(`${label} ${placed[k]?.text ?? ''}`))
      if (knownColumns(joined) > knownColumns(labels)) {
        labels = joined
        headerRows.push({line: second, cells: placed})
      }
    }
  }
  const rows: Array<{line: Line; cells: Array<Cell | null>; continued: boolean}> = []
  let j = i + headerRows.length
  let end = j
  while (j < lines.length) {
    const line = lines[j]!
    if (line.blank) {
      j++
      if (j - end > 1) break
      continue
    }
    // A numbered heading at the margin ends the table; a number alone in the first column is a row's.
    if (line.marker !== null && line.cs - line.start < 2 && line.marker.style !== 'arabic' && line.marker.style !== 'decimal') break
    const placed = placeCells(ctx, line, starts)
    if (placed === null) break
    const filled = placed.filter((c) => c !== null).length
    const continued = placed[0] === null
    // A line at the margin with one cell and no gaps is a paragraph, not a row.
    if (!continued && filled === 1 && starts.length > 1) break
    if (continued && rows.length === 0) break
    rows.push({line, cells: placed, continued})
    j++
    end = j
  }
  if (rows.length === 0) return null
  const taskColumns = labels.map(taskColumnOf)
  const row = (line: Line, cells: Array<Cell | null>, header: boolean, continued: boolean): Draft => {
    let at = line.cs
    const drafts = cells.map((cell) => {
      if (cell === null) return parent('tableCell', [], {}, at, at)
      at = cell.e
      return parent('tableCell', header ? [leaf('text', cell.s, cell.e)] : inlines(ctx, cell.s, cell.e), {}, cell.s, cell.e)
    })
    return parent('tableRow', drafts, {header, separator: false, continued}, line.cs, line.ce)
  }
  const children = [
    ...headerRows.map((h, k) => row(h.line, starts.map((_, c) => h.cells[c] ?? null), true, k > 0)),
    ...rows.map((r) => row(r.line, r.cells, false, r.continued))
  ]
  return {node: parent('table', children, {columns: labels, taskColumns}), next: end}
}
