/**
 * Trích dẫn văn bản (citations of legal instruments): real strings from the
 * corpus and other plans, with the fields expected; near-misses that are not
 * citations; resolution of short mentions; relations; preamble links.
 */

import {describe, expect, it} from 'vitest'
import {parsePlan, walk} from '../../src/index.js'
import type {CitationEntry} from '../../src/schema.js'
import {expectInvariants} from '../helpers.js'

function cite(text: string): CitationEntry[] {
  const plan = parsePlan(text)
  expectInvariants(plan, text)
  return plan.citations
}

function only(text: string): CitationEntry {
  const list = cite(text)
  expect(list.map((c) => c.key)).toHaveLength(1)
  return list[0]!
}

describe('numbered citations', () => {
  it.each([
    ['Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể;', {docType: 'Nghị quyết', number: '76/NQ-CP', date: '2021-07-15', year: 2021, issuer: 'Chính phủ', issuerCode: 'CP'}],
    ['theo Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ;', {docType: 'Nghị định', number: '107/2020/NĐ-CP', date: '2020-09-14', issuer: 'Chính phủ'}],
    ['Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ.', {number: '30c/NQ-CP', date: '2011-11-08'}],
    ['thực hiện Nghị quyết số 19-NQ/TW ngày 25-10-2017 của Ban Chấp hành Trung ương.', {docType: 'Nghị quyết', number: '19-NQ/TW', date: '2017-10-25', issuer: 'Ban Chấp hành Trung ương', issuerCode: 'TW'}],
    ['Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII về một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy;', {number: '18-NQ/TW', issuer: 'Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII', title: 'một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy'}],
    ['Kế hoạch số 29-KH/HU ngày 23 tháng 9 năm 2021 của Ban Thường vụ Huyện ủy.', {docType: 'Kế hoạch', number: '29-KH/HU', issuer: 'Ban Thường vụ Huyện ủy', issuerCode: 'HU'}],
    ['Công văn số 6936/VPCP-KSTT ngày 14/10/2022 của Văn phòng Chính phủ về đôn đốc.', {docType: 'Công văn', number: '6936/VPCP-KSTT', issuer: 'Văn phòng Chính phủ', issuerCode: 'VPCP', title: 'đôn đốc'}],
    ['Văn bản số 2231/SNV-CCHC&PC ngày 01/6/2023 của Sở Nội vụ.', {docType: 'Văn bản', number: '2231/SNV-CCHC&PC', issuer: 'Sở Nội vụ'}],
    ['Thông báo số 12/TB-VPCP ngày 20/01/2024 của Văn phòng Chính phủ kết luận của Thủ tướng Chính phủ;', {docType: 'Thông báo', number: '12/TB-VPCP', issuer: 'Văn phòng Chính phủ', title: 'kết luận của Thủ tướng Chính phủ'}],
    ['Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương;', {docType: 'Quy định', number: '08-QĐi/TW', date: '2018-10-25', issuer: 'Ban Chấp hành Trung ương', title: 'trách nhiệm nêu gương'}],
    ['Thông tư số 04/2021/TT-BNV ngày 05/7/2021 của Bộ Nội vụ.', {docType: 'Thông tư', number: '04/2021/TT-BNV', issuer: 'Bộ Nội vụ', issuerCode: 'BNV'}],
    ['Luật số 131/2020/QH14 ngày 16/11/2020.', {docType: 'Luật', number: '131/2020/QH14', date: '2020-11-16'}],
    ['Quyết định 749/QĐ-TTg năm 2020 về phê duyệt Chương trình', {docType: 'Quyết định', number: '749/QĐ-TTg', year: 2020, date: null, issuer: 'Thủ tướng Chính phủ', issuerCode: 'TTg'}],
    ['Kế hoạch số 803 /KH-UBND ngày 23/12/2021 của UBND tỉnh.', {number: '803/KH-UBND', issuer: 'Ủy ban nhân dân tỉnh'}],
    ['Nghị quyết số 76/NQ- CP ngày 15/7/2021.', {number: '76/NQ-CP'}],
    ['Nghị quyết số 76/NQ-\nCP ngày 15/7/2021.', {number: '76/NQ-CP'}],
    ['Quyết định số 12/QĐ-TTG ngày 01/02/2022.', {number: '12/QĐ-TTg'}],
    ['Quyết định số 12/QĐ-UBNĐ ngày 01/02/2022 (Đ typed for D).', {number: '12/QĐ-UBND', issuerCode: 'UBND', issuer: 'Ủy ban nhân dân'}],
    ['Nghị quyết số 76/NQ-СР ngày 15/7/2021 (Cyrillic С and Р).', {number: '76/NQ-CP', issuer: 'Chính phủ'}],
    ['Quyết định số 285/QĐ-TT ngày 01/02/2022.', {number: '285/QĐ-TTg'}],
    ['Nghị quyết số 30c/NQCP ngày 08/11/2011.', {number: '30c/NQ-CP'}],
    ['Quyết định số 12/QĐ-UBND ngày 01/02/2022 của Chủ tịch UBND tỉnh Bình Định.', {issuer: 'Chủ tịch Ủy ban nhân dân tỉnh Bình Định'}],
    ['Nghị quyết số 04/NQ-CP của Chính phủ ngày 10 tháng 01 năm 2022 về đẩy mạnh phân cấp.', {number: '04/NQ-CP', issuer: 'Chính phủ', date: '2022-01-10', title: 'đẩy mạnh phân cấp'}],
    ['THỰC HIỆN NGHỊ QUYẾT SỐ 131/NQ-CP NGÀY 06/10/2022 CỦA CHÍNH PHỦ VỀ ĐẨY MẠNH CẢI CÁCH', {docType: 'Nghị quyết', number: '131/NQ-CP', date: '2022-10-06', issuer: 'Chính phủ'}],
    ['Kế hoạch số 1173/KH-UBND ngày 11/5/2016.', {docType: 'Kế hoạch', number: '1173/KH-UBND', date: '2016-05-11'}],
    ['ban hành số 1173/KH-UBND ngày 11/5/2016', {docType: 'Kế hoạch', number: '1173/KH-UBND'}],
    ['Quyết định số 3037/QĐ-UBND ngày 21 tháng 12 năm 2021 của Ủy ban nhân dân tỉnh về việc ban hành Chương trình cải cách hành chính;', {title: 'ban hành Chương trình cải cách hành chính'}],
    ['Nghị quyết số 1/NQ-CP ngày 31/02/2021.', {number: '1/NQ-CP', date: null, year: 2021}],
    ['Căn cứ Thông tư liên tịch số 01/2015/TTLT-BNV-BTC ngày 14/9/2015 của Bộ Nội vụ và Bộ Tài chính;', {docType: 'Thông tư liên tịch', number: '01/2015/TTLT-BNV-BTC', issuer: 'Bộ Nội vụ và Bộ Tài chính'}],
    // The session after the issuer ("khóa X, kỳ họp thứ 12") goes with it; the title follows.
    ['Căn cứ Nghị quyết số 27/NQ-HĐND ngày 10/12/2023 của HĐND tỉnh khóa X, kỳ họp thứ 12 về kế hoạch phát triển kinh tế - xã hội năm 2024;', {number: '27/NQ-HĐND', date: '2023-12-10', issuer: 'Hội đồng nhân dân tỉnh khóa X', title: 'kế hoạch phát triển kinh tế - xã hội năm 2024'}],
    ['Căn cứ Nghị quyết số 12/NQ-HĐND ngày 8/7/2022 của HĐND tỉnh khóa X, kỳ họp thứ mười hai về phát triển du lịch;', {number: '12/NQ-HĐND', title: 'phát triển du lịch'}],
    // Two offices of one minister: "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ" is one issuer.
    ['Căn cứ Quyết định số 1199/QĐ-VPCP ngày 30/12/2021 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ về việc ban hành Quy chế;', {issuer: 'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ', title: 'ban hành Quy chế'}],
    // Party style: the term in brackets after the issuer, the title quoted, "về" dropped as it is unquoted.
    ['thực hiện Chỉ thị số 05-CT/TW, ngày 15-5-2016 của Bộ Chính trị (khóa XII) "về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh";', {number: '05-CT/TW', date: '2016-05-15', issuer: 'Bộ Chính trị', title: 'đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh'}],
    ['Căn cứ Nghị quyết số 27-NQ/TW ngày 9/11/2022 của Ban Chấp hành Trung ương Đảng khóa XIII "Về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền";', {issuer: 'Ban Chấp hành Trung ương Đảng khóa XIII', title: 'tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền'}],
    // "(sau đây gọi tắt là Kết luận 50)": the short name given in brackets ends the title.
    ['Thực hiện Kết luận số 50-KL/TW, ngày 28-02-2023 của Ban Bí thư về tiếp tục thực hiện Chỉ thị 05 (sau đây gọi tắt là Kết luận 50), Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch như sau:', {number: '50-KL/TW', title: 'tiếp tục thực hiện Chỉ thị 05'}],
    // A consolidated text (văn bản hợp nhất) of the Office of the National Assembly.
    ['Căn cứ Văn bản hợp nhất số 05/VBHN-VPQH ngày 15/7/2020 của Văn phòng Quốc hội;', {docType: 'Văn bản hợp nhất', number: '05/VBHN-VPQH', date: '2020-07-15', issuer: 'Văn phòng Quốc hội', issuerCode: 'VPQH'}],
    ['Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 05/01/2022.', {docType: 'Tờ trình', number: '45/TTr-SNV', date: '2022-01-05'}],
    ['Căn cứ Quyết định số 12/QĐ-UBND ban hành ngày 05/5/2023;', {number: '12/QĐ-UBND', date: '2023-05-05', title: null}],
    ['Căn cứ Quyết định số 12/QĐ-UBND được ký ngày 05/5/2023 của UBND tỉnh về việc phê duyệt Đề án;', {date: '2023-05-05', issuer: 'Ủy ban nhân dân tỉnh', title: 'phê duyệt Đề án'}],
    ['Căn cứ Quyết định số 12/QĐ-UBND ngày 05.5.2023 của UBND tỉnh;', {date: '2023-05-05'}],
    ['Căn cứ Quyết định số 1024/QĐ-UBND ngày 25/12/2024 của UBND huyện về việc giao chỉ tiêu năm 2025,', {title: 'giao chỉ tiêu năm 2025'}],
    ['Thực hiện Kế hoạch số 3456/KH-UBND ngày 28/12/2023 của UBND tỉnh về cải cách hành chính năm 2024, Sở Nội vụ đề nghị các cơ quan, đơn vị:', {title: 'cải cách hành chính năm 2024'}],
    ['Thực hiện Chỉ thị số 05/CT-UBND ngày 02/3/2024 của UBND tỉnh về tăng cường kỷ luật, Phòng Nội vụ yêu cầu các xã báo cáo.', {title: 'tăng cường kỷ luật'}],
    // A news lead: the plan itself is the subject of the sentence the citation opens.
    ['Thực hiện Kế hoạch số 312/KH-UBND ngày 20/12/2024 của UBND huyện Yên Dũng về cải cách hành chính năm 2025, Kế hoạch đặt mục tiêu tiếp tục đẩy mạnh cải cách thủ tục hành chính.', {title: 'cải cách hành chính năm 2025'}],
    ['Thực hiện Nghị quyết số 08/NQ-HĐND ngày 10/7/2024 của HĐND tỉnh về phát triển du lịch, Kế hoạch đề ra 05 nhóm giải pháp.', {title: 'phát triển du lịch'}]
  ])('%s', (text, expected) => {
    expect(only(text)).toMatchObject(expected)
  })

  it('a date after ngày with "D tháng M, năm Y" and a Cyrillic С in the code', () => {
    expect(only('Nghị quyết số 76/NQ-\u0421P ngày 15 tháng 7 năm 2021.').number).toBe('76/NQ-CP')
  })

  it('"… số 02/NQ-CP cùng ngày": dated as the citation before it', () => {
    const list = cite('Thực hiện Nghị quyết số 01/NQ-CP ngày 05/01/2024 và Nghị quyết số 02/NQ-CP cùng ngày của Chính phủ.')
    expect(list.map((c) => [c.number, c.date, c.issuer])).toEqual([
      ['01/NQ-CP', '2024-01-05', 'Chính phủ'],
      ['02/NQ-CP', '2024-01-05', 'Chính phủ']
    ])
  })

  it('a quoted name inside a title keeps both its quotes; quotes around the whole title go, and "về" with them as unquoted', () => {
    expect(only('Căn cứ Quyết định số 1291/QĐ-BNV ngày 31/12/2019 của Bộ trưởng Bộ Nội vụ phê duyệt Đề án "Xác định Chỉ số cải cách hành chính";').title).toBe('phê duyệt Đề án "Xác định Chỉ số cải cách hành chính"')
    expect(only('Thực hiện Nghị quyết số 05-NQ/TU ngày 20-01-2022 của Ban Thường vụ Thành ủy "về đẩy mạnh chuyển đổi số";').title).toBe('đẩy mạnh chuyển đổi số')
    expect(only('Thực hiện Nghị quyết số 05-NQ/TU ngày 20-01-2022 của Ban Thường vụ Thành ủy về đẩy mạnh chuyển đổi số;').title).toBe('đẩy mạnh chuyển đổi số')
  })
})

describe('the part of an instrument cited (pinpoint: "khoản 2 Điều 5 Nghị định số …")', () => {
  it('is kept on each mention and its node, the instrument still one entry', () => {
    const text = 'Căn cứ khoản 2 Điều 5 Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ; theo điểm a khoản 1 Điều 12 của Luật Cán bộ, công chức; tại Mục 2 Chương II Thông tư số 04/2021/TT-BNV; tại Phụ lục II Quyết định số 2/QĐ-UBND; Điều 10a Luật Đầu tư công 2019; theo Nghị định số 30/2020/NĐ-CP.'
    const list = cite(text)
    expect(list.map((c) => [c.key, c.mentions.map((m) => m.pin)])).toEqual([
      ['30/2020/NĐ-CP', ['khoản 2 Điều 5', null]],
      ['Luật:can bo, cong chuc', ['điểm a khoản 1 Điều 12']],
      ['04/2021/TT-BNV', ['Mục 2 Chương II']],
      ['2/QĐ-UBND', ['Phụ lục II']],
      ['Luật:dau tu cong', ['Điều 10a']]
    ])
    const pins: Array<string | null> = []
    walk(parsePlan(text), (node) => {
      if (node.type === 'citation') pins.push((node as {pin: string | null}).pin)
    })
    expect(pins[0]).toBe('khoản 2 Điều 5')
  })

  it('no pin from words that only look like one ("… và 5 Nghị định", "cấp 2 Luật")', () => {
    expect(cite('Căn cứ các năm 2020 và 5 Nghị định số 30/2020/NĐ-CP.').map((c) => c.mentions[0]!.pin)).toEqual([null])
  })
})

describe('instruments cited by name', () => {
  it.each([
    ['Căn cứ Luật Đầu tư công 2019;', {docType: 'Luật', name: 'Đầu tư công', year: 2019, number: null, issuer: 'Quốc hội'}],
    ['Căn cứ Pháp lệnh Dân số năm 2003;', {docType: 'Pháp lệnh', issuer: 'Ủy ban Thường vụ Quốc hội'}],
    ['Căn cứ Thông tư liên tịch số 02/2016/TTLT-BTP-BNV-BTC;', {issuer: 'Bộ Tư pháp, Bộ Nội vụ và Bộ Tài chính', issuerCode: 'BTP-BNV-BTC'}],
    ['- 1 Luật ngân sách nhà nước 2015', {docType: 'Luật', name: 'ngân sách nhà nước', year: 2015}],
    ['theo quy định của Luật Ngân sách nhà nước và các văn bản hướng dẫn.', {docType: 'Luật', name: 'Ngân sách nhà nước'}],
    ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;', {name: 'Tổ chức chính quyền địa phương', date: '2015-06-19'}],
    ['Căn cứ Hiến pháp năm 2013;', {docType: 'Hiến pháp', year: 2013}],
    ['Căn cứ Nghị quyết Đại hội Đảng bộ tỉnh An Giang lần thứ XI nhiệm kỳ 2020-2025 xác định khâu đột phá', {docType: 'Nghị quyết', name: 'Đại hội Đảng bộ tỉnh An Giang lần thứ XI nhiệm kỳ 2020-2025'}],
    ['theo Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 của Chính phủ;', {docType: 'Chương trình', name: 'tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030', issuer: 'Chính phủ'}]
  ])('%s', (text, expected) => {
    expect(only(text)).toMatchObject(expected)
  })

  it('an amending law is named by the laws it amends, each an "amends" relation', () => {
    const list = cite(
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;'
    )
    expect(list.map((c) => [c.name, c.date])).toEqual([
      ['Tổ chức chính quyền địa phương', '2015-06-19'],
      ['sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương', '2019-11-22']
    ])
    expect(list[1]!.relations).toEqual([
      {type: 'amends', target: null, text: 'Luật Tổ chức Chính phủ'},
      {type: 'amends', target: list[0]!.key, text: ''}
    ])
  })

  it('the year after a list of amended laws is the amending law\'s ("… Luật Cán bộ, công chức và Luật Viên chức năm 2019")', () => {
    const list = cite('Căn cứ Luật Cán bộ, công chức năm 2008; Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức năm 2019;')
    expect(list.map((c) => [c.name, c.year])).toEqual([
      ['Cán bộ, công chức', 2008],
      ['sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức', 2019]
    ])
    expect(list[1]!.relations.map((r) => [r.target, r.text])).toEqual([[list[0]!.key, ''], [null, 'Luật Viên chức']])
  })

  it('each amended law with no entry of its own keeps its relation ("… của Luật Cán bộ, công chức và Luật Viên chức")', () => {
    const list = cite('Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức ngày 25 tháng 11 năm 2019;')
    expect(list).toHaveLength(1)
    expect(list[0]!.relations.map((r) => [r.type, r.target, r.text])).toEqual([
      ['amends', null, 'Luật Cán bộ, công chức'],
      ['amends', null, 'Luật Viên chức']
    ])
  })
})

describe('not citations', () => {
  it.each([
    ['Hàng năm, phấn đấu có ít nhất 03 sáng kiến.'],
    ['Năng suất tối thiểu là 1.600 hồ sơ/năm.'],
    ['phấn đấu trong nhóm 10/63 tỉnh, thành phố.'],
    ['An Giang, ngày 23/12/2021'],
    ['Liên hệ: 0296.3852.123 hoặc 0912-345-678.'],
    ['1.1. Mục tiêu chung; 2.3. Nội dung'],
    ['Căn cứ Kế hoạch này, các cơ quan triển khai.'],
    ['Triển khai Kế hoạch hành động này đến cán bộ.'],
    ['văn bản quy phạm pháp luật của tỉnh; tuyên truyền pháp Luật.'],
    ['các quyết định, nghị quyết của cấp trên'],
    ['giai đoạn 2021-2025, 2021 - 2030'],
    ['Chương trình hành động của Tỉnh ủy về cải cách hành chính'],
    ['mức độ 3, 4; tỷ lệ 80%/năm'],
    ['COVID-19 và 5G/4G'],
    ['Mời Luật sư Nguyễn Văn A; Luật gia của tỉnh tham gia.'],
    ['Rà soát các Luật chuyên ngành, các Luật hiện hành; theo Luật định.']
  ])('%s', (text) => {
    expect(cite(text)).toEqual([])
  })

  it("the plan's own number is not a citation", () => {
    const plan = parsePlan('Số: 803/KH-UBND\nAn Giang, ngày 23 tháng 12 năm 2021\nI. NỘI DUNG\n- Triển khai Kế hoạch số 803/KH-UBND đến cán bộ.')
    expect(plan.citations).toEqual([])
  })
})

describe('resolution of later mentions', () => {
  const text = [
    'Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;',
    'Thực hiện Kế hoạch số 29-KH/HU ngày 23/9/2021 của Ban Thường vụ Huyện ủy;',
    'I. MỤC ĐÍCH',
    '- Đẩy mạnh cải cách hành chính theo Nghị quyết số 76/NQ-CP của Chính phủ.',
    '- Thực hiện Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP của Chính phủ.',
    '- Theo Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018.',
    '- Nghị quyết số 76/NQ-CP ngày 16/7/2021.'
  ].join('\n')
  const plan = parsePlan(text)
  const byKey = new Map(plan.citations.map((c) => [c.key, c]))

  it('one entry per instrument, every mention kept', () => {
    expect(plan.citations.map((c) => c.key)).toEqual(['76/NQ-CP', 'Chương trình:tong the cai cach hanh chinh nha nuoc giai doan 2021-2030', '29-KH/HU', '107/2021/NĐ-CP', '61/2018/NĐ-CP'])
    expect(byKey.get('76/NQ-CP')!.mentions.map((m) => [m.position.start.line, m.origin])).toEqual([[1, 'preamble'], [4, 'body'], [7, 'body']])
  })

  it('a short mention inherits date and issuer', () => {
    const nodes = JSON.parse(JSON.stringify(plan.children)) as unknown[]
    const citations: Array<{key: string; date: string | null}> = []
    const walk = (n: {type?: string; children?: unknown[]} & Record<string, unknown>): void => {
      if (n.type === 'citation') citations.push(n as unknown as {key: string; date: string | null})
      for (const c of n.children ?? []) walk(c as never)
    }
    for (const n of nodes) walk(n as never)
    expect(citations.filter((c) => c.key === '76/NQ-CP').map((c) => c.date)).toEqual(['2021-07-15', '2021-07-15', '2021-07-15'])
  })

  it('a later mention with a different date is a diagnostic', () => {
    const d = plan.diagnostics.find((x) => x.ruleId === 'citation-conflict')
    expect(d?.message).toBe('Unexpected date 2021-07-16 for 76/NQ-CP, expected 2021-07-15 as first cited: kept the first')
    expect(d?.position.start.line).toBe(7)
  })

  it('relations point to the instrument they name', () => {
    expect(byKey.get('107/2021/NĐ-CP')!.relations).toEqual([{type: 'amends', target: '61/2018/NĐ-CP', text: ''}])
    expect(byKey.get('61/2018/NĐ-CP')!.date).toBe('2018-04-23')
  })

  it('a relation said of the citing instrument ("…, được sửa đổi, bổ sung bởi Nghị định …") is held by the one it names, and ends the title', () => {
    const p = parsePlan('II. NHIỆM VỤ\n1. Rà soát các văn bản theo Nghị định số 52/2013/NĐ-CP ngày 16/5/2013 của Chính phủ về thương mại điện tử, được sửa đổi, bổ sung bởi Nghị định số 85/2021/NĐ-CP ngày 25/9/2021.')
    const entries = new Map(p.citations.map((c) => [c.key, c]))
    expect(entries.get('52/2013/NĐ-CP')).toMatchObject({title: 'thương mại điện tử', relations: []})
    expect(entries.get('85/2021/NĐ-CP')!.relations).toEqual([{type: 'amends', target: '52/2013/NĐ-CP', text: ''}])
    const replaced = parsePlan('II. NHIỆM VỤ\n1. Thực hiện Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ Nội vụ hướng dẫn thể thức văn bản, đã được thay thế bởi Thông tư số 01/2024/TT-BNV.')
    expect(replaced.citations.find((c) => c.key === '01/2024/TT-BNV')!.relations).toEqual([{type: 'replaces', target: '01/2011/TT-BNV', text: ''}])
    expect(replaced.citations.find((c) => c.key === '01/2011/TT-BNV')!.title).toBe('hướng dẫn thể thức văn bản')
  })

  it('preamble clauses link to the instruments they cite, with roles', () => {
    const preamble = plan.children.find((c) => c.type === 'preamble') as {children: Array<{type: string; citations?: string[]}>}
    expect(preamble.children.filter((c) => c.type === 'clause').map((c) => c.citations)).toEqual([['76/NQ-CP', 'Chương trình:tong the cai cach hanh chinh nha nuoc giai doan 2021-2030'], ['29-KH/HU']])
    expect(byKey.get('76/NQ-CP')!.roles).toEqual(['basis'])
    expect(byKey.get('29-KH/HU')!.roles).toEqual(['implementing'])
    expect(byKey.get('Chương trình:tong the cai cach hanh chinh nha nuoc giai doan 2021-2030')!.roles).toEqual([])
  })
})

describe('related-documents lists', () => {
  it('mark their instruments as coming from the list, with relations', () => {
    const list = cite('- 1 Nghị định 107/2020/NĐ-CP sửa đổi Nghị định 24/2014/NĐ-CP quy định về tổ chức các cơ quan chuyên môn\n- 2 Nghị quyết 19-NQ/TW năm 2017 về tiếp tục đổi mới do Ban Chấp hành Trung ương ban hành\nI. NỘI DUNG')
    expect(list.map((c) => [c.key, c.origins])).toEqual([
      ['107/2020/NĐ-CP', ['related']],
      ['24/2014/NĐ-CP', ['related']],
      ['19-NQ/TW', ['related']]
    ])
    expect(list[0]!.relations).toEqual([{type: 'amends', target: '24/2014/NĐ-CP', text: ''}])
    expect(list[2]).toMatchObject({year: 2017, issuer: 'Ban Chấp hành Trung ương', title: 'tiếp tục đổi mới'})
  })
})

describe('short mentions without codes ("Nghị định 30/2020", "Nghị quyết 30c", "Chỉ thị 05")', () => {
  const text = 'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;\nCăn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ;\nThực hiện Chỉ thị số 05-CT/TU ngày 20-4-2021 của Ban Thường vụ Tỉnh ủy;\nI. MỤC ĐÍCH\n1. Triển khai Nghị định 30/2020 và Nghị quyết 30c.\n2. Quán triệt Chỉ thị 5, Kế hoạch 5 năm và Chương trình 100 ngày.\n3. Thực hiện Quyết định 12/2021.'

  it('resolve to the one numbered instrument of that type they abbreviate', () => {
    const list = cite(text)
    expect(list.map((c) => [c.key, c.mentions.length])).toEqual([
      ['30/2020/NĐ-CP', 2],
      ['30c/NQ-CP', 2],
      ['05-CT/TU', 2],
      ['Quyết định:12/2021', 1]
    ])
  })

  it('stay text when they are no number ("Kế hoạch 5 năm", "Chương trình 100 ngày")', () => {
    const plan = parsePlan(text)
    expect(plan.citations.some((c) => c.docType === 'Kế hoạch' || c.docType === 'Chương trình')).toBe(false)
    expect(plan.diagnostics).toEqual([])
  })

  it('cited by nothing longer ("Quyết định 12/2021") are instruments known by their short number', () => {
    expect(parsePlan(text).citations.find((c) => c.docType === 'Quyết định')).toMatchObject({key: 'Quyết định:12/2021', number: null, shortNumber: '12/2021', year: 2021})
  })

  it('a national instrument cited in the plan\'s own title does not take the plan\'s locality ("… giai đoạn 2021-2030 trên địa bàn tỉnh")', () => {
    const list = cite('KẾ HOẠCH\nTriển khai thực hiện Nghị quyết số 76/NQ-CP\nngày 15/7/2021 của Chính phủ ban hành Chương trình\ntổng thể cải cách hành chính nhà nước\ngiai đoạn 2021-2030 trên địa bàn tỉnh\nI. MỤC TIÊU\n- Nội dung.')
    expect(list.find((c) => c.key === '76/NQ-CP')?.title).toBe('ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030')
    expect(cite('Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2024 của UBND huyện về cải cách hành chính trên địa bàn huyện;')[0]?.title).toBe('cải cách hành chính trên địa bàn huyện')
    // The locality named after it ("… trên địa bàn tỉnh Phú Thọ"), over hard-wrapped lines.
    const named = cite('KẾ HOẠCH\nThực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về\nđột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi\nsố quốc gia trên địa bàn tỉnh Phú Thọ\nI. MỤC TIÊU\n- Nội dung.')
    expect(named.find((c) => c.key === '57-NQ/TW')?.title).toBe('đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia')
    // Words in lower case after it are no locality's name: the title keeps them.
    expect(cite('Căn cứ Quyết định số 5/QĐ-TTg ngày 05/01/2024 của Thủ tướng Chính phủ về quản lý đất đai trên địa bàn các tỉnh miền núi phía Bắc;')[0]?.title).toBe('quản lý đất đai trên địa bàn các tỉnh miền núi phía Bắc')
  })

  it('"phê duyệt Đề án phát triển … (gọi tắt là Đề án 06)": the short name is an instrument of its own, named by the title it is given in', () => {
    const list = cite('Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư giai đoạn 2022 - 2025 (sau đây gọi tắt là Đề án 06);\nI. MỤC TIÊU\n- Triển khai hiệu quả Đề án 06 trên địa bàn tỉnh.')
    expect(list.map((c) => [c.key, c.title, c.mentions.length])).toEqual([
      // The bracket that gives the short name is no part of the decision's title.
      ['06/QĐ-TTg', 'phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư giai đoạn 2022 - 2025', 1],
      ['Đề án:6', 'phát triển ứng dụng dữ liệu về dân cư giai đoạn 2022 - 2025', 2]
    ])
  })

  it('"phê duyệt Đề án … (Đề án 06)": a bracket alone gives the alias, the decision approves it, and "Đề án 06 hiệu quả" later is the same', () => {
    const list = cite('Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư (Đề án 06);\nI. MỤC TIÊU\n- Triển khai Đề án 6 hiệu quả.')
    expect(list.map((c) => [c.key, c.title, c.relations, c.mentions.length])).toEqual([
      ['06/QĐ-TTg', 'phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư (Đề án 06)', [{type: 'approves', target: 'Đề án:6', text: ''}], 1],
      ['Đề án:6', 'phát triển ứng dụng dữ liệu về dân cư', [], 2]
    ])
  })

  it('a short form before any other word reads as a citation only once the plan has used it ("Kế hoạch 2 năm", "Chương trình 100 ngày" are not)', () => {
    expect(cite('I. MỤC TIÊU\n- Thực hiện Kế hoạch 2 năm tới và Chương trình 100 ngày đầu.')).toEqual([])
  })

  it('"Quyết định … ban hành Kế hoạch …" issues the plan it names', () => {
    expect(only('Căn cứ Quyết định số 1520/QĐ-UBND ngày 28/02/2023 của UBND huyện ban hành Kế hoạch Cải cách hành chính năm 2023 của huyện;').relations).toEqual([
      {type: 'issues', target: null, text: 'Kế hoạch Cải cách hành chính năm 2023 của huyện'}
    ])
  })

  it('"Chỉ thị 05 của Thủ tướng Chính phủ", "Kế hoạch 112 của Tỉnh ủy": the short number with its issuer; "Chỉ thị 5" later is the same', () => {
    const list = cite('I. MỤC ĐÍCH\n1. Thực hiện Chỉ thị 05 của Thủ tướng Chính phủ; Kế hoạch 112 của Tỉnh ủy.\n2. Quán triệt Chỉ thị 5.')
    expect(list.map((c) => [c.key, c.shortNumber, c.number, c.issuer, c.mentions.length])).toEqual([
      ['Chỉ thị:5', '05', null, 'Thủ tướng Chính phủ', 2],
      ['Kế hoạch:112', '112', null, 'Tỉnh ủy', 1]
    ])
  })

  it('in lower case and resolved by nothing they name no instrument ("thực hiện chương trình 1 và chương trình 2")', () => {
    expect(cite('I. MỤC ĐÍCH\n1. Thực hiện chương trình 1 và chương trình 2 của năm học.')).toEqual([])
  })

  it('"Nghị định 30/2020" never cited in full is completed: only the Chính phủ issues a Nghị định', () => {
    expect(only('theo Nghị định 30/2020 về công tác văn thư.')).toMatchObject({number: '30/2020/NĐ-CP', issuer: 'Chính phủ', issuerCode: 'CP', year: 2020, title: 'công tác văn thư'})
  })

  it('an abbreviation two numbers share is left alone', () => {
    const list = cite('Căn cứ Quyết định số 12/QĐ-UBND ngày 02/01/2023 và Quyết định số 12/QĐ-TTg ngày 03/01/2023;\nI. MỤC ĐÍCH\n1. Theo Quyết định 12.')
    expect(list.map((c) => [c.key, c.mentions.length])).toEqual([
      ['12/QĐ-UBND', 1],
      ['12/QĐ-TTg', 1]
    ])
  })
})

describe('issuer codes of ministries, departments and party bodies (grammars/issuer-codes.ts)', () => {
  it.each([
    ['Công văn số 33/LĐTBXH-VP ngày 06/01/2023.', 'Bộ Lao động - Thương binh và Xã hội'],
    ['Kế hoạch số 12/KH-SYT ngày 06/01/2023.', 'Sở Y tế'],
    ['Quyết định số 45/QĐ-TTCP ngày 06/01/2023.', 'Thanh tra Chính phủ'],
    ['Hướng dẫn số 05-HD/BTGTU ngày 06/01/2023.', 'Ban Tuyên giáo Tỉnh ủy'],
    ['Lệnh số 05/2023/L-CTN ngày 20/6/2023.', 'Chủ tịch nước']
  ])('%s', (text, issuer) => {
    expect(only(text).issuer).toBe(issuer)
  })
})

describe('the type read from the number alone ("căn cứ số 12/TTr-UBND"), old codes included', () => {
  it.each([
    ['theo đề nghị tại số 12/TTr-UBND ngày 03/3/2023.', 'Tờ trình'],
    ['thực hiện số 04/2021/TT-BNV ngày 05/7/2021.', 'Thông tư'],
    ['theo số 05/TTh-UBND ngày 01/01/2010 (Bản thỏa thuận, mã cũ).', 'Bản thỏa thuận'],
    ['theo số 03/GN-UBND ngày 01/01/2010.', 'Bản ghi nhớ']
  ])('%s → %s', (text, docType) => {
    expect(only(text).docType).toBe(docType)
  })
})

describe('the constitution, however it is named ("Hiến pháp năm 2013", "Hiến pháp 2013", "Hiến pháp nước Cộng hòa … năm 2013")', () => {
  it('is one instrument a year', () => {
    const list = cite('Căn cứ Hiến pháp năm 2013; Hiến pháp 2013; Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013.')
    expect(list.map((c) => [c.key, c.docType, c.year, c.mentions.length])).toEqual([['Hiến pháp:2013', 'Hiến pháp', 2013, 3]])
  })

  it('a law is not named by a year alone ("Luật 2019 về …")', () => {
    expect(cite('Theo Luật 2019 về đầu tư.')).toEqual([])
  })
})

describe('names that hold "số" ("Pháp lệnh Dân số", "Chương trình Chuyển đổi số quốc gia đến năm 2025") and a number after the name', () => {
  it('"số" ends a name only before a number', () => {
    const list = cite('Căn cứ Pháp lệnh Dân số; Luật Công nghiệp công nghệ số năm 2025; Luật Thủy sản số 18/2017/QH14.')
    expect(list.map((c) => [c.key, c.name, c.number])).toEqual([
      ['Pháp lệnh:dan so', 'Dân số', null],
      ['Luật:cong nghiep cong nghe so', 'Công nghiệp công nghệ số', null],
      ['18/2017/QH14', 'Thủy sản', '18/2017/QH14']
    ])
  })

  it('a programme named to a year ("… đến năm 2025") keeps the year in its name', () => {
    const list = cite('phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030.')
    expect(list.map((c) => [c.key, c.name, c.year])).toEqual([['Chương trình:chuyen doi so quoc gia den nam 2025', 'Chuyển đổi số quốc gia đến năm 2025', null]])
  })
})

describe('names with a comma, and longer type names', () => {
  it('"Luật Cán bộ, công chức", "Luật Phòng, chống tham nhũng", but not "Luật Đất đai, các Nghị định"', () => {
    const list = cite('Căn cứ Luật Cán bộ, công chức năm 2008; Luật Phòng, chống tham nhũng năm 2018; Luật Đất đai, các Nghị định hướng dẫn;')
    expect(list.map((c) => [c.name, c.year])).toEqual([
      ['Cán bộ, công chức', 2008],
      ['Phòng, chống tham nhũng', 2018],
      ['Đất đai', null]
    ])
  })

  it('issuer codes of the bodies formed in 2025 ("KH-SNNMT", "TT-BNNMT", "HD/BTGDVTW")', () => {
    expect(cite('Thực hiện Kế hoạch số 12/KH-SNNMT; Thông tư số 10/2025/TT-BNNMT; Hướng dẫn số 05-HD/BTGDVTW;').map((c) => c.issuer)).toEqual([
      'Sở Nông nghiệp và Môi trường',
      'Bộ Nông nghiệp và Môi trường',
      'Ban Tuyên giáo và Dân vận Trung ương'
    ])
  })

  it('"số76/NQ-CP" glued to its word, and an issuer in another case ("của Chính Phủ", "của BỘ NỘI VỤ") in its own spelling', () => {
    expect(cite('Căn cứ Nghị quyết số76/NQ-CP ngày 15/7/2021 của Chính Phủ; Quyết định số 12/QĐ-BNV của BỘ NỘI VỤ;').map((c) => [c.number, c.issuer])).toEqual([
      ['76/NQ-CP', 'Chính phủ'],
      ['12/QĐ-BNV', 'Bộ Nội vụ']
    ])
  })

  it.each([
    ['Căn cứ Luật Ban hành văn bản quy phạm pháp luật năm 2015;', 'Ban hành văn bản quy phạm pháp luật', 2015],
    ['Căn cứ Luật Phòng, chống tác hại của rượu, bia năm 2019;', 'Phòng, chống tác hại của rượu, bia', 2019],
    ['Căn cứ Luật Thực hiện dân chủ ở cơ sở năm 2022;', 'Thực hiện dân chủ ở cơ sở', 2022],
    ['Căn cứ Luật Thi đua, Khen thưởng năm 2022;', 'Thi đua, Khen thưởng', 2022],
    ['Căn cứ Luật Thực hành tiết kiệm, chống lãng phí ngày 26 tháng 11 năm 2013;', 'Thực hành tiết kiệm, chống lãng phí', 2013],
    ['Căn cứ Luật Phòng cháy và chữa cháy năm 2001;', 'Phòng cháy và chữa cháy', 2001]
  ])('a law whose name holds a stop word or a comma: %s', (text, name, year) => {
    expect(cite(text).map((c) => [c.docType, c.name, c.year])).toEqual([['Luật', name, year]])
  })

  it('"Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW": the number is the resolution\'s, not the programme\'s (no issuer before a number across a verb or a type)', () => {
    const list = cite('Căn cứ Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ sửa đổi, bổ sung, cập nhật Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW;')
    expect(list.map((c) => [c.docType, c.number])).toEqual([
      ['Nghị quyết', '71/NQ-CP'],
      ['Nghị quyết', '57-NQ/TW']
    ])
  })

  it('"Kế hoạch của UBND tỉnh số 45/KH-UBND": the issuer said before the number', () => {
    expect(only('Căn cứ Kế hoạch của UBND tỉnh Hà Giang số 45/KH-UBND ngày 20/01/2024 về chuyển đổi số;')).toMatchObject({number: '45/KH-UBND', issuer: 'Ủy ban nhân dân tỉnh Hà Giang', date: '2024-01-20'})
  })

  it('"Pháp lệnh Ưu đãi người có công với cách mạng" keeps its stop words; "Nghị quyết Trung ương 4 khóa XII" is named by plenum and term', () => {
    expect(cite('Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng năm 2020; Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng;').map((c) => [c.docType, c.name, c.year])).toEqual([
      ['Pháp lệnh', 'Ưu đãi người có công với cách mạng', 2020],
      ['Nghị quyết', 'Trung ương 4 khóa XII', null]
    ])
  })

  it('"Thông báo kết luận số 12/TB-VPCP" is a Thông báo', () => {
    expect(only('Thực hiện Thông báo kết luận số 12/TB-VPCP ngày 15/01/2024 của Văn phòng Chính phủ;')).toMatchObject({docType: 'Thông báo', number: '12/TB-VPCP'})
  })
})

describe('"của UBND tỉnh" completed with the province', () => {
  const preamble = 'Căn cứ Quyết định số 1258/QĐ-UBND ngày 10/8/2021 của UBND tỉnh Tây Ninh ban hành Kế hoạch cải cách hành chính;\nCăn cứ Kế hoạch số 4102/KH-UBND ngày 20/12/2024 của UBND tỉnh về cải cách hành chính năm 2025;\n'
  const issuers = (header: string, body = preamble): Array<string | null> => {
    const text = `${header}\nKẾ HOẠCH\nCải cách hành chính năm 2025\n${body}I. MỤC ĐÍCH\n- Nâng cao hiệu quả.`
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    return plan.citations.filter((c) => c.number !== null).map((c) => c.issuer)
  }

  it('from the plan\'s own issuer ("Sở Nội vụ tỉnh Quảng Ngãi")', () => {
    expect(issuers('UBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ\nSố: 5/KH-SNV', 'Căn cứ Kế hoạch số 4102/KH-UBND ngày 20/12/2024 của UBND tỉnh về cải cách hành chính năm 2025;\n')).toEqual(['Ủy ban nhân dân tỉnh Quảng Ngãi'])
  })

  it('in a district\'s plan, from the one province its other citations name', () => {
    expect(issuers('ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH\nSố: 215/KH-UBND')).toEqual(['Ủy ban nhân dân tỉnh Tây Ninh', 'Ủy ban nhân dân tỉnh Tây Ninh'])
  })

  it('not from a term said after the level ("HĐND tỉnh khóa X")', () => {
    expect(issuers('ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH\nSố: 215/KH-UBND', 'Căn cứ Nghị quyết số 27/NQ-HĐND ngày 10/12/2023 của HĐND tỉnh khóa X về kế hoạch năm 2024;\nCăn cứ Kế hoạch số 4102/KH-UBND ngày 20/12/2024 của UBND tỉnh về cải cách hành chính năm 2025;\n')).toEqual(['Hội đồng nhân dân tỉnh khóa X', 'Ủy ban nhân dân tỉnh'])
  })

  it('not when the citations name two provinces', () => {
    const two = preamble + 'Căn cứ Quyết định số 77/QĐ-UBND ngày 01/02/2022 của UBND tỉnh Long An về liên kết vùng;\n'
    expect(issuers('ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH\nSố: 215/KH-UBND', two)).toEqual(['Ủy ban nhân dân tỉnh Tây Ninh', 'Ủy ban nhân dân tỉnh', 'Ủy ban nhân dân tỉnh Long An'])
  })
})

describe('numbers listed one after another share the date and issuer said after the last', () => {
  it('"Nghị quyết số 01/NQ-CP và số 02/NQ-CP ngày 05/01/2024 của Chính phủ"; "Quyết định số 2151/QĐ-UBND, Quyết định số 2152/QĐ-UBND ngày …"', () => {
    expect(cite('Căn cứ các Nghị quyết số 01/NQ-CP và số 02/NQ-CP ngày 05/01/2024 của Chính phủ;').map((c) => [c.key, c.date, c.issuer])).toEqual([
      ['01/NQ-CP', '2024-01-05', 'Chính phủ'],
      ['02/NQ-CP', '2024-01-05', 'Chính phủ']
    ])
    expect(cite('Thực hiện Quyết định số 2151/QĐ-UBND, Quyết định số 2152/QĐ-UBND ngày 20/10/2023 của UBND tỉnh Bình Định;').map((c) => [c.key, c.date, c.issuer])).toEqual([
      ['2151/QĐ-UBND', '2023-10-20', 'Ủy ban nhân dân tỉnh Bình Định'],
      ['2152/QĐ-UBND', '2023-10-20', 'Ủy ban nhân dân tỉnh Bình Định']
    ])
  })

  it('not across types or issuer codes, nor to a number with a date of its own', () => {
    expect(cite('Căn cứ Nghị quyết số 01/NQ-CP và Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ;').map((c) => [c.key, c.date])).toEqual([
      ['01/NQ-CP', null],
      ['06/QĐ-TTg', '2022-01-06']
    ])
    expect(cite('Căn cứ Nghị quyết số 01/NQ-CP ngày 03/01/2024, số 02/NQ-CP ngày 05/01/2024 của Chính phủ;').map((c) => [c.key, c.date])).toEqual([
      ['01/NQ-CP', '2024-01-03'],
      ['02/NQ-CP', '2024-01-05']
    ])
  })
})
