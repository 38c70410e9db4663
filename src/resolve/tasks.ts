/**
 * Tasks from appendix tables ("Nội dung | Cơ quan chủ trì | Cơ quan phối hợp
 * | Thời gian hoàn thành | Sản phẩm"): one task per row, agencies split, the
 * deadline parsed into an interval with the original text kept.
 */

import {issuerHeads, recurringDeadlines, type TaskColumn} from '../../grammars/index.js'
import {findDate, isoDate} from '../text/dates.js'
import {fold, squash} from '../text/fold.js'
import {romanValue} from '../lines/markers.js'
import type {Context, Draft} from '../tree/draft.js'
import {cellText} from '../blocks/table.js'

/** A parsed deadline. */
export interface Deadline {
  /** As written. @example "Quý II/2023" */
  text: string
  /** ISO dates of the interval, when it has one. */
  from: string | null
  to: string | null
  recurring: 'yearly' | 'quarterly' | 'monthly' | 'continuous' | null
}

/** A task before positions are mapped. */
export interface TaskDraft {
  description: string
  lead: string | null
  partners: string[]
  deadline: Deadline | null
  output: string | null
  s: number
  e: number
}

const RECURRING = recurringDeadlines.map(([phrase, kind]) => ({folded: fold(phrase), kind}))

function lastDay(year: number, month: number): string {
  return isoDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate())!
}

/**
 * Parse a deadline: "Quý I/2023", "Tháng 6/2023", "Năm 2023", "2023-2025",
 * "30/6/2023", "Trước ngày 30/6/2023", "Hằng năm", "Thường xuyên".
 */
export function parseDeadline(raw: string): Deadline | null {
  const text = squash(raw)
  if (text.length === 0) return null
  const folded = fold(text)
  const recurring = RECURRING.find((r) => folded.includes(r.folded))?.kind ?? null
  const quarter = /quy\s{1,3}([ivx]{1,3}|[1-4])\s{0,2}(?:\/|nam)\s{0,2}((?:19|20)\d\d)/.exec(folded)
  if (quarter) {
    const q = /\d/.test(quarter[1]!) ? Number(quarter[1]) : romanValue(quarter[1]!.toUpperCase())
    const year = Number(quarter[2])
    if (q !== null && q >= 1 && q <= 4) return {text, from: isoDate(year, q * 3 - 2, 1), to: lastDay(year, q * 3), recurring}
  }
  const date = findDate(text)
  if (date?.iso) return {text, from: /^truoc|^cham nhat/.test(folded) ? null : date.iso, to: date.iso, recurring}
  const month = /thang\s{1,3}(\d{1,2})\s{0,2}(?:\/|nam)\s{0,2}((?:19|20)\d\d)/.exec(folded)
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) {
    const m = Number(month[1])
    const year = Number(month[2])
    return {text, from: isoDate(year, m, 1), to: lastDay(year, m), recurring}
  }
  const range = /((?:19|20)\d\d)\s{0,3}[-–]\s{0,3}((?:19|20)\d\d)/.exec(folded)
  if (range) return {text, from: isoDate(Number(range[1]), 1, 1), to: isoDate(Number(range[2]), 12, 31), recurring}
  const year = /(?:^|\D)((?:19|20)\d\d)(?!\d)/.exec(folded)
  if (year) return {text, from: isoDate(Number(year[1]), 1, 1), to: isoDate(Number(year[1]), 12, 31), recurring}
  return {text, from: null, to: null, recurring}
}

const HEADS = [...issuerHeads.map((h) => fold(h)), 'cac', 'uy ban', 'cong an', 'hoi', 'dai', 'bao', 'chi cuc', 'vien', 'truong', 'doan', 'mat tran', 'ubnd', 'hdnd', 'vp', 'buu dien', 'kho bac', 'bao hiem']

/** Does `piece` open a new agency ("Sở Tài chính", "UBND cấp huyện", "Các sở")? */
function opensAgency(piece: string): boolean {
  const text = piece.trim()
  if (text.length === 0 || text[0] === text[0]!.toLowerCase()) return false
  const folded = fold(text)
  return HEADS.some((h) => folded === h || folded.startsWith(h + ' '))
}

/**
 * Split agencies: at ";" always; at "," and "và" only where a new agency
 * starts, so "Các sở, ban, ngành" and "Sở Thông tin và Truyền thông" stay whole.
 */
function agencies(raw: string): string[] {
  const out: string[] = []
  for (const part of squash(raw).split(/;|\n/u)) {
    const pieces = part.split(/(,\s|\svà\s|\svới\s)/u)
    let current = pieces[0] ?? ''
    for (let k = 1; k < pieces.length; k += 2) {
      const next = pieces[k + 1] ?? ''
      if (opensAgency(next) && !jointOffice(current, pieces[k]!)) {
        out.push(current)
        current = next
      } else {
        current += pieces[k]! + next
      }
    }
    out.push(current)
  }
  return out.map((a) => a.replace(/^[-+•\s]+|[.\s]+$/gu, '').trim()).filter((a) => a.length > 0)
}

/** "Văn phòng HĐND và UBND huyện" is one office, not two agencies. */
function jointOffice(current: string, separator: string): boolean {
  const folded = fold(current.trim())
  return separator.trim() === 'và' && (folded.startsWith('van phong ') || folded.startsWith('vp ')) && (folded.endsWith(' hdnd') || folded.endsWith(' hoi dong nhan dan'))
}

/** Tasks from every task table in the tree. */
export function resolveTasks(ctx: Context, drafts: Draft[]): TaskDraft[] {
  const tasks: TaskDraft[] = []
  const visit = (nodes: Draft[]): void => {
    for (const node of nodes) {
      if (node.type === 'table') {
        const columns = node.props.taskColumns as Array<TaskColumn | null> | null
        if (columns && columns.includes('description')) tableTasks(ctx, node, columns, tasks)
      } else if (node.children) visit(node.children)
    }
  }
  visit(drafts)
  return tasks
}

function tableTasks(ctx: Context, table: Draft, columns: Array<TaskColumn | null>, out: TaskDraft[]): void {
  for (const row of table.children ?? []) {
    if (row.props.header || row.props.separator) continue
    const cells = (row.children ?? []).filter((c) => c.type === 'tableCell')
    const get = (column: TaskColumn): string => cellText(ctx, cells[columns.indexOf(column)])
    const description = get('description')
    if (description.length === 0) continue
    const lead = columns.includes('lead') ? agencies(get('lead')) : []
    out.push({
      description,
      lead: lead.length > 0 ? lead.join(', ') : null,
      partners: columns.includes('partners') ? agencies(get('partners')) : [],
      deadline: columns.includes('deadline') ? parseDeadline(get('deadline')) : null,
      output: columns.includes('output') ? get('output') || null : null,
      s: row.s,
      e: row.e
    })
  }
}
