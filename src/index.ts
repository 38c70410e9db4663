/**
 * vanban: parse Vietnamese administrative plans (Kế hoạch) into a typed,
 * lossless unist syntax tree.
 *
 * @example
 *   import {parsePlan} from 'vanban'
 *   const plan = parsePlan(text)
 *   plan.meta.documentNumber // "803/KH-UBND"
 */

import {fromText, type ParseOptions} from './parse.js'
import type {Plan} from './schema.js'

export {fromText, type ParseOptions} from './parse.js'
export {vanbanParse} from './unified.js'
export {toSource, toText, walk, sectionPath, findSections, sectionLabel} from './util.js'
export {targetsToCsv, citationsToCsv, tasksToCsv, targetColumns, citationColumns, taskColumns} from './csv.js'
export {decodeBytes, type Decoded} from './text/encoding.js'
export type * from './schema.js'

/**
 * Parse a plan. The friendly name of `fromText`: never throws on a string,
 * `TypeError` on anything else.
 */
export function parsePlan(text: string, options?: ParseOptions): Plan {
  return fromText(text, options)
}
