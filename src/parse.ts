/**
 * `fromText`: run the passes in order. Normalise (with an offset map), cut
 * and classify lines, build the block tree, name the parts, assemble meta,
 * then finalize positions against the original text.
 */

import {assembleMeta} from './header/meta.js'
import {classifyLines} from './lines/classify.js'
import type {Diagnostic, Plan} from './schema.js'
import {normalizeText} from './text/normalize.js'
import {LineIndex} from './text/source.js'
import {buildTree} from './tree/build.js'
import type {Context} from './tree/draft.js'
import {finalizeRoot} from './tree/finalize.js'
import {assignKinds} from './tree/kinds.js'

/** Options of `parsePlan`. Reserved; no option changes plain-text parsing yet. */
export interface ParseOptions {}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') {
    const name = (value as object).constructor?.name
    return name && name !== 'Object' ? `a ${name}` : 'an object'
  }
  return `a ${typeof value}`
}

/**
 * Parse the text of a Vietnamese administrative plan into a lossless tree.
 * Never throws on a string; throws `TypeError` on anything else (decode a
 * Buffer first: `buffer.toString('utf8')`).
 *
 * @example
 *   const plan = fromText('Số: 803/KH-UBND\nAn Giang, ngày 23 tháng 12 năm 2021\n…')
 *   plan.meta.documentNumber // "803/KH-UBND"
 */
export function fromText(value: string, options?: ParseOptions): Plan {
  if (typeof value !== 'string') {
    throw new TypeError(`vanban: expected the text of a plan as a string, got ${describe(value)}`)
  }
  void options
  const norm = normalizeText(value)
  const ctx: Context = {text: norm.text, lines: classifyLines(norm.text), diagnostics: [], candidates: []}
  const drafts = buildTree(ctx)
  assignKinds(drafts, norm.text)
  const {meta, sources} = assembleMeta(ctx)
  const index = new LineIndex(value)
  const children = finalizeRoot(value, norm, index, drafts, ctx.diagnostics)
  const diagnostics: Diagnostic[] = ctx.diagnostics
    .map((d) => {
      const start = d.original ? d.original.start : norm.toOriginal(d.s)
      const end = d.original ? d.original.end : norm.toOriginal(d.e)
      return {ruleId: d.ruleId, message: d.message, severity: d.severity, source: 'vanban' as const, position: index.position(start, end)}
    })
    .sort((a, b) => a.position.start.offset - b.position.start.offset)
  return {
    type: 'plan',
    meta,
    diagnostics,
    children: children as unknown as Plan['children'],
    position: index.position(0, value.length),
    data: {metaSources: sources}
  }
}
