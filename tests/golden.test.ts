/**
 * Golden files: every document in corpus/ beside its expected JSON (the full
 * tree) and outline (for review) in tests/golden/. A missing file is written;
 * `UPDATE=1` (npm run golden) rewrites all. Review the diff.
 */

import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parsePlan} from '../src/index.js'
import {outline} from '../src/outline.js'
import {PlanSchema} from '../src/schema.js'
import {expectInvariants} from './helpers.js'

const corpus = new URL('../corpus/', import.meta.url).pathname
const golden = new URL('./golden/', import.meta.url).pathname
const update = process.env.UPDATE === '1'
const names = readdirSync(corpus).filter((n) => n.endsWith('.txt') || n.endsWith('.md')).sort()

describe('golden corpus', () => {
  it('has documents', () => {
    expect(names.length).toBeGreaterThanOrEqual(5)
  })

  for (const name of names) {
    it(name, () => {
      const input = readFileSync(join(corpus, name), 'utf8')
      const plan = parsePlan(input)
      expectInvariants(plan, input)
      expect(() => PlanSchema.parse(plan)).not.toThrow()
      const base = name.replace(/\.(txt|md)$/, '')
      const json = `${JSON.stringify(plan, null, 1)}\n`
      const text = `${outline(plan)}\n`
      for (const [file, actual] of [
        [join(golden, `${base}.json`), json],
        [join(golden, `${base}.outline.txt`), text]
      ] as const) {
        if (update || !existsSync(file)) writeFileSync(file, actual)
        expect(actual).toBe(readFileSync(file, 'utf8'))
      }
    })
  }
})
