/**
 * The same document in NFD, with CRLF, with a BOM, with NBSP spaces, with
 * two spaces between some words, with a blank line after every line, with
 * trailing spaces on every line or with old-style tone marks gives the same meta, sections, citations, targets
 * and diagnostics as the clean one; only positions differ.
 */

import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parsePlan, walk} from '../../src/index.js'
import type {Plan, Section} from '../../src/schema.js'
import {expectInvariants} from '../helpers.js'

const corpusDir = new URL('../../corpus/', import.meta.url).pathname
const names = readdirSync(corpusDir).filter((n) => n.endsWith('.txt'))

/** What must not change with the encoding: meta, the section tree, diagnostic rules. */
function essence(plan: Plan): unknown {
  const sections: string[] = []
  walk(plan, (node, ancestors) => {
    if (node.type === 'section') {
      const s = node as Section
      sections.push(`${ancestors.length}:${s.numbering?.label ?? '-'}:${s.title ?? ''}:${s.kind ?? ''}`)
    }
    if (node.type === 'item') sections.push(`${ancestors.length}:item`)
  })
  return {
    meta: plan.meta,
    sections,
    diagnostics: plan.diagnostics.map((d) => d.ruleId),
    citations: plan.citations.map((c) => [c.key, c.docType, c.date, c.issuer, c.title, c.relations, c.mentions.length]),
    targets: plan.targets.map((t) => [t.value, t.unit, t.comparator, t.year, t.subject, t.area])
  }
}

const variants: Record<string, (text: string) => string> = {
  NFD: (t) => t.normalize('NFD'),
  CRLF: (t) => t.replace(/\n/g, '\r\n'),
  BOM: (t) => `\ufeff${t}`,
  NBSP: (t) => t.replace(/ /g, (_, i: number) => (i % 3 === 0 ? '\u00a0' : ' ')),
  'old tones': (t) => t.replace(/òa/g, 'oà').replace(/óa/g, 'oá').replace(/ủy/g, 'uỷ').replace(/Ủy/g, 'Uỷ'),
  'Ð look-alike': (t) => t.replace(/Đ/g, '\u00d0'),
  'literal \\r\\n escapes': (t) => t.replace(/\n/g, '\\r\\n'),
  // Justified Word text and PDF extraction: two spaces between some words ("tối  thiểu").
  'double spaces': (t) => t.replace(/(?<=\S) (?=\S)/g, (_, i: number) => (i % 7 === 3 ? '  ' : ' ')),
  // Word and portal exports: a blank line after every line.
  'a blank line after every line': (t) => t.replace(/\n/g, '\n\n'),
  // PDF extraction and editors that keep the padding: spaces at the end of every line.
  'trailing spaces on every line': (t) => t.replace(/\n/g, '   \n')
}

describe('encoding variants parse the same', () => {
  for (const name of names) {
    const clean = readFileSync(join(corpusDir, name), 'utf8')
    const expected = essence(parsePlan(clean))
    for (const [variant, transform] of Object.entries(variants)) {
      it(`${name} as ${variant}`, () => {
        const input = transform(clean)
        const plan = parsePlan(input)
        expectInvariants(plan, input)
        expect(essence(plan)).toEqual(expected)
      })
    }
  }
})
