/**
 * CSV exports for spreadsheet users: one row per target or per citation,
 * with the plan's number and issuer on every row (RFC 4180 quoting, CRLF).
 */

import type {Plan} from './schema.js'

type Cell = string | number | boolean | null | undefined

/** Quote a cell when it holds a comma, quote or line break. */
function cell(value: Cell): string {
  if (value === null || value === undefined) return ''
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

function rows(header: readonly string[], body: Cell[][], withHeader: boolean): string {
  const lines = body.map((row) => row.map(cell).join(','))
  if (withHeader) lines.unshift(header.join(','))
  return lines.length === 0 ? '' : `${lines.join('\r\n')}\r\n`
}

/** Columns of `targetsToCsv`. */
export const targetColumns = [
  'documentNumber', 'issuer', 'issuedDate', 'value', 'valueTo', 'unit', 'unitKind', 'of', 'comparator', 'year', 'yearFrom', 'annual',
  'yearSource', 'baselineYear', 'change', 'subject', 'area', 'section', 'line', 'text'
] as const

/**
 * The plan's targets as CSV.
 *
 * @example targetsToCsv(parsePlan(text)) // "documentNumber,issuer,…\r\n803/KH-UBND,Ủy ban nhân dân tỉnh An Giang,…"
 */
export function targetsToCsv(plan: Plan, options: {header?: boolean} = {}): string {
  const m = plan.meta
  const body = plan.targets.map((t): Cell[] => [
    m.documentNumber, m.issuer, m.issuedDate, t.value, t.valueTo, t.unit, t.unitKind, t.of, t.comparator, t.year, t.yearFrom, t.annual,
    t.yearSource, t.baselineYear, t.change, t.subject, t.area,
    t.sectionPath.map((s) => [s.label, s.title].filter(Boolean).join(' ')).join(' › '),
    t.position.start.line, t.text
  ])
  return rows(targetColumns, body, options.header !== false)
}

/** Columns of `citationsToCsv`. */
export const citationColumns = [
  'documentNumber', 'issuer', 'key', 'docType', 'number', 'shortNumber', 'name', 'date', 'year', 'citedIssuer', 'issuerCode', 'title', 'relations', 'roles', 'origins', 'mentions', 'firstLine'
] as const

/** The plan's citations as CSV, one row per instrument. */
export function citationsToCsv(plan: Plan, options: {header?: boolean} = {}): string {
  const m = plan.meta
  const body = plan.citations.map((c): Cell[] => [
    m.documentNumber, m.issuer, c.key, c.docType, c.number, c.shortNumber, c.name, c.date, c.year, c.issuer, c.issuerCode, c.title,
    c.relations.map((r) => `${r.type} ${r.target ?? r.text}`).join('; '), c.roles.join(' '), c.origins.join(' '), c.mentions.length,
    c.mentions[0]?.position.start.line
  ])
  return rows(citationColumns, body, options.header !== false)
}

/** Columns of `tasksToCsv`. */
export const taskColumns = ['documentNumber', 'issuer', 'group', 'description', 'lead', 'leadCanonical', 'partners', 'deadline', 'deadlineFrom', 'deadlineTo', 'recurring', 'output', 'origin', 'line'] as const

/** The plan's tasks (from appendix tables and task lists) as CSV, one row per task. */
export function tasksToCsv(plan: Plan, options: {header?: boolean} = {}): string {
  const m = plan.meta
  const body = plan.tasks.map((t): Cell[] => [
    m.documentNumber, m.issuer, t.group, t.description, t.lead, t.leadCanonical, t.partners.join('; '), t.deadline?.text, t.deadline?.from, t.deadline?.to, t.deadline?.recurring, t.output,
    t.origin, t.position.start.line
  ])
  return rows(taskColumns, body, options.header !== false)
}
