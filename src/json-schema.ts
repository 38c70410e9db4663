/**
 * The JSON Schema of the tree, generated from the zod schemas (one source of
 * truth). `npm run schema` writes it to `schema/plan.schema.json`.
 */

import {z} from 'zod'
import {PlanSchema} from './schema.js'

/** The JSON Schema (draft 2020-12) of a parsed plan. */
export function planJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PlanSchema, {target: 'draft-2020-12', unrepresentable: 'any', cycles: 'ref', reused: 'ref'}) as Record<string, unknown>
  return {
    ...schema,
    $id: 'https://www.npmjs.com/package/vanban/plan.schema.json',
    title: 'vanban Plan',
    description: 'The syntax tree vanban produces for a Vietnamese administrative plan (parsePlan / the vanban CLI).'
  }
}
