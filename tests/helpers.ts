/** Shared test helpers: invariants every parse must keep. */

import {expect} from 'vitest'
import {LineIndex} from '../src/text/source.js'
import {PlanSchema, type Plan} from '../src/schema.js'
import {toSource} from '../src/util.js'

type AnyNode = {type: string; value?: string; children?: AnyNode[]; position: {start: P; end: P}}
type P = {line: number; column: number; offset: number}

/**
 * Check the tree's invariants against its input: lossless, every position
 * inside the input and consistent (line/column match the offset), children
 * ordered, contiguous and inside their parent. Returns the first problem.
 */
export function invariantProblem(plan: Plan, input: string): string | null {
  if (toSource(plan) !== input) return 'not lossless: leaves do not concatenate to the input'
  const index = new LineIndex(input)
  const check = (node: AnyNode): string | null => {
    const {start, end} = node.position
    if (start.offset < 0 || end.offset > input.length || start.offset > end.offset) return `${node.type}: bad range ${start.offset}-${end.offset}`
    for (const p of [start, end]) {
      const want = index.point(p.offset)
      if (want.line !== p.line || want.column !== p.column) return `${node.type}: point ${JSON.stringify(p)} should be ${JSON.stringify(want)}`
    }
    if (typeof node.value === 'string') {
      if (input.slice(start.offset, end.offset) !== node.value) return `${node.type}: value does not match its position`
      return null
    }
    let at = start.offset
    for (const child of node.children ?? []) {
      if (child.position.start.offset !== at) return `${child.type} in ${node.type}: starts at ${child.position.start.offset}, expected ${at}`
      const problem = check(child)
      if (problem) return problem
      at = child.position.end.offset
    }
    if ((node.children?.length ?? 0) > 0 && at !== end.offset) return `${node.type}: children end at ${at}, node at ${end.offset}`
    return null
  }
  return check(plan as unknown as AnyNode)
}

/** Where the plan, as JSON, breaks the zod schema (the first issue), or null. */
export function schemaProblem(plan: Plan): string | null {
  const result = PlanSchema.safeParse(JSON.parse(JSON.stringify(plan)))
  if (result.success) return null
  const issue = result.error.issues[0]!
  return `${issue.path.join('.')}: ${issue.message}`
}

/** Assert the invariants, and that the tree fits its schema. */
export function expectInvariants(plan: Plan, input: string): void {
  expect(invariantProblem(plan, input)).toBeNull()
  expect(schemaProblem(plan)).toBeNull()
}
