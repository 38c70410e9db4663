/** The public API: exported names, bad input, the unified plugin, helpers. */

import {readFileSync} from 'node:fs'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import * as vanban from '../src/index.js'
import * as schema from '../src/schema.js'
import {findSections, parsePlan, sectionLabel, sectionPath, toSource, toText, vanbanParse, walk} from '../src/index.js'
import type {Plan, Section} from '../src/schema.js'

const sample = readFileSync(new URL('../corpus/000_de54b253d014f3ae.txt', import.meta.url), 'utf8')

describe('exports', () => {
  it('vanban', () => {
    expect(Object.keys(vanban).sort()).toEqual(['citationColumns', 'citationsToCsv', 'decodeBytes', 'findSections', 'fromText', 'parsePlan', 'sectionLabel', 'sectionPath', 'targetColumns', 'targetsToCsv', 'taskColumns', 'tasksToCsv', 'toSource', 'toText', 'vanbanParse', 'walk'])
  })

  it('vanban/schema exports a schema for every node type and meta', () => {
    const names = Object.keys(schema).filter((k) => k.endsWith('Schema'))
    for (const name of ['PlanSchema', 'MetaSchema', 'SectionSchema', 'ItemSchema', 'ParagraphSchema', 'HeadingSchema', 'FieldSchema', 'CatalogueSchema', 'HeaderSchema', 'TitleBlockSchema', 'LeadSchema', 'PreambleSchema', 'ClauseSchema', 'SignatureSchema', 'RecipientsSchema', 'FootnotesSchema', 'FootnoteSchema', 'RelatedDocumentsSchema', 'RelatedDocumentSchema', 'AppendixSchema', 'LeftoverSchema', 'TextSchema', 'WhitespaceSchema', 'MarkerSchema', 'FootnoteReferenceSchema', 'DiagnosticSchema', 'PositionSchema']) {
      expect(names).toContain(name)
    }
  })
})

describe('parsePlan on bad input', () => {
  it.each([[undefined], [null], [42], [Buffer.from('x')], [{}], [['a']]])('throws a TypeError on %s', (value) => {
    expect(() => parsePlan(value as unknown as string)).toThrow(TypeError)
    expect(() => parsePlan(value as unknown as string)).toThrow(/expected the text of a plan as a string/)
  })

  it('parses the empty string', () => {
    const plan = parsePlan('')
    expect(plan.children).toEqual([])
    expect(plan.position).toEqual({start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}})
  })
})

describe('unified plugin', () => {
  it('parses to the same tree and reports diagnostics as messages', () => {
    const file = new VFile(sample)
    const processor = unified().use(vanbanParse)
    const tree = processor.parse(file) as Plan
    expect(tree).toEqual(parsePlan(sample))
    expect(file.messages.map((m) => [m.ruleId, m.source, m.line])).toEqual([['truncated-text', 'vanban', 81]])
  })
})

describe('helpers', () => {
  const plan = parsePlan(sample)

  it('toSource of the root is the input', () => {
    expect(toSource(plan)).toBe(sample)
  })

  it('findSections by kind, sectionLabel, toText', () => {
    const purpose = findSections(plan, 'purpose')
    expect(purpose.map(sectionLabel)).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', '2. Yêu cầu'])
    expect(toText(purpose[1]!.children[0]!)).toBe('1. Mục đích')
  })

  it('sectionPath gives the enclosing sections of a node', () => {
    let target: unknown = null
    walk(plan, (node) => {
      if (target === null && node.type === 'item') target = node
    })
    const path = sectionPath(plan, target as Section)
    expect(path?.map(sectionLabel)).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích'])
    expect(sectionPath(plan, parsePlan('x'))).toBeNull()
  })
})

describe('CSV export', () => {
  const plan = parsePlan(sample)

  it('one row per target, the plan number and issuer on each row', () => {
    const csv = vanban.targetsToCsv(plan)
    const lines = csv.trimEnd().split('\r\n')
    expect(lines[0]).toBe(vanban.targetColumns.join(','))
    expect(lines).toHaveLength(plan.targets.length + 1)
    expect(lines[1]!.startsWith('803/KH-UBND,Ủy ban nhân dân tỉnh An Giang,2021-12-23,50,,%,percent,,>=,2022,')).toBe(true)
  })

  it('quotes cells with commas, quotes and line breaks so every row parses back', () => {
    const parse = (csv: string): string[][] => {
      const out: string[][] = []
      let row: string[] = []
      let cell = ''
      let quoted = false
      for (let i = 0; i < csv.length; i++) {
        const ch = csv[i]!
        if (quoted) {
          if (ch === '"' && csv[i + 1] === '"') {
            cell += '"'
            i++
          } else if (ch === '"') quoted = false
          else cell += ch
        } else if (ch === '"') quoted = true
        else if (ch === ',') {
          row.push(cell)
          cell = ''
        } else if (ch === '\r' && csv[i + 1] === '\n') {
          row.push(cell)
          out.push(row)
          row = []
          cell = ''
          i++
        } else cell += ch
      }
      return out
    }
    const table = parse(vanban.targetsToCsv(plan))
    expect(table.every((r) => r.length === vanban.targetColumns.length)).toBe(true)
    expect(table[1]!.at(-1)).toBe(plan.targets[0]!.text)
    expect(plan.targets[0]!.text).toContain(',')
    expect(vanban.citationsToCsv(parsePlan('x'))).toBe(vanban.citationColumns.join(',') + '\r\n')
  })
})

describe('decodeBytes', () => {
  it('decodes UTF-8 (keeping a BOM, so positions match the file) and names what it cannot', () => {
    expect(vanban.decodeBytes(Buffer.from('\ufeffKế hoạch', 'utf8'))).toEqual({ok: true, text: '\ufeffKế hoạch'})
    expect(vanban.decodeBytes(new Uint8Array())).toMatchObject({ok: false, reason: 'empty'})
    expect(vanban.decodeBytes(Buffer.from([0x41, 0x00]))).toMatchObject({ok: false, reason: 'binary'})
    expect(vanban.decodeBytes(Buffer.from('B\xb8o c\xb8o t\xb5i ch\xddnh n\xa8m', 'latin1'))).toMatchObject({ok: false, reason: 'tcvn3'})
    expect(vanban.decodeBytes(Buffer.from('B¸o c¸o tµi chÝnh '.repeat(10), 'utf8'))).toMatchObject({ok: false, reason: 'tcvn3'})
    expect(vanban.decodeBytes(Buffer.from('Keá hoaïch caûi caùch haønh chính naêm 2024 '.repeat(6), 'utf8'))).toMatchObject({ok: false, reason: 'vni'})
    // Windows-1258 (tones as combining bytes after the vowel) is decoded and composed; VNI bytes stay VNI.
    const cp1258 = Buffer.from('4beaec20686f61f26368206361d2692063e163682068e06e68206368ed6e68206ee36d20323032342e205068e2ec6e20f0e2ec7520313030252068f4cc2073f520f0fdf5f26320676961d26920717579eaec7420f0fa6e67206861f26e2e0a', 'hex')
    expect(vanban.decodeBytes(cp1258)).toEqual({ok: true, text: 'Kế hoạch cải cách hành chính năm 2024. Phấn đấu 100% hồ sơ được giải quyết đúng hạn.\n'})
    expect(vanban.decodeBytes(Buffer.from('Vie\xe4t Nam, ke\xe1 hoa\xefch, nga\xf8y tha\xf9ng, caûi caùch haønh chính '.repeat(3), 'latin1'))).toMatchObject({ok: false, reason: 'vni'})
    // UTF-8 that was read as Latin-1 and saved again.
    expect(vanban.decodeBytes(Buffer.from(Buffer.from('Kế hoạch cải cách hành chính năm 2024 '.repeat(6), 'utf8').toString('latin1'), 'utf8'))).toMatchObject({ok: false, reason: 'utf8-as-latin1'})
    // A few such letters in real Unicode text are not mojibake ("tuyên truyền", "xuân", "luôn" have them too).
    expect(vanban.decodeBytes(Buffer.from('Kế hoạch ¸ µ', 'utf8'))).toMatchObject({ok: true})
    expect(vanban.decodeBytes(Buffer.from('Tuyên truyền mùa xuân, luôn quan tâm đến quê hương và cải cách hành chính. '.repeat(20), 'utf8'))).toMatchObject({ok: true})
  })

  it('decodes UTF-16 as Word saves "Unicode Text": little- or big-endian by its BOM, or little-endian by its NUL bytes', () => {
    const text = 'Số: 803/KH-UBND\nKẾ HOẠCH\nCải cách hành chính tỉnh An Giang năm 2022\n'
    const le = Buffer.from(text, 'utf16le')
    const be = Buffer.from(le).swap16()
    expect(vanban.decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toEqual({ok: true, text: '\ufeff' + text})
    expect(vanban.decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ok: true, text: '\ufeff' + text})
    expect(vanban.decodeBytes(le)).toEqual({ok: true, text})
    // NUL bytes on both sides are binary (a PDF stream, a DOCX).
    expect(vanban.decodeBytes(Buffer.from(Array.from({length: 100}, (_, i) => (i % 3 === 0 ? 0 : 0x41))))).toMatchObject({ok: false, reason: 'binary'})
  })
})
