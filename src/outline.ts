/**
 * A compact, human-readable outline of a plan: meta, the block and section
 * tree with titles and kinds, and diagnostics. Used for reviewing golden
 * files and by `vanban --outline`.
 */

import type {Node, Plan, Section} from './schema.js'
import {toText} from './util.js'

type AnyNode = {type: string; children?: AnyNode[]; [key: string]: unknown}

const SKIP = new Set(['whitespace', 'text', 'marker', 'footnoteReference', 'citation', 'quantity', 'pageNumber'])

function clip(value: string, max = 70): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value
}

function describe(node: AnyNode): string {
  switch (node.type) {
    case 'section': {
      const s = node as unknown as Section
      const label = s.numbering?.label ?? (s.implicit ? `(implicit ${s.numbering?.style ?? 'part'}${s.numbering?.value ? ' ' + s.numbering.value : ''})` : '')
      const kind = s.kind ? ` [${s.kind}${s.kindInferred ? '?' : ''}]` : ''
      const title = s.title ? clip(s.title) : ''
      return `section ${[label, title].filter((part) => part !== '').join(' ')}${kind}`
    }
    case 'item':
      return `item ${clip(toText((node.children ?? [])[0] as unknown as Node), 66)}`
    case 'field':
      return `field ${String(node.key)}: ${clip(String(node.content))}`
    case 'clause':
      return `clause ${String(node.kind)}: ${clip(toText(node as unknown as Node))}`
    case 'heading':
    case 'paragraph':
    case 'footnote':
    case 'relatedDocument':
      return `${node.type}: ${clip(toText(node as unknown as Node))}`
    case 'table':
      return `table ${(node.children ?? []).filter((c) => c.type === 'tableRow').length} rows${node.columns ? ` [${(node.columns as string[]).join(' | ')}]` : ''}`
    case 'leftover':
      return `leftover ${String(node.reason)}: ${clip(toText(node as unknown as Node), 50)}`
    default:
      return node.type
  }
}

/** The outline of `plan`, one node a line, indented by depth. */
export function outline(plan: Plan, options: {items?: boolean} = {}): string {
  const lines: string[] = []
  lines.push('meta:')
  for (const [key, value] of Object.entries(plan.meta)) lines.push(`  ${key}: ${JSON.stringify(value)}`)
  lines.push(`sources: ${JSON.stringify(plan.data.metaSources)}`)
  lines.push('tree:')
  const visit = (node: AnyNode, indent: number): void => {
    if (SKIP.has(node.type)) return
    if (node.type === 'item' && options.items === false) return
    if (indent >= 0) lines.push(`${'  '.repeat(indent + 1)}${describe(node)} @${(node.position as {start: {line: number}}).start.line}`)
    if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'field' || node.type === 'clause' || node.type === 'table') return
    if (node.type === 'item') {
      for (const child of (node.children ?? []).slice(1)) visit(child, indent + 1)
      return
    }
    for (const child of node.children ?? []) visit(child, indent + 1)
  }
  visit(plan as unknown as AnyNode, -1)
  lines.push('citations:')
  for (const c of plan.citations) {
    const rel = c.relations.map((r) => `${r.type} ${r.target ?? JSON.stringify(clip(r.text, 40))}`).join('; ')
    lines.push(`  ${c.key} | ${c.docType ?? '?'} | ${c.date ?? c.year ?? '-'} | ${c.issuer ?? '-'}${c.issuerCode ? ` (${c.issuerCode})` : ''} | ${c.origins.join(',')}${c.roles.length ? ' | ' + c.roles.join(',') : ''} | x${c.mentions.length}`)
    if (c.title) lines.push(`      title: ${clip(c.title, 110)}`)
    if (rel) lines.push(`      relations: ${rel}`)
  }
  lines.push('targets:')
  for (const t of plan.targets) {
    const value = `${t.comparator} ${t.value}${t.valueTo !== null ? `-${t.valueTo}` : ''}${t.of !== null ? `/${t.of}` : ''} ${t.unit ?? ''}`.trim()
    const year = `${t.yearFrom !== null ? `${t.yearFrom}-` : ''}${t.year ?? '?'}${t.annual ? ' yearly' : ''} (${t.yearSource ?? '-'})`
    const change = t.change ? ` ${t.change}${t.baselineYear ? ' vs ' + t.baselineYear : ''}` : ''
    lines.push(`  ${t.position.start.line}: ${value} | ${year}${change} | ${t.area ?? '-'} | ${clip(t.subject ?? '-', 80)}`)
  }
  if (plan.tasks.length > 0) {
    lines.push('tasks:')
    for (const t of plan.tasks) {
      const deadline = t.deadline ? `${t.deadline.text} → ${t.deadline.from ?? '?'}..${t.deadline.to ?? '?'}${t.deadline.recurring ? ` ${t.deadline.recurring}` : ''}` : '-'
      lines.push(`  ${t.position.start.line}: ${clip(t.description, 50)} | lead ${t.lead ?? '-'} | partners ${t.partners.join('; ') || '-'} | ${deadline}`)
    }
  }
  if (plan.responsibilities.length > 0) {
    lines.push('responsibilities:')
    for (const r of plan.responsibilities) {
      lines.push(`  ${r.position.start.line}: ${r.agency}${r.canonical && r.canonical !== r.agency ? ` (= ${r.canonical})` : ''} | ${r.duties.length} duties | citations ${r.citations.join(', ') || '-'} | targets ${r.targets.join(', ') || '-'}`)
    }
  }
  lines.push('diagnostics:')
  for (const d of plan.diagnostics) lines.push(`  ${d.position.start.line}:${d.position.start.column} ${d.severity} ${d.ruleId}: ${d.message}`)
  return lines.join('\n')
}
