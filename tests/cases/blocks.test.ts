/**
 * Back matter and page text: chữ ký (signature), nơi nhận (recipients),
 * chú thích (footnotes), văn bản liên quan (related documents), phụ lục
 * (appendix), phần thừa của trang web (leftovers), breadcrumbs, căn cứ
 * (preamble clauses).
 */

import {describe, expect, it} from 'vitest'
import {parsePlan, toText, walk} from '../../src/index.js'
import type {Addressees, Appendix, Footnotes, Item, Leftover, Paragraph, Plan, Preamble, Recipients, RelatedDocuments, Section, Signature} from '../../src/schema.js'
import {expectInvariants} from '../helpers.js'

function parse(text: string): Plan {
  const plan = parsePlan(text)
  expectInvariants(plan, text)
  return plan
}

function top<T>(plan: Plan, type: string): T {
  return plan.children.find((c) => c.type === type) as T
}

describe('preamble (Căn cứ / Thực hiện / Theo đề nghị)', () => {
  it('classifies clauses and keeps "Căn cứ:" lists together', () => {
    const plan = parse('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nThực hiện Nghị quyết số 76/NQ-CP;\nTheo đề nghị của Giám đốc Sở Nội vụ,\nCăn cứ:\n- Luật Cán bộ, công chức;\n- Nghị định số 61/2018/NĐ-CP;\nUBND tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH')
    const preamble = top<Preamble>(plan, 'preamble')
    const kinds = preamble.children.filter((c) => c.type === 'clause').map((c) => (c as {kind: string}).kind)
    expect(kinds).toEqual(['basis', 'implementing', 'proposal', 'basis', 'basis', 'basis', 'intro'])
  })
})

describe('preamble limits', () => {
  it('ends after one intro paragraph: text with no numbering is body, not preamble', () => {
    const plan = parse('UBND tỉnh ban hành Kế hoạch như sau:\nHội nghị đề ra mục tiêu 100% hồ sơ đúng hạn.\nCác đại biểu thảo luận.')
    expect(plan.children.filter((c) => c.type !== 'whitespace').map((c) => c.type)).toEqual(['preamble', 'paragraph', 'paragraph'])
  })

  it('a title line with no KẾ HOẠCH above it does not end the preamble before it starts: "Căn cứ …" after it is still preamble', () => {
    const plan = parse('Cải cách hành chính huyện năm 2024\n\nCăn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;\nUBND huyện ban hành Kế hoạch như sau:\n\nI. MỤC TIÊU\n- Nội dung.')
    expect(plan.children.filter((c) => c.type !== 'whitespace').map((c) => c.type)).toEqual(['paragraph', 'preamble', 'section'])
    expect(plan.citations[0]!.roles).toEqual(['basis'])
  })

  it('a first paragraph that does not read as an intro ("… ban hành Kế hoạch … như sau:") is body, as in a news article', () => {
    const plan = parse('Sáng ngày 12/5, UBND tỉnh tổ chức hội nghị.\nHội nghị đề ra mục tiêu 100% hồ sơ đúng hạn.')
    expect(plan.children.filter((c) => c.type !== 'whitespace').map((c) => c.type)).toEqual(['paragraph', 'paragraph'])
  })
})

describe('signature block (TM. / KT. / chức vụ / họ tên)', () => {
  it.each([
    ['TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nLê Văn Bình', 'Lê Văn Bình', 'Chánh Văn phòng'],
    ['TUQ. CHỦ TỊCH\nGIÁM ĐỐC SỞ NỘI VỤ\n\n\nTrần Minh Đức', 'Trần Minh Đức', 'Giám đốc Sở Nội vụ'],
    ['KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n[daky]\nĐỗ Văn Giang', 'Đỗ Văn Giang', 'Phó Giám đốc'],
    ['KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký, đóng dấu)\nĐỗ Văn Giang', 'Đỗ Văn Giang', 'Phó Chủ tịch'],
    ['TM. BAN THƯỜNG VỤ\nBÍ THƯ\n\nPhạm Văn Em', 'Phạm Văn Em', 'Bí thư'],
    ['CHỦ TỊCH\n\n\nĐinh Văn Em (ký)', 'Đinh Văn Em', 'Chủ tịch'],
    ['GIÁM ĐỐC\nNguyễn Văn Hai [Đã ký]', 'Nguyễn Văn Hai', 'Giám đốc'],
    ['KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nPGS.TS Phạm Minh Đức', 'Phạm Minh Đức', 'Phó Giám đốc'],
    ['GIÁM ĐỐC\n\nBS.CKII Lê Văn Cường', 'Lê Văn Cường', 'Giám đốc'],
    ['KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\n\nThS. Trần Thị Bình', 'Trần Thị Bình', 'Phó Hiệu trưởng'],
    ['CHỈ HUY TRƯỞNG\n\nĐại tá Nguyễn Văn Em', 'Nguyễn Văn Em', 'Chỉ huy trưởng'],
    // Table cells joined on one line by a scraper.
    ['TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH\nNguyễn Văn Tư', 'Nguyễn Văn Tư', 'Phó Chủ tịch'],
    ['KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Nguyễn Văn Tư', 'Nguyễn Văn Tư', 'Phó Chủ tịch'],
    ['TUQ. CHỦ TỊCH GIÁM ĐỐC SỞ NỘI VỤ\nTrần Minh Đức', 'Trần Minh Đức', 'Giám đốc Sở Nội vụ'],
    ['TM. BAN THƯỜNG VỤ PHÓ BÍ THƯ Phạm Văn Em', 'Phạm Văn Em', 'Phó Bí thư'],
    // A party committee's plan: the slashed "T/M" is the body signed for, as "TM." is.
    ['T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n\nNguyễn Văn Hùng', 'Nguyễn Văn Hùng', 'Phó Bí thư Thường trực'],
    ['K/T CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Tám', 'Lê Văn Tám', 'Phó Chủ tịch']
  ])('%s', (signature, signer, signerTitle) => {
    const plan = parse(`I. NỘI DUNG\n- Nội dung.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n${signature}`)
    expect(plan.meta).toMatchObject({signer, signerTitle})
    expect(plan.children.filter((c) => c.type !== 'whitespace').map((c) => c.type)).toEqual(['section', 'recipients', 'signature'])
  })

  it('a page break inside the block: the page number between the title and the name is kept in it', () => {
    const plan = parse('I. NỘI DUNG\n- Nội dung.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n2\n\n(Đã ký)\nTrần Văn Hai\n')
    expect(plan.meta).toMatchObject({signer: 'Trần Văn Hai', signerTitle: 'Chủ tịch'})
    expect(top<Signature>(plan, 'signature').children.map((c) => c.type)).toContain('pageNumber')
  })

  it('a name in capitals opens with a family name ("NGUYỄN VĂN AN"); a heading in capitals after a nameless signature ("PHỤ LỤC") is none', () => {
    expect(parse('I. NỘI DUNG\n- Nội dung.\nCHỦ TỊCH\n\nNGUYỄN VĂN AN\n').meta.signer).toBe('Nguyễn Văn An')
    const plan = parse('I. NỘI DUNG\n- Nội dung.\nCHỦ TỊCH\n\nPHỤ LỤC\n- Danh mục nhiệm vụ.\n')
    expect(plan.meta.signer).toBeNull()
    expect(plan.children.filter((c) => c.type !== 'whitespace').map((c) => c.type)).toEqual(['section', 'signature', 'appendix'])
  })

  it('a run on one line keeps each capacity apart ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH")', () => {
    const plan = parse('I. NỘI DUNG\n- Nội dung.\n\nTM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH\nNguyễn Văn An')
    expect(top<Signature>(plan, 'signature').signers).toEqual([{signer: 'Nguyễn Văn An', signerTitle: 'Phó Chủ tịch', capacities: ['TM. Ủy ban nhân dân', 'KT. Chủ tịch']}])
  })

  it('reads title and name after the body', () => {
    const plan = parse('I. NỘI DUNG\n- Nội dung.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nNguyễn Văn An')
    const signature = top<Signature>(plan, 'signature')
    expect(signature.signer).toBe('Nguyễn Văn An')
    expect(signature.signerTitle).toBe('Phó Chủ tịch')
    expect(plan.meta).toMatchObject({signer: 'Nguyễn Văn An', signerTitle: 'Phó Chủ tịch'})
  })

  it('a flattened "| KT. CHỦ TỊCH |" row', () => {
    const plan = parse('1. Nội dung\nĐoạn văn.\n| KT. CHỦ TỊCH |')
    expect(top<Signature>(plan, 'signature').signerTitle).toBe('KT. Chủ tịch')
  })

  it('a name in capitals is title-cased', () => {
    const plan = parse('I. NỘI DUNG\n- Nội dung.\nCHỦ TỊCH\nLÊ VĂN BÌNH')
    expect(plan.meta.signer).toBe('Lê Văn Bình')
  })

  it.each([
    ['TUQ. CHỦ TỊCH\nGIÁM ĐỐC SỞ NỘI VỤ\n\nHồ Thị Phương', 'Hồ Thị Phương', 'Giám đốc Sở Nội vụ'],
    ['TM. BAN CHỈ ĐẠO\nTRƯỞNG BAN\n\nPHÓ CHỦ TỊCH UBND TỈNH\nĐặng Văn Minh', 'Đặng Văn Minh', 'Trưởng ban'],
    ['TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n\n(Đã ký)\n\nLê Văn Cường', 'Lê Văn Cường', 'Chánh Văn phòng']
  ])('a title with its body is a title, not the name: %j', (signature, signer, title) => {
    const plan = parse(`I. NỘI DUNG\n- Nội dung.\n\n${signature}`)
    expect(plan.meta).toMatchObject({signer, signerTitle: title})
  })
})

describe('the signer\'s title, the same whether the signature stands alone or beside the recipients', () => {
  it('a bare title before one that names a body ("PHÓ CHỦ TỊCH" / "GIÁM ĐỐC SỞ NỘI VỤ") is the title', () => {
    const alone = parse('I. MỤC TIÊU\nNội dung.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nGIÁM ĐỐC SỞ NỘI VỤ\n\nLê Văn A')
    const beside = parse('I. MỤC TIÊU\nNội dung.\nNơi nhận:                          KT. CHỦ TỊCH\n- Như trên;                        PHÓ CHỦ TỊCH\n- Lưu: VT.                         GIÁM ĐỐC SỞ NỘI VỤ\n\n                                   Lê Văn A')
    expect([alone.meta.signer, alone.meta.signerTitle]).toEqual(['Lê Văn A', 'Phó Chủ tịch'])
    expect([beside.meta.signer, beside.meta.signerTitle]).toEqual(['Lê Văn A', 'Phó Chủ tịch'])
  })
})

describe('a joint plan signed side by side (liên tịch: one column per body)', () => {
  const columns = [
    'TM. BAN THƯỜNG VỤ TỈNH ĐOÀN           TM. ỦY BAN NHÂN DÂN',
    'BÍ THƯ                                KT. CHỦ TỊCH',
    '                                      PHÓ CHỦ TỊCH',
    '',
    'Nguyễn Văn An                         Trần Văn Bình'
  ].join('\n')

  it.each([
    ['space-aligned columns', columns],
    ['a flattened "|" table', '| TM. BAN THƯỜNG VỤ TỈNH ĐOÀN | TM. ỦY BAN NHÂN DÂN |\n| BÍ THƯ | KT. CHỦ TỊCH |\n| | PHÓ CHỦ TỊCH |\n| Nguyễn Văn An | Trần Văn Bình |']
  ])('each column is a signer; the lead body signs on the right (%s)', (_, block) => {
    const plan = parse(`I. NỘI DUNG\n- Nội dung.\n\n${block}`)
    const signature = top<Signature>(plan, 'signature')
    expect(signature.signers).toEqual([
      {signer: 'Nguyễn Văn An', signerTitle: 'Bí thư', capacities: ['TM. Ban Thường vụ Tỉnh đoàn']},
      {signer: 'Trần Văn Bình', signerTitle: 'Phó Chủ tịch', capacities: ['TM. Ủy ban nhân dân', 'KT. Chủ tịch']}
    ])
    expect(plan.meta).toMatchObject({signer: 'Trần Văn Bình', signerTitle: 'Phó Chủ tịch'})
  })

  it('columns stacked by a copy (the left block, then the right one) are one signature with both signers, the right one the plan\'s', () => {
    const plan = parse('I. NỘI DUNG\n- Nội dung.\n\nTM. BAN THƯỜNG VỤ HUYỆN ĐOÀN\nBÍ THƯ\n\nPhạm Thị Hoa\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nĐinh Văn Quý')
    expect(plan.children.filter((c) => c.type === 'signature')).toHaveLength(1)
    expect(top<Signature>(plan, 'signature').signers.map((s) => [s.signer, s.signerTitle])).toEqual([['Phạm Thị Hoa', 'Bí thư'], ['Đinh Văn Quý', 'Phó Chủ tịch']])
    expect(plan.meta).toMatchObject({signer: 'Đinh Văn Quý', signerTitle: 'Phó Chủ tịch'})
    expect(plan.diagnostics).toEqual([])
    // The party's "T/M" opens a block as "TM." does.
    const party = parse('I. NỘI DUNG\n- Nội dung.\n\nT/M BAN THƯỜNG VỤ HUYỆN ĐOÀN\nBÍ THƯ\n\nPhạm Thị Hoa\nT/M ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nĐinh Văn Quý')
    expect(top<Signature>(party, 'signature').signers.map((s) => s.signer)).toEqual(['Phạm Thị Hoa', 'Đinh Văn Quý'])
  })

  it('one signer is one entry; the capacities it signs in are kept ("TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG")', () => {
    const plan = parse('I. NỘI DUNG\n- Nội dung.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Bình')
    expect(top<Signature>(plan, 'signature').signers).toEqual([{signer: 'Lê Văn Bình', signerTitle: 'Chủ tịch', capacities: ['TM. Ủy ban nhân dân']}])
    const deputy = parse('I. NỘI DUNG\n- Nội dung.\n\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nLê Văn Bình')
    expect(top<Signature>(deputy, 'signature').signers).toEqual([{signer: 'Lê Văn Bình', signerTitle: 'Chánh Văn phòng', capacities: ['TL. Chủ tịch']}])
  })
})

describe('recipients (Nơi nhận)', () => {
  it('lists each recipient, ending at "Lưu"', () => {
    const plan = parse('I. NỘI DUNG\n- Nội dung.\nNơi nhận:\n- Bộ Nội vụ (b/c);\n- TT. Tỉnh ủy;\n- Lưu: VT, NC.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Dũng')
    const recipients = top<Recipients>(plan, 'recipients')
    expect(recipients.recipients).toEqual(['Bộ Nội vụ (b/c)', 'TT. Tỉnh ủy', 'Lưu: VT, NC'])
    expect(top<Signature>(plan, 'signature').signer).toBe('Trần Văn Dũng')
    const section = top<Section>(plan, 'section')
    expect(section.children.filter((c) => c.type === 'item')).toHaveLength(1)
  })

  it('beside the signature in two columns, the signer\'s name alone under "Lưu" included', () => {
    const plan = parse('I. NỘI DUNG\n- Nội dung.\n\nNơi nhận:                                   KT. CHỦ TỊCH\n- Như trên;                                  PHÓ CHỦ TỊCH\n- Lưu: VT.\n\n\n                                             Võ Văn Em\n')
    expect(top<Recipients>(plan, 'recipients').recipients).toEqual(['Như trên', 'Lưu: VT'])
    expect(plan.meta).toMatchObject({signer: 'Võ Văn Em', signerTitle: 'Phó Chủ tịch'})
    expect(plan.children.filter((c) => c.type !== 'whitespace').map((c) => c.type)).toEqual(['section', 'recipients'])
  })

  it('flattened into "|" rows, the signature column going on alone after "Lưu" ("| (Đã ký)", "| Lê Thị Hoa")', () => {
    const text = 'I. NỘI DUNG\n- Nội dung.\n\nNơi nhận: | KT. GIÁM ĐỐC\n- UBND tỉnh (b/c); | PHÓ GIÁM ĐỐC\n- Lưu: VT, CCHC. |\n | (Đã ký)\n | Lê Thị Hoa\n'
    const plan = parse(text)
    expectInvariants(plan, text)
    expect(top<Recipients>(plan, 'recipients').recipients).toEqual(['UBND tỉnh (b/c)', 'Lưu: VT, CCHC'])
    expect(plan.meta).toMatchObject({signer: 'Lê Thị Hoa', signerTitle: 'Phó Giám đốc'})
    expect(plan.children.filter((c) => c.type !== 'whitespace').map((c) => c.type)).toEqual(['section', 'recipients'])
  })
})

describe('the signature in a copy with a blank line after every line (Word exports)', () => {
  it('the name after the doubled room for the signature (nine blank lines) is the signer', () => {
    const text = 'I. NỘI DUNG\n\n- Nội dung.\n\nKT. BỘ TRƯỞNG\n\nTHỨ TRƯỞNG\n\n\n\n\n\n\n\n\n\nNguyễn Thanh Tịnh\n'
    const plan = parse(text)
    expect(plan.meta).toMatchObject({signer: 'Nguyễn Thanh Tịnh', signerTitle: 'Thứ trưởng'})
  })
})

describe('Nơi nhận and the signature flattened into "|" rows with closing pipes', () => {
  it('the name in a row of its own ("| Trần Anh Tuấn |") after "- Lưu: VT, NC. | |" is the signer', () => {
    const text = 'I. NỘI DUNG\n- Nội dung.\n\nNơi nhận: | TM. ỦY BAN NHÂN DÂN |\n- Bộ Nội vụ; | KT. CHỦ TỊCH |\n- Lưu: VT, NC. | PHÓ CHỦ TỊCH |\n| |\n| Trần Anh Tuấn |\n'
    const plan = parse(text)
    expect(top<Recipients>(plan, 'recipients').recipients).toEqual(['Bộ Nội vụ', 'Lưu: VT, NC'])
    expect(plan.meta).toMatchObject({signer: 'Trần Anh Tuấn', signerTitle: 'Phó Chủ tịch'})
    expect(plan.children.filter((c) => c.type !== 'whitespace').map((c) => c.type)).toEqual(['section', 'recipients'])
  })
})

describe('Kính gửi (the addressees of a Công văn)', () => {
  it('"Kính gửi:" over "- …" lines is one block; the opening "Thực hiện …" after it is the preamble', () => {
    const text = 'SỞ NỘI VỤ\nSố: 1234/SNV-CCHC\nV/v triển khai Kế hoạch cải cách hành chính năm 2024\nTây Ninh, ngày 10 tháng 01 năm 2024\n\nKính gửi:\n- Các sở, ban, ngành tỉnh;\n- UBND các huyện, thị xã, thành phố.\n\nThực hiện Kế hoạch số 3456/KH-UBND ngày 28/12/2023 của UBND tỉnh, Sở Nội vụ đề nghị:\n1. Xây dựng kế hoạch.\n'
    const plan = parse(text)
    expect(top<Addressees>(plan, 'addressees').addressees).toEqual(['Các sở, ban, ngành tỉnh', 'UBND các huyện, thị xã, thành phố'])
    expect(plan.children.filter((c) => c.type !== 'whitespace').map((c) => c.type)).toEqual(['header', 'addressees', 'preamble', 'section'])
  })

  it('a letter with no numbered parts closes "Trân trọng./." and still has its Nơi nhận and signature', () => {
    const text = 'SỞ NỘI VỤ\nSố: 123/SNV-CCHC\nAn Giang, ngày 5 tháng 3 năm 2024\nKính gửi: Các sở, ban, ngành tỉnh.\nThực hiện Kế hoạch số 45/KH-UBND ngày 20/01/2024 của UBND tỉnh, Sở Nội vụ đề nghị các cơ quan triển khai thực hiện.\nTrân trọng./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\n\nNguyễn Văn Bình\n'
    const plan = parse(text)
    expect(plan.children.filter((c) => c.type !== 'whitespace').map((c) => c.type)).toEqual(['header', 'addressees', 'preamble', 'paragraph', 'recipients', 'signature'])
    expect(plan.meta).toMatchObject({signer: 'Nguyễn Văn Bình', signerTitle: 'Giám đốc'})
  })

  it('on one line ("Kính gửi: Ủy ban nhân dân tỉnh.")', () => {
    const plan = parse('Số: 12/BC-SNV\nKính gửi: Ủy ban nhân dân tỉnh.\nI. KẾT QUẢ\n- Nội dung.')
    expect(top<Addressees>(plan, 'addressees').addressees).toEqual(['Ủy ban nhân dân tỉnh'])
  })
})

describe('footnotes ([1] …) and fused references', () => {
  it('Markdown\'s footnotes ("[^1]" in the text, "[^1]: …" below)', () => {
    const plan = parse('I. MỤC TIÊU\n- Tỷ lệ hồ sơ đúng hạn đạt trên 98%[^1].\n\n[^1]: Theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ.')
    const notes = top<Footnotes>(plan, 'footnotes')
    expect(notes.children.filter((c) => c.type === 'footnote').map((c) => (c as {label: string}).label)).toEqual(['1'])
    expect(JSON.stringify(plan)).toContain('"type":"footnoteReference","value":"[^1]","label":"1"')
    expect(plan.targets.map((t) => [t.value, t.subject])).toEqual([[98, 'Tỷ lệ hồ sơ đúng hạn']])
    expect(plan.citations.map((c) => c.key)).toEqual(['766/QĐ-TTg'])
  })

  it('reads definitions and references', () => {
    const plan = parse('1. Mục tiêu\n- 80% hồ sơ được xử lý điện tử[2].\n[1] Theo Quyết định 468/QĐ-TTg.\n[2] Chỉ tiêu của Chính phủ là 80%.')
    const notes = top<Footnotes>(plan, 'footnotes')
    expect(notes.children.filter((c) => c.type === 'footnote').map((c) => (c as {label: string}).label)).toEqual(['1', '2'])
    const json = JSON.stringify(plan)
    expect(json).toContain('"type":"footnoteReference","value":"[2]"')
  })
})

describe('footnotes under a rule ("_____", "(1) …", "¹ …") and references fused as "(1)"', () => {
  it('reads the rule and its notes as one footnotes block; "(1)" elsewhere still numbers a list', () => {
    const text = 'I. MỤC TIÊU\n- Phấn đấu 80% hồ sơ trực tuyến(1).\n- Tỷ lệ hài lòng trên 90%².\nII. TỔ CHỨC THỰC HIỆN\n(1) Sở Nội vụ theo dõi.\n\n_______________\n(1) Theo Quyết định số 468/QĐ-TTg.\n² Chỉ tiêu của Chính phủ.\n'
    const plan = parse(text)
    const notes = top<Footnotes>(plan, 'footnotes')
    expect(notes.children.filter((c) => c.type === 'footnote').map((c) => (c as {label: string}).label)).toEqual(['1', '2'])
    const refs: string[] = []
    walk(plan, (node) => {
      if (node.type === 'footnoteReference') refs.push((node as {label: string}).label)
    })
    expect(refs).toEqual(['1', '2'])
    expect(plan.targets.map((t) => t.subject)).toEqual(['hồ sơ trực tuyến', 'Tỷ lệ hài lòng'])
    expect(plan.citations.map((c) => [c.key, c.mentions.map((m) => m.origin)])).toEqual([['468/QĐ-TTg', ['footnote']]])
    const section = plan.children.filter((c) => c.type === 'section')[1] as Section
    expect(section.children.filter((c) => c.type === 'section').map((c) => (c as Section).numbering?.label)).toEqual(['(1)'])
  })
})

describe('related documents lists (- 1 Luật …)', () => {
  it('splits lists where numbering restarts', () => {
    const plan = parse('- 1 Luật ngân sách nhà nước 2015\n- 2 Nghị định 61/2018/NĐ-CP về một cửa\n- 1 Nghị quyết 76/NQ-CP năm 2021\nI. MỤC ĐÍCH')
    const lists = plan.children.filter((c) => c.type === 'relatedDocuments') as RelatedDocuments[]
    expect(lists).toHaveLength(2)
    expect(lists[0]!.children.filter((c) => c.type === 'relatedDocument')).toHaveLength(2)
  })

  it('"- 100% hồ sơ" is a bullet, not a related document', () => {
    const plan = parse('I. MỤC TIÊU\n- 100% hồ sơ được số hóa.')
    expect(plan.children.some((c) => c.type === 'relatedDocuments')).toBe(false)
  })
})

describe('appendix (Phụ lục)', () => {
  it('reads label, title, attachment and its own sections', () => {
    const plan = parse('I. NỘI DUNG\n- Nội dung.\nPHỤ LỤC I\nDANH MỤC NHIỆM VỤ TRỌNG TÂM\n(Kèm theo Kế hoạch số 803/KH-UBND ngày 23/12/2021 của UBND tỉnh)\n1. Cải cách thể chế\n- Rà soát văn bản.')
    const appendix = top<Appendix>(plan, 'appendix')
    expect(appendix.label).toBe('PHỤ LỤC I')
    expect(appendix.title).toBe('DANH MỤC NHIỆM VỤ TRỌNG TÂM')
    expect(appendix.attachedTo).toBe('Kèm theo Kế hoạch số 803/KH-UBND ngày 23/12/2021 của UBND tỉnh')
    expect(appendix.children.some((c) => c.type === 'section')).toBe(true)
  })

  it('the attachment line wrapped before its bracket closes ("… của UBND\ntỉnh)") is read whole', () => {
    const plan = parse('I. NỘI DUNG\n- Nội dung.\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n(Kèm theo Kế hoạch số 803/KH-UBND ngày 23/12/2021 của UBND\ntỉnh)\n1. Cải cách thể chế')
    expect(top<Appendix>(plan, 'appendix').attachedTo).toBe('Kèm theo Kế hoạch số 803/KH-UBND ngày 23/12/2021 của UBND tỉnh')
    expect(plan.citations.map((c) => c.issuer)).toEqual(['Ủy ban nhân dân tỉnh'])
  })

  it('the recipients and signature after an appendix are the plan\'s, not the appendix\'s (the tree keeps its schema)', () => {
    const plan = parse('I. MỤC TIÊU\n- Nội dung.\nPHỤ LỤC\nDANH MỤC\n| Nội dung | Cơ quan chủ trì |\n| Rà soát | Sở Tư pháp |\n\nNơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n')
    expect(plan.children.filter((c) => c.type !== 'whitespace' && c.type !== 'text').map((c) => c.type)).toEqual(['section', 'appendix', 'recipients', 'signature'])
    expect(plan.meta.signer).toBe('Nguyễn Văn A')
  })

  it('"(Có phụ lục … kèm theo)" in the body is not an appendix', () => {
    const plan = parse('I. NỘI DUNG\n- Nội dung.\n(Có phụ lục nhiệm vụ trọng tâm kèm theo)')
    expect(plan.children.some((c) => c.type === 'appendix')).toBe(false)
  })
})

describe('web-page leftovers', () => {
  it('ratings and counters after the body are kept apart', () => {
    const plan = parse('I. NỘI DUNG\n- Nội dung.\n\nTổng số điểm của bài viết là: 0 trong 0 đánh giá\nClick để đánh giá bài viết\nTHỐNG KÊ\n  • Đang truy cập28')
    const leftover = top<Leftover>(plan, 'leftover')
    expect(leftover.reason).toBe('web-page')
    expect(toText(top<Section>(plan, 'section'))).not.toContain('Tổng số điểm')
  })

  it('a row of a portal\'s buttons after the signature ("Tải về | In | Chia sẻ") and the tabs after it are one leftover', () => {
    const plan = parse('I. NỘI DUNG\n- Nội dung.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐỗ Thị Minh Hoa\nTải về | In | Chia sẻ\nVăn bản liên quan\nLượt xem: 1234')
    expect(plan.children.filter((c) => c.type !== 'whitespace').map((c) => c.type)).toEqual(['section', 'signature', 'leftover'])
    expect(top<Leftover>(plan, 'leftover').reason).toBe('web-page')
  })

  it('a portal\'s buttons alone on their lines after the signature ("Tải về", "Văn bản gốc (PDF)", "Bình luận (0)") are leftovers; after an appendix they are content again', () => {
    const plan = parse('I. NỘI DUNG\n- Nội dung.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Quốc Anh\nTải về\nVăn bản gốc (PDF)\nBình luận (0)\nGửi bình luận\nBản quyền © 2024 Cổng thông tin điện tử tỉnh Kiên Giang')
    // The notice after the buttons ends the page: one leftover with them.
    expect(plan.children.filter((c) => c.type !== 'whitespace').map((c) => c.type)).toEqual(['section', 'signature', 'leftover'])
    const appendix = parse('I. NỘI DUNG\n- Nội dung.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Quốc Anh\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\nNội dung\nRà soát thủ tục hành chính.')
    expect(appendix.children.filter((c) => c.type !== 'whitespace').map((c) => c.type)).toEqual(['section', 'signature', 'appendix'])
  })

  it('a portal\'s share and note buttons after the signature ("Lưu trữ", "Ghi chú", "Ý kiến", "Facebook", "Email", "In") are one leftover', () => {
    const plan = parse('I. NỘI DUNG\n- Nội dung.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHoàng Quốc Khánh\nLưu trữ\nGhi chú\nÝ kiến\nFacebook\nEmail\nIn')
    expect(plan.children.filter((c) => c.type !== 'whitespace').map((c) => c.type)).toEqual(['section', 'signature', 'leftover'])
  })

  it('the buttons and notices that end the page after an appendix and its footnotes ("Lược đồ", "Văn bản liên quan", "Bạn chưa đăng nhập …") are a leftover', () => {
    const text = 'I. NỘI DUNG\n- Nội dung.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Quốc Anh\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n- Rà soát thủ tục hành chính[1].\n\n[1] Theo Nghị định số 45/2020/NĐ-CP.\n\nLược đồ\nVăn bản liên quan\nBạn Chưa Đăng Nhập Thành Viên!'
    const plan = parse(text)
    expect(plan.children.filter((c) => c.type !== 'whitespace').map((c) => c.type)).toEqual(['section', 'signature', 'appendix', 'footnotes', 'leftover'])
    const {start, end} = top<Leftover>(plan, 'leftover').position
    expect(text.slice(start.offset, end.offset)).toBe('Lược đồ\nVăn bản liên quan\nBạn Chưa Đăng Nhập Thành Viên!')
  })

  it('a page\'s link between the paragraphs ("Xem thêm: …") is a leftover where it stands; the list around it goes on', () => {
    const plan = parse('I. MỤC TIÊU\n1. Mục tiêu chung\n- 90% hồ sơ được xử lý trên môi trường mạng.\nXem thêm: Kiên Giang đẩy mạnh chuyển đổi số\n- 100% cơ quan có hộp thư công vụ.\nII. NHIỆM VỤ\n1. Phát triển hạ tầng số.')
    const first = top<Section>(plan, 'section').children.find((c) => c.type === 'section') as Section
    expect(first.children.filter((c) => c.type !== 'whitespace' && c.type !== 'heading').map((c) => c.type)).toEqual(['item', 'leftover', 'item'])
    expect(plan.targets.map((t) => t.value)).toEqual([90, 100])
  })

  it('a news page\'s pointer to the full text ("Xem chi tiết văn bản tại đây.") and its related news after the body', () => {
    const plan = parse('I. NỘI DUNG\n- Nội dung.\nXem chi tiết văn bản tại đây.\nTin liên quan:\n- Huyện tổ chức hội nghị')
    expect(plan.children.filter((c) => c.type !== 'whitespace').map((c) => c.type)).toEqual(['section', 'leftover'])
    expect(toText(top<Section>(plan, 'section'))).not.toContain('Xem chi tiết')
  })

  it('a breadcrumb before the text', () => {
    const plan = parse('Trang chủ > Văn bản > Kế hoạch\nI. NỘI DUNG')
    expect(top<Leftover>(plan, 'leftover').reason).toBe('breadcrumb')
  })

  it('a truncation mark "[...]" is reported', () => {
    const plan = parse('I. NỘI DUNG\n- Nội dung.\n[...]')
    expect(top<Leftover>(plan, 'leftover').reason).toBe('truncated')
    expect(plan.diagnostics.map((d) => d.ruleId)).toEqual(['truncated-text'])
  })
})

describe('the stamp of a digitally signed PDF (chữ ký số: "Ký bởi: … Thời gian ký: …")', () => {
  const stamp = 'Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi\nEmail: ubnd@quangngai.gov.vn\nCơ quan: Tỉnh Quảng Ngãi\nThời gian ký: 12.01.2024 10:15:20 +07:00\n'
  const header = 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 07/KH-UBND\nQuảng Ngãi, ngày 11 tháng 01 năm 2024\nKẾ HOẠCH\nCải cách hành chính năm 2024\n'
  const body = 'I. MỤC TIÊU\nPhấn đấu 100% hồ sơ đúng hạn.\nII. TỔ CHỨC THỰC HIỆN\nSở Nội vụ chủ trì.\n'

  it('before the header is a leftover, not a catalogue: the signer stays the person who signed', () => {
    const plan = parse(stamp + header + body + 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Phước Hiền')
    expect(plan.children[0]).toMatchObject({type: 'leftover', reason: 'signature-stamp'})
    expect(plan.meta).toMatchObject({documentNumber: '07/KH-UBND', issuer: 'Ủy ban nhân dân tỉnh Quảng Ngãi', signer: 'Trần Phước Hiền'})
    expect(plan.diagnostics).toEqual([])
  })

  it('joined into one line, or over a later page inside a section', () => {
    const plan = parse(header + 'I. MỤC TIÊU\nPhấn đấu 100% hồ sơ đúng hạn.\nNgười ký: Ủy ban nhân dân tỉnh Quảng Ngãi Email: ubnd@quangngai.gov.vn Thời gian ký: 12.01.2024 10:15:20 +07:00\n- Số hóa 80% hồ sơ.\n')
    const section = top<Section>(plan, 'section')
    expect(section.children.some((c) => c.type === 'leftover' && c.reason === 'signature-stamp')).toBe(true)
    expect(plan.targets.map((t) => t.value)).toEqual([100, 80])
  })

  it('"Người ký:" of a catalogue, with no line of a stamp after it, stays the catalogue\'s signer', () => {
    const plan = parse('Số hiệu: 07/KH-UBND\nNgười ký: Trần Phước Hiền\nNgày ban hành: 11/01/2024\n' + body)
    expect(plan.meta.signer).toBe('Trần Phước Hiền')
    expect(plan.children.some((c) => c.type === 'leftover')).toBe(false)
  })
})

describe('page numbers from PDF extraction', () => {
  it('stay where they are as leftovers and close nothing', () => {
    const plan = parse('I. NỘI DUNG\n1. Một\n- Nội dung một.\n\n2\n\n- Nội dung hai.\nTrang 3/10\n2. Hai')
    const section = top<Section>(plan, 'section')
    const first = section.children.find((c) => c.type === 'section') as Section
    const items = first.children.filter((c) => c.type === 'item') as Item[]
    expect(items).toHaveLength(2)
    expect(items.map((item) => item.children.filter((c) => c.type === 'leftover').map((c) => (c as Leftover).reason))).toEqual([['page'], ['page']])
    expect(section.children.filter((c) => c.type === 'section')).toHaveLength(2)
  })

  it('a gazette\'s running head ("CÔNG BÁO/Số 15 + 16/Ngày 20-02-2024   37") is a page line, also inside a sentence', () => {
    const plan = parse('I. NỘI DUNG\n- Rà soát thủ tục.\n\n38        CÔNG BÁO/Số 15 + 16/Ngày 20-02-2024\n\n- Phấn đấu đạt\nCÔNG BÁO/Số 15 + 16/Ngày 20-02-2024    39\ntrên 98% hồ sơ đúng hạn.')
    const leftovers: string[] = []
    walk(plan, (node) => {
      if (node.type === 'leftover') leftovers.push(node.reason)
    })
    expect(leftovers).toEqual(['page'])
    expect(plan.targets.map((t) => [t.value, t.comparator])).toEqual([[98, '>']])
    expect(JSON.stringify(plan)).toContain('"pageNumber"')
  })

  it('a running head the PDF repeats beside each page number ("Kế hoạch số 77/KH-UBND ngày … của UBND tỉnh Lâm Đồng") is a page line, also inside a sentence', () => {
    const head = 'Kế hoạch số 77/KH-UBND ngày 08/02/2024 của UBND tỉnh Lâm Đồng'
    const plan = parse(`I. MỤC TIÊU\n1. Tỷ lệ hồ sơ giải quyết trực tuyến đạt tối thiểu\nTrang 1/3\n${head}\n50% tổng số hồ sơ.\n2. Nội dung hai.\nTrang 2/3\n${head}\n3. Nội dung ba.`)
    const leftovers: string[] = []
    walk(plan, (node) => {
      if (node.type === 'leftover') leftovers.push(toText(node))
    })
    expect(leftovers).toEqual(['Trang 2/3', head])
    expect(plan.targets.map((t) => [t.value, t.subject])).toEqual([[50, 'Tỷ lệ hồ sơ giải quyết trực tuyến']])
    // Said once, with no page number beside it, a line is text.
    expect(JSON.stringify(parse(`I. MỤC TIÊU\n${head}\n- Nội dung.\n${head}`))).not.toContain('"leftover"')
  })

  it('a list under a lead-in goes on across a page number', () => {
    const plan = parse('II. MỤC TIÊU\n- Phấn đấu đến năm 2025:\n+ 100% hồ sơ giải quyết đúng hạn.\n\n3\n+ Giảm thời gian chờ đợi xuống tối đa 15 phút/lượt giao dịch.\n- Phấn đấu đến năm 2030:\n+ 100% hồ sơ trực tuyến.')
    expect(plan.targets.map((t) => [t.value, t.year])).toEqual([[100, 2025], [15, 2025], [100, 2030]])
  })

  it('inside a sentence that runs on to the next page, stay in its paragraph as a pageNumber leaf', () => {
    const text = 'II. MỤC TIÊU\nPhấn đấu đến năm 2025, tỷ lệ hồ sơ giải quyết đúng hạn đạt\n\n12\n\ntrên 98%. Chỉ số hài lòng đạt trên 90%.'
    const plan = parse(text)
    const section = top<Section>(plan, 'section')
    const paragraphs = section.children.filter((c) => c.type === 'paragraph') as Paragraph[]
    expect(paragraphs).toHaveLength(1)
    expect(paragraphs[0]!.children.filter((c) => c.type === 'pageNumber').map((c) => c.value)).toEqual(['12'])
    expect(toText(paragraphs[0]!)).toBe('Phấn đấu đến năm 2025, tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%. Chỉ số hài lòng đạt trên 90%.')
    expect(plan.targets.map((t) => [t.value, t.comparator, t.year, t.subject])).toEqual([
      [98, '>', 2025, 'tỷ lệ hồ sơ giải quyết đúng hạn'],
      [90, '>', null, 'Chỉ số hài lòng']
    ])
  })

  it('inside a phrase ("tối\\n3\\nthiểu 95%", "76/NQ-\\n4\\nCP"): the comparator and the citation read across it, a citation keeping the page number inside', () => {
    const text = 'II. MỤC TIÊU\n- Phấn đấu tỷ lệ hồ sơ giải quyết đúng hạn đạt tối\n\n3\n\nthiểu 95%; thực hiện Nghị quyết số 76/NQ-\n\n4\n\nCP ngày 15/7/2021 của Chính phủ.\n- Nội dung khác.'
    const plan = parse(text)
    expect(plan.targets.map((t) => [t.value, t.comparator])).toEqual([[95, '>=']])
    expect(plan.citations.map((c) => [c.key, c.date, c.issuer])).toEqual([['76/NQ-CP', '2021-07-15', 'Chính phủ']])
    const paragraph = (top<Section>(plan, 'section').children.find((c) => c.type === 'item') as Item).children[0] as Paragraph
    expect(paragraph.children.filter((c) => c.type === 'pageNumber').map((c) => c.value)).toEqual(['3'])
    expect(paragraph.children.find((c) => c.type === 'citation')!.value).toContain('\n4\n')
  })

  it('in a numbered item too ("- 5 -" between "… đạt" and "100% …")', () => {
    const plan = parse('I. MỤC TIÊU\n1. Đến năm 2025, phấn đấu đạt\n- 5 -\n100% hồ sơ được số hóa.')
    const item = top<Section>(plan, 'section').children.find((c) => c.type === 'section') as Section
    expect(item.children.some((c) => c.type === 'leftover')).toBe(false)
    expect(plan.targets.map((t) => t.subject)).toEqual(['hồ sơ được số hóa'])
  })
})

describe('HTML tags a scraper left in plain text ("<br>", "<b>…</b>")', () => {
  it('are looked through: a tag at a line end is nothing, "<br>" inside a line a new line; comparison signs stay', () => {
    const text = 'UBND TỈNH AN GIANG<br>\nSố: 803/KH-UBND\n<b>KẾ HOẠCH</b>\nCải cách hành chính năm 2022\nCăn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;<br>Căn cứ Quyết định số 12/QĐ-UBND ngày 1/2/2022;\nI. MỤC TIÊU\n- Tỷ lệ hộ nghèo <2%, tỷ lệ hồ sơ trễ hạn < 1%.'
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.meta).toMatchObject({issuer: 'Ủy ban nhân dân tỉnh An Giang', documentNumber: '803/KH-UBND', documentType: 'Kế hoạch', title: 'Cải cách hành chính năm 2022'})
    const preamble = plan.children.find((c) => c.type === 'preamble') as Preamble
    // The "<br>" between them is kept as text of its own (lossless).
    expect(preamble.children.filter((c) => c.type === 'clause')).toHaveLength(2)
    expect(plan.targets.map((t) => [t.comparator, t.value])).toEqual([['<', 2], ['<', 1]])
  })
})
