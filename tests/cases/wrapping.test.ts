/**
 * Hard-wrapped text (PDF extraction, fixed-width copies): a phrase, a number,
 * a citation, a caption, a lead or a title broken over lines reads as if it
 * were written on one line, and the tree keeps the original line breaks.
 */

import {describe, expect, it} from 'vitest'
import {parsePlan, toSource} from '../../src/index.js'
import {expectInvariants} from '../helpers.js'

function parse(text: string) {
  const plan = parsePlan(text)
  expectInvariants(plan, text)
  return plan
}

describe('phrases broken over a line end', () => {
  it('a comparator ("tối\\nthiểu", "trở\\nlên") and a unit keep their meaning', () => {
    const plan = parse('II. MỤC TIÊU\n1. Tỷ lệ hồ sơ giải quyết đúng hạn đạt tối\nthiểu 95%; mức độ hài lòng đạt từ 90% trở\nlên.')
    expect(plan.targets.map((t) => [t.value, t.comparator])).toEqual([[95, '>='], [90, '>=']])
    expect(toSource(plan)).toBe('II. MỤC TIÊU\n1. Tỷ lệ hồ sơ giải quyết đúng hạn đạt tối\nthiểu 95%; mức độ hài lòng đạt từ 90% trở\nlên.')
  })

  it('a type name ("Nghị\\nđịnh số 107/2021/NĐ-CP") still opens a citation, and ends the issuer before it', () => {
    const plan = parse('I. NỘI DUNG\n1. Thực hiện theo Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ và Nghị\nđịnh số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ.')
    expect(plan.citations.map((c) => [c.key, c.issuer, c.date])).toEqual([
      ['61/2018/NĐ-CP', 'Chính phủ', '2018-04-23'],
      ['107/2021/NĐ-CP', 'Chính phủ', '2021-12-06']
    ])
  })

  it('a party document number wrapped to a line start ("60-NQ/TU ngày …") is no heading', () => {
    const plan = parse('I. MỤC ĐÍCH\n1. Thực hiện Nghị quyết số\n60-NQ/TU ngày 15/12/2021 của Ban Thường vụ Tỉnh ủy.\n2. Hai.')
    const labels = plan.children.flatMap((c) => (c.type === 'section' ? c.children.filter((x) => x.type === 'section').map((x) => x.numbering?.label) : []))
    expect(labels).toEqual(['1.', '2.'])
    expect(plan.citations.map((c) => c.key)).toEqual(['60-NQ/TU'])
  })
})

describe('front matter broken over lines', () => {
  it('a related-documents list whose titles wrap keeps one item per document, and the header after it', () => {
    const text = '- 1 Luật ngân sách nhà nước 2015\n- 2 Nghị định 107/2020/NĐ-CP sửa đổi Nghị định 24/2014/NĐ-CP\nquy định về tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân\ndân tỉnh, thành phố trực thuộc trung ương\n- 3 Nghị quyết 19-NQ/TW năm 2017 về đơn vị sự nghiệp công lập do Ban Chấp hành\nTrung ương ban hành\nỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 249/KH-UBND | Lạng Sơn, ngày 29 tháng 12 năm 2021 |\nCẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH LẠNG SƠN GIAI ĐOẠN\n2021-2025\nI. MỤC ĐÍCH\n- Nội dung.'
    const plan = parse(text)
    const related = plan.children.find((c) => c.type === 'relatedDocuments')
    expect(related && 'children' in related ? related.children.filter((c) => c.type === 'relatedDocument').length : 0).toBe(3)
    expect(plan.meta).toMatchObject({documentNumber: '249/KH-UBND', issuedDate: '2021-12-29', title: 'CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH LẠNG SƠN GIAI ĐOẠN 2021-2025', period: {from: 2021, to: 2025}})
  })

  it('a portal caption wrapped over lines before the catalogue fields', () => {
    const text = 'Kế hoạch 358/KH-UBND năm 2022 thực hiện Nghị quyết 131/NQ-CP về đẩy mạnh cải\ncách thủ tục hành chính trên địa bàn tỉnh Tiền Giang\n\nSố hiệu 358/KH-UBND\nNgày ban hành 18/11/2022\nI. MỤC ĐÍCH\n- Nội dung.'
    const plan = parse(text)
    expect(plan.children[0]!.type).toBe('catalogue')
    expect(plan.meta).toMatchObject({documentNumber: '358/KH-UBND', issuedDate: '2022-11-18'})
  })

  it('a news lead whose sentence wraps keeps its whole title, and its date', () => {
    const text = 'Thứ hai - 19/06/2023 09:48\nNgày 14/6/2023, UBND huyện ban hành Kế hoạch số 155/KH-UBND về việc nâng cao Chỉ\nsố cải cách hành chính huyện Tây Sơn giai đoạn 2023 - 2025\n\nI. MỤC ĐÍCH\n- Nội dung.'
    const plan = parse(text)
    expect(plan.meta).toMatchObject({documentNumber: '155/KH-UBND', issuedDate: '2023-06-14', title: 'Nâng cao Chỉ số cải cách hành chính huyện Tây Sơn giai đoạn 2023 - 2025'})
  })

  it('a title line ending "… TRÊN ĐỊA BÀN" runs on to "TỈNH TIỀN GIANG", no authority line', () => {
    const plan = parse('KẾ HOẠCH HÀNH ĐỘNG\n\nTHỰC HIỆN NGHỊ QUYẾT SỐ 131/NQ-CP CỦA CHÍNH PHỦ VỀ CẢI CÁCH THỦ TỤC HÀNH CHÍNH TRÊN ĐỊA BÀN\nTỈNH TIỀN GIANG\n\nI. MỤC ĐÍCH\n- Nội dung.')
    expect(plan.meta.title).toBe('THỰC HIỆN NGHỊ QUYẾT SỐ 131/NQ-CP CỦA CHÍNH PHỦ VỀ CẢI CÁCH THỦ TỤC HÀNH CHÍNH TRÊN ĐỊA BÀN TỈNH TIỀN GIANG')
  })
})
