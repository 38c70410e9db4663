/**
 * Header metadata from every form: catalogue block (lines, one flattened
 * line, `|` rows), official header (lines, `|` rows, two columns), place/date
 * line (also hard-wrapped), news-style lead, title block.
 */

import {describe, expect, it} from 'vitest'
import {parsePlan} from '../../src/index.js'
import type {Section} from '../../src/schema.js'
import {expectInvariants} from '../helpers.js'

function meta(text: string) {
  const plan = parsePlan(text)
  expectInvariants(plan, text)
  return plan.meta
}

const BODY = '\nI. MỤC ĐÍCH, YÊU CẦU\n- Nội dung.\n'

describe('catalogue block (Số hiệu / Ngày ban hành / Người ký …)', () => {
  it('one field a line, with a caption', () => {
    const m = meta(
      'Kế hoạch 45/KH-UBND năm 2023 về cải cách hành chính huyện Đông Anh năm 2023\n\nSố hiệu 45/KH-UBND\nNgày ban hành 03/02/2023\nNgày có hiệu lực 03/02/2023\nLoại văn bản Kế hoạch\nCơ quan ban hành Huyện Đông Anh\nNgười ký Lê Văn Hùng\nLĩnh vực Bộ máy hành chính\n' + BODY
    )
    expect(m).toMatchObject({
      documentNumber: '45/KH-UBND',
      documentType: 'Kế hoạch',
      issuedDate: '2023-02-03',
      effectiveDate: '2023-02-03',
      issuer: 'Ủy ban nhân dân huyện Đông Anh',
      signer: 'Lê Văn Hùng',
      field: 'Bộ máy hành chính'
    })
  })

  it('flattened into one line with colons', () => {
    const m = meta('Số hiệu: 12/KH-SNV Ngày ban hành: 15/01/2024 Loại văn bản: Kế hoạch Người ký: Trần Thị Mai' + BODY)
    expect(m).toMatchObject({documentNumber: '12/KH-SNV', issuedDate: '2024-01-15', documentType: 'Kế hoạch', signer: 'Trần Thị Mai'})
  })

  it('as `|` table rows', () => {
    const m = meta('| Số hiệu | 2165/KH-UBND |\n| Ngày ban hành | 10/5/2022 |\n| Người ký | Phạm Văn B |\n| Lĩnh vực | Văn hóa |' + BODY)
    expect(m).toMatchObject({documentNumber: '2165/KH-UBND', issuedDate: '2022-05-10', signer: 'Phạm Văn B', field: 'Văn hóa'})
  })

  it('each label alone on its line, its value on the next (a portal table copied cell by cell)', () => {
    const text = 'Số hiệu\n1520/KH-UBND\nLoại văn bản\nVăn bản khác\nLĩnh vực, ngành\nBộ máy hành chính\nNơi ban hành\nTỉnh Bắc Giang\nNgười ký\nMai Sơn\nNgày ban hành\n12/09/2024\nNgày hiệu lực\n12/09/2024\nKẾ HOẠCH\nTriển khai Đề án 06 năm 2024 trên địa bàn tỉnh' + BODY
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.meta).toMatchObject({documentNumber: '1520/KH-UBND', documentType: 'Kế hoạch', issuedDate: '2024-09-12', effectiveDate: '2024-09-12', issuer: 'Ủy ban nhân dân tỉnh Bắc Giang', signer: 'Mai Sơn', field: 'Bộ máy hành chính', title: 'Triển khai Đề án 06 năm 2024 trên địa bàn tỉnh'})
    expect(plan.children[0]!.type).toBe('catalogue')
  })

  it('a plan filed under "Văn bản khác" keeps the type from the number', () => {
    const m = meta('Số hiệu 77/KH-UBND\nLoại văn bản Văn bản khác\nNgười ký Nguyễn A\n\nSố: 77/KH-UBND' + BODY)
    expect(m.documentType).toBe('Kế hoạch')
  })

  it('a catalogue alone, flattened into one line, under "Văn bản khác": the type from the number', () => {
    const text = 'Số hiệu: 1234/KH-UBND Loại văn bản: Văn bản khác Ngày ban hành: 05/06/2023 Cơ quan ban hành: UBND tỉnh Bình Định Người ký: Lâm Hải Giang Lĩnh vực: Bộ máy hành chính\n' + BODY
    const plan = parsePlan(text)
    expect(plan.meta).toMatchObject({documentNumber: '1234/KH-UBND', documentType: 'Kế hoạch', issuedDate: '2023-06-05', issuer: 'Ủy ban nhân dân tỉnh Bình Định', signer: 'Lâm Hải Giang'})
    expect(plan.data.metaSources.documentType).toBe('inferred')
  })

  it('an impossible date is a diagnostic, not a date', () => {
    const plan = parsePlan('Số hiệu 1/KH-UBND\nNgày ban hành 31/02/2021\nNgười ký Nguyễn A' + BODY)
    expect(plan.meta.issuedDate).toBeNull()
    expect(plan.diagnostics.map((d) => d.ruleId)).toContain('invalid-date')
  })
})

describe('official header (Quốc hiệu, cơ quan, số, địa danh và ngày)', () => {
  it('as lines', () => {
    const m = meta('ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 5 /KH-UBND\nQuảng Nam, ngày 05 tháng 01 năm 2024\n\nKẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NĂM 2024\n' + BODY)
    expect(m).toMatchObject({
      documentNumber: '5/KH-UBND',
      documentType: 'Kế hoạch',
      issuedDate: '2024-01-05',
      issuer: 'Ủy ban nhân dân tỉnh Quảng Nam',
      place: 'Quảng Nam',
      title: 'CẢI CÁCH HÀNH CHÍNH NĂM 2024',
      period: {from: 2024, to: 2024}
    })
  })

  it('flattened into `|` rows, issuer completed from the place and title', () => {
    const m = meta('ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 249/KH-UBND | Lạng Sơn, ngày 29 tháng 12 năm 2021 |\nCẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH LẠNG SƠN GIAI ĐOẠN 2021-2025\nCăn cứ Luật Tổ chức chính quyền địa phương;' + BODY)
    expect(m).toMatchObject({
      documentNumber: '249/KH-UBND',
      documentType: 'Kế hoạch',
      issuedDate: '2021-12-29',
      issuer: 'Ủy ban nhân dân tỉnh Lạng Sơn',
      place: 'Lạng Sơn',
      period: {from: 2021, to: 2025}
    })
  })

  it('two columns separated by tabs, a parent body over a department, which takes its locality', () => {
    const m = meta('UBND TỈNH BẮC NINH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ NỘI VỤ\tĐộc lập - Tự do - Hạnh phúc\nSố: 1234/KH-SNV\tBắc Ninh, ngày 10 tháng 3 năm 2023\n' + BODY)
    expect(m).toMatchObject({documentNumber: '1234/KH-SNV', issuer: 'Sở Nội vụ tỉnh Bắc Ninh', place: 'Bắc Ninh', issuedDate: '2023-03-10'})
  })

  it('a department under a province whose name has a dash ("UBND TỈNH BÀ RỊA - VŨNG TÀU / SỞ NỘI VỤ") takes the whole name', () => {
    const m = meta('UBND TỈNH BÀ RỊA - VŨNG TÀU\nSỞ NỘI VỤ\n-------\nSố: 1500/KH-SNV\nBà Rịa - Vũng Tàu, ngày 01 tháng 3 năm 2024\n' + BODY)
    expect(m).toMatchObject({issuer: 'Sở Nội vụ tỉnh Bà Rịa - Vũng Tàu', place: 'Bà Rịa - Vũng Tàu', issuedDate: '2024-03-01'})
  })

  it('a department\'s plan completes "UBND tỉnh" in its citations with the province', () => {
    const plan = parsePlan('UBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ\nSố: 45/KH-SNV\nQuảng Ngãi, ngày 07 tháng 3 năm 2024\nKẾ HOẠCH\nKiểm tra cải cách hành chính năm 2024\nThực hiện Kế hoạch số 20/KH-UBND ngày 25/01/2024 của UBND tỉnh về cải cách hành chính năm 2024.\nI. MỤC ĐÍCH')
    expect(plan.meta.issuer).toBe('Sở Nội vụ tỉnh Quảng Ngãi')
    expect(plan.citations.map((c) => c.issuer)).toEqual(['Ủy ban nhân dân tỉnh Quảng Ngãi'])
  })

  it('a place/date line hard-wrapped over two lines', () => {
    const m = meta('ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 09/KH-UBND\nPhú Thọ, ngày 13\ntháng 02 năm 2025\n' + BODY)
    expect(m).toMatchObject({issuedDate: '2025-02-13', place: 'Phú Thọ', documentNumber: '09/KH-UBND'})
  })

  it('a numbered district or ward as the place ("Quận 1", "Phường 5"), in rows and in lines', () => {
    const rows = meta('ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nPHƯỜNG BẾN NGHÉ | Độc lập - Tự do - Hạnh phúc |\nSố: 45/KH-UBND | Quận 1, ngày 10 tháng 01 năm 2025 |\nKẾ HOẠCH\nChuyển đổi số năm 2025\n' + BODY)
    expect(rows).toMatchObject({documentNumber: '45/KH-UBND', place: 'Quận 1', issuedDate: '2025-01-10', title: 'Chuyển đổi số năm 2025', issuer: 'Ủy ban nhân dân phường Bến Nghé'})
    const lines = meta('ỦY BAN NHÂN DÂN\nPHƯỜNG 5\nSố: 12/KH-UBND\nKhu phố 3, ngày 02/3/2024\nKẾ HOẠCH\nPhòng, chống thiên tai năm 2024\n' + BODY)
    expect(lines).toMatchObject({documentNumber: '12/KH-UBND', place: 'Khu phố 3', issuedDate: '2024-03-02', title: 'Phòng, chống thiên tai năm 2024'})
  })

  it('a sentence with a number before ", ngày" is still no place/date line', () => {
    const m = meta('ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 12/KH-UBND\nThực hiện Kế hoạch 5, ngày 02/3/2024 của Tỉnh ủy\n' + BODY)
    expect(m).toMatchObject({documentNumber: '12/KH-UBND', place: null, issuedDate: null})
  })

  it('a `|` row with a cell it cannot name keeps the row, the cell as "other" with a diagnostic, and its date', () => {
    const text = 'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nPHƯỜNG BẾN NGHÉ | Độc lập - Tự do - Hạnh phúc |\nSố: 45/KH-UBND | Khu 5 - 10/01/2025 |\nKẾ HOẠCH\nChuyển đổi số năm 2025\n' + BODY
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.meta).toMatchObject({documentNumber: '45/KH-UBND', issuedDate: '2025-01-10', title: 'Chuyển đổi số năm 2025'})
    const header = plan.children.find((c) => c.type === 'header')!
    expect('children' in header && header.children.some((f) => f.type === 'field' && f.key === 'other' && f.content === 'Khu 5 - 10/01/2025')).toBe(true)
    expect(plan.diagnostics.map((d) => d.ruleId)).toContain('unknown-header-cell')
  })

  it('a line it cannot name between the header and KẾ HOẠCH: a paragraph with a diagnostic, the title still read', () => {
    const text = 'ỦY BAN NHÂN DÂN\nHUYỆN ABC\nSố: 45/KH-UBND\nKhu 5 -- 10/01/2025\n\nKẾ HOẠCH\nChuyển đổi số năm 2025\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n' + BODY
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.meta).toMatchObject({documentNumber: '45/KH-UBND', issuedDate: '2025-01-10', documentType: 'Kế hoạch', title: 'Chuyển đổi số năm 2025'})
    expect(plan.children.filter((c) => c.type !== 'whitespace').map((c) => c.type)).toEqual(['header', 'paragraph', 'titleBlock', 'preamble', 'section'])
    expect(plan.diagnostics.map((d) => d.ruleId)).toContain('unknown-front-line')
  })

  it('the Quốc hiệu and Tiêu ngữ in one cell, and a leading "|" inside the header', () => {
    const text = '| ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n| Số: 318/KH-UBND | Bình Phước, ngày 25 tháng 10 năm 2023 |\n' + BODY
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.meta).toMatchObject({documentNumber: '318/KH-UBND', issuer: 'Ủy ban nhân dân tỉnh Bình Phước', issuedDate: '2023-10-25'})
    expect(plan.children[0]).toMatchObject({type: 'header', position: {start: {offset: 0}}})
  })

  it('the trailing "|" of the last `|` row belongs to the header', () => {
    const text = 'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 249/KH-UBND | Lạng Sơn, ngày 29 tháng 12 năm 2021 |\n' + BODY
    const plan = parsePlan(text)
    const header = plan.children[0]!
    expect(header.type).toBe('header')
    expect(header.position.end.offset).toBe(text.indexOf('2021 |') + 6)
  })

  it('a party document number and dashed date', () => {
    const m = meta('HUYỆN ỦY TÂY SƠN\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 29-KH/HU\nTây Sơn, ngày 23 tháng 9 năm 2021\n' + BODY)
    expect(m).toMatchObject({documentNumber: '29-KH/HU', documentType: 'Kế hoạch', issuer: 'Huyện ủy Tây Sơn', issuedDate: '2021-09-23'})
  })

  it('"KẾ HOẠCH HÀNH ĐỘNG" counts as Kế hoạch, the full name kept', () => {
    const m = meta('Số: 358/KH-UBND\nTiền Giang, ngày 18 tháng 11 năm 2022\n\nKẾ HOẠCH HÀNH ĐỘNG\n\nTHỰC HIỆN NGHỊ QUYẾT SỐ 131/NQ-CP NGÀY 06/10/2022 CỦA CHÍNH PHỦ\n\nThực hiện Nghị quyết số 131/NQ-CP;' + BODY)
    expect(m).toMatchObject({documentType: 'Kế hoạch', documentTypeFull: 'Kế hoạch hành động', title: 'THỰC HIỆN NGHỊ QUYẾT SỐ 131/NQ-CP NGÀY 06/10/2022 CỦA CHÍNH PHỦ', period: null})
  })

  it('a type line with a typo ("KÉ HOẠCH", "KÊ HOẠCH LIÊN TỊCH") gives the type in the lexicon\'s spelling, what follows it kept', () => {
    expect(meta('Số: 77/KH-UBND\nĐiện Biên, ngày 3 tháng 4 năm 2024\nKÉ HOẠCH\nCải cách hành chính năm 2024' + BODY)).toMatchObject({documentType: 'Kế hoạch', documentTypeFull: 'Kế hoạch'})
    expect(meta('Số: 5/KHLT-STP\nNghệ An, ngày 3 tháng 4 năm 2024\nKÊ HOẠCH LIÊN TỊCH\nPhổ biến pháp luật năm 2024' + BODY)).toMatchObject({documentType: 'Kế hoạch', documentTypeFull: 'Kế hoạch liên tịch'})
  })

  it('"KẾ HOẠCH TRIỂN KHAI" / "KẾ HOẠCH THỰC HIỆN" over the trích yếu: the verb opens the title, no part of the type', () => {
    const text = 'Số: 12/KH-UBND\nAn Giang, ngày 5 tháng 1 năm 2024\nKẾ HOẠCH TRIỂN KHAI\nCông tác cải cách hành chính năm 2024' + BODY
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.meta).toMatchObject({documentType: 'Kế hoạch', documentTypeFull: 'Kế hoạch', title: 'Triển khai công tác cải cách hành chính năm 2024'})
    // An instrument's name keeps its capital.
    expect(meta('Số: 12/KH-UBND\nAn Giang, ngày 5 tháng 1 năm 2024\nKẾ HOẠCH THỰC HIỆN\nNghị quyết số 12/NQ-HĐND ngày 10/12/2023 của HĐND tỉnh' + BODY)).toMatchObject({documentTypeFull: 'Kế hoạch', title: 'Thực hiện Nghị quyết số 12/NQ-HĐND ngày 10/12/2023 của HĐND tỉnh'})
    // A qualifier before the verb stays with the type.
    expect(meta('Số: 12/KH-UBND\nAn Giang, ngày 5 tháng 1 năm 2024\nKẾ HOẠCH HÀNH ĐỘNG THỰC HIỆN\nChương trình chuyển đổi số năm 2024' + BODY)).toMatchObject({documentTypeFull: 'Kế hoạch hành động', title: 'Thực hiện Chương trình chuyển đổi số năm 2024'})
  })

  it('the header wins over the catalogue, with a diagnostic', () => {
    const plan = parsePlan('Số hiệu 804/KH-UBND\nNgày ban hành 23/12/2021\nNgười ký Nguyễn A\n\nSố: 803/KH-UBND\nAn Giang, ngày 23 tháng 12 năm 2021' + BODY)
    expect(plan.meta.documentNumber).toBe('803/KH-UBND')
    const d = plan.diagnostics.find((x) => x.ruleId === 'meta-conflict')
    expect(d?.message).toBe('Unexpected documentNumber "804/KH-UBND" from the catalogue, expected "803/KH-UBND" as the header says: kept the header\'s')
    expect(d?.position.start.line).toBe(1)
  })

  it('a mixed-case caption gives the trích yếu its case', () => {
    const m = meta('Kế hoạch 10/KH-UBND năm 2022 về chuyển đổi số tỉnh Hà Giang năm 2022\nSố hiệu 10/KH-UBND\nNgười ký A B\n\nSố: 10/KH-UBND\nHà Giang, ngày 1 tháng 1 năm 2022\nKẾ HOẠCH\nCHUYỂN ĐỔI SỐ TỈNH HÀ GIANG NĂM 2022\n' + BODY)
    expect(m.title).toBe('Chuyển đổi số tỉnh Hà Giang năm 2022')
  })
})

describe('a joint plan (Kế hoạch liên tịch) of two bodies', () => {
  it('names both bodies, each in its case, and its two signatures are co-signers, no conflict', () => {
    const text = 'SỞ TƯ PHÁP - SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTỈNH NGHỆ AN\nSố: 05/KHLT-STP-SGDĐT\nNghệ An, ngày 20 tháng 8 năm 2024\nKẾ HOẠCH LIÊN TỊCH\nPhổ biến, giáo dục pháp luật trong nhà trường năm học 2024 - 2025\nI. MỤC ĐÍCH\nNội dung.\nGIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO\nNguyễn Văn B\nGIÁM ĐỐC SỞ TƯ PHÁP\nTrần Văn C\n'
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.meta).toMatchObject({documentType: 'Kế hoạch', documentTypeFull: 'Kế hoạch liên tịch', issuer: 'Sở Tư pháp - Sở Giáo dục và Đào tạo tỉnh Nghệ An', signer: 'Nguyễn Văn B'})
    expect(plan.diagnostics.filter((d) => d.ruleId === 'meta-conflict')).toEqual([])
    // One body whose name has a dash stays one.
    expect(meta('UBND HUYỆN ĐỨC HÒA\nPHÒNG TÀI CHÍNH - KẾ HOẠCH\nSố: 12/KH-TCKH\nĐức Hòa, ngày 5/3/2024\nKẾ HOẠCH\nQuản lý ngân sách năm 2024' + BODY).issuer).toBe('Phòng Tài chính - Kế hoạch huyện Đức Hòa')
  })
})

describe('a title block after a portal\'s menu lines, with no header', () => {
  it('is the document\'s own: type and trích yếu', () => {
    const m = meta('Giới thiệu chung\nTin tức sự kiện\nThủ tục hành chính\nKẾ HOẠCH\nTriển khai Đề án 06 năm 2024 trên địa bàn tỉnh' + BODY)
    expect(m).toMatchObject({documentType: 'Kế hoạch', title: 'Triển khai Đề án 06 năm 2024 trên địa bàn tỉnh', period: {from: 2024, to: 2024}})
  })
})

describe('a body without its header names its issuer under an appendix ("Kèm theo Kế hoạch số … của UBND huyện …")', () => {
  const appendix = (of: string): string =>
    `Số: 215/KH-UBND\nChâu Thành, ngày 27 tháng 12 năm 2024\nKẾ HOẠCH\nCải cách hành chính năm 2025\nI. MỤC TIÊU\n- Phấn đấu 100% hồ sơ đúng hạn.\nPHỤ LỤC I\nDANH MỤC NHIỆM VỤ\n(Kèm theo Kế hoạch số 215/KH-UBND ngày 27/12/2024 của ${of})\n`

  it('gives the issuer, completed with the place the plan is dated at; no citation of itself', () => {
    for (const [of, issuer] of [['UBND huyện Châu Thành', 'Ủy ban nhân dân huyện Châu Thành'], ['UBND huyện', 'Ủy ban nhân dân huyện Châu Thành']]) {
      const text = appendix(of!)
      const plan = parsePlan(text)
      expectInvariants(plan, text)
      expect(plan.meta.issuer).toBe(issuer)
      expect(plan.data?.metaSources.issuer).toBe('inferred')
      expect(plan.citations).toEqual([])
    }
  })

  it('never over the header\'s issuer', () => {
    expect(parsePlan('ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH\n' + appendix('UBND tỉnh Tây Ninh')).meta.issuer).toBe('Ủy ban nhân dân huyện Châu Thành')
  })
})

describe('a line between the header and the title', () => {
  it('gives its date to the document ("Khu 5 -- 10/01/2025"), unless it cites an instrument ("Căn cứ Nghị quyết số … ngày …")', () => {
    const head = 'ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 12/KH-UBND\n'
    const tail = '\nKẾ HOẠCH\nCải cách hành chính\nI. MỤC TIÊU\nNội dung.'
    expect(parsePlan(`${head}Khu 5 -- 10/01/2025${tail}`).meta.issuedDate).toBe('2025-01-10')
    expect(parsePlan(`${head}Căn cứ Nghị quyết số 653/2019/UBTVQH14 ngày 12/3/2019;${tail}`).meta.issuedDate).toBeNull()
  })
})

describe('news-style lead (Ngày …, UBND … ban hành Kế hoạch số …)', () => {
  it('a place in brackets before the lead ("(Ninh Thuận) - Ngày …") is the plan\'s place and completes "UBND tỉnh"; a site\'s name is neither', () => {
    const lead = ' - Ngày 15/4/2024, Chủ tịch UBND tỉnh ký ban hành Kế hoạch 45/KH-UBND triển khai chuyển đổi số năm 2024.\n'
    expect(meta('(Ninh Thuận)' + lead + BODY)).toMatchObject({place: 'Ninh Thuận', issuer: 'Ủy ban nhân dân tỉnh Ninh Thuận', issuedDate: '2024-04-15'})
    expect(meta('(Baoninhthuan.vn)' + lead + BODY)).toMatchObject({place: null, issuer: 'Ủy ban nhân dân tỉnh'})
    expect(meta('(TTXVN)' + lead + BODY)).toMatchObject({place: null, issuer: 'Ủy ban nhân dân tỉnh'})
  })

  it('a site\'s name in brackets before an issuer with no date before it ("(Baonghean.vn) - UBND tỉnh Nghệ An vừa ban hành …") is no part of the issuer', () => {
    expect(meta('(Baonghean.vn) - UBND tỉnh Nghệ An vừa ban hành Kế hoạch số 256/KH-UBND ngày 12/4/2024 triển khai Đề án 06.\n' + BODY)).toMatchObject({issuer: 'Ủy ban nhân dân tỉnh Nghệ An', issuedDate: '2024-04-12', documentNumber: '256/KH-UBND'})
  })

  it('a province in brackets after the issuer ("UBND huyện Đức Trọng (Lâm Đồng)") locates it and is no part of its name', () => {
    expect(meta('Ngày 08/01/2024, Ủy ban nhân dân huyện Đức Trọng (Lâm Đồng) đã ban hành Kế hoạch số 15/KH-UBND về cải cách hành chính năm 2024.\n' + BODY)).toMatchObject({issuer: 'Ủy ban nhân dân huyện Đức Trọng', issuedDate: '2024-01-08'})
  })

  it('reads date, issuer, number, type and title', () => {
    const m = meta('Triển khai Kế hoạch cải cách hành chính năm 2016\nThứ tư - 11/05/2016 08:00\nNgày 11/5/2016, UBND tỉnh ban hành Kế hoạch số 1173/KH-UBND về cải cách hành chính tỉnh Bình Định năm 2016.\n' + BODY)
    expect(m).toMatchObject({
      documentNumber: '1173/KH-UBND',
      documentType: 'Kế hoạch',
      issuedDate: '2016-05-11',
      issuer: 'Ủy ban nhân dân tỉnh Bình Định',
      title: 'Cải cách hành chính tỉnh Bình Định năm 2016',
      period: {from: 2016, to: 2016}
    })
  })

  it.each([
    ['Vừa qua, UBND huyện Châu Thành đã ban hành Kế hoạch số 112/KH-UBND ngày 14/6/2023 về thực hiện công tác cải cách hành chính năm 2023.'],
    ['Mới đây, ngày 14/6/2023, UBND huyện Châu Thành vừa ban hành Kế hoạch số 112/KH-UBND về thực hiện công tác cải cách hành chính năm 2023.'],
    ['Ngày 14/6, Ủy ban nhân dân huyện Châu Thành đã chính thức ban hành Kế hoạch số 112/KH-UBND ngày 14 tháng 6 năm 2023 về việc thực hiện công tác cải cách hành chính năm 2023.']
  ])('the issuer without openings or auxiliaries, the date before or after the number: %s', (lead) => {
    const text = 'Châu Thành: Triển khai Kế hoạch cải cách hành chính\n' + lead + '\nTheo đó, mục tiêu của Kế hoạch là phấn đấu 100% hồ sơ đúng hạn.\n'
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.meta).toMatchObject({
      documentNumber: '112/KH-UBND',
      issuedDate: '2023-06-14',
      issuer: 'Ủy ban nhân dân huyện Châu Thành',
      title: 'Thực hiện công tác cải cách hành chính năm 2023'
    })
    // The article's next paragraph is body, not a preamble.
    expect(plan.children.filter((c) => c.type !== 'whitespace').map((c) => c.type)).toEqual(['lead', 'paragraph'])
  })

  it('a portal\'s posting line ("Cập nhật: 08:15 | 16/01/2024 Lượt xem: …") is the dateline, and "Chia sẻ:" after the article a leftover', () => {
    const text = 'Huyện Cát Tiên ban hành Kế hoạch cải cách hành chính năm 2024\nCập nhật: 08:15 | 16/01/2024 Lượt xem: 1.245\nNgày 12/01/2024, UBND huyện Cát Tiên ban hành Kế hoạch số 09/KH-UBND về cải cách hành chính năm 2024.\nTheo đó, phấn đấu Chỉ số CCHC của huyện xếp trong nhóm 5 đơn vị dẫn đầu tỉnh.\nKế hoạch đề ra 6 nhiệm vụ trọng tâm.\nUBND huyện giao Phòng Nội vụ theo dõi, đôn đốc.\nChia sẻ: Facebook Zalo\n'
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    const lead = plan.children.find((c) => c.type === 'lead')!
    expect(lead.children.filter((c) => c.type === 'field').map((c) => c.key)).toEqual(['newsTitle', 'dateline'])
    expect(plan.children.filter((c) => c.type === 'leftover')).toHaveLength(1)
    expect(plan.targets.map((t) => [t.value, t.unit, t.unitKind])).toEqual([[5, 'đơn vị', 'rank']])
  })

  it('a news page collapsed into one line: the lead is the "ban hành Kế hoạch số" sentence after the headline, the nearest date its date, the rest body with its targets', () => {
    const text = 'Trang chủ > Tin tức > Cải cách hành chính Huyện Cát Tiên ban hành Kế hoạch cải cách hành chính năm 2024 Cập nhật: 08:15 | 16/01/2024 Lượt xem: 1.245 Ngày 12/01/2024, UBND huyện Cát Tiên ban hành Kế hoạch số 09/KH-UBND về cải cách hành chính năm 2024. Theo đó, phấn đấu tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%; mức độ hài lòng đạt từ 90% trở lên.'
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.meta).toMatchObject({documentNumber: '09/KH-UBND', issuedDate: '2024-01-12', issuer: 'Ủy ban nhân dân huyện Cát Tiên', title: 'Cải cách hành chính năm 2024'})
    expect(plan.children.filter((c) => c.type !== 'whitespace').map((c) => c.type)).toEqual(['lead', 'paragraph'])
    expect(plan.targets.map((t) => [t.value, t.comparator])).toEqual([[98, '>'], [90, '>=']])
  })

  it('the number\'s own date wins over a page\'s date before the verb, and a crumb trail a whole page long is content', () => {
    const text = 'Trang chủ » Tin tức » Cải cách hành chính Triển khai Kế hoạch cải cách hành chính năm 2024 Cập nhật lúc: 09:15 | 18/01/2024 Vừa qua, Ủy ban nhân dân tỉnh Quảng Trị đã ban hành Kế hoạch số 18/KH-UBND ngày 15/01/2024 về cải cách hành chính năm 2024. Theo đó, phấn đấu Chỉ số hài lòng đạt trên 85%.'
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.meta).toMatchObject({documentNumber: '18/KH-UBND', issuedDate: '2024-01-15', issuer: 'Ủy ban nhân dân tỉnh Quảng Trị'})
  })
})

describe('the period a plan covers, from its trích yếu', () => {
  it.each([
    ['Cải cách hành chính giai đoạn 2021 - 2025', {from: 2021, to: 2025}],
    ['Cải cách hành chính năm 2022', {from: 2022, to: 2022}],
    ['Thực hiện Chương trình tổng thể cải cách hành chính giai đoạn 2021-2030 năm 2022', {from: 2022, to: 2022}],
    ['Thực hiện Đề án 06 giai đoạn 2022 - 2025, tầm nhìn đến năm 2030 trên địa bàn tỉnh năm 2022-2023', {from: 2022, to: 2023}],
    ['Nâng cao chỉ số PAR INDEX đến năm 2025', null],
    ['Tổng kết đến ngày 31 tháng 12 năm 2022', null],
    ['Cải cách hành chính từ năm 2023 đến năm 2025', {from: 2023, to: 2025}],
    ['Chuyển đổi số từ 2023 đến hết năm 2025', {from: 2023, to: 2025}],
    // The plan's period and its first year, joined by "và", in either order: the period is covered.
    ['Cải cách hành chính giai đoạn 2026-2030 và năm 2026', {from: 2026, to: 2030}],
    ['Cải cách hành chính năm 2026 và giai đoạn 2026 - 2030', {from: 2026, to: 2030}]
  ])('%s', (title, period) => {
    expect(meta('KẾ HOẠCH\n' + title + '\n' + BODY).period).toEqual(period)
  })

  it.each([
    ['Phát triển chính quyền số đến năm 2025, định hướng đến năm 2030', {from: 2024, to: 2025}],
    ['Thực hiện Chiến lược quốc gia đến năm 2030', {from: 2024, to: 2030}],
    ['Tuyên truyền, tầm nhìn đến năm 2045', null],
    ['Tổng kết các chỉ tiêu đến năm 2020', null]
  ])('"đến năm …" runs from the year the plan is issued (2024): %s', (title, period) => {
    expect(meta('Số: 1/KH-UBND\nAn Giang, ngày 05 tháng 01 năm 2024\n\nKẾ HOẠCH\n' + title + '\n' + BODY).period).toEqual(period)
  })
})

describe('the number\'s line under the title ("KẾ HOẠCH / Cải cách … / Số: 5/KH-UBND")', () => {
  it('ends the title and gives the number; the label\'s number is no citation', () => {
    const plan = parsePlan('KẾ HOẠCH\nCải cách hành chính năm 2024\nSố: 5/KH-UBND\nII. NHIỆM VỤ\n- Nội dung.')
    expect(plan.meta).toMatchObject({documentNumber: '5/KH-UBND', title: 'Cải cách hành chính năm 2024'})
    expect(plan.citations).toEqual([])
    // In a collapsed header that is not read as one, "Số: 803/KH-UBND" is still the document's own number, not a citation.
    expect(parsePlan('UBND TỈNH AN GIANG Số: 803/KH-UBND An Giang, ngày 23 tháng 12 năm 2021 KẾ HOẠCH Cải cách hành chính năm 2022').citations).toEqual([])
    // "số 803/KH-UBND" in a sentence is one.
    expect(parsePlan('I. NỘI DUNG\nThực hiện văn bản số 803/KH-UBND của UBND tỉnh.').citations.map((c) => c.key)).toEqual(['803/KH-UBND'])
  })
})

describe('no header at all', () => {
  it('every meta field is null', () => {
    const m = meta('I. MỤC TIÊU\n- Nội dung.')
    expect(Object.values(m).every((v) => v === null)).toBe(true)
  })
})

describe('the number, the place and the date run together on one line ("Số: 15 /KH-UBND Tân Phú, ngày 10 tháng 02 năm 2024")', () => {
  it('reads each of them', () => {
    const text = 'ỦY BAN NHÂN DÂN XÃ TÂN PHÚ\nSố:   15  /KH-UBND Tân Phú, ngày   10   tháng  02  năm 2024\nKẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2024\n' + BODY
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.meta).toMatchObject({documentNumber: '15/KH-UBND', documentType: 'Kế hoạch', place: 'Tân Phú', issuedDate: '2024-02-10'})
  })

  it('with a dash between them ("Số: 215/KH-UBND — Huế, ngày 22 tháng 01 năm 2024"), the dash is neither\'s', () => {
    const text = 'ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ\nSố: 215/KH-UBND — Huế, ngày 22 tháng 01 năm 2024\nKẾ HOẠCH\nPhổ biến, giáo dục pháp luật năm 2024\n' + BODY
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.meta).toMatchObject({documentNumber: '215/KH-UBND', place: 'Huế', issuedDate: '2024-01-22'})
  })
})

describe('the type and the trích yếu on one line, the date after the number ("KẾ HOẠCH CẢI CÁCH …", "Số: 12/KH-UBND, ngày 05/01/2024")', () => {
  it.each([
    ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024\nSố: 12/KH-UBND, ngày 05/01/2024\n', {documentType: 'Kế hoạch', documentTypeFull: 'Kế hoạch', title: 'CẢI CÁCH HÀNH CHÍNH NĂM 2024', documentNumber: '12/KH-UBND', issuedDate: '2024-01-05'}],
    ['# KẾ HOẠCH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT SỐ 131/NQ-CP CỦA CHÍNH PHỦ\n', {documentType: 'Kế hoạch', documentTypeFull: 'Kế hoạch hành động', title: 'THỰC HIỆN NGHỊ QUYẾT SỐ 131/NQ-CP CỦA CHÍNH PHỦ'}],
    // The type in capitals, the trích yếu in sentence case (a portal's page title, a Markdown heading).
    ['KẾ HOẠCH Phát triển thanh niên huyện Cần Giờ năm 2024\nSố: 45/KH-UBND\n', {documentType: 'Kế hoạch', title: 'Phát triển thanh niên huyện Cần Giờ năm 2024', period: {from: 2024, to: 2024}}],
    ['# KẾ HOẠCH Phát triển thanh niên huyện Cần Giờ năm 2024\n', {documentType: 'Kế hoạch', title: 'Phát triển thanh niên huyện Cần Giờ năm 2024'}],
    // A portal's page title with the number and the date before the trích yếu.
    ['KẾ HOẠCH Số 12/KH-UBND ngày 05/3/2024 về cải cách hành chính năm 2024\n', {documentType: 'Kế hoạch', documentNumber: '12/KH-UBND', issuedDate: '2024-03-05', title: 'Cải cách hành chính năm 2024'}],
    // A qualifier in capitals is the type's; an abbreviation or a word in sentence case is the trích yếu's.
    ['KẾ HOẠCH LIÊN TỊCH Phối hợp thực hiện chuyển đổi số năm 2024\n', {documentType: 'Kế hoạch', documentTypeFull: 'Kế hoạch liên tịch', title: 'Phối hợp thực hiện chuyển đổi số năm 2024'}],
    ['KẾ HOẠCH Phối hợp thực hiện chuyển đổi số năm 2024\n', {documentTypeFull: 'Kế hoạch', title: 'Phối hợp thực hiện chuyển đổi số năm 2024'}],
    ['KẾ HOẠCH CCHC Năm 2024 của huyện Cần Giờ\n', {documentTypeFull: 'Kế hoạch', title: 'CCHC Năm 2024 của huyện Cần Giờ'}]
  ])('%j', (head, expected) => {
    const text = head + BODY
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.meta).toMatchObject(expected)
    expect(plan.children[0]!.type).toBe('titleBlock')
  })
})

describe('Cyrillic look-alikes in the number ("12/КН-UBND" with К and Н)', () => {
  it.each([
    ['Số: 12/КН-UBND\nKẾ HOẠCH\nCải cách hành chính năm 2024\nI. MỤC TIÊU\n- Nội dung.', '12/KH-UBND'],
    ['Số hiệu: 45/КН-SNV\nNgày ban hành: 01/02/2024\nI. MỤC TIÊU\n- Nội dung.', '45/KH-SNV']
  ])('%j', (text, number) => {
    expect(parsePlan(text).meta).toMatchObject({documentNumber: number, documentType: 'Kế hoạch'})
  })
})

describe('a dot typed for the dash between code groups ("803/KH.UBND", "07/KH-UBND.VP")', () => {
  it.each([
    ['Số: 803/KH.UBND', '803/KH-UBND'],
    ['Số: 45/KH.UBND-NC', '45/KH-UBND-NC'],
    ['Số: 07/KH-UBND.VP', '07/KH-UBND-VP']
  ])('%s', (line, number) => {
    expect(meta(line + '\nKẾ HOẠCH\nCải cách hành chính năm 2024\n' + BODY)).toMatchObject({documentNumber: number, documentType: 'Kế hoạch'})
  })

  it('a full stop after a number before a word is no separator ("12/KH-UBND.Tiếp tục")', () => {
    const plan = parsePlan('I. MỤC TIÊU\n- Theo Kế hoạch số 12/KH-UBND.Tiếp tục thực hiện.')
    expect(plan.citations.map((c) => c.key)).toEqual(['12/KH-UBND'])
  })
})

describe('forms not in the seeds', () => {
  const ministry = [
    'BỘ NỘI VỤ                                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    '-------                                          Độc lập - Tự do - Hạnh phúc',
    'Số: 1234/KH-BNV                                   Hà Nội, ngày 05 tháng 3 năm 2024',
    '',
    'KẾ HOẠCH',
    'Triển khai công tác cải cách hành chính của Bộ Nội vụ năm 2024',
    '',
    'Căn cứ Quyết định số 1002/QĐ-BNV ngày 29 tháng 12 năm 2023 của Bộ trưởng Bộ',
    'Nội vụ về việc ban hành Kế hoạch cải cách hành chính năm 2024,',
    'Bộ Nội vụ ban hành Kế hoạch triển khai như sau:',
    'PHẦN I. MỤC ĐÍCH, YÊU CẦU',
    '1. Mục đích',
    'Nơi nhận:                                                   KT. BỘ TRƯỞNG',
    '- Các Thứ trưởng;                                             THỨ TRƯỞNG',
    '- Lưu: VT, CCHC.                                            Nguyễn Văn A',
    '',
    'PHỤ LỤC',
    'DANH MỤC NHIỆM VỤ'
  ].join('\n')
  const plan = parsePlan(ministry)

  it('a ministry header in two columns made of spaces', () => {
    expectInvariants(plan, ministry)
    expect(plan.meta).toMatchObject({documentNumber: '1234/KH-BNV', issuer: 'Bộ Nội vụ', place: 'Hà Nội', issuedDate: '2024-03-05'})
  })

  it('a mixed-case trích yếu that opens with "Triển khai" after KẾ HOẠCH', () => {
    expect(plan.meta.title).toBe('Triển khai công tác cải cách hành chính của Bộ Nội vụ năm 2024')
    expect(plan.meta.period).toEqual({from: 2024, to: 2024})
  })

  it('Nơi nhận and the signature flattened side by side', () => {
    expect(plan.meta).toMatchObject({signer: 'Nguyễn Văn A', signerTitle: 'Thứ trưởng'})
    expect(plan.children.some((c) => c.type === 'appendix')).toBe(true)
  })

  it('an issuer broken over two lines, a title that stops before the closing sentence', () => {
    expect(plan.citations[0]).toMatchObject({key: '1002/QĐ-BNV', issuer: 'Bộ trưởng Bộ Nội vụ', title: 'ban hành Kế hoạch cải cách hành chính năm 2024'})
  })
})

describe('a party document (Huyện ủy)', () => {
  const text = [
    'HUYỆN ỦY PHÙ MỸ                          ĐẢNG CỘNG SẢN VIỆT NAM',
    '*                              Phù Mỹ, ngày 21 tháng 02 năm 2018',
    'Số 29-KH/HU',
    '',
    'KẾ HOẠCH',
    'thực hiện Nghị quyết số 19-NQ/TW ngày 25-10-2017 của Ban Chấp hành',
    'Trung ương Đảng khóa XII',
    '',
    'Thực hiện Kế hoạch số 60-KH/TU ngày 10-01-2018 của Ban Thường vụ Tỉnh',
    'ủy, Ban Thường vụ Huyện ủy xây dựng kế hoạch thực hiện như sau:',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1) Đến năm 2021, giảm tối thiểu 10% đơn vị sự nghiệp công lập so với năm 2015.',
    'T/M BAN THƯỜNG VỤ',
    'PHÓ BÍ THƯ',
    'Trần Văn B'
  ].join('\n')
  const plan = parsePlan(text)

  it('reads the header with a "*" separator line and a number without a colon', () => {
    expectInvariants(plan, text)
    expect(plan.meta).toMatchObject({documentNumber: '29-KH/HU', documentType: 'Kế hoạch', issuer: 'Huyện ủy Phù Mỹ', place: 'Phù Mỹ', issuedDate: '2018-02-21'})
  })

  it('joins a wrapped mixed-case trích yếu and finds the citation in it', () => {
    expect(plan.meta.title).toBe('thực hiện Nghị quyết số 19-NQ/TW ngày 25-10-2017 của Ban Chấp hành Trung ương Đảng khóa XII')
    expect(plan.citations.map((c) => [c.key, c.origins, c.date])).toEqual([
      ['19-NQ/TW', ['header'], '2017-10-25'],
      ['60-KH/TU', ['preamble'], '2018-01-10']
    ])
  })

  it('reads the party signature (T/M, Phó Bí thư) and the target', () => {
    expect(plan.meta).toMatchObject({signer: 'Trần Văn B', signerTitle: 'Phó Bí thư'})
    expect(plan.targets.map((t) => [t.value, t.comparator, t.year, t.change, t.baselineYear])).toEqual([[10, '>=', 2021, 'decrease', 2015]])
  })
})

describe('a draft (dự thảo) with blanks, chapters and articles', () => {
  const text = 'UBND TỈNH QUẢNG NGÃI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ NỘI VỤ\tĐộc lập - Tự do - Hạnh phúc\nSố:      /KH-SNV\tQuảng Ngãi, ngày     tháng     năm 2024\n\nDỰ THẢO\n\nKẾ HOẠCH\nKiểm tra công tác cải cách hành chính năm 2024\n\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Mục đích\nĐánh giá kết quả.\nĐiều 2. Đối tượng kiểm tra\n- 100% cơ quan chuyên môn.\nChương II\nTỔ CHỨC THỰC HIỆN\nĐiều 3. Trách nhiệm\nGiao Sở Nội vụ chủ trì.'
  const plan = parsePlan(text)

  it('a blank number keeps the type; a blank date keeps the place', () => {
    expectInvariants(plan, text)
    expect(plan.meta).toMatchObject({documentNumber: null, documentType: 'Kế hoạch', issuedDate: null, place: 'Quảng Ngãi', issuer: 'Sở Nội vụ tỉnh Quảng Ngãi', title: 'Kiểm tra công tác cải cách hành chính năm 2024'})
  })

  it('Chương › Điều nest, and articles number on across chapters', () => {
    const shape = plan.children.filter((c) => c.type === 'section').map((c) => [(c as Section).numbering?.label, (c as Section).title, (c as Section).kind, (c as Section).children.filter((x) => x.type === 'section').map((x) => (x as Section).numbering?.label)])
    expect(shape).toEqual([
      ['Chương I', 'QUY ĐỊNH CHUNG', null, ['Điều 1.', 'Điều 2.']],
      ['Chương II', 'TỔ CHỨC THỰC HIỆN', 'implementation', ['Điều 3.']]
    ])
    // No numbering diagnostic; the blanks of the draft are said, as information.
    expect(plan.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['blank-number', 'info'], ['blank-date', 'info']])
  })
})

describe('a one-line catalogue with paywalled values', () => {
  it('reads the fields it can; "Tỉnh An Giang" with a UBND number is the province\'s People\'s Committee', () => {
    const text = 'Số hiệu: 803/KH-UBND Loại văn bản: Kế hoạch Nơi ban hành: Tỉnh An Giang Người ký: Nguyễn Thanh Bình Ngày ban hành: 23/12/2021 Ngày hiệu lực: Đã biết Ngày công báo: Đang cập nhật Tình trạng: Đã biết\nI. MỤC TIÊU\n- 100% hồ sơ.'
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.meta).toMatchObject({documentNumber: '803/KH-UBND', issuedDate: '2021-12-23', effectiveDate: null, issuer: 'Ủy ban nhân dân tỉnh An Giang', signer: 'Nguyễn Thanh Bình'})
    expect(plan.diagnostics).toEqual([])
  })
})

describe('a party plan (Kế hoạch of a Huyện ủy)', () => {
  const text = 'HUYỆN ỦY ĐỨC PHỔ\n*\nSố 112-KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nĐức Phổ, ngày 12 tháng 5 năm 2023\n\nKẾ HOẠCH\nthực hiện Chỉ thị số 23-CT/TU ngày 05/4/2023 của Ban Thường vụ Tỉnh ủy về cải cách hành chính\n-----\n\nThực hiện Chỉ thị số 23-CT/TU, ngày 05/4/2023 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy xây dựng Kế hoạch thực hiện như sau:\n\nI- MỤC ĐÍCH, YÊU CẦU\n1- Quán triệt sâu sắc nội dung Chỉ thị.\nII- TỔ CHỨC THỰC HIỆN\n1- Văn phòng Huyện ủy theo dõi, tổng hợp.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nNguyễn Văn A'
  const plan = parsePlan(text)

  it('reads the header, a title ruled off by "-----", and "I-"/"1-" numbering', () => {
    expectInvariants(plan, text)
    expect(plan.meta).toMatchObject({documentNumber: '112-KH/HU', issuedDate: '2023-05-12', issuer: 'Huyện ủy Đức Phổ', signerTitle: 'Phó Bí thư'})
    expect(plan.meta.title).toBe('thực hiện Chỉ thị số 23-CT/TU ngày 05/4/2023 của Ban Thường vụ Tỉnh ủy về cải cách hành chính')
    expect(plan.diagnostics).toEqual([])
    expect(plan.children.filter((c) => c.type !== 'whitespace').map((c) => c.type)).toEqual(['header', 'titleBlock', 'preamble', 'section', 'section', 'signature'])
  })

  it('a sentence "Thực hiện Chỉ thị số 23-CT/TU, ngày 05/4/2023 …" is a preamble clause, not a place/date line', () => {
    const preamble = plan.children.find((c) => c.type === 'preamble') as {children: Array<{kind: string}>}
    expect(preamble.children.filter((c) => 'kind' in c).map((c) => c.kind)).toEqual(['implementing'])
  })
})

describe('a plan issued with a decision (Quyết định ban hành kèm theo Kế hoạch)', () => {
  const text = 'ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 1621/QĐ-UBND\nPhú Yên, ngày 20 tháng 10 năm 2021\n\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch cải cách hành chính giai đoạn 2021-2030\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;\n\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\nCHỦ TỊCH\nTrần Hữu Thế\n\nKẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2021-2030\n(Ban hành kèm theo Quyết định số 1621/QĐ-UBND ngày 20/10/2021 của Chủ tịch UBND tỉnh)\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Phấn đấu đến năm 2025, 100% thủ tục hành chính được công khai.'
  const plan = parsePlan(text)

  it('keeps the decision as the document and the authority line out of its title', () => {
    expectInvariants(plan, text)
    expect(plan.meta).toMatchObject({documentNumber: '1621/QĐ-UBND', documentType: 'Quyết định', title: 'Về việc ban hành Kế hoạch cải cách hành chính giai đoạn 2021-2030', signer: 'Trần Hữu Thế'})
    expect(plan.diagnostics.filter((d) => d.ruleId === 'meta-conflict')).toEqual([])
  })

  it('an upper-case title stops at the issuing body\'s line ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"), kept as its authority', () => {
    const decision = parsePlan('QUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2024\nỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;')
    expect(decision.meta.title).toBe('BAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2024')
    const block = decision.children.find((c) => c.type === 'titleBlock') as {children: Array<{type: string; key: string}>}
    expect(block.children.filter((f) => f.type === 'field').map((f) => f.key)).toEqual(['documentType', 'title', 'authority'])
    // A title running on after "CỦA" keeps its next line.
    const runOn = parsePlan('KẾ HOẠCH\nTHỰC HIỆN NGHỊ QUYẾT CỦA\nỦY BAN NHÂN DÂN TỈNH VỀ CHUYỂN ĐỔI SỐ\n\nI. MỤC TIÊU')
    expect(runOn.meta.title).toBe('THỰC HIỆN NGHỊ QUYẾT CỦA ỦY BAN NHÂN DÂN TỈNH VỀ CHUYỂN ĐỔI SỐ')
  })

  it('a title ending on a place whose name folds like a linking word ("Đức Trọng" / "trong") does not run on into the authority', () => {
    const decision = parsePlan('QUYẾT ĐỊNH\nBan hành Kế hoạch cải cách hành chính năm 2024 của huyện Đức Trọng\n\nỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌNG\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;')
    expect(decision.meta.title).toBe('Ban hành Kế hoạch cải cách hành chính năm 2024 của huyện Đức Trọng')
  })

  it('"Quyết định này có hiệu lực kể từ ngày ký": the effective date is the issue date', () => {
    expect(plan.meta.effectiveDate).toBe('2021-10-20')
    const dated = parsePlan('Số: 1/KH-UBND\nAn Giang, ngày 05 tháng 01 năm 2024\nI. TỔ CHỨC THỰC HIỆN\nKế hoạch này có hiệu lực thi hành từ ngày 01/02/2024. Luật Đất đai có hiệu lực từ ngày 01/8/2024.')
    expect(dated.meta.effectiveDate).toBe('2024-02-01')
    // Its type right before, without "này"; a cited instrument's own date is not the plan's.
    const typed = (line: string): string | null => parsePlan(`Số: 1/KH-UBND\nAn Giang, ngày 05 tháng 01 năm 2024\nI. TỔ CHỨC THỰC HIỆN\n${line}`).meta.effectiveDate
    expect(typed('Kế hoạch có hiệu lực từ ngày 01/02/2024.')).toBe('2024-02-01')
    expect(typed('Nghị định số 61/2018/NĐ-CP có hiệu lực từ ngày 01/6/2018.')).toBeNull()
  })

  it('reads the attached plan: its title block, then its own parts from I.', () => {
    const blocks = plan.children.filter((c) => c.type === 'titleBlock' || (c.type === 'section' && (c as Section).numbering?.style === 'roman'))
    expect(blocks.map((b) => b.type)).toEqual(['titleBlock', 'titleBlock', 'section'])
    expect(plan.targets.map((t) => [t.value, t.year])).toEqual([[100, 2025]])
  })
})

describe('a party header with the superior committee first (Đảng bộ tỉnh › Huyện ủy)', () => {
  it('reads "ĐẢNG BỘ TỈNH …" above "HUYỆN ỦY …", the issuer being the lower one', () => {
    const text = 'ĐẢNG BỘ TỈNH NGHỆ AN\nHUYỆN ỦY QUỲNH LƯU\n*\nSố 29-KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nQuỳnh Lưu, ngày 15 tháng 3 năm 2022\n\nKẾ HOẠCH\nthực hiện Nghị quyết số 19-NQ/TW ngày 16-6-2022 của Ban Chấp hành Trung ương\n' + BODY
    expect(meta(text)).toMatchObject({documentNumber: '29-KH/HU', documentType: 'Kế hoạch', issuer: 'Huyện ủy Quỳnh Lưu', place: 'Quỳnh Lưu', issuedDate: '2022-03-15'})
  })

  it.each([
    ['TỈNH ỦY BÌNH DƯƠNG\nBAN TUYÊN GIÁO', 'Ban Tuyên giáo Tỉnh ủy Bình Dương'],
    ['THÀNH ỦY HÀ NỘI\nVĂN PHÒNG', 'Văn phòng Thành ủy Hà Nội']
  ])('an organ under its committee (%j) is named after the committee', (bodies, issuer) => {
    const text = `${bodies}\n*\nSố 12-KH/BTGTU\nĐẢNG CỘNG SẢN VIỆT NAM\nThủ Dầu Một, ngày 05 tháng 3 năm 2024\n\nKẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2024\n` + BODY
    expect(meta(text).issuer).toBe(issuer)
  })
})

describe('an issuing body the lexicon does not know (Đài Phát thanh, Mặt trận …)', () => {
  it('takes an upper-case line at the top of a header as its body, in two columns', () => {
    const text = 'ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TỈNH LONG AN    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n                   Độc lập - Tự do - Hạnh phúc\nSố: 45/KH-ĐPTTH     Long An, ngày 10 tháng 3 năm 2024\n\nKẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2024\n' + BODY
    expect(meta(text)).toMatchObject({documentNumber: '45/KH-ĐPTTH', issuer: 'Đài Phát thanh và Truyền hình tỉnh Long An', place: 'Long An', issuedDate: '2024-03-10', title: 'Tuyên truyền cải cách hành chính năm 2024'})
  })

  it('and on a line of its own, above a known body', () => {
    const text = 'LIÊN MINH HỢP TÁC XÃ VIỆT NAM\nLIÊN MINH HỢP TÁC XÃ TỈNH BẮC GIANG\nSố: 12/KH-LMHTX\nBắc Giang, ngày 02 tháng 02 năm 2024\n\nKẾ HOẠCH\nChuyển đổi số năm 2024\n' + BODY
    expect(meta(text)).toMatchObject({documentNumber: '12/KH-LMHTX', issuer: 'Liên minh hợp tác xã tỉnh Bắc Giang', issuedDate: '2024-02-02'})
  })

  it('an upper-case line with no strong header part after it is no header', () => {
    const plan = parsePlan('CHUYÊN MỤC CẢI CÁCH HÀNH CHÍNH\nI. MỤC ĐÍCH\n- Nội dung.')
    expect(plan.children.some((c) => c.type === 'header')).toBe(false)
    expect(plan.meta.issuer).toBeNull()
  })
})

describe('body names in capitals keep the place a proper name', () => {
  it.each([
    ['BẢO HIỂM XÃ HỘI TỈNH LONG AN', 'Bảo hiểm xã hội tỉnh Long An'],
    ['PHÒNG TÀI CHÍNH - KẾ HOẠCH HUYỆN CHÂU THÀNH', 'Phòng Tài chính - Kế hoạch huyện Châu Thành'],
    ['CÔNG AN THÀNH PHỐ HÀ NỘI', 'Công an thành phố Hà Nội'],
    ['BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Bộ Lao động - Thương binh và Xã hội'],
    ['HĐND TỈNH HÀ TĨNH\nTHƯỜNG TRỰC HĐND', 'Thường trực Hội đồng nhân dân tỉnh Hà Tĩnh'],
    ['UBND HUYỆN CẦN GIỜ\nVĂN PHÒNG HĐND VÀ UBND', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Cần Giờ'],
    ['BCH ĐOÀN TỈNH ĐỒNG THÁP', 'Ban Chấp hành Đoàn tỉnh Đồng Tháp'],
    ['UBND TP. HỒ CHÍ MINH', 'Ủy ban nhân dân thành phố Hồ Chí Minh'],
    ['UBND TP. HỒ CHÍ MINH\nSỞ NỘI VỤ', 'Sở Nội vụ thành phố Hồ Chí Minh'],
    ['BCH ĐOÀN TP. HỒ CHÍ MINH', 'Ban Chấp hành Đoàn thành phố Hồ Chí Minh'],
    ['BAN CHẤP HÀNH ĐẢNG BỘ TỈNH AN GIANG', 'Ban Chấp hành Đảng bộ tỉnh An Giang']
  ])('%s', (raw, name) => {
    const text = `${raw}\nSố: 1/KH\nHà Nội, ngày 02 tháng 02 năm 2024\n\nKẾ HOẠCH\nMột việc\n${BODY}`
    expect(meta(text).issuer).toBe(name)
  })
})

describe('a place whose name folds like its level ("Hà Tĩnh" / "tỉnh", "Tĩnh Gia")', () => {
  it('the issuer is not completed again from the authority line under the title ("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH")', () => {
    const text = 'ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 1234/QĐ-UBND\nHà Tĩnh, ngày 12 tháng 5 năm 2023\n\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH\n\nỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;'
    expect(meta(text).issuer).toBe('Ủy ban nhân dân tỉnh Hà Tĩnh')
  })

  it('"UBND tỉnh" completes from the level as written, on its own line ("TỈNH" of the header, not "TĨNH")', () => {
    const text = 'Ngày 14/6/2023, UBND tỉnh ban hành Kế hoạch số 803/KH-UBND về cải cách hành chính tỉnh Hà Tĩnh.\n\nI. MỤC TIÊU'
    expect(meta(text).issuer).toBe('Ủy ban nhân dân tỉnh Hà Tĩnh')
  })
})

describe('a portal\'s page title ("Kế hoạch 156/KH-UBND năm 2023 thực hiện …")', () => {
  it('alone over the body gives the type, the number and the trích yếu; "do … ban hành" gives the issuer', () => {
    expect(meta('Kế hoạch 156/KH-UBND năm 2023 thực hiện Chương trình chuyển đổi số tỉnh Bắc Giang\nI. MỤC TIÊU\n- Phấn đấu 100% hồ sơ.')).toMatchObject({
      documentType: 'Kế hoạch', documentNumber: '156/KH-UBND', title: 'Thực hiện Chương trình chuyển đổi số tỉnh Bắc Giang', issuer: null
    })
    expect(meta('Kế hoạch 156/KH-UBND năm 2023 thực hiện Chương trình chuyển đổi số do Ủy ban nhân dân tỉnh Bắc Giang ban hành\n\nI. MỤC TIÊU\n- Nội dung.')).toMatchObject({
      title: 'Thực hiện Chương trình chuyển đổi số', issuer: 'Ủy ban nhân dân tỉnh Bắc Giang'
    })
  })

  it('gives its case to a trích yếu in capitals, the year it puts first back at the end', () => {
    const text = 'Kế hoạch 156/KH-UBND năm 2023 thực hiện Chương trình chuyển đổi số tỉnh Bắc Giang\nSố hiệu: 156/KH-UBND | Loại văn bản: Kế hoạch\nỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nSố: 156/KH-UBND\nBắc Giang, ngày 21 tháng 03 năm 2023\n\nKẾ HOẠCH\nTHỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ TỈNH BẮC GIANG NĂM 2023\n\nI. MỤC TIÊU\n- Nội dung.'
    expect(meta(text).title).toBe('Thực hiện Chương trình chuyển đổi số tỉnh Bắc Giang năm 2023')
  })
})

describe('catalogue forms of other portals', () => {
  it('combined labels "Cơ quan ban hành/Chức danh/Người ký" take the cells after them, in order', () => {
    const text = 'Số ký hiệu\t45/KH-SNV\nNgày ban hành\t10/03/2023\nLoại văn bản\tKế hoạch\nCơ quan ban hành/Chức danh/Người ký\tSở Nội vụ tỉnh Hà Giang\tGiám đốc\tNguyễn Văn An\nTrích yếu\tCải cách hành chính năm 2023\nLĩnh vực\tBộ máy hành chính\n' + BODY
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.meta).toMatchObject({documentNumber: '45/KH-SNV', issuedDate: '2023-03-10', issuer: 'Sở Nội vụ tỉnh Hà Giang', signerTitle: 'Giám đốc', signer: 'Nguyễn Văn An', title: 'Cải cách hành chính năm 2023', field: 'Bộ máy hành chính'})
    expect(plan.diagnostics).toEqual([])
  })

  it('a national database\'s catalogue: empty fields ("Nguồn thu thập", "Ngành"), "Phạm vi", and "Cơ quan ban hành/ Chức danh / Người ký" run together with spaces', () => {
    const text = 'Số ký hiệu 45/KH-UBND\nNgày ban hành 03/03/2023\nLoại văn bản Kế hoạch\nNgày có hiệu lực 03/03/2023\nNguồn thu thập\nNgày đăng công báo\nNgành\nLĩnh vực\nCơ quan ban hành/ Chức danh / Người ký UBND tỉnh Hà Giang Chủ tịch Nguyễn Văn Sơn\nPhạm vi Toàn quốc\nThông tin áp dụng\nTình trạng hiệu lực: Còn hiệu lực\nTrích yếu: Kế hoạch cải cách hành chính năm 2023\n\n' + BODY
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.meta).toMatchObject({documentNumber: '45/KH-UBND', issuedDate: '2023-03-03', effectiveDate: '2023-03-03', issuer: 'Ủy ban nhân dân tỉnh Hà Giang', signerTitle: 'Chủ tịch', signer: 'Nguyễn Văn Sơn', title: 'Cải cách hành chính năm 2023', field: null})
    expect(plan.children.filter((c) => c.type !== 'whitespace').map((c) => c.type)).toEqual(['catalogue', 'section'])
  })

  it('short labels with a colon ("Văn bản: … | Ngày: …"); a trích yếu opening with the type keeps what follows', () => {
    const text = 'Văn bản: 45/KH-SNV | Ngày: 10/03/2023\nTrích yếu: Kế hoạch cải cách hành chính năm 2023 của Sở Nội vụ\nCơ quan ban hành: Sở Nội vụ\nNgười ký: Nguyễn Văn An\n' + BODY
    expect(meta(text)).toMatchObject({documentNumber: '45/KH-SNV', documentType: 'Kế hoạch', issuedDate: '2023-03-10', issuer: 'Sở Nội vụ', signer: 'Nguyễn Văn An', title: 'Cải cách hành chính năm 2023 của Sở Nội vụ'})
  })

  it('other portals\' labels: "Số văn bản", "Ngày hiệu lực", "Trích yếu nội dung", "Tình trạng hiệu lực"', () => {
    const text = 'Số văn bản: 4567/KH-UBND\nLoại văn bản: Kế hoạch\nNgày ban hành: 12/09/2024\nNgày hiệu lực: 12/09/2024\nCơ quan ban hành: UBND tỉnh Thái Nguyên\nNgười ký: Trịnh Việt Hùng\nTrích yếu nội dung: Kế hoạch triển khai Đề án 06 năm 2024 - 2025 trên địa bàn tỉnh Thái Nguyên\nTình trạng hiệu lực: Còn hiệu lực\n' + BODY
    expect(meta(text)).toMatchObject({documentNumber: '4567/KH-UBND', documentType: 'Kế hoạch', issuedDate: '2024-09-12', effectiveDate: '2024-09-12', issuer: 'Ủy ban nhân dân tỉnh Thái Nguyên', signer: 'Trịnh Việt Hùng', title: 'Triển khai Đề án 06 năm 2024 - 2025 trên địa bàn tỉnh Thái Nguyên', period: {from: 2024, to: 2025}})
  })

  it('a catalogue with two fields a line ("Loại văn bản: Kế hoạch Người ký: …") and "Áp dụng: Đã biết": every line is a field', () => {
    const text = 'Cơ quan ban hành: Ủy ban nhân dân tỉnh Tây Ninh Số công báo: Đang cập nhật\nSố hiệu: 1456/KH-UBND Ngày đăng công báo: Đang cập nhật\nLoại văn bản: Kế hoạch Người ký: Nguyễn Mạnh Hùng\nNgày ban hành: 22/05/2024 Ngày hết hiệu lực: Đang cập nhật\nÁp dụng: Đã biết Tình trạng hiệu lực: Đã biết\nLĩnh vực: Thông tin-Truyền thông\n' + BODY
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.meta).toMatchObject({documentNumber: '1456/KH-UBND', issuedDate: '2024-05-22', issuer: 'Ủy ban nhân dân tỉnh Tây Ninh', signer: 'Nguyễn Mạnh Hùng', field: 'Thông tin-Truyền thông'})
    expect(plan.diagnostics).toEqual([])
  })

  it('a value wrapped onto the next line ("Trích yếu nội dung: … trên địa\nbàn tỉnh Thái Nguyên") goes on, and the fields after it stay in the catalogue', () => {
    const text = 'Số văn bản: 4567/KH-UBND\nLoại văn bản: Kế hoạch\nNgày ban hành: 12/09/2024\nTrích yếu nội dung: Kế hoạch triển khai Đề án 06 năm 2024 - 2025 trên địa\nbàn tỉnh Thái Nguyên\nTình trạng hiệu lực: Còn hiệu lực\n' + BODY
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.meta.title).toBe('Triển khai Đề án 06 năm 2024 - 2025 trên địa bàn tỉnh Thái Nguyên')
    expect(plan.children.filter((c) => c.type !== 'whitespace').map((c) => c.type)[0]).toBe('catalogue')
    expect(plan.children.filter((c) => c.type === 'paragraph')).toEqual([])
  })

  it('"Ngày" with no colon still opens a news lead, not a catalogue', () => {
    const text = 'Ngày 14/6/2023, UBND huyện Phù Mỹ ban hành Kế hoạch số 155/KH-UBND về cải cách hành chính năm 2023.\nNgười ký: Nguyễn Văn B\n' + BODY
    expect(meta(text)).toMatchObject({documentNumber: '155/KH-UBND', issuedDate: '2023-06-14'})
  })
})

describe('a portal page before the document (page title, buttons, then the header)', () => {
  const text = 'Trang chủ » Văn bản pháp luật » Bộ máy hành chính\nKế hoạch 112/KH-UBND năm 2023 cải cách hành chính huyện Đức Phổ\nTải văn bản\nLưu | In | Chia sẻ\nTheo dõi\nUBND HUYỆN ĐỨC PHỔ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 112/KH-UBND | Đức Phổ, ngày 12 tháng 5 năm 2023\n\nKẾ HOẠCH\nCải cách hành chính năm 2023\n' + BODY
  const plan = parsePlan(text)

  it('reads the page title as a caption, the buttons as page leftovers, then the header and title', () => {
    expectInvariants(plan, text)
    expect(plan.meta).toMatchObject({documentNumber: '112/KH-UBND', documentType: 'Kế hoạch', issuedDate: '2023-05-12', issuer: 'Ủy ban nhân dân huyện Đức Phổ', title: 'Cải cách hành chính năm 2023'})
    expect(plan.children.filter((c) => c.type !== 'whitespace').map((c) => c.type)).toEqual(['leftover', 'catalogue', 'leftover', 'leftover', 'leftover', 'header', 'titleBlock', 'section'])
  })

  it('an attachment line ("Tệp đính kèm: 4567-kh-ubnd.pdf") after a catalogue is page chrome', () => {
    const page = 'Số văn bản: 4567/KH-UBND\nNgười ký: Trịnh Việt Hùng\nTệp đính kèm: 4567-kh-ubnd.pdf\n' + BODY
    const parsed = parsePlan(page)
    expectInvariants(parsed, page)
    expect(parsed.children.filter((c) => c.type !== 'whitespace').map((c) => c.type).slice(0, 3)).toEqual(['catalogue', 'leftover', 'section'])
  })

  it('a page-title line with nothing of a document after it stays a citation', () => {
    expect(parsePlan('Quyết định 749/QĐ-TTg năm 2020 về phê duyệt Chương trình chuyển đổi số quốc gia').citations.map((c) => c.key)).toEqual(['749/QĐ-TTg'])
  })
})

describe('a trích yếu with a blank line after each line', () => {
  it('goes on in lower case after the blank line', () => {
    const text = 'KẾ HOẠCH\n\nthực hiện Nghị quyết số 19-NQ/TW ngày 16-6-2022 của Ban Chấp hành Trung ương\n\nvề nông nghiệp, nông dân, nông thôn đến năm 2030\n\nThực hiện Kế hoạch số 60-KH/TU, Ban Thường vụ Huyện ủy xây dựng Kế hoạch thực hiện như sau:\n' + BODY
    expect(meta(text).title).toBe('thực hiện Nghị quyết số 19-NQ/TW ngày 16-6-2022 của Ban Chấp hành Trung ương về nông nghiệp, nông dân, nông thôn đến năm 2030')
  })
})

describe('a part heading without a number after the trích yếu ("MỤC ĐÍCH, YÊU CẦU")', () => {
  it('is a heading of the body, not more of the title, though it is in capitals', () => {
    const text = 'UBND XÃ TÂN PHÚ\nSố: 08/KH-UBND\nTân Phú, ngày 12 tháng 02 năm 2024\n\nKẾ HOẠCH\nThực hiện công tác cải cách hành chính năm 2024\n\nMỤC ĐÍCH, YÊU CẦU\nNâng cao chất lượng phục vụ.\n\nTỔ CHỨC THỰC HIỆN\nCông chức Văn phòng - Thống kê tham mưu.\n'
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.meta.title).toBe('Thực hiện công tác cải cách hành chính năm 2024')
    const sections = plan.children.filter((c): c is Section => c.type === 'section')
    expect(sections.map((s) => s.kind)).toEqual(['purpose', 'implementation'])
  })

  it('right under the title, with no blank line between', () => {
    const text = 'UBND HUYỆN LÂM HÀ\nSố: 189/KH-UBND\nLâm Hà, ngày 03 tháng 4 năm 2023\nKẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2023\nMỤC ĐÍCH, YÊU CẦU\nNâng cao nhận thức.\nTỔ CHỨC THỰC HIỆN\nPhòng Nội vụ chủ trì.\n'
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.meta.title).toBe('Tuyên truyền cải cách hành chính năm 2023')
    expect(plan.children.filter((c): c is Section => c.type === 'section').map((s) => s.kind)).toEqual(['purpose', 'implementation'])
  })

  it('a second line of the title in capitals still joins it', () => {
    expect(meta('KẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH\n\nTỈNH AN GIANG NĂM 2024\n' + BODY).title).toBe('CẢI CÁCH HÀNH CHÍNH TỈNH AN GIANG NĂM 2024')
  })
})

describe('front matter after lines no reader knows', () => {
  it('a catalogue label the lexicon lacks ("Áp dụng: Đã biết") between known ones keeps the catalogue going', () => {
    const text = 'Kế hoạch 45/KH-UBND 2024 chuyển đổi số tỉnh Hà Giang\nCơ quan ban hành: Ủy ban nhân dân tỉnh Hà Giang\nSố hiệu: 45/KH-UBND\nNgười ký: Nguyễn Văn Sơn\nNgày ban hành: 20/02/2024\nÁp dụng: Đã biết\nTình trạng hiệu lực: Đã biết\nLĩnh vực: Hành chính, Thông tin-Truyền thông\n\nỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nSố: 45/KH-UBND\nHà Giang, ngày 20 tháng 02 năm 2024\n\nKẾ HOẠCH\nChuyển đổi số tỉnh Hà Giang năm 2024\n' + BODY
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.meta).toMatchObject({field: 'Hành chính, Thông tin-Truyền thông', place: 'Hà Giang', title: 'Chuyển đổi số tỉnh Hà Giang năm 2024'})
    expect(plan.children.filter((c) => c.type !== 'whitespace').map((c) => c.type)).toEqual(['catalogue', 'header', 'titleBlock', 'section'])
  })

  it('an official header after a portal\'s lines is still read, and the preamble after it', () => {
    const text = 'Cổng thông tin điện tử tỉnh Hà Giang\nVăn bản chỉ đạo điều hành\nKế hoạch chuyển đổi số năm 2024 của tỉnh, xem toàn văn dưới đây.\n\nỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nSố: 45/KH-UBND\nHà Giang, ngày 20 tháng 02 năm 2024\n\nKẾ HOẠCH\nChuyển đổi số tỉnh Hà Giang năm 2024\n\nCăn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;\n' + BODY
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.meta).toMatchObject({documentNumber: '45/KH-UBND', issuedDate: '2024-02-20', issuer: 'Ủy ban nhân dân tỉnh Hà Giang', title: 'Chuyển đổi số tỉnh Hà Giang năm 2024'})
    expect(plan.children.filter((c) => c.type !== 'whitespace').map((c) => c.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'header', 'titleBlock', 'preamble', 'section'])
    expect(plan.citations[0]!.roles).toEqual(['basis'])
  })
})

describe('a news lead that gives the day without the year ("Ngày 3/3, UBND tỉnh ban hành …")', () => {
  it.each([
    ['Thứ ba - 05/03/2024 09:48\nNgày 3/3, UBND tỉnh Quảng Ninh ban hành Kế hoạch số 56/KH-UBND về chuyển đổi số năm 2024.', '2024-03-03'],
    ['Cập nhật lúc: 08:15 18/01/2024\n(Baodaklak.vn) - Ngày 15/1, UBND huyện Krông Pắc đã ban hành Kế hoạch số 09/KH-UBND về cải cách hành chính năm 2024.', '2024-01-15'],
    // Posted in January about a day in December: the year before.
    ['Thứ ba - 02/01/2024 09:48\nNgày 28/12, UBND tỉnh Quảng Ninh ban hành Kế hoạch số 56/KH-UBND về chuyển đổi số năm 2024.', '2023-12-28'],
    // A posting label with no colon, after the news title.
    ['Huyện Krông Pắc triển khai Kế hoạch cải cách hành chính\nCập nhật lúc 08:30, Thứ Hai, 15/01/2024\n(Krongpac.daklak.gov.vn) - Ngày 10/01, UBND huyện Krông Pắc ban hành Kế hoạch số 15/KH-UBND về cải cách hành chính năm 2024.', '2024-01-10'],
    // A news title that says "ban hành kế hoạch" right before the lead: the lead stands alone.
    ['Thứ Năm, 07/03/2024 - 15:20\nTỉnh ban hành kế hoạch thực hiện chuyển đổi số\nNgày 5/3, UBND tỉnh Hà Giang ban hành Kế hoạch số 80/KH-UBND về chuyển đổi số năm 2024.', '2024-03-05'],
    // The time of day opens it ("Sáng 15/5", "Chiều ngày 15/5").
    ['Thứ tư - 15/05/2024 16:20\nSáng 15/5, Phó Chủ tịch UBND tỉnh Nguyễn Văn Lộc đã ký ban hành Kế hoạch số 88/KH-UBND về chuyển đổi số năm 2024.', '2024-05-15'],
    ['Thứ tư - 15/05/2024 16:20\nChiều ngày 14/5, UBND tỉnh Bình Dương ban hành Kế hoạch số 88/KH-UBND về chuyển đổi số năm 2024.', '2024-05-14'],
    // No dateline: no year to give it.
    ['Ngày 3/3, UBND tỉnh Quảng Ninh ban hành Kế hoạch số 56/KH-UBND về chuyển đổi số năm 2024.', null]
  ])('takes the year of the page\'s dateline: %s', (lead, issuedDate) => {
    expect(meta(`${lead}\n${BODY}`)).toMatchObject({issuedDate})
  })
})

describe('a news lead where a department advises ("Sở Nội vụ … đã tham mưu UBND tỉnh ban hành …")', () => {
  it('names the body advised as the issuer', () => {
    const text = 'Sở Nội vụ tỉnh Bình Phước đã tham mưu UBND tỉnh ban hành Kế hoạch số 123/KH-UBND ngày 5/3/2024 triển khai công tác cải cách hành chính năm 2024.\n' + BODY
    expect(meta(text)).toMatchObject({documentNumber: '123/KH-UBND', issuedDate: '2024-03-05', issuer: 'Ủy ban nhân dân tỉnh Bình Phước'})
  })
})

describe('a news lead where an official signs ("Chủ tịch UBND tỉnh … ký ban hành")', () => {
  it('names the body as the issuer', () => {
    const text = 'Tin tức\nChủ tịch UBND tỉnh Đồng Nai ký ban hành Kế hoạch số 45/KH-UBND về cải cách hành chính năm 2024.\n' + BODY
    expect(meta(text)).toMatchObject({documentNumber: '45/KH-UBND', issuer: 'Ủy ban nhân dân tỉnh Đồng Nai', title: 'Cải cách hành chính năm 2024'})
  })

  it.each([
    ['Phó Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy đã ký ban hành Kế hoạch số 88/KH-UBND về chuyển đổi số năm 2024.', 'Ủy ban nhân dân tỉnh Quảng Ninh', 'Cao Tường Huy', 'Phó Chủ tịch'],
    ['Chủ tịch UBND tỉnh Nguyễn Thị Thanh Hương vừa ký ban hành Kế hoạch số 88/KH-UBND về chuyển đổi số năm 2024.', 'Ủy ban nhân dân tỉnh', 'Nguyễn Thị Thanh Hương', 'Chủ tịch'],
    ['Giám đốc Sở Nội vụ Trần Văn Nam đã ký ban hành Kế hoạch số 88/KH-SNV về chuyển đổi số năm 2024.', 'Sở Nội vụ', 'Trần Văn Nam', 'Giám đốc']
  ])('names the official after the body as the signer: %s', (lead, issuer, signer, signerTitle) => {
    expect(meta(`${lead}\n${BODY}`)).toMatchObject({issuer, signer, signerTitle})
  })

  it('the body named again after the number ("Kế hoạch số 88/KH-UBND của UBND tỉnh Bình Dương về …") completes the issuer and stays out of the title', () => {
    const lead = 'Sáng 15/5, Phó Chủ tịch UBND tỉnh Nguyễn Văn Lộc đã ký ban hành Kế hoạch số 88/KH-UBND của UBND tỉnh Bình Dương về chuyển đổi số năm 2024.'
    expect(meta(`${lead}\n${BODY}`)).toMatchObject({issuer: 'Ủy ban nhân dân tỉnh Bình Dương', signer: 'Nguyễn Văn Lộc', title: 'Chuyển đổi số năm 2024'})
  })
})

describe('issuers below a department (a hospital, a school)', () => {
  it.each([
    ['SỞ Y TẾ TỈNH QUẢNG NAM\nBỆNH VIỆN ĐA KHOA TỈNH', 'Bệnh viện đa khoa tỉnh Quảng Nam'],
    ['PHÒNG GD&ĐT HUYỆN ĐIỆN BÀN\nTRƯỜNG THCS LÊ LỢI', 'Trường THCS Lê Lợi huyện Điện Bàn']
  ])('%s', (bodies, issuer) => {
    const text = `${bodies}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-X\nĐiện Bàn, ngày 10 tháng 9 năm 2024\n\nKẾ HOẠCH\nChuyển đổi số năm 2024\n${BODY}`
    expect(meta(text).issuer).toBe(issuer)
  })
})

describe('a Công văn (no type code in its number, subject after "V/v")', () => {
  it('is typed Công văn from its number, its V/v line the subject', () => {
    const plan = parsePlan('ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\nSố: 3456/UBND-KT\nV/v triển khai thực hiện chuyển đổi số năm 2024\nBến Tre, ngày 20 tháng 5 năm 2024\n\nKính gửi: Các sở, ban, ngành tỉnh.')
    expect(plan.meta).toMatchObject({documentNumber: '3456/UBND-KT', documentType: 'Công văn', title: 'triển khai thực hiện chuyển đổi số năm 2024', issuedDate: '2024-05-20'})
    // A law's number carries its term, not an issuer: no type is guessed.
    expect(parsePlan('Số: 57/2014/QH13').meta.documentType).toBeNull()
  })
})

describe('a type line that folds like a body ("PHƯƠNG ÁN" / "PHƯỜNG …")', () => {
  it('is the type line, not the issuer', () => {
    const plan = parsePlan('Số: 1/PA-UBND\nPHƯƠNG ÁN\nCải cách hành chính năm 2024\nI. NỘI DUNG\n- Nội dung.')
    expect(plan.meta).toMatchObject({documentType: 'Phương án', title: 'Cải cách hành chính năm 2024', issuer: null})
    expect(parsePlan('ỦY BAN NHÂN DÂN\nPHƯỜNG AN PHÚ\nSố: 12/KH-UBND\nKẾ HOẠCH\nCải cách hành chính năm 2024').meta.issuer).toBe('Ủy ban nhân dân phường An Phú')
  })
})

describe('the type from the number\'s code: party codes differ from state ones (Hướng dẫn 36-HD/VPTW)', () => {
  it.each([
    ['Số: 04-TT/TU', 'Thông tri'],
    ['Số: 15-TTr/TU', 'Tờ trình'],
    ['Số: 08-QĐi/TW', 'Quy định'],
    ['Số: 12/TTr-UBND', 'Tờ trình'],
    ['Số: 04/2021/TT-BNV', 'Thông tư'],
    ['Số: 05/TTh-UBND', 'Bản thỏa thuận']
  ])('%s → %s', (line, type) => {
    expect(parsePlan(`TỈNH ỦY AN GIANG\n${line}\nAn Giang, ngày 5 tháng 5 năm 2020\n\nNội dung.`).meta.documentType).toBe(type)
  })
})
