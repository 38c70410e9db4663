/**
 * Hard-wrapped text (PDF extraction, fixed-width copies): a phrase, a number,
 * a citation, a caption, a lead or a title broken over lines reads as if it
 * were written on one line, and the tree keeps the original line breaks.
 */

import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parsePlan, toSource, walk, type Section} from '../../src/index.js'
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

  it('a figure wrapped to the next line after a word that leads to it ("… đạt tối thiểu\n50%;"), and a place name cut after its first syllable ("… huyện Đức\nHòa")', () => {
    const plan = parse('Thực hiện Kế hoạch số 45/KH-UBND ngày 20/12/2023 của UBND huyện Đức\nHòa về cải cách hành chính năm 2024;\nI. MỤC TIÊU\n- Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến đạt tối thiểu\n50%;\n- Nội dung khác.')
    expect(plan.targets.map((t) => [t.value, t.comparator, t.subject])).toEqual([[50, '>=', 'Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến']])
    expect(plan.citations.map((c) => c.issuer)).toEqual(['Ủy ban nhân dân huyện Đức Hòa'])
  })

  it('a numbered line cut after the measure or bound it names ("… đạt tỷ lệ\n100% …", "… tối đa\n15 phút") goes on: no heading', () => {
    const plan = parse('I. MỤC TIÊU\n1. Số hóa hồ sơ, kết quả giải quyết TTHC đạt tỷ lệ\n100% đối với các TTHC thuộc thẩm quyền.\n2. Giảm thời gian chờ đợi của người dân xuống tối đa\n15 phút/lượt giao dịch.')
    expect(plan.targets.map((t) => [t.value, t.comparator, t.subject])).toEqual([[100, '=', 'Số hóa hồ sơ, kết quả giải quyết TTHC'], [15, '<=', 'thời gian chờ đợi của người dân']])
    const titles = plan.children.flatMap((c) => (c.type === 'section' ? c.children.filter((x) => x.type === 'section').map((x) => x.title) : []))
    expect(titles).toEqual([null, null])
  })

  it('a line cut inside a bracket ("(PAR\nINDEX)"), inside a name ("Chỉ số\nPCI", "Thủ tướng\nChính phủ") or after "giai đoạn" goes on', () => {
    const plan = parse('Thực hiện Quyết định số 1234/QĐ-TTg ngày 12/10/2022 của Thủ tướng\nChính phủ, Bộ Tư pháp ban hành Kế hoạch như sau:\n' +
      'Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành\nChương trình tổng thể cải cách hành chính nhà nước giai đoạn\n2021-2030;\n' +
      'I. MỤC TIÊU\n- Phấn đấu Chỉ số cải cách hành chính (PAR\nINDEX) năm 2023 nằm trong nhóm 5 bộ, ngành dẫn đầu.\n- Chỉ số hài lòng SIPAS trên 85%; Chỉ số PAPI thuộc nhóm cao; Chỉ số\nPCI tăng 2 bậc.')
    expect(plan.citations.map((c) => [c.key, c.issuer])).toEqual([
      ['1234/QĐ-TTg', 'Thủ tướng Chính phủ'],
      ['76/NQ-CP', 'Chính phủ'],
      ['Chương trình:tong the cai cach hanh chinh nha nuoc giai doan 2021-2030', null]
    ])
    expect(plan.targets.map((t) => [t.value, t.subject])).toEqual([[5, 'Chỉ số cải cách hành chính (PAR INDEX)'], [85, 'Chỉ số hài lòng SIPAS'], [2, 'Chỉ số PCI']])
  })

  it('a news lead cut inside its issuer ("Ngày 10/01/2024, Ủy ban nhân dân huyện\nKrông Pắc ban hành …") is read whole', () => {
    const plan = parse('Huyện Krông Pắc triển khai Kế hoạch cải cách hành chính năm 2024\n(Krongpac.daklak.gov.vn) - Ngày 10/01/2024, Ủy ban nhân dân huyện\nKrông Pắc ban hành Kế hoạch số 15/KH-UBND về cải cách hành chính năm\n2024 trên địa bàn huyện.\nTheo đó, phấn đấu 100% hồ sơ đúng hạn.')
    expect(plan.meta).toMatchObject({issuer: 'Ủy ban nhân dân huyện Krông Pắc', issuedDate: '2024-01-10', documentNumber: '15/KH-UBND'})
  })

  it('narrow columns: a range after its dash ("12,5 -\n13,5%"), a sign ("<\n1%"), a term ("khóa\nXII"), "mức độ\n2." go on', () => {
    const plan = parse('Căn cứ Nghị quyết số 20-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa\nXII về tăng cường bảo vệ sức khỏe nhân dân;\n' +
      'I. MỤC TIÊU\n- Tốc độ tăng chi ngân sách cho y tế bình quân 12,5 -\n13,5%/năm.\n- Tỷ lệ hồ sơ trễ hạn <\n1%.\n- Tối thiểu 90% học sinh được kích hoạt tài khoản định danh điện tử mức độ\n2.\n- Nội dung khác.')
    expect(plan.citations.map((c) => c.issuer)).toEqual(['Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII'])
    expect(plan.targets.map((t) => [t.value, t.valueTo, t.comparator, t.subject])).toEqual([
      [12.5, 13.5, '=', 'Tốc độ tăng chi ngân sách cho y tế'],
      [1, null, '<', 'Tỷ lệ hồ sơ trễ hạn'],
      [90, null, '>=', 'học sinh được kích hoạt tài khoản định danh điện tử mức độ 2']
    ])
  })

  it('narrow columns in the header: a "V/v" wrapped onto a line in lower case, a fused title wrapped, a lead cut before "ban hành"', () => {
    const letter = parse('UBND TỈNH TÂY NINH\nSỞ NỘI VỤ\nSố: 1234/SNV-CCHC\nV/v triển khai Kế hoạch cải cách hành chính\nnăm 2024\nTây Ninh, ngày 10 tháng 01 năm 2024\n\nKính gửi: Các sở, ban, ngành tỉnh.\n\nNội dung.')
    expect(letter.meta).toMatchObject({title: 'triển khai Kế hoạch cải cách hành chính năm 2024', issuedDate: '2024-01-10', place: 'Tây Ninh'})
    const fused = parse('KẾ HOẠCH Phát triển thanh niên huyện Cần Giờ\nnăm 2024\nSố: 45/KH-UBND\nI. MỤC ĐÍCH\n1. Nội dung.')
    expect(fused.meta).toMatchObject({title: 'Phát triển thanh niên huyện Cần Giờ năm 2024', period: {from: 2024, to: 2024}})
    const lead = parse('(TTXVN) - Ngày 15/4/2024, UBND tỉnh Đắk Lắk\nban hành Kế hoạch 45/KH-UBND triển khai\nchuyển đổi số năm 2024.\n\nTheo đó, phấn đấu 100% hồ sơ được số hóa.')
    expect(lead.meta).toMatchObject({issuer: 'Ủy ban nhân dân tỉnh Đắk Lắk', issuedDate: '2024-04-15', documentNumber: '45/KH-UBND'})
    const advised = parse('Sở Nội vụ tỉnh Bình Phước đã tham mưu UBND\ntỉnh ban hành Kế hoạch số 123/KH-UBND ngày\n5/3/2024 triển khai công tác cải cách hành\nchính năm 2024.\nTheo đó, phấn đấu 100% hồ sơ được số hóa.')
    expect(advised.meta).toMatchObject({issuer: 'Ủy ban nhân dân tỉnh Bình Phước', issuedDate: '2024-03-05'})
  })

  it('a long line cut after a verb whose object is an instrument ("… kiểm tra việc thực hiện\nKế hoạch; …") goes on; a short heading ("2. Tổ chức thực hiện") does not', () => {
    const plan = parse('III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ: Chủ trì, theo dõi, hướng dẫn, kiểm tra việc thực hiện\nKế hoạch; tổng hợp báo cáo UBND tỉnh.\n2. Tổ chức thực hiện\nKế hoạch này được triển khai đến các cơ quan.')
    expect(plan.responsibilities.map((r) => [r.agency, r.duties])).toEqual([['Sở Nội vụ', ['Chủ trì, theo dõi, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; tổng hợp báo cáo UBND tỉnh.']]])
    const titles = plan.children.flatMap((c) => (c.type === 'section' ? c.children.filter((x) => x.type === 'section').map((x) => x.title) : []))
    expect(titles).toEqual(['Sở Nội vụ', 'Tổ chức thực hiện'])
  })

  it('a numbered line cut after a preposition goes on ("… kịp thời trên\nCổng …"); a heading ending "… chính phủ số" or "… địa bàn tỉnh" does not', () => {
    const plan = parse('I. MỤC TIÊU\n1. Phấn đấu 100% thủ tục hành chính được công khai đầy đủ, kịp thời trên\nCổng Dịch vụ công quốc gia.\n2. Xây dựng chính phủ điện tử, chính phủ số\nTỷ lệ hồ sơ xử lý trên môi trường mạng đạt trên 90%.\n3. Nâng cao chất lượng phục vụ trên địa bàn tỉnh\nCác cơ quan thực hiện tốt.')
    expect(plan.targets.map((t) => t.subject)).toEqual(['thủ tục hành chính được công khai đầy đủ, kịp thời trên Cổng Dịch vụ công quốc gia', 'Tỷ lệ hồ sơ xử lý trên môi trường mạng'])
    const titles = plan.children.flatMap((c) => (c.type === 'section' ? c.children.filter((x) => x.type === 'section').map((x) => x.title) : []))
    expect(titles.slice(1)).toEqual(['Xây dựng chính phủ điện tử, chính phủ số', 'Nâng cao chất lượng phục vụ trên địa bàn tỉnh'])
  })

  it('a numbered line cut after "thuộc" goes on with the capitalised next line ("… các cơ quan, đơn vị thuộc\nBộ thực hiện …"): one duty of "Vụ Tổ chức cán bộ"', () => {
    const plan = parse('III. TỔ CHỨC THỰC HIỆN\n1. Vụ Tổ chức cán bộ chủ trì, theo dõi, đôn đốc các cơ quan, đơn vị thuộc\nBộ thực hiện Kế hoạch; báo cáo Bộ trưởng trước ngày 15/12 hằng năm.\n2. Văn phòng Bộ chủ trì kiểm soát thủ tục hành chính.')
    expect(plan.responsibilities.map((r) => r.agency)).toEqual(['Vụ Tổ chức cán bộ', 'Văn phòng Bộ'])
  })

  it('in hard-wrapped text, a numbered heading shorter than the wrap is no wrapped line, and a field label ending a line takes its value from the next', () => {
    const filler = Array.from({length: 8}, (_, k) => `- Nội dung thứ ${k + 1} của kế hoạch được trình bày trên một dòng dài gần khổ.`)
    const text = [
      'II. NHIỆM VỤ, GIẢI PHÁP',
      ...filler,
      '2. Triển khai dịch vụ công trực tuyến toàn trình',
      'Cơ quan thực hiện: Sở Thông tin và Truyền thông; thời gian: Quý III/2024;',
      'kết quả: Dịch vụ công được cung cấp.',
      '3. Tổ chức tập huấn nghiệp vụ (Sở Nội vụ chủ trì; thời gian thực hiện:',
      'Tháng 10/2024).'
    ].join('\n')
    const plan = parse(text)
    expect(plan.tasks.map((t) => [t.description, t.lead, t.deadline?.text])).toEqual([
      ['Triển khai dịch vụ công trực tuyến toàn trình', 'Sở Thông tin và Truyền thông', 'Quý III/2024'],
      ['Tổ chức tập huấn nghiệp vụ', 'Sở Nội vụ', 'Tháng 10/2024']
    ])
  })

  it('a preamble clause goes on to its semicolon ("… của Thủ tướng\nChính phủ phê duyệt …;"), not into the sentence that introduces the plan', () => {
    const plan = parse('Căn cứ Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng\nChính phủ phê duyệt Chiến lược quốc gia phát triển kinh tế số;\nCăn cứ Nghị định số 48/2022/NĐ-CP ngày 26/7/2022 của Chính phủ\nBộ Thông tin và Truyền thông ban hành Kế hoạch hành động như sau:\nI. MỤC TIÊU\n- Nội dung.')
    expect(plan.citations.map((c) => [c.key, c.issuer, c.title])).toEqual([
      ['411/QĐ-TTg', 'Thủ tướng Chính phủ', 'phê duyệt Chiến lược quốc gia phát triển kinh tế số'],
      ['48/2022/NĐ-CP', 'Chính phủ', null]
    ])
    const preamble = plan.children.find((c) => c.type === 'preamble')
    expect(preamble?.type === 'preamble' ? preamble.children.filter((c) => c.type === 'clause').map((c) => c.kind) : []).toEqual(['basis', 'basis', 'intro'])
  })

  it('… also from the clause\'s later lines ("… của Luật Tổ chức\nChính phủ và …"), not into a heading in capitals', () => {
    const plan = parse('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật\nsửa đổi, bổ sung một số điều của Luật Tổ chức\nChính phủ và Luật Tổ chức chính quyền địa phương\nngày 22 tháng 11 năm 2019;\nI. MỤC TIÊU\n- Nội dung.')
    expect(plan.citations.map((c) => [c.name, c.date])).toEqual([
      ['Tổ chức chính quyền địa phương', '2015-06-19'],
      ['sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương', '2019-11-22']
    ])
    const heading = parse('Căn cứ Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ\nphê duyệt Chiến lược quốc gia phát triển kinh tế số\nMỤC ĐÍCH, YÊU CẦU\n- Nội dung.')
    expect(heading.children.filter((c) => c.type !== 'whitespace').map((c) => c.type)).toEqual(['preamble', 'section'])
  })

  it('after a semicolon, a line in lower case goes on with the sentence ("… 95% hồ sơ đúng hạn;\ncả năm đạt trên 98%.")', () => {
    const plan = parse('I. MỤC TIÊU\n1. Phấn đấu 6 tháng đầu năm giải quyết 95% hồ sơ đúng hạn;\ncả năm đạt trên 98%.\n2. Nội dung khác.')
    expect(plan.targets.map((t) => [t.value, t.comparator, t.subject])).toEqual([[95, '=', 'hồ sơ đúng hạn'], [98, '>', 'hồ sơ đúng hạn']])
  })

  it('a body\'s term on the next line ("… của Ban Chấp hành Trung ương\nKhóa XII về …") goes on with the issuer', () => {
    const plan = parse('I. MỤC ĐÍCH\n1. Quán triệt Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương\nKhóa XII về tiếp tục đổi mới hệ thống tổ chức.')
    expect(plan.citations.map((c) => [c.issuer, c.title])).toEqual([['Ban Chấp hành Trung ương Khóa XII', 'tiếp tục đổi mới hệ thống tổ chức']])
  })

  it('a law named on the next line ("… theo quy định của Luật\nNgân sách nhà nước năm 2015.") is one citation', () => {
    const plan = parse('III. KINH PHÍ THỰC HIỆN\nKinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo quy định của Luật\nNgân sách nhà nước năm 2015.\nIV. TỔ CHỨC THỰC HIỆN')
    expect(plan.citations.map((c) => [c.docType, c.name, c.year])).toEqual([['Luật', 'Ngân sách nhà nước', 2015]])
  })

  it('a long line cut after the first word of a name ("… trên Cổng\nDịch vụ công quốc gia") goes on; a heading "1. Văn phòng Bộ" does not', () => {
    const plan = parse('I. MỤC TIÊU\n1. Phấn đấu 100% thủ tục hành chính được công khai đầy đủ, kịp thời trên Cổng\nDịch vụ công quốc gia.\nII. TỔ CHỨC THỰC HIỆN\n1. Văn phòng Bộ\nChủ trì, theo dõi việc thực hiện.')
    expect(plan.targets.map((t) => t.subject)).toEqual(['thủ tục hành chính được công khai đầy đủ, kịp thời trên Cổng Dịch vụ công quốc gia'])
    expect(plan.responsibilities.map((r) => [r.agency, r.duties])).toEqual([['Văn phòng Bộ', ['Chủ trì, theo dõi việc thực hiện.']]])
  })
})

describe('a hyphen and a range of years wrapped to the next line ("kinh tế\\n- xã hội", "2011 -\\n2020")', () => {
  it('in the trích yếu: the title goes on, no bullet, and the period is read', () => {
    const plan = parse('KẾ HOẠCH\nThực hiện Kế hoạch phát triển kinh tế\n- xã hội giai đoạn 2011 -\n2020\nI. MỤC TIÊU\nNội dung.')
    expect(plan.meta).toMatchObject({title: 'Thực hiện Kế hoạch phát triển kinh tế - xã hội giai đoạn 2011 - 2020', period: {from: 2011, to: 2020}})
    expect(parse('KẾ HOẠCH\nPHÁT TRIỂN KINH TẾ\n- XÃ HỘI NĂM 2025\nI. MỤC TIÊU\nNội dung.').meta.title).toBe('PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2025')
  })

  it('in the body: one heading, no item and no paragraph "2020"', () => {
    const plan = parse('I. MỤC TIÊU\n1. Thực hiện Kế hoạch phát triển kinh tế\n- xã hội giai đoạn 2011 -\n2020 của tỉnh.\n2. Nâng cao.')
    const kinds: string[] = []
    walk(plan, (node) => {
      if (node.type === 'item' || node.type === 'paragraph') kinds.push(node.type)
    })
    expect(kinds).toEqual([])
  })

  it('a bullet list under a mixed-case title stays a list', () => {
    expect(parse('KẾ HOẠCH\nTriển khai thực hiện\n- Nội dung một\nI. MỤC TIÊU\nA.').meta.title).toBe('Triển khai thực hiện')
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

  it('a news lead wrapped between its verb and its type ("… ban hành Kế\nhoạch số 245/KH-UBND …") is still the lead', () => {
    const plan = parse('Triển khai Kế hoạch cải cách hành chính năm 2024\nCập nhật lúc: 10:25 12/01/2024\n(Cổng TTĐT) - Ngày 10/01/2024, Ủy ban nhân dân tỉnh Quảng Nam ban hành Kế\nhoạch số 245/KH-UBND về cải cách hành chính năm 2024 trên địa bàn tỉnh.\nTheo đó, Kế hoạch đặt mục tiêu tỷ lệ hồ sơ giải quyết trực tuyến đạt trên 50%.')
    expect(plan.meta).toMatchObject({documentNumber: '245/KH-UBND', issuedDate: '2024-01-10', issuer: 'Ủy ban nhân dân tỉnh Quảng Nam', title: 'Cải cách hành chính năm 2024 trên địa bàn tỉnh'})
    expect(plan.children[0]?.type).toBe('lead')
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

describe('a document whose line breaks were lost (collapsed white space from a crawler or a JSON field)', () => {
  const collapsed = [
    'ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH -------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc',
    'Số: 45/KH-UBND Châu Thành, ngày 10 tháng 02 năm 2024 KẾ HOẠCH Cải cách hành chính năm 2024',
    'Căn cứ Quyết định số 120/QĐ-UBND ngày 15/01/2024 của UBND tỉnh Tiền Giang; Ủy ban nhân dân huyện ban hành Kế hoạch như sau:',
    'I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích Nâng cao hiệu quả cải cách hành chính. 2. Yêu cầu - Bám sát nhiệm vụ.',
    'II. MỤC TIÊU - Phấn đấu 100% hồ sơ được giải quyết đúng hạn. - Tỷ lệ hài lòng đạt trên 90%.',
    'III. NHIỆM VỤ 1. Cải cách thể chế: Rà soát văn bản. 2. Cải cách thủ tục hành chính: Công khai thủ tục.',
    'IV. TỔ CHỨC THỰC HIỆN 1. Phòng Nội vụ: Chủ trì theo dõi. 2. Văn phòng HĐND và UBND huyện: Kiểm soát thủ tục.',
    'Nơi nhận: - UBND tỉnh; - Lưu: VT. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Tư'
  ].join(' ')

  it('reads the header, title, preamble, sections, recipients and signature as the lines would', () => {
    const plan = parse(collapsed)
    expect(plan.meta).toMatchObject({
      documentNumber: '45/KH-UBND',
      documentType: 'Kế hoạch',
      issuedDate: '2024-02-10',
      issuer: 'Ủy ban nhân dân huyện Châu Thành',
      place: 'Châu Thành',
      title: 'Cải cách hành chính năm 2024',
      signer: 'Nguyễn Văn Tư',
      signerTitle: 'Phó Chủ tịch'
    })
    expect(plan.children.filter((c) => c.type !== 'whitespace').map((c) => c.type)).toEqual([
      'header', 'titleBlock', 'preamble', 'section', 'section', 'section', 'section', 'recipients', 'signature'
    ])
    const titles: string[] = []
    for (const c of plan.children) if (c.type === 'section') titles.push(`${c.numbering?.label} ${c.title} ${c.kind}`)
    expect(titles).toEqual(['I. MỤC ĐÍCH, YÊU CẦU purpose', 'II. MỤC TIÊU objectives', 'III. NHIỆM VỤ tasks', 'IV. TỔ CHỨC THỰC HIỆN implementation'])
    expect(plan.targets.map((t) => [t.value, t.comparator, t.year])).toEqual([[100, '=', 2024], [90, '>', 2024]])
    expect(plan.responsibilities.map((r) => r.agency)).toEqual(['Phòng Nội vụ', 'Văn phòng HĐND và UBND huyện'])
    // Every position stays on the one line of the input.
    expect(plan.position.end.line).toBe(1)
  })

  it('a body without its header, one Roman heading after the type line ("KẾ HOẠCH Cải cách … II. MỤC TIÊU CỤ THỂ 1. …"), is cut too', () => {
    // "… văn bản. 2. Cải cách …": after a full stop, "bản" (as in "phiên bản 2.0") refers to no number.
    const items = ['1. Cải cách thể chế - 100% văn bản quy phạm pháp luật được ban hành đúng thẩm quyền. - Hoàn thành kế hoạch rà soát văn bản.', '2. Cải cách tổ chức bộ máy - Giảm tối thiểu 10% đơn vị sự nghiệp công lập so với năm 2021.', '3. Cải cách chế độ công vụ - Trên 90% công chức được bồi dưỡng kiến thức, kỹ năng quản lý nhà nước.', '4. Cải cách tài chính công - Tỷ lệ giải ngân vốn đầu tư công đạt trên 95% kế hoạch vốn được giao.']
    const plan = parse(['KẾ HOẠCH Cải cách hành chính năm 2025 II. MỤC TIÊU CỤ THỂ', ...items].join(' '))
    expect(plan.meta).toMatchObject({documentType: 'Kế hoạch', title: 'Cải cách hành chính năm 2025', period: {from: 2025, to: 2025}})
    const section = plan.children.find((c) => c.type === 'section')
    expect(section?.type === 'section' ? [section.kind, section.children.filter((c) => c.type === 'section').length] : null).toEqual(['objectives', 4])
    expect(plan.targets.map((t) => [t.value, t.year])).toEqual([[100, 2025], [10, 2025], [90, 2025], [95, 2025]])
  })

  it('a short plan collapsed whole (under 400 characters): the type line and two Roman headings are marks enough', () => {
    const text = 'KẾ HOẠCH Chuyển đổi số năm 2025 I. MỤC TIÊU 1. Chính quyền số - 100% hồ sơ công việc được xử lý trên môi trường mạng. 2. Kinh tế số - Tỷ trọng kinh tế số đạt 20% GRDP. 3. Xã hội số - 80% người dân có danh tính số. II. NHIỆM VỤ 1. Phát triển hạ tầng số. 2. Phát triển nền tảng số.'
    const plan = parse(text)
    expect(plan.meta).toMatchObject({documentType: 'Kế hoạch', title: 'Chuyển đổi số năm 2025'})
    const parts = plan.children.filter((c): c is Section => c.type === 'section')
    expect(parts.map((p) => [p.kind, p.children.filter((c) => c.type === 'section').length])).toEqual([['objectives', 3], ['tasks', 2]])
    expect(plan.targets.map((t) => [t.value, t.subject])).toEqual([
      [100, 'hồ sơ công việc được xử lý trên môi trường mạng'],
      [20, 'Tỷ trọng kinh tế số'],
      [80, 'người dân có danh tính số']
    ])
  })

  it('run into one line and then wrapped again at one width (a crawler, a mail client): read as the one line, the line breaks kept in the tree', () => {
    const wrap = (text: string, width: number): string => {
      const lines: string[] = []
      let line = ''
      for (const word of text.split(' ')) {
        if (line.length > 0 && line.length + 1 + word.length > width) {
          lines.push(line)
          line = word
        } else line = line.length > 0 ? `${line} ${word}` : word
      }
      return [...lines, line].join('\n')
    }
    const one = parse(collapsed)
    for (const width of [60, 80, 120]) {
      const text = wrap(collapsed, width)
      const plan = parse(text)
      expect(plan.meta).toEqual(one.meta)
      expect(plan.children.filter((c) => c.type !== 'whitespace').map((c) => c.type)).toEqual(one.children.filter((c) => c.type !== 'whitespace').map((c) => c.type))
      expect(plan.targets.map((t) => [t.value, t.subject])).toEqual(one.targets.map((t) => [t.value, t.subject]))
      expect(plan.diagnostics.map((d) => d.ruleId)).toContain('rewrapped-text')
      expect(toSource(plan)).toBe(text)
    }
    // A line break at the end of the text ends its last line.
    expect(parse(`${wrap(collapsed, 80)}\n`).diagnostics.map((d) => d.ruleId)).toContain('rewrapped-text')
    // The corpus's Tiền Giang plan, run into one line and wrapped at 100 columns.
    const seed = readFileSync(new URL('../../corpus/004_73fa6a4ca7d894cc.txt', import.meta.url), 'utf8').replace(/\s*\n\s*/g, ' ')
    const rewrapped = parse(wrap(seed, 100))
    expect(rewrapped.meta).toEqual(parse(seed).meta)
    expect(rewrapped.children.filter((c) => c.type === 'section')).toHaveLength(4)
  })

  it('not a hard-wrapped text whose headings start their lines, nor one with blank lines between its paragraphs', () => {
    const long = 'Tiếp tục rà soát, đơn giản hóa thủ tục hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp. '.repeat(3)
    const wrapped = ['I. MỤC TIÊU', long, 'II. NHIỆM VỤ', long, 'III. TỔ CHỨC THỰC HIỆN', long].join('\n').replace(/(.{70}\S*) /g, '$1\n')
    expect(parse(wrapped).diagnostics.map((d) => d.ruleId)).not.toContain('rewrapped-text')
    expect(parse(collapsed.replace(/ (?=(?:II|III|IV)\. )/g, '\n\n')).diagnostics.map((d) => d.ruleId)).not.toContain('rewrapped-text')
  })

  it('a long paragraph that mentions "mục II." or lists "1. …" once is left as it is', () => {
    const paragraph = `Ủy ban nhân dân tỉnh giao các sở, ban, ngành thực hiện nhiệm vụ tại mục II. NHIỆM VỤ của Kế hoạch; ${'tiếp tục rà soát, đơn giản hóa thủ tục hành chính, '.repeat(8)}báo cáo kết quả. 1. Nội dung khác.`
    const plan = parse(`I. TỔ CHỨC THỰC HIỆN\n${paragraph}`)
    const section = plan.children.find((c) => c.type === 'section')
    expect(section?.type === 'section' ? section.children.filter((c) => c.type === 'paragraph').length : 0).toBe(1)
  })
})

describe('collapsed documents: header forms, lists, footnotes, signatures', () => {
  it('a place that opens with its abbreviated level ("TP. Hồ Chí Minh, ngày …") is one cut, not two', () => {
    const text = 'UBND THÀNH PHỐ HỒ CHÍ MINH SỞ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 3456/KH-SNV TP. Hồ Chí Minh, ngày 01 tháng 4 năm 2024 KẾ HOẠCH Kiểm tra công tác cải cách hành chính năm 2024 I. MỤC ĐÍCH Đánh giá kết quả thực hiện.'
    expect(parse(text).meta).toMatchObject({documentNumber: '3456/KH-SNV', place: 'TP. Hồ Chí Minh', issuedDate: '2024-04-01', title: 'Kiểm tra công tác cải cách hành chính năm 2024'})
  })

  it('a decision collapsed with its plan: the authority line, "QUYẾT ĐỊNH:", its articles, the bracket under the plan\'s title', () => {
    const text = 'ỦY BAN NHÂN DÂN TỈNH BẾN TRE CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 1850/QĐ-UBND Bến Tre, ngày 12 tháng 9 năm 2023 QUYẾT ĐỊNH Ban hành Kế hoạch cải thiện Chỉ số PAPI năm 2023 CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẾN TRE Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; QUYẾT ĐỊNH: Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải thiện Chỉ số PAPI năm 2023. Điều 2. Quyết định này có hiệu lực kể từ ngày ký. CHỦ TỊCH Trần Ngọc Tam KẾ HOẠCH Cải thiện Chỉ số PAPI năm 2023 (Ban hành kèm theo Quyết định số 1850/QĐ-UBND ngày 12/9/2023 của Chủ tịch UBND tỉnh) I. MỤC TIÊU Phấn đấu Chỉ số PAPI năm 2023 của tỉnh đạt từ 43 điểm trở lên.'
    const plan = parse(text)
    expect(plan.meta).toMatchObject({documentType: 'Quyết định', title: 'Ban hành Kế hoạch cải thiện Chỉ số PAPI năm 2023', signer: 'Trần Ngọc Tam'})
    const parts = plan.children.filter((c) => c.type !== 'whitespace')
    expect(parts.map((c) => (c.type === 'section' ? `${c.type}:${c.numbering?.style}` : c.type))).toEqual(['header', 'titleBlock', 'preamble', 'section:article', 'section:article', 'signature', 'titleBlock', 'section:roman'])
    const fields = (node: (typeof parts)[number]): string[] => ('children' in node ? node.children.flatMap((c) => (c.type === 'field' ? [c.key] : [])) : [])
    expect(fields(parts[1]!)).toEqual(['documentType', 'title', 'authority'])
    expect(fields(parts[6]!)).toEqual(['documentType', 'title', 'attachment'])
    expect(plan.targets.map((t) => [t.value, t.unit, t.comparator])).toEqual([[43, 'điểm', '>=']])
  })

  it('an appendix collapsed with its tab-separated table ("Phụ lục II DANH MỤC NHIỆM VỤ … STT<TAB>Nhiệm vụ<TAB>… 1<TAB>…"): one row per line', () => {
    const text = 'KẾ HOẠCH Chuyển đổi số năm 2025 I. MỤC TIÊU Các chỉ tiêu tại Phụ lục I; nhiệm vụ tại Phụ lục II kèm theo. Phụ lục I CHỈ TIÊU NĂM 2025 STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch năm 2025 1\tTỷ lệ hồ sơ được xử lý trực tuyến toàn trình\t%\t60 2\tTỷ lệ văn bản điện tử có ký số\t%\t100 Phụ lục II DANH MỤC NHIỆM VỤ STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian 1\tXây dựng kho dữ liệu dùng chung\tSở TT&TT\tQuý IV/2025 2\tTriển khai nền tảng số\tSở TT&TT\t2025'
    const plan = parse(text)
    expect(plan.children.filter((c) => c.type === 'appendix').length).toBe(2)
    expect(plan.targets.map((t) => [t.value, t.unit, t.subject])).toEqual([
      [60, '%', 'Tỷ lệ hồ sơ được xử lý trực tuyến toàn trình'],
      [100, '%', 'Tỷ lệ văn bản điện tử có ký số']
    ])
    expect(plan.tasks.map((t) => [t.description, t.lead, t.deadline?.text])).toEqual([
      ['Xây dựng kho dữ liệu dùng chung', 'Sở TT&TT', 'Quý IV/2025'],
      ['Triển khai nền tảng số', 'Sở TT&TT', '2025']
    ])
  })

  it('the signer\'s title with two spaces after it ("GIÁM ĐỐC  Nguyễn Văn Bình", every space doubled) still signs', () => {
    const text = 'UBND TỈNH AN GIANG SỞ NỘI VỤ Số: 123/SNV-CCHC V/v triển khai Kế hoạch cải cách hành chính An Giang, ngày 5 tháng 3 năm 2024 Kính gửi: - Các sở, ban, ngành tỉnh. Thực hiện Kế hoạch số 45/KH-UBND ngày 20/01/2024 của UBND tỉnh, Sở Nội vụ đề nghị các cơ quan, đơn vị triển khai thực hiện. Trân trọng./. Nơi nhận: - Như trên; - Lưu: VT. GIÁM ĐỐC  Nguyễn Văn Bình'
    expect(parse(text.replace(/ /g, '  ')).meta).toMatchObject({signer: 'Nguyễn Văn Bình', signerTitle: 'Giám đốc'})
  })

  it('a "|" table collapsed with the text ("| STT | … | |---|…| | 1 | … | | 2 | …"): its header, separator and each numbered row start a line', () => {
    const text = 'KẾ HOẠCH Chuyển đổi số năm 2025 I. MỤC TIÊU Các nhiệm vụ tại Phụ lục kèm theo. II. TỔ CHỨC THỰC HIỆN Sở Nội vụ theo dõi, đôn đốc. PHỤ LỤC DANH MỤC NHIỆM VỤ | STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | |---|---|---|---|---| | 1 | Xây dựng kho dữ liệu dùng chung | Sở TT&TT | | Quý IV/2025 | | 2 | Triển khai nền tảng số | Sở Nội vụ | Các sở, ngành | Năm 2025 |'
    const plan = parse(text)
    expect(plan.tasks.map((t) => [t.description, t.lead, t.partners, t.deadline?.text])).toEqual([
      ['Xây dựng kho dữ liệu dùng chung', 'Sở TT&TT', [], 'Quý IV/2025'],
      ['Triển khai nền tảng số', 'Sở Nội vụ', ['Các sở, ngành'], 'Năm 2025']
    ])
    // Only the next number starts a row: "| | 7 | …" after row 1 may be an empty cell and a figure, and stays in row 1.
    expect(parse(text.replace('| 2 |', '| 7 |')).tasks.length).toBe(1)
  })

  it('a tab between the number and the place ("Số: 156/KH-UBND\tQuảng Trị, ngày …", two columns flattened) parts their words', () => {
    const text = 'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ -------\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Số: 156/KH-UBND\tQuảng Trị, ngày 22 tháng 8 năm 2023 KẾ HOẠCH Thực hiện công tác dân vận chính quyền năm 2023 I. MỤC ĐÍCH, YÊU CẦU Nâng cao hiệu quả công tác dân vận.'
    expect(parse(text).meta).toMatchObject({documentNumber: '156/KH-UBND', place: 'Quảng Trị', issuedDate: '2023-08-22'})
  })

  it('a party header ("ĐẢNG BỘ … HUYỆN ỦY … * Số 29-KH/HU ĐẢNG CỘNG SẢN VIỆT NAM Quỳnh Lưu, ngày …") and a lower-case trích yếu', () => {
    const text = 'ĐẢNG BỘ TỈNH NGHỆ AN HUYỆN ỦY QUỲNH LƯU * Số 29-KH/HU ĐẢNG CỘNG SẢN VIỆT NAM Quỳnh Lưu, ngày 15 tháng 3 năm 2022 KẾ HOẠCH thực hiện Nghị quyết số 19-NQ/TW ngày 16-6-2022 của Ban Chấp hành Trung ương ----- Thực hiện Kế hoạch số 60-KH/TU ngày 21-02-2022 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau: I. MỤC ĐÍCH, YÊU CẦU 1. Quán triệt sâu sắc nội dung Nghị quyết. T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ Nguyễn Văn An'
    const plan = parse(text)
    expect(plan.meta).toMatchObject({
      documentNumber: '29-KH/HU',
      documentType: 'Kế hoạch',
      issuedDate: '2022-03-15',
      issuer: 'Huyện ủy Quỳnh Lưu',
      place: 'Quỳnh Lưu',
      title: 'thực hiện Nghị quyết số 19-NQ/TW ngày 16-6-2022 của Ban Chấp hành Trung ương',
      signer: 'Nguyễn Văn An',
      signerTitle: 'Phó Bí thư'
    })
  })

  it('a dash after a numbered heading\'s title opens an item ("1. Công tác chỉ đạo, điều hành - Triển khai …", "2. Cải cách thủ tục hành chính - 100% …"), not one inside an agency\'s name ("Phòng Tài chính - Kế hoạch") nor a range ("2021 - 2030")', () => {
    const lines = [
      'ỦY BAN NHÂN DÂN HUYỆN TAM ĐẢO', 'Số: 45/KH-UBND', 'Tam Đảo, ngày 10 tháng 02 năm 2024', 'KẾ HOẠCH', 'Cải cách hành chính giai đoạn 2024 - 2025',
      'I. NỘI DUNG', '1. Công tác chỉ đạo, điều hành', '- Triển khai các nhiệm vụ theo Chương trình giai đoạn 2021 - 2030 của Chính phủ.', '- Hoàn thành 100% nhiệm vụ cải cách hành chính đề ra.',
      '2. Cải cách thủ tục hành chính', '- 100% thủ tục hành chính được công khai trên Cổng Dịch vụ công quốc gia.',
      'II. TỔ CHỨC THỰC HIỆN', '1. Phòng Tài chính - Kế hoạch chủ trì thẩm định kinh phí thực hiện Kế hoạch.', '2. Phòng Nội vụ theo dõi, đôn đốc.'
    ]
    const collapsed = parse(lines.join(' '))
    const clean = parse(lines.join('\n'))
    expect(collapsed.targets.map((t) => [t.value, t.year])).toEqual(clean.targets.map((t) => [t.value, t.year]))
    expect(collapsed.targets.map((t) => [t.value, t.year, t.subject])).toEqual([
      [100, 2025, 'nhiệm vụ cải cách hành chính đề ra được hoàn thành'],
      [100, 2025, 'thủ tục hành chính được công khai trên Cổng Dịch vụ công quốc gia']
    ])
    expect(collapsed.responsibilities.map((r) => r.agency)).toEqual(['Phòng Tài chính - Kế hoạch', 'Phòng Nội vụ'])
  })

  it('a Công văn ("Số: 123/SNV-CCHC V/v … Kính gửi: - … Thực hiện … Trân trọng./. Nơi nhận: …") reads as its lines would', () => {
    const lines = ['UBND TỈNH AN GIANG', 'SỞ NỘI VỤ', 'Số: 123/SNV-CCHC', 'V/v triển khai Kế hoạch cải cách hành chính', 'An Giang, ngày 5 tháng 3 năm 2024', 'Kính gửi:', '- Các sở, ban, ngành tỉnh;', '- UBND các huyện, thị xã, thành phố.', 'Thực hiện Kế hoạch số 45/KH-UBND ngày 20/01/2024 của UBND tỉnh, Sở Nội vụ đề nghị các cơ quan, đơn vị triển khai thực hiện.', 'Trân trọng./.', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'GIÁM ĐỐC', 'Nguyễn Văn Bình']
    const collapsed = parse(lines.join(' '))
    expect(collapsed.meta).toEqual(parse(lines.join('\n')).meta)
    expect(collapsed.meta).toMatchObject({documentNumber: '123/SNV-CCHC', title: 'triển khai Kế hoạch cải cách hành chính', signer: 'Nguyễn Văn Bình'})
    expect(collapsed.children.filter((c) => c.type !== 'whitespace').map((c) => c.type)).toEqual(['header', 'addressees', 'preamble', 'paragraph', 'recipients', 'signature'])
  })

  it('a document that opens with its type line ("KẾ HOẠCH Phát triển nguồn nhân lực năm 2024 Phần thứ nhất …"), signed on one run ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH (đã ký) …")', () => {
    const text = 'KẾ HOẠCH Phát triển nguồn nhân lực năm 2024 Phần thứ nhất KẾT QUẢ NĂM 2023 I. KẾT QUẢ ĐẠT ĐƯỢC Đã đào tạo 1.200 lượt cán bộ. Phần thứ hai NHIỆM VỤ NĂM 2024 I. MỤC TIÊU 1. Đào tạo tối thiểu 1.500 lượt cán bộ, công chức. Nơi nhận: - UBND huyện (b/c); - Lưu: VT. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH (đã ký) Nguyễn Văn Tư'
    expect(parse(text).meta).toMatchObject({documentType: 'Kế hoạch', title: 'Phát triển nguồn nhân lực năm 2024', period: {from: 2024, to: 2024}, signer: 'Nguyễn Văn Tư', signerTitle: 'Phó Chủ tịch'})
  })

  it('two header columns run together ("ỦY BAN NHÂN DÂN   CỘNG HÒA … VIỆT NAM HUYỆN TAM ĐẢO   Độc lập …"), a signer after "- Lưu: VT.", and page leftovers after the name', () => {
    const text = 'ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM HUYỆN TAM ĐẢO                          Độc lập - Tự do - Hạnh phúc Số: 88/KH-UBND                    Tam Đảo, ngày 12 tháng 3 năm 2024 KẾ HOẠCH Tuyên truyền cải cách hành chính năm 2024 I. MỤC ĐÍCH, YÊU CẦU - Nội dung. Nơi nhận: - UBND tỉnh; - Lưu: VT. GIÁM ĐỐC Lê Thị Mai Đánh giá bài viết: ★★★★☆ Lượt xem: 1.234'
    const plan = parse(text)
    expect(plan.meta).toMatchObject({issuer: 'Ủy ban nhân dân huyện Tam Đảo', documentNumber: '88/KH-UBND', signer: 'Lê Thị Mai', signerTitle: 'Giám đốc'})
    expect(plan.children.filter((c) => c.type !== 'whitespace').map((c) => c.type).slice(-3)).toEqual(['recipients', 'signature', 'leftover'])
  })

  it('the issuer under its parent body in one run of capitals, and a signer with no prefix', () => {
    const text = 'SỞ Y TẾ TỈNH QUẢNG NAM BỆNH VIỆN ĐA KHOA TỈNH ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 120/KH-BVĐK Quảng Nam, ngày 10 tháng 01 năm 2024 KẾ HOẠCH Chuyển đổi số bệnh viện năm 2024 I. MỤC ĐÍCH - Nội dung. GIÁM ĐỐC Trần Văn Bình'
    expect(parse(text).meta).toMatchObject({issuer: 'Bệnh viện đa khoa tỉnh Quảng Nam', signer: 'Trần Văn Bình', signerTitle: 'Giám đốc', title: 'Chuyển đổi số bệnh viện năm 2024'})
  })

  it('a related-documents list ("- 1 Luật …"), numbering that goes on without punctuation ("… Nhà nước 3.1. 100% …"), footnotes', () => {
    const text = '- 1 Luật ngân sách nhà nước 2015 - 2 Nghị định 107/2020/NĐ-CP sửa đổi Nghị định 24/2014/NĐ-CP ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 249/KH-UBND Lạng Sơn, ngày 29 tháng 12 năm 2021 1. Mục đích Tập trung triển khai thực hiện đồng bộ. 2. Cải cách tổ chức bộ máy hành chính Nhà nước 2.1. 100% cơ quan, đơn vị được kiện toàn theo quy định[1]. 2.2. Giảm tối thiểu 10% biên chế. KT. CHỦ TỊCH [1] Theo Quyết định 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ.'
    const plan = parse(text)
    expect(plan.children.filter((c) => c.type !== 'whitespace').map((c) => c.type)).toContain('relatedDocuments')
    expect(plan.children.filter((c) => c.type !== 'whitespace').map((c) => c.type)).toContain('footnotes')
    const labels: string[] = []
    walk(plan, (node) => {
      if (node.type === 'section' && node.numbering?.style !== 'dash') labels.push(node.numbering?.label ?? '?')
    })
    expect(labels.filter((l) => l !== '?')).toEqual(['1.', '2.', '2.1.', '2.2.'])
    expect(plan.targets.map((t) => t.value)).toEqual([100, 10])
  })

  it('the Lạng Sơn copy (header flattened into "|" rows, no Roman headings) collapsed gives the same meta', () => {
    const original = readFileSync(new URL('../../corpus/003_d2042d50f4c1f66e.txt', import.meta.url), 'utf8')
    expect(parse(original.replace(/\s*\n\s*/g, ' ')).meta).toEqual(parsePlan(original).meta)
  })

  it.each(['000_de54b253d014f3ae.txt', '001_3e1b8bd2936cf4d3.txt', '002_d7a3f3669c2b22ba.txt', '004_73fa6a4ca7d894cc.txt'])(
    'corpus %s with its line breaks collapsed to spaces gives the same meta and sections',
    (name) => {
      const original = readFileSync(new URL(`../../corpus/${name}`, import.meta.url), 'utf8')
      const collapsed = original.replace(/\s*\n\s*/g, ' ')
      const a = parsePlan(original)
      const b = parse(collapsed)
      expect(b.meta).toEqual(a.meta)
      const sections = (plan: typeof a): string[] => {
        const out: string[] = []
        walk(plan, (node) => {
          if (node.type === 'section' && node.numbering && !['dash', 'plus', 'bullet'].includes(node.numbering.style)) out.push(`${node.numbering.label} ${node.kind ?? ''}`)
        })
        return out
      }
      expect(sections(b)).toEqual(sections(a))
    }
  )
})
