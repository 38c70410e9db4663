/**
 * Markdown input (remark-parse with GFM): the same plan as text and as
 * Markdown gives the same meta, sections, citations and targets; syntax is
 * looked through; positions stay in the Markdown; detection can be switched.
 */

import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parsePlan, walk} from '../../src/index.js'
import {looksLikeMarkdown} from '../../src/markdown.js'
import type {Plan, Section} from '../../src/schema.js'
import {expectInvariants} from '../helpers.js'

const corpus = new URL('../../corpus/', import.meta.url).pathname
const text = readFileSync(`${corpus}000_de54b253d014f3ae.txt`, 'utf8')
const markdown = readFileSync(`${corpus}005_de54b253d014f3ae.md`, 'utf8')

function essence(plan: Plan) {
  const sections: string[] = []
  walk(plan, (node) => {
    if (node.type === 'section') {
      const s = node as Section
      sections.push(`${s.depth}:${s.numbering?.label}:${s.title}:${s.kind}`)
    }
  })
  return {
    meta: plan.meta,
    sections,
    citations: plan.citations.map((c) => [c.key, c.docType, c.date, c.issuer, c.title]),
    targets: plan.targets.map((t) => [t.value, t.unit, t.comparator, t.year, t.subject])
  }
}

/** The lines a Markdown appendix opens with, before its table. */
const APPENDIX = ['# KẾ HOẠCH', '', '## PHỤ LỤC', '']

describe('Markdown', () => {
  const md = parsePlan(markdown)

  it('is lossless with positions in the Markdown', () => {
    expectInvariants(md, markdown)
  })

  it('gives the same meta, sections, citations and targets as the text', () => {
    expect(essence(md)).toEqual(essence(parsePlan(text)))
  })

  it('reads the GFM task table of the appendix', () => {
    expect(md.tasks.map((t) => [t.lead, t.partners, t.deadline?.from ?? t.deadline?.recurring])).toEqual([
      ['Văn phòng UBND tỉnh', ['Các sở, ban, ngành', 'UBND cấp huyện'], '2022-04-01'],
      ['Sở Nội vụ', ['Sở TT&TT', 'Bưu điện tỉnh'], '2022-10-01'],
      ['Sở Thông tin và Truyền thông', ['Văn phòng UBND tỉnh'], 'yearly'],
      ['Sở Nội vụ', ['Sở Tư pháp', 'Sở Tài chính'], 'continuous']
    ])
  })

  it('looks through headings, emphasis, links, quotes and escapes', () => {
    const source = '# KẾ HOẠCH\n\n## I. MỤC TIÊU\n\n- Phấn đấu **100%** hồ sơ theo [Nghị định số 61/2018/NĐ-CP](https://example.org/61) của Chính phủ.\n\n> Thực hiện \\*nghiêm\\* Kế hoạch.\n'
    const plan = parsePlan(source, {format: 'markdown'})
    expectInvariants(plan, source)
    expect(plan.targets.map((t) => [t.value, t.subject])).toEqual([[100, 'hồ sơ theo Nghị định số 61/2018/NĐ-CP của Chính phủ']])
    expect(plan.citations.map((c) => [c.key, c.issuer])).toEqual([['61/2018/NĐ-CP', 'Chính phủ']])
    const citation = plan.citations[0]!.mentions[0]!.position
    expect(source.slice(citation.start.offset, citation.end.offset)).toBe('Nghị định số 61/2018/NĐ-CP](https://example.org/61) của Chính phủ')
  })

  it('reads the official header as a GFM table, the Quốc hiệu and Tiêu ngữ in one cell split by <br>, and "*" bullets', () => {
    const source = [
      '| **ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |',
      '|---|---|',
      '| Số: 318/KH-UBND | *Bình Phước, ngày 25 tháng 10 năm 2023* |',
      '',
      '# KẾ HOẠCH',
      '',
      '**Cải cách hành chính tỉnh Bình Phước năm 2024**',
      '',
      'Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;',
      '',
      '## II. TỔ CHỨC THỰC HIỆN',
      '',
      '* **Sở Nội vụ**: chủ trì theo dõi, tổng hợp.',
      '* **Văn phòng UBND tỉnh**: chủ trì kiểm soát thủ tục hành chính.'
    ].join('\n')
    const plan = parsePlan(source, {format: 'markdown'})
    expectInvariants(plan, source)
    expect(plan.meta).toMatchObject({
      documentNumber: '318/KH-UBND',
      issuedDate: '2023-10-25',
      issuer: 'Ủy ban nhân dân tỉnh Bình Phước',
      place: 'Bình Phước',
      title: 'Cải cách hành chính tỉnh Bình Phước năm 2024'
    })
    // The whole table, "| **" included, is the header.
    expect(plan.children[0]).toMatchObject({type: 'header', position: {start: {offset: 0}}})
    expect(plan.citations.map((c) => [c.key, c.roles])).toEqual([['76/NQ-CP', ['basis']]])
    expect(plan.responsibilities.map((r) => [r.agency, r.duties])).toEqual([
      ['Sở Nội vụ', ['chủ trì theo dõi, tổng hợp.']],
      ['Văn phòng UBND tỉnh', ['chủ trì kiểm soát thủ tục hành chính.']]
    ])
  })

  it('a nested list nests as the plain text\'s "-" and "+" do: the targets under "* Phấn đấu đến năm 2025" take its year', () => {
    const list = (top: string, inner: string): string =>
      ['## II. MỤC TIÊU', '', `${top} Phấn đấu đến năm 2025:`, '', `    ${inner} 100% hồ sơ được số hóa.`, `    ${inner} Giảm 20% thời gian giải quyết.`, '', `${top} Phấn đấu đến năm 2030:`, '', `    ${inner} 100% dịch vụ công trực tuyến toàn trình.`].join('\n')
    const text = 'II. MỤC TIÊU\n- Phấn đấu đến năm 2025:\n+ 100% hồ sơ được số hóa.\n+ Giảm 20% thời gian giải quyết.\n- Phấn đấu đến năm 2030:\n+ 100% dịch vụ công trực tuyến toàn trình.'
    const facts = (plan: ReturnType<typeof parsePlan>) => plan.targets.map((t) => [t.value, t.year, t.yearSource, t.subject])
    for (const [top, inner] of [['*', '*'], ['-', '-'], ['*', '-'], ['+', '+']]) {
      const source = list(top!, inner!)
      const plan = parsePlan(source, {format: 'markdown'})
      expectInvariants(plan, source)
      expect(facts(plan)).toEqual(facts(parsePlan(text)))
      const items = plan.children.flatMap((c) => (c.type === 'section' ? c.children.filter((k) => k.type === 'item') : []))
      expect(items.map((i) => (i.type === 'item' ? i.children.filter((k) => k.type === 'item').length : 0))).toEqual([2, 1])
    }
  })

  it('GFM syntax is read where it occurs (strikethrough, tables); plain Markdown goes without remark-gfm, to the same tree', () => {
    const struck = parsePlan('# KẾ HOẠCH\n\n## I. MỤC TIÊU\n\n- Phấn đấu ~~90%~~ 100% hồ sơ đúng hạn.\n', {format: 'markdown'})
    expect(struck.targets.map((t) => t.value)).toEqual([90, 100])
    expect(struck.targets[0]!.text).toBe('Phấn đấu 90% 100% hồ sơ đúng hạn')
    const plain = parsePlan('# KẾ HOẠCH\n\n## I. MỤC TIÊU\n\n- Phấn đấu **100%** hồ sơ đúng hạn.\n', {format: 'markdown'})
    expect(plain.targets.map((t) => [t.value, t.subject])).toEqual([[100, 'hồ sơ đúng hạn']])
  })

  it('raw HTML in Markdown: only the tags are markup, the text inside them is read, with no diagnostic', () => {
    const source = '# KẾ HOẠCH\n\n<p>Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;</p>\n\n<div align="center">\n<b>I. MỤC TIÊU</b>\n</div>\n\n- Phấn đấu 100% hồ sơ.\n<!-- II. NOT A HEADING -->\n'
    const plan = parsePlan(source, {format: 'markdown'})
    expectInvariants(plan, source)
    expect(plan.citations.map((c) => [c.key, c.roles])).toEqual([['76/NQ-CP', ['basis']]])
    expect(plan.children.filter((c) => c.type === 'section').map((c) => (c as Section).numbering?.label)).toEqual(['I.'])
    expect(plan.targets.map((t) => t.value)).toEqual([100])
    expect(plan.diagnostics).toEqual([])
  })

  it('text scraped with its HTML line breaks ("…;<br>Căn cứ …") is detected and read line by line', () => {
    const source = 'KẾ HOẠCH<br>Cải cách hành chính năm 2024<br><br>Căn cứ Luật Tổ chức chính quyền địa phương;<br>Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;<br><br>I. MỤC TIÊU<br>- Phấn đấu 100% hồ sơ đúng hạn.<br>'
    expect(looksLikeMarkdown(source)).toBe(true)
    const plan = parsePlan(source)
    expectInvariants(plan, source)
    expect(plan.meta.title).toBe('Cải cách hành chính năm 2024')
    expect(plan.citations.map((c) => c.roles)).toEqual([['basis'], ['basis']])
    expect(plan.children.filter((c) => c.type !== 'whitespace' && c.type !== 'text').map((c) => c.type)).toEqual(['titleBlock', 'preamble', 'section'])
  })

  it('a pandoc export: hard line breaks written with a backslash, bold header lines, "1.  " lists', () => {
    const md = '**ỦY BAN NHÂN DÂN**\\\n**TỈNH AN GIANG**\n\n**Số: 12/KH-UBND**\n\n*An Giang, ngày 05 tháng 01 năm 2024*\n\n**KẾ HOẠCH**\n\n**Cải cách hành chính năm 2024**\n\n# I. MỤC ĐÍCH\n\n1.  Phấn đấu 100% hồ sơ giải quyết đúng hạn.\n\n**KT. CHỦ TỊCH**\\\n**PHÓ CHỦ TỊCH**\n\n**Nguyễn Văn A**\n'
    const plan = parsePlan(md, {format: 'markdown'})
    expectInvariants(plan, md)
    expect(plan.meta).toMatchObject({documentNumber: '12/KH-UBND', issuer: 'Ủy ban nhân dân tỉnh An Giang', issuedDate: '2024-01-05', title: 'Cải cách hành chính năm 2024', signer: 'Nguyễn Văn A', signerTitle: 'Phó Chủ tịch'})
    expect(plan.targets.map((t) => t.value)).toEqual([100])
  })

  it('an HTML table as pandoc writes a Word table with paragraphs in its cells is a table: tasks, cells whose text keeps its place', () => {
    const md = [
      ...APPENDIX,
      '<table>',
      '<colgroup>',
      '<col style="width: 50%" />',
      '</colgroup>',
      '<thead>',
      '<tr class="header">',
      '<th>STT</th>',
      '<th>Nội dung công việc</th>',
      '<th>Cơ quan chủ trì</th>',
      '<th>Thời gian hoàn thành</th>',
      '</tr>',
      '</thead>',
      '<tbody>',
      '<tr class="odd">',
      '<td>1</td>',
      '<td><p>Rà soát văn bản quy phạm</p>',
      '<p>pháp luật của tỉnh</p></td>',
      '<td>Sở Tư pháp</td>',
      '<td>Quý II/2024</td>',
      '</tr>',
      '<tr class="even"><td>2</td><td>Số hóa hồ sơ<br />thủ tục hành chính</td><td>Sở TT&amp;TT</td><td>Tháng 6/2024</td></tr>',
      '</tbody>',
      '</table>',
      ''
    ].join('\n')
    const plan = parsePlan(md, {format: 'markdown'})
    expectInvariants(plan, md)
    expect(plan.tasks.map((t) => [t.description, t.lead, t.deadline?.text])).toEqual([
      ['Rà soát văn bản quy phạm pháp luật của tỉnh', 'Sở Tư pháp', 'Quý II/2024'],
      ['Số hóa hồ sơ thủ tục hành chính', 'Sở TT&TT', 'Tháng 6/2024']
    ])
    const cells: string[] = []
    walk(plan, (node) => {
      if ((node.type as string) === 'tableCell') cells.push(md.slice(node.position.start.offset, node.position.end.offset))
    })
    expect(cells).toContain('Sở Tư pháp')
    expect(plan.diagnostics).toEqual([])
  })

  it('an HTML table in a wrapper ("<figure class=\\"table\\"><table>", as portals write it) is a table too', () => {
    const md = '# KẾ HOẠCH\n\n## PHỤ LỤC\n\n<figure class="table"><table><tr><td>Nội dung</td><td>Cơ quan chủ trì</td><td>Thời gian</td></tr><tr><td>Rà soát</td><td>Sở Tư pháp</td><td>Quý II/2024</td></tr></table></figure>\n'
    const plan = parsePlan(md, {format: 'markdown'})
    expectInvariants(plan, md)
    expect(plan.tasks.map((t) => [t.description, t.lead, t.deadline?.text])).toEqual([['Rà soát', 'Sở Tư pháp', 'Quý II/2024']])
  })

  it('merged cells of an HTML table (rowspan, colspan) keep the columns in line: a group across the row, a lead over two rows', () => {
    const md = [
      ...APPENDIX,
      '<table>',
      '<tr><th>STT</th><th>Nội dung</th><th>Cơ quan chủ trì</th><th>Thời gian hoàn thành</th></tr>',
      '<tr><td colspan="4">I. CẢI CÁCH THỂ CHẾ</td></tr>',
      '<tr><td>1</td><td>Rà soát văn bản</td><td rowspan="2">Sở Tư pháp</td><td>Quý II/2024</td></tr>',
      '<tr><td>2</td><td>Kiểm tra văn bản</td><td>Quý III/2024</td></tr>',
      '<tr><td>3</td><td>Số hóa hồ sơ</td><td>Sở TT&amp;TT</td><td>Tháng 6/2024</td></tr>',
      '</table>',
      ''
    ].join('\n')
    const plan = parsePlan(md, {format: 'markdown'})
    expectInvariants(plan, md)
    expect(plan.tasks.map((t) => [t.group, t.description, t.lead, t.deadline?.text])).toEqual([
      ['CẢI CÁCH THỂ CHẾ', 'Rà soát văn bản', 'Sở Tư pháp', 'Quý II/2024'],
      ['CẢI CÁCH THỂ CHẾ', 'Kiểm tra văn bản', 'Sở Tư pháp', 'Quý III/2024'],
      ['CẢI CÁCH THỂ CHẾ', 'Số hóa hồ sơ', 'Sở TT&TT', 'Tháng 6/2024']
    ])
  })

  it('a broken HTML table (a cell not closed, a row cut short) still parses losslessly', () => {
    const md = '# KẾ HOẠCH\n\n<table>\n<tr><td>Nội dung<td>Cơ quan chủ trì</td></tr>\n<tr><td>Rà soát văn bản</td>\n</table>\n'
    expectInvariants(parsePlan(md, {format: 'markdown'}), md)
  })

  it('detection is automatic and can be switched off', () => {
    expect(looksLikeMarkdown(markdown)).toBe(true)
    expect(looksLikeMarkdown(text)).toBe(false)
    const asText = parsePlan('# KẾ HOẠCH\n## I. MỤC TIÊU', {format: 'text'})
    expect(asText.children.some((c) => c.type === 'section')).toBe(true)
    expect(() => parsePlan('x', {format: 'pdf' as 'text'})).toThrow(TypeError)
  })
})
