/** schema/plan.schema.json is generated from the zod schemas and validates real output. */

import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {planJsonSchema} from '../src/json-schema.js'

describe('JSON Schema', () => {
  it('the committed file is up to date (npm run schema)', () => {
    const committed = JSON.parse(readFileSync(new URL('../schema/plan.schema.json', import.meta.url), 'utf8'))
    expect(committed).toEqual(planJsonSchema())
  })

  it('describes every meta field', () => {
    const schema = planJsonSchema() as {properties: {meta: {properties?: Record<string, unknown>; $ref?: string}}; $defs?: Record<string, {properties?: Record<string, unknown>}>}
    const text = JSON.stringify(schema)
    for (const field of ['documentNumber', 'issuedDate', 'issuer', 'signer', 'period']) expect(text).toContain(`"${field}"`)
  })
})
