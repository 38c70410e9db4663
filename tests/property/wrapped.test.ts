/**
 * Hard-wrapped copies (PDF text): every corpus document re-wrapped at 75
 * columns, with a page number printed every 45 lines, gives the same
 * citations and targets as the original. Keeps the line-continuation rules
 * (src/lines/line-ends.ts) from eroding.
 */

import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parsePlan} from '../../src/index.js'
import type {Plan} from '../../src/schema.js'
import {expectInvariants} from '../helpers.js'

const corpus = new URL('../../corpus/', import.meta.url).pathname
const documents = readdirSync(corpus).filter((name) => name.endsWith('.txt'))

/** Wrap each line at `width` on a word boundary, a page number line every 45 lines. */
function hardWrap(text: string, width: number): string {
  const out: string[] = []
  let page = 1
  const push = (line: string): void => {
    out.push(line)
    if (out.length % 46 === 45) out.push(String(++page))
  }
  for (const line of text.split('\n')) {
    let rest = line
    while (rest.length > width) {
      let cut = rest.lastIndexOf(' ', width)
      if (cut <= 0) cut = width
      push(rest.slice(0, cut))
      rest = rest.slice(cut + 1)
    }
    push(rest)
  }
  return out.join('\n')
}

const facts = (plan: Plan) => ({
  citations: plan.citations.map((c) => [c.key, c.date, c.issuer]),
  targets: plan.targets.map((t) => [t.value, t.unit, t.comparator, t.year, t.subject])
})

describe('hard-wrapped copies of the corpus (PDF text at 75 and at 50 columns, page numbers between pages)', () => {
  it.each(documents.flatMap((name) => [[name, 75], [name, 50]] as const))('%s at %i columns: the same citations and targets', (name, width) => {
    const text = readFileSync(`${corpus}${name}`, 'utf8')
    const wrapped = hardWrap(text, width)
    const plan = parsePlan(wrapped)
    expectInvariants(plan, wrapped)
    expect(facts(plan)).toEqual(facts(parsePlan(text)))
  })
})
