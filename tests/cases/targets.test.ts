/**
 * Chỉ tiêu (numeric targets): real sentences with the exact targets
 * expected; Vietnamese numbers; comparators; deadlines from the clause, the
 * lead-in and the plan; distributive lists; near-misses that are not targets.
 */

import {describe, expect, it} from 'vitest'
import {parsePlan, walk} from '../../src/index.js'
import type {Target} from '../../src/schema.js'
import {expectInvariants} from '../helpers.js'

/** Parse a body under "II. MỤC TIÊU" of a plan for 2021–2025; return its targets. */
function targets(body: string, heading = 'II. MỤC TIÊU'): Target[] {
  const text = `Số: 1/KH-UBND\nAn Giang, ngày 05 tháng 01 năm 2021\nKẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2021 - 2025\n${heading}\n${body}`
  const plan = parsePlan(text)
  expectInvariants(plan, text)
  return plan.targets
}

describe('Vietnamese numbers and units', () => {
  it.each([
    ['- Phấn đấu 50% hồ sơ giải quyết trực tuyến.', {value: 50, unit: '%', comparator: '=', year: 2025}],
    ['- Năng suất tiếp nhận hồ sơ tối thiểu là 1.600 hồ sơ/năm.', {value: 1600, unit: 'hồ sơ/năm', comparator: '>='}],
    ['- Tỷ lệ chi đạt tối thiểu 0,5%.', {value: 0.5, unit: '%', comparator: '>='}],
    ['- Hằng năm có ít nhất 03 sáng kiến được công nhận.', {value: 3, unit: 'sáng kiến', comparator: '>='}],
    ['- Tổ chức ít nhất 02 Hội nghị đối thoại.', {value: 2, unit: 'Hội nghị'.toLowerCase() === 'hội nghị' ? 'hội nghị' : '', comparator: '>='}],
    ['- Giảm thời gian chờ đợi xuống trung bình tối đa 15 phút/ lượt giao dịch.', {value: 15, unit: 'phút/lượt giao dịch', comparator: '<='}],
    ['- Chỉ số PAR INDEX đạt từ 90% trở lên.', {value: 90, unit: '%', comparator: '>='}],
    ['- Trên 99% hồ sơ được giải quyết đúng hạn.', {value: 99, unit: '%', comparator: '>'}],
    ['- Tỷ lệ hộ nghèo dưới 2%.', {value: 2, unit: '%', comparator: '<'}],
    ['- Chi phí tuân thủ không quá 5 triệu đồng/người/năm.', {value: 5, unit: 'triệu đồng/người/năm', comparator: '<='}],
    ['- Thu nhập bình quân đạt 80 triệu đồng/người/năm vào năm 2025 (a rate ends before "vào").', {value: 80, unit: 'triệu đồng/người/năm', year: 2025}],
    ['- Tỷ lệ tử vong trẻ em dưới 10‰.', {value: 10, unit: '‰', comparator: '<'}],
    ['- Tăng trưởng bình quân đạt 12,5 - 13,5%/năm.', {value: 12.5, unit: '%/năm', comparator: '='}],
    ['- Chỉ số PCI đạt 67,38 điểm.', {value: 67.38, unit: 'điểm', comparator: '='}],
    ['- Số bác sĩ đạt 12 bác sĩ/10.000 dân.', {value: 12, unit: 'bác sĩ/10.000 dân', comparator: '='}],
    ['- Tỷ lệ tội phạm giảm 5 vụ/100.000 dân.', {value: 5, unit: 'vụ/100.000 dân', change: 'decrease', subject: 'Tỷ lệ tội phạm'}],
    ['- Số ca mắc sốt xuất huyết dưới 50 ca/100.000 dân.', {value: 50, unit: 'ca/100.000 dân', comparator: '<'}],
    ['- Phấn đấu giải quyết việc làm cho 1.600 lao động.', {value: 1600, unit: 'lao động', comparator: '='}],
    ['- Phấn đấu đạt 1,2 triệu lượt khách du lịch.', {value: 1200000, unit: 'lượt', comparator: '='}],
    // "lượt người": visits of people, counted; the label before the colon names what is counted.
    ['- Số lượng cán bộ, công chức được bồi dưỡng kiến thức CCHC: 200 lượt người.', {value: 200, unit: 'lượt người', subject: 'Số lượng cán bộ, công chức được bồi dưỡng kiến thức CCHC'}],
    ['- Giảm số lượng phòng chuyên môn thuộc sở xuống còn 4 phòng.', {value: 4, unit: 'phòng', comparator: '<=', change: 'decrease', subject: 'số lượng phòng chuyên môn thuộc sở'}],
    ['- Mỗi xã, phường có ít nhất 01 tổ công nghệ số cộng đồng.', {value: 1, unit: 'tổ', comparator: '>=', subject: 'tổ công nghệ số cộng đồng của mỗi xã, phường'}],
    ['- Phấn đấu thành lập 03 tổ chức tín dụng.', {value: 3, unit: 'tổ chức'}],
    // Several actions said before a share, and the manner after what they are done to.
    ['- Tiếp nhận, giải quyết 100% hồ sơ đúng hạn.', {value: 100, unit: '%', subject: 'hồ sơ được tiếp nhận, giải quyết đúng hạn'}],
    ['- Rà soát, đơn giản hóa tối thiểu 10 thủ tục hành chính.', {value: 10, comparator: '>=', subject: 'thủ tục hành chính được rà soát, đơn giản hóa'}],
    // A rate done by each of its owners: the things, the action and whose; not times said of people done to.
    ['- Mỗi công chức xử lý 1.200 hồ sơ/năm.', {value: 1200, unit: 'hồ sơ/năm', subject: 'hồ sơ được xử lý của mỗi công chức'}],
    ['- Mỗi cán bộ, công chức được bồi dưỡng ít nhất 01 lần/năm.', {value: 1, unit: 'lần/năm', subject: 'Mỗi cán bộ, công chức được bồi dưỡng'}],
    // A period is the whole denominator: the words after it are the subject.
    ['- Tối thiểu 01 đợt/năm kiểm tra công tác cải cách hành chính.', {value: 1, unit: 'đợt/năm', comparator: '>=', subject: 'kiểm tra công tác cải cách hành chính'}],
    ['- Thời gian xử lý tối đa 2 hồ sơ/ngày làm việc.', {value: 2, unit: 'hồ sơ/ngày làm việc'}],
    ['- Mỗi năm đào tạo 200 học viên.', {value: 200, unit: 'học viên', subject: 'học viên được đào tạo'}],
    // "tăng thêm 5 điểm phần trăm": percentage points, the change words out of the subject.
    ['- Tỷ lệ hồ sơ được xử lý trước hạn tăng thêm 5 điểm phần trăm.', {value: 5, unit: 'điểm phần trăm', change: 'increase', subject: 'Tỷ lệ hồ sơ được xử lý trước hạn'}],
    ['- Phát triển tối thiểu 2,5 triệu thuê bao băng rộng.', {value: 2500000, unit: 'thuê bao', comparator: '>='}],
    ['- Kích hoạt tối thiểu 1.200.000 tài khoản định danh điện tử.', {value: 1200000, unit: 'tài khoản', unitKind: 'count'}],
    ['- Sản lượng lúa đạt 1,5 triệu tấn.', {value: 1500000, unit: 'tấn', unitKind: 'measure', subject: 'Sản lượng lúa'}],
    ['- Thu hút 3 tỷ USD vốn đầu tư.', {value: 3, unit: 'tỷ USD', unitKind: 'money'}],
    ['- Trồng mới 1.000 ha rừng.', {value: 1000, unit: 'ha', unitKind: 'area'}],
    ['- Tốc độ truy cập Internet băng rộng cố định đạt trên 100 Mbps.', {value: 100, unit: 'Mbps', unitKind: 'measure', comparator: '>', subject: 'Tốc độ truy cập Internet băng rộng cố định'}],
    ['- Chỉ số PAPI đạt 43 điểm thuộc nhóm dẫn đầu.', {value: 43, unit: 'điểm', unitKind: 'score', subject: 'Chỉ số PAPI'}],
    // A comma before three digits in a count of things is an English thousands separator; elsewhere a decimal comma.
    ['- Phấn đấu giải quyết 1,600 hồ sơ/năm.', {value: 1600, unit: 'hồ sơ/năm', unitKind: 'rate', subject: 'hồ sơ được giải quyết'}],
    // A rate of things after what is done to them: the things, with the action.
    ['- Tiếp nhận tối thiểu 500 hồ sơ/tháng.', {value: 500, comparator: '>=', unit: 'hồ sơ/tháng', subject: 'hồ sơ được tiếp nhận'}],
    ['- Phấn đấu giải quyết 1,5 hồ sơ/ngày.', {value: 1.5, unit: 'hồ sơ/ngày'}],
    ['- Thu ngân sách đạt 1,250 tỷ đồng.', {value: 1.25, unit: 'tỷ đồng'}],
    // "2/3 số xã": a fraction of a whole; "15/18 xã": so many out of a total.
    ['- Phấn đấu 2/3 số xã đạt chuẩn nông thôn mới.', {value: 2, of: 3, unit: null, unitKind: 'fraction', subject: 'số xã đạt chuẩn nông thôn mới'}],
    ['- Phấn đấu 1/2 tổng số hộ sử dụng dịch vụ.', {value: 1, of: 2, unitKind: 'fraction'}],
    ['- Phấn đấu 15/18 xã đạt chuẩn nông thôn mới.', {value: 15, of: 18, unit: 'xã', unitKind: 'count'}],
    ['- Giảm 1/2 thời gian giải quyết thủ tục hành chính.', {value: 1, of: 2, unitKind: 'fraction', change: 'decrease', subject: 'thời gian giải quyết thủ tục hành chính'}],
    ['- Số xã đạt chuẩn nông thôn mới: 3/5.', {value: 3, of: 5, unitKind: 'count'}],
    // A count after a verb of having is of its owner, said before it; a time is no owner.
    ['- Mỗi xã có ít nhất 01 điểm phục vụ bưu chính.', {value: 1, unit: 'điểm', unitKind: 'count', comparator: '>=', subject: 'điểm phục vụ bưu chính của mỗi xã'}],
    ['- Mỗi cơ quan, đơn vị có ít nhất 01 mô hình, sáng kiến cải cách hành chính.', {value: 1, unit: 'mô hình', comparator: '>=', subject: 'mô hình, sáng kiến cải cách hành chính của mỗi cơ quan, đơn vị'}],
    ['- Các cơ quan, đơn vị có tối thiểu 01 cán bộ làm công tác cải cách hành chính.', {value: 1, unit: 'cán bộ', subject: 'cán bộ làm công tác cải cách hành chính của các cơ quan, đơn vị'}],
    ['- Mỗi năm có ít nhất 02 sáng kiến được công nhận.', {value: 2, unit: 'sáng kiến', subject: 'sáng kiến được công nhận'}],
    ['- Thời gian giải quyết giảm còn 10 ngày.', {value: 10, comparator: '<=', change: 'decrease', subject: 'Thời gian giải quyết'}],
    ['- Giảm thời gian giải quyết còn 10 ngày.', {value: 10, comparator: '<=', change: 'decrease'}],
    // A rate per so many people with no noun before the slash: no count out of a total.
    ['- Tỷ số tử vong mẹ dưới 42/100.000 trẻ đẻ sống.', {value: 42, unit: '/100.000 trẻ đẻ sống', unitKind: 'rate', of: null, comparator: '<', subject: 'Tỷ số tử vong mẹ'}],
    ['- Tỷ lệ mắc lao giảm xuống dưới 15/1.000 dân.', {value: 15, unit: '/1.000 dân', unitKind: 'rate', comparator: '<', change: 'decrease'}],
    // An age is a measure; an age bounding a group of people is part of the subject.
    ['- Tuổi thọ bình quân đạt 75 tuổi.', {value: 75, unit: 'tuổi', unitKind: 'age', comparator: '=', subject: 'Tuổi thọ bình quân'}],
    ['- Tỷ suất chết trẻ em dưới 1 tuổi giảm xuống dưới 12‰.', {value: 12, unit: '‰', comparator: '<', change: 'decrease', subject: 'Tỷ suất chết trẻ em dưới 1 tuổi'}],
    ['- Phấn đấu giảm tỷ lệ suy dinh dưỡng ở trẻ em dưới 5 tuổi xuống còn 15%.', {value: 15, unit: '%', change: 'decrease'}],
    ['- Tỷ lệ người từ 60 tuổi trở lên được khám sức khỏe định kỳ đạt 90%.', {value: 90, unit: '%', subject: 'Tỷ lệ người từ 60 tuổi trở lên được khám sức khỏe định kỳ'}],
    // A range said with "từ … đến …" and its unit once; a score out of its maximum; percentage points.
    ['- Thời gian giải quyết từ 3 đến 5 ngày làm việc.', {value: 3, valueTo: 5, unit: 'ngày làm việc', unitKind: 'duration', subject: 'Thời gian giải quyết'}],
    ['- Chỉ số PCI đạt 100/100 điểm.', {value: 100, of: 100, unit: 'điểm', unitKind: 'score'}],
    ['- Tỷ lệ cải thiện là 5 điểm phần trăm so với năm 2023.', {value: 5, unit: 'điểm phần trăm', unitKind: 'percent', baselineYear: 2023}],
    // "quốc gia tăng": a noun and a change word, not "gia tăng".
    ['- Tỷ lệ trạm y tế xã đạt chuẩn quốc gia tăng gấp 2 lần so với năm 2020.', {value: 2, unit: 'lần', change: 'increase', baselineYear: 2020, subject: 'Tỷ lệ trạm y tế xã đạt chuẩn quốc gia'}]
  ])('%s', (body, expected) => {
    const list = targets(body)
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject(expected)
  })

  it.each([
    ['- Tổ chức ít nhất hai hội nghị đối thoại.', {value: 2, unit: 'hội nghị', comparator: '>='}],
    ['- Giảm một nửa thời gian giải quyết hồ sơ.', {value: 50, unit: '%', change: 'decrease'}],
    ['- Rút ngắn thời gian xuống còn mười ngày làm việc.', {value: 10, unit: 'ngày làm việc', comparator: '<=', subject: 'thời gian'}],
    ['- Tăng gấp đôi số hồ sơ trực tuyến.', {value: 2, unit: 'lần', unitKind: 'multiple', change: 'increase'}],
    ['- Phấn đấu chín mươi phần trăm hồ sơ đúng hạn.', {value: 90, unit: '%'}],
    ['- Mỗi huyện tổ chức ít nhất một cuộc đối thoại.', {value: 1, unit: 'cuộc', comparator: '>='}],
    ['- Đào tạo tối thiểu hai mươi lăm cán bộ.', {value: 25, unit: 'cán bộ'}],
    ['- Bồi dưỡng tối thiểu một trăm linh năm công chức.', {value: 105, unit: 'công chức'}]
  ])('numbers in words where clearly numeric: %s', (body, expected) => {
    const list = targets(body)
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject(expected)
  })

  it('"một số", "một cửa", "năm 2024", "một hệ thống" are words, not quantities', () => {
    const plan = parsePlan('II. MỤC TIÊU\n- Một số nội dung; thực hiện cơ chế một cửa.\n- Năm 2024 xây dựng một hệ thống thông tin.')
    const values: string[] = []
    const walk = (n: {type: string; value?: string; children?: unknown[]}): void => {
      if (n.type === 'quantity') values.push(n.value!)
      for (const c of (n.children ?? []) as Array<typeof n>) walk(c)
    }
    walk(plan as unknown as {type: string; children: unknown[]})
    expect(values).toEqual([])
  })

  it('a range keeps both ends', () => {
    expect(targets('- Tăng trưởng đạt 12,5 - 13,5%/năm.')[0]).toMatchObject({value: 12.5, valueTo: 13.5})
  })

  it('a count out of a total is coverage, not a rank: "17/17 xã"', () => {
    const [t] = targets('- Hoàn thành kết nối mạng truyền số liệu chuyên dùng đến 17/17 xã, thị trấn.')
    expect(t).toMatchObject({value: 17, of: 17, unit: 'xã', unitKind: 'count', comparator: '='})
    expect(t!.subject).toBe('Hoàn thành kết nối mạng truyền số liệu chuyên dùng')
  })

  it.each([
    ['- Rút ngắn ít nhất 50% thời gian giải quyết thủ tục hành chính so với quy định.', {value: 50, change: 'decrease', comparator: '>=', subject: 'thời gian giải quyết thủ tục hành chính'}],
    ['- Tỷ lệ người dân hài lòng đạt từ 80% đến 90%.', {value: 80, valueTo: 90, unit: '%', subject: 'Tỷ lệ người dân hài lòng'}],
    ['- Chỉ số PAPI tăng 2 bậc so với năm 2023.', {value: 2, unit: 'bậc', change: 'increase', baselineYear: 2023, subject: 'Chỉ số PAPI'}],
    ['- Chỉ số PCI xếp hạng trong top 10 cả nước.', {value: 10, unitKind: 'rank', comparator: '<='}],
    ['- Tiết kiệm chi thường xuyên 10% để thực hiện cải cách tiền lương.', {value: 10, change: 'decrease', subject: 'Tiết kiệm chi thường xuyên'}],
    ['- Thời gian xử lý hồ sơ không vượt quá 3 ngày làm việc.', {value: 3, unit: 'ngày làm việc', comparator: '<=', subject: 'Thời gian xử lý hồ sơ'}]
  ])('%s', (body, expected) => {
    const list = targets(body)
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject(expected)
  })

  it('"đạt 98% (cấp tỉnh), 95% (cấp huyện), 90% (cấp xã)": each bracket qualifies its number', () => {
    const list = targets('- Tỷ lệ văn bản điện tử có ký số đạt 98% (cấp tỉnh), 95% (cấp huyện), 90% (cấp xã).')
    expect(list.map((t) => [t.value, t.subject, t.area])).toEqual([
      [98, 'Tỷ lệ văn bản điện tử có ký số (cấp tỉnh)', 'digital-government'],
      [95, 'Tỷ lệ văn bản điện tử có ký số (cấp huyện)', 'digital-government'],
      [90, 'Tỷ lệ văn bản điện tử có ký số (cấp xã)', 'digital-government']
    ])
  })

  it('"đạt 100% đối với cấp tỉnh, 80% đối với cấp huyện và 60% đối với cấp xã": the level after each number qualifies it', () => {
    const list = targets('- Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 100% đối với cấp tỉnh, 80% đối với cấp huyện và 60% đối với cấp xã.\n- Tỷ lệ hồ sơ trực tuyến đạt 80% tại cấp tỉnh.')
    expect(list.map((t) => [t.value, t.subject])).toEqual([
      [100, 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đối với cấp tỉnh'],
      [80, 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đối với cấp huyện'],
      [60, 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đối với cấp xã'],
      [80, 'Tỷ lệ hồ sơ trực tuyến tại cấp tỉnh']
    ])
  })

  it('"Chỉ số … xếp hạng trong nhóm 20 tỉnh dẫn đầu": the verb of ranking is no part of the subject', () => {
    expect(targets('- Chỉ số Chuyển đổi số (DTI) cấp tỉnh xếp hạng trong nhóm 20 tỉnh dẫn đầu.').map((t) => [t.value, t.unitKind, t.subject])).toEqual([[20, 'rank', 'Chỉ số Chuyển đổi số (DTI) cấp tỉnh']])
  })

  it('a rank after a comma ranks the clause\'s subject: "…đạt trên 88 điểm, xếp trong nhóm 20 tỉnh"', () => {
    const list = targets('1. Phấn đấu đến năm 2025, Chỉ số PAR INDEX của tỉnh đạt trên 88 điểm, xếp trong nhóm 20 tỉnh dẫn đầu cả nước.')
    expect(list.map((t) => [t.value, t.unitKind, t.subject])).toEqual([
      [88, 'score', 'Chỉ số PAR INDEX của tỉnh'],
      [20, 'rank', 'Chỉ số PAR INDEX của tỉnh']
    ])
  })

  it('ranks: nhóm 10/63 tỉnh, thành phố', () => {
    const [t] = targets('- Chỉ số PAPI và Chỉ số PCI phấn đấu trong nhóm 10/63 tỉnh, thành phố của cả nước.')
    expect(t).toMatchObject({value: 10, of: 63, unitKind: 'rank', comparator: '<=', subject: 'Chỉ số PAPI và Chỉ số PCI'})
  })

  it('an indicator label after a decimal without its closing dot ("2.1 Tuyên truyền …: tối thiểu 24 tin, bài/năm") keeps its first words', () => {
    expect(targets('2.1 Tuyên truyền trên Cổng thông tin điện tử: tối thiểu 24 tin, bài/năm.')[0]?.subject).toBe('Tuyên truyền trên Cổng thông tin điện tử')
  })

  it('ranks of a ministry or a department: "nhóm 5 bộ dẫn đầu", "nhóm 3 sở dẫn đầu"', () => {
    expect(targets('- Chỉ số cải cách hành chính của Bộ nằm trong nhóm 5 bộ dẫn đầu.\n- Chỉ số của Sở nằm trong nhóm 3 sở dẫn đầu.').map((t) => [t.value, t.unit, t.unitKind, t.comparator])).toEqual([
      [5, 'bộ', 'rank', '<='],
      [3, 'sở', 'rank', '<=']
    ])
  })
})

describe('subjects, deadlines, direction', () => {
  it('the subject follows the last "phấn đấu" of a long sentence and drops its deadline year', () => {
    const [t] = targets('Theo đó, mục tiêu của Kế hoạch là tiếp tục đẩy mạnh cải cách hành chính, phấn đấu Chỉ số cải cách hành chính của huyện năm 2023 xếp trong nhóm 5/11 huyện dẫn đầu tỉnh.')
    expect(t).toMatchObject({value: 5, of: 11, unitKind: 'rank', subject: 'Chỉ số cải cách hành chính của huyện', year: 2023})
  })

  it('"đạt 90% vào năm 2025 và 95% vào năm 2030": each figure takes the year said right after it', () => {
    expect(targets('- Tỷ lệ người dân hài lòng đạt 90% trở lên vào năm 2025 và 95% vào năm 2030.').map((t) => [t.value, t.year])).toEqual([[90, 2025], [95, 2030]])
    // A year that opens the next figure's clause stays its own: "Năm 2024 đạt 90%, năm 2025 đạt 95%".
    expect(targets('- Năm 2024 đạt 90%, năm 2025 đạt 95% hồ sơ đúng hạn.').map((t) => [t.value, t.year])).toEqual([[90, 2024], [95, 2025]])
  })

  it('a count after "có" inside what a share counts is a condition, not a target ("80% số hộ gia đình có ít nhất 01 thành viên …")', () => {
    expect(targets('- Đạt tỷ lệ 80% trở lên số hộ gia đình có ít nhất 01 thành viên sử dụng điện thoại thông minh.').map((t) => [t.value, t.subject])).toEqual([
      [80, 'số hộ gia đình có ít nhất 01 thành viên sử dụng điện thoại thông minh']
    ])
    expect(targets('- Phấn đấu 100% xã có 01 mô hình điểm về dân vận khéo.').map((t) => t.value)).toEqual([100])
    // Also when the counted noun is not in the units lexicon ("tổ").
    expect(targets('- 100% xã có ít nhất 01 tổ công nghệ số cộng đồng.').map((t) => [t.value, t.subject])).toEqual([
      [100, 'xã có ít nhất 01 tổ công nghệ số cộng đồng']
    ])
    // After a comma it is a goal of its own.
    expect(targets('- Phấn đấu 100% xã đạt chuẩn, mỗi huyện có ít nhất 02 mô hình điểm.').map((t) => t.value)).toEqual([100, 2])
  })

  it('a figure in brackets that says the one before it again ("(tương đương 15 người)") or names a target given from above ("(chỉ tiêu Trung ương giao 95%)") is no target', () => {
    expect(targets('- Giảm 5% số lượng cấp phó so với năm 2022 (tương đương 15 người).').map((t) => [t.value, t.unit])).toEqual([[5, '%']])
    expect(targets('- Tỷ lệ hồ sơ đúng hạn đạt 100% (chỉ tiêu Trung ương giao 95%).').map((t) => [t.value, t.subject])).toEqual([[100, 'Tỷ lệ hồ sơ đúng hạn']])
  })

  it('a share of the plan\'s funds ("đạt 95% kế hoạch vốn được giao") is of that whole: the subject is what is measured before it', () => {
    expect(targets('- Giải ngân vốn đầu tư công đạt 95% kế hoạch vốn được giao.').map((t) => t.subject)).toEqual(['Giải ngân vốn đầu tư công'])
    // A plan of work after an action is what is done: "Hoàn thành 100% kế hoạch kiểm tra".
    expect(targets('- Hoàn thành 100% kế hoạch kiểm tra.').map((t) => t.subject)).toEqual(['kế hoạch kiểm tra được hoàn thành'])
  })

  it('a figure after "và" that names its own subject after it, where the one before named its subject first, does not take its comparator ("trễ hạn dưới 1% và 100% hồ sơ …")', () => {
    expect(targets('- Tỷ lệ hồ sơ trễ hạn dưới 1% và 100% hồ sơ được số hóa.').map((t) => [t.comparator, t.value, t.subject])).toEqual([
      ['<', 1, 'Tỷ lệ hồ sơ trễ hạn'],
      ['=', 100, 'hồ sơ được số hóa']
    ])
    // A list said once keeps sharing it: "tối thiểu 90% và 95% vào năm 2030", "tối thiểu 30%, 20% và 15% hồ sơ …".
    expect(targets('- Tỷ lệ hài lòng đạt tối thiểu 90% và 95% vào năm 2030.').map((t) => t.comparator)).toEqual(['>=', '>='])
    expect(targets('- Phấn đấu tối thiểu 30%, 20% và 15% hồ sơ được xử lý trực tuyến.').map((t) => t.comparator)).toEqual(['>=', '>=', '>='])
  })

  it('bodies of each level share what the last says of all: "100% UBND cấp xã và 80% cơ quan cấp huyện kết nối liên thông"', () => {
    expect(targets('- Đến hết năm 2024, 100% UBND cấp xã và 80% cơ quan cấp huyện kết nối liên thông.').map((t) => t.subject)).toEqual([
      'UBND cấp xã kết nối liên thông',
      'cơ quan cấp huyện kết nối liên thông'
    ])
    // Different things with no level: what the last says is its own.
    expect(targets('- Phấn đấu 100% hồ sơ và 80% cán bộ được tập huấn.').map((t) => t.subject)).toEqual(['hồ sơ', 'cán bộ được tập huấn'])
  })

  it('"100% … và 70% …" in one sentence is two targets, each with its subject and what the last says of all', () => {
    const list = targets('- Phấn đấu 100% hồ sơ công việc tại cấp tỉnh, 90% hồ sơ công việc tại cấp huyện và 70% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng.')
    expect(list.map((t) => [t.value, t.subject])).toEqual([
      [100, 'hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng'],
      [90, 'hồ sơ công việc tại cấp huyện được xử lý trên môi trường mạng'],
      [70, 'hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng']
    ])
    expect(targets('- Phấn đấu 100% UBND cấp xã và 80% UBND cấp huyện đạt chuẩn chính quyền điện tử.').map((t) => t.subject)).toEqual([
      'UBND cấp xã đạt chuẩn chính quyền điện tử',
      'UBND cấp huyện đạt chuẩn chính quyền điện tử'
    ])
  })

  it('what one share says is not lent to another of a different thing, nor across a semicolon', () => {
    expect(targets('- 100% hồ sơ đúng hạn, 90% người dân hài lòng.').map((t) => t.subject)).toEqual(['hồ sơ đúng hạn', 'người dân hài lòng'])
    expect(targets('- 100% hồ sơ đúng hạn; 90% hồ sơ được số hóa.').map((t) => t.subject)).toEqual(['hồ sơ đúng hạn', 'hồ sơ được số hóa'])
  })

  it('distribution: "cấp tỉnh, cấp huyện, cấp xã … tương ứng là 30%, 20% và 15%"', () => {
    const list = targets('+ Năm 2021, số hóa kết quả giải quyết TTHC của cấp tỉnh, cấp huyện, cấp xã đạt tỷ lệ tối thiểu tương ứng là 30%, 20% và 15%; giai đoạn 2022 - 2025, mỗi năm tăng tối thiểu 20%.')
    expect(list.map((t) => [t.value, t.comparator, t.year, t.subject])).toEqual([
      [30, '>=', 2021, 'số hóa kết quả giải quyết TTHC của cấp tỉnh'],
      [20, '>=', 2021, 'số hóa kết quả giải quyết TTHC của cấp huyện'],
      [15, '>=', 2021, 'số hóa kết quả giải quyết TTHC của cấp xã'],
      [20, '>=', 2025, 'số hóa kết quả giải quyết TTHC']
    ])
    expect(list[3]).toMatchObject({annual: true, yearFrom: 2022, change: 'increase'})
  })

  it('the deadline of "+" items comes from the "- Phấn đấu đến năm 2030" lead-in', () => {
    const list = targets('- Phấn đấu đến năm 2030\n+ 100% TTHC có yêu cầu nghĩa vụ tài chính được thanh toán trực tuyến.\n+ Tỷ lệ hồ sơ giải quyết trực tuyến đạt tối thiểu 80%.')
    expect(list.map((t) => [t.value, t.year, t.yearSource])).toEqual([
      [100, 2030, 'heading'],
      [80, 2030, 'heading']
    ])
    expect(list[1]!.subject).toBe('Tỷ lệ hồ sơ giải quyết trực tuyến')
  })

  it.each([
    ['- Hoàn thành số hóa 100% hồ sơ đất đai trước ngày 31/12/2024.', 'hồ sơ đất đai'],
    ['- Trong quý III/2024, 80% hồ sơ được xử lý trực tuyến.', 'hồ sơ được xử lý trực tuyến'],
    ['- Đến tháng 6/2024, 50% xã đạt chuẩn.', 'xã đạt chuẩn'],
    ['- Trước ngày 30 tháng 6 năm 2024, 70% hồ sơ được số hóa.', 'hồ sơ được số hóa']
  ])('a deadline date, quarter or month gives the year: %s', (body, subject) => {
    expect(targets(body).map((t) => [t.year, t.yearSource, t.subject])).toEqual([[2024, 'clause', subject]])
  })

  it('a condition ("đối với mỗi cấp … cho đến khi đạt tỷ lệ 100%") is no subject: the clause\'s is taken', () => {
    const list = targets('+ Số hóa kết quả giải quyết TTHC đạt tỷ lệ tối thiểu 30%; mỗi năm tăng tối thiểu 20% đối với mỗi cấp hành chính cho đến khi đạt tỷ lệ 100%.')
    expect(list.map((t) => [t.value, t.subject])).toEqual([
      [30, 'Số hóa kết quả giải quyết TTHC'],
      [20, 'Số hóa kết quả giải quyết TTHC'],
      [100, 'Số hóa kết quả giải quyết TTHC']
    ])
  })

  it('an as-of date or a citation date is no deadline', () => {
    expect(targets('- Cắt giảm tối thiểu 20% chi phí tuân thủ tại các văn bản có hiệu lực tính đến hết ngày 31 tháng 5 năm 2022.')[0]!.yearSource).toBe('plan')
    expect(targets('- Thực hiện Nghị quyết 76/NQ-CP ngày 15/7/2021, đạt 90% hồ sơ.')[0]!.yearSource).toBe('plan')
  })

  it('the clause year wins; otherwise the plan period', () => {
    const list = targets('- Phấn đấu đến năm 2023, Chỉ số SIPAS đạt từ 90% trở lên.\n- 100% thủ tục hành chính được công khai.')
    expect(list.map((t) => [t.year, t.yearSource])).toEqual([
      [2023, 'clause'],
      [2025, 'plan']
    ])
  })

  it('direction and baseline: "giảm 10% … so với năm 2021"', () => {
    const [t] = targets('- Phấn đấu đến năm 2025 giảm 10% số lượng đơn vị sự nghiệp công lập so với năm 2021.')
    expect(t).toMatchObject({value: 10, change: 'decrease', baselineYear: 2021, year: 2025, subject: 'số lượng đơn vị sự nghiệp công lập'})
  })

  it('coordinated quantities share comparator, direction and baseline', () => {
    const list = targets('- Giảm tối thiểu 10% số lượng đơn vị sự nghiệp và 10% biên chế hưởng lương so với năm 2021.')
    expect(list.map((t) => [t.comparator, t.change, t.baselineYear])).toEqual([
      ['>=', 'decrease', 2021],
      ['>=', 'decrease', 2021]
    ])
  })

  it('the reform area comes from the section heading', () => {
    const [t] = targets('- 100% văn bản được ban hành đúng thẩm quyền.', '2. Cải cách thể chế')
    expect(t!.area).toBe('institutions')
    expect(t!.sectionPath).toEqual([{label: '2.', title: 'Cải cách thể chế'}])
  })

  it('the words of a target file it: electronic contracts are digital government, an inspection is direction, science spending is public finance', () => {
    const list = targets('- Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80%.\n- Tổ chức kiểm tra ít nhất 01 lần/năm.\n- Chi cho khoa học, công nghệ đạt 3% tổng chi ngân sách.', 'II. CHỈ TIÊU')
    expect(list.map((t) => [t.value, t.area])).toEqual([[80, 'digital-government'], [1, 'direction'], [3, 'public-finance']])
  })

  it('a target with no words of any reform area gets none, not a guess ("Kim ngạch xuất khẩu", "Tỷ lệ sinh")', () => {
    const list = targets('- Kim ngạch xuất khẩu tăng hơn 2 lần so với năm 2020.\n- Tỷ lệ sinh giảm 0,2%0 so với năm 2024.\n- Thời gian xử lý hồ sơ không vượt quá 3 ngày làm việc.', 'II. CHỈ TIÊU')
    expect(list.map((t) => [t.subject, t.unit, t.area])).toEqual([
      ['Kim ngạch xuất khẩu', 'lần', null],
      ['Tỷ lệ sinh', '‰', null],
      ['Thời gian xử lý hồ sơ', 'ngày làm việc', 'administrative-procedures']
    ])
  })

  it('socio-economic indicators next to reform targets ("tăng trưởng kinh tế", "lao động qua đào tạo", "nông thôn mới") get no reform area, even in a plan about one', () => {
    const text = 'KẾ HOẠCH\nChuyển đổi số năm 2025\nI. MỤC TIÊU\n- Tốc độ tăng trưởng kinh tế đạt 7%.\n- Tỷ lệ lao động qua đào tạo đạt 70%.\n- 100% xã đạt chuẩn nông thôn mới.\n- Tỷ trọng kinh tế số đạt 20% GRDP.\n- 100% cán bộ, công chức cấp xã đạt chuẩn.'
    expect(parsePlan(text).targets.map((t) => [t.subject, t.area])).toEqual([
      ['Tốc độ tăng trưởng kinh tế', null],
      ['Tỷ lệ lao động qua đào tạo', null],
      ['xã đạt chuẩn nông thôn mới', null],
      ['Tỷ trọng kinh tế số', 'digital-government'],
      ['cán bộ, công chức cấp xã đạt chuẩn', 'civil-service']
    ])
  })

  it('employment is socio-economic ("thanh niên có việc làm"), not the civil service\'s "vị trí việc làm"; units inspected are direction', () => {
    const list = targets('- Tỷ lệ thanh niên có việc làm đạt 95%.\n- Phấn đấu 100% xã, thị trấn được kiểm tra ít nhất 01 lần/năm.')
    expect(list.map((t) => [t.value, t.area])).toEqual([[95, null], [100, 'direction'], [1, 'direction']])
  })

  it('digital infrastructure and society targets are digital government ("dưới dạng điện tử", "Internet cáp quang", "điện thoại thông minh")', () => {
    const list = targets('- 100% văn bản trao đổi giữa các cơ quan hành chính dưới dạng điện tử.\n- 80% hộ gia đình có kết nối Internet cáp quang băng rộng.\n- 50% doanh nghiệp có website hoặc ứng dụng di động.')
    expect(list.map((t) => t.area)).toEqual(['digital-government', 'digital-government', 'digital-government'])
  })

  it('a plan about one area (trích yếu "… chuyển đổi số …") files there a target nothing nearer files', () => {
    const text = 'KẾ HOẠCH\nThực hiện công tác chuyển đổi số năm 2025\nI. CHỈ TIÊU\n1. Phấn đấu tổ chức ít nhất 04 lớp tập huấn cho người dân.\n2. 100% thủ tục hành chính được tiếp nhận trực tuyến.'
    expect(parsePlan(text).targets.map((t) => [t.value, t.area])).toEqual([
      [4, 'digital-government'],
      [100, 'administrative-procedures']
    ])
  })
})

describe('indicator tables (biểu chỉ tiêu)', () => {
  const body = [
    'STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2023 | Kế hoạch năm 2024 | Mục tiêu năm 2025',
    '1 | Tỷ lệ hồ sơ giải quyết đúng hạn | % | 97,5 | 98 | ≥ 99',
    '2 | Chỉ số PAR INDEX | điểm | 86,1 | 88 | 90',
    '3 | Số sáng kiến cải cách hành chính được công nhận | sáng kiến | 02 | 03 |'
  ].join('\n')

  it('a target per planned value: the row\'s indicator, the unit column, the column\'s year; done values are not targets', () => {
    expect(targets(body).map((t) => [t.subject, t.value, t.unit, t.unitKind, t.comparator, t.year, t.yearSource])).toEqual([
      ['Tỷ lệ hồ sơ giải quyết đúng hạn', 98, '%', 'percent', '=', 2024, 'heading'],
      ['Tỷ lệ hồ sơ giải quyết đúng hạn', 99, '%', 'percent', '>=', 2025, 'heading'],
      ['Chỉ số PAR INDEX', 88, 'điểm', 'score', '=', 2024, 'heading'],
      ['Chỉ số PAR INDEX', 90, 'điểm', 'score', '=', 2025, 'heading'],
      ['Số sáng kiến cải cách hành chính được công nhận', 3, 'sáng kiến', 'count', '=', 2024, 'heading']
    ])
  })

  it('"Năm 2021 | Mục tiêu năm 2025" in a plan for 2022 - 2025: the earlier year is the starting point, not a target ("Nội dung chỉ số")', () => {
    const text = 'KẾ HOẠCH\nNâng cao Chỉ số PAPI giai đoạn 2022 - 2025\nI. MỤC TIÊU\n| TT | Nội dung chỉ số | Năm 2021 | Mục tiêu năm 2025 |\n| 1 | Công khai, minh bạch | 5,12 | 5,5 |\n'
    expect(parsePlan(text).targets.map((t) => [t.subject, t.value, t.year, t.baselineYear])).toEqual([['Công khai, minh bạch', 5.5, 2025, 2021]])
  })

  it('a unit column written with a capital ("Điểm", "Hồ sơ") gives the unit in the lexicon\'s spelling', () => {
    expect(targets('Chỉ tiêu | Đơn vị tính | Năm 2024\nChỉ số DTI | Điểm | 0,6\nHồ sơ trực tuyến | Hồ sơ | 1.200').map((t) => [t.unit, t.unitKind])).toEqual([
      ['điểm', 'score'],
      ['hồ sơ', 'count']
    ])
    // A unit outside the lexicon in lower case too; one with an acronym as written.
    expect(targets('Chỉ tiêu | Đơn vị tính | Năm 2024\nSố nền tảng số dùng chung | Nền tảng | 5\nKim ngạch xuất khẩu | Triệu USD | 120\nSố điểm truy cập | Điểm WiFi | 300').map((t) => [t.unit, t.unitKind])).toEqual([
      ['nền tảng', 'count'],
      ['triệu USD', 'money'],
      ['Điểm WiFi', 'count']
    ])
  })

  it('the year of a results column ("Thực hiện năm 2023") is the baseline of the targets beside it', () => {
    expect(targets(body).map((t) => t.baselineYear)).toEqual([2023, 2023, 2023, 2023, 2023])
  })

  it('ranks in an indicator table ("Top 10" in a cell, or a unit column "Thứ hạng" / "Xếp hạng") are ranks: at most that place', () => {
    const list = targets('Chỉ tiêu | Đơn vị tính | Năm 2024 | Năm 2025\nChỉ số PAR INDEX | Thứ hạng | Top 10 | Top 5\nChỉ số PCI | Xếp hạng | 15 | 10')
    expect(list.map((t) => [t.subject, t.value, t.unitKind, t.comparator, t.year])).toEqual([
      ['Chỉ số PAR INDEX', 10, 'rank', '<=', 2024],
      ['Chỉ số PAR INDEX', 5, 'rank', '<=', 2025],
      ['Chỉ số PCI', 15, 'rank', '<=', 2024],
      ['Chỉ số PCI', 10, 'rank', '<=', 2025]
    ])
  })

  it('a column for a period ("Giai đoạn 2021 - 2025") gives the deadline and the start', () => {
    const list = targets('Chỉ tiêu | Đơn vị tính | Giai đoạn 2021 - 2025\nTỷ lệ hồ sơ trực tuyến | % | 50')
    expect(list.map((t) => [t.value, t.year, t.yearFrom])).toEqual([[50, 2025, 2021]])
  })

  it('a value column with no year takes the plan\'s', () => {
    const list = targets('Chỉ tiêu | ĐVT | Kế hoạch\nTỷ lệ dịch vụ công trực tuyến toàn trình | % | 80')
    expect(list.map((t) => [t.value, t.unit, t.year, t.yearSource])).toEqual([[80, '%', 2025, 'plan']])
  })

  it('a table in an appendix has the appendix first in its section path (tab-separated year columns)', () => {
    const text = 'KẾ HOẠCH\nCải cách hành chính giai đoạn 2021 - 2025\n\nI. MỤC TIÊU\n- Nội dung.\n\nPHỤ LỤC\nCHỈ TIÊU CẢI CÁCH HÀNH CHÍNH\nSTT\tChỉ tiêu\tĐơn vị\t2024\t2025\n1\tChỉ số SIPAS\t%\t86\t90\n'
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.targets.map((t) => [t.value, t.year, t.sectionPath])).toEqual([
      [86, 2024, [{label: 'PHỤ LỤC', title: 'CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH'}]],
      [90, 2025, [{label: 'PHỤ LỤC', title: 'CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH'}]]
    ])
  })
})

describe('a breakdown by level after "trong đó", an aside cut open, and "Duy trì" before the measure', () => {
  it('"…; trong đó cấp tỉnh 60%, cấp huyện 50%": each level measures what the total did, there', () => {
    expect(targets('- Tối thiểu 50% hồ sơ thủ tục hành chính được thanh toán trực tuyến; trong đó cấp tỉnh 60%, cấp huyện 50%.').map((t) => [t.value, t.subject])).toEqual([
      [50, 'hồ sơ thủ tục hành chính được thanh toán trực tuyến'],
      [60, 'hồ sơ thủ tục hành chính được thanh toán trực tuyến tại cấp tỉnh'],
      [50, 'hồ sơ thủ tục hành chính được thanh toán trực tuyến tại cấp huyện']
    ])
  })

  it('"Tỷ lệ hồ sơ đúng hạn (năm 2023 đạt 97%) phấn đấu năm 2024 đạt 99%": the bracket the reported figure cuts open is no part of the subject', () => {
    // (The plan of the helper is issued in 2021: 2020 is past.)
    expect(targets('- Tỷ lệ hồ sơ đúng hạn (năm 2020 đạt 97%) phấn đấu năm 2021 đạt 99%.').map((t) => [t.value, t.year, t.subject])).toEqual([[99, 2021, 'Tỷ lệ hồ sơ đúng hạn']])
  })

  it('"Duy trì Chỉ số PAR INDEX trong nhóm 20 tỉnh dẫn đầu": the verb is no part of what is ranked', () => {
    expect(targets('- Duy trì Chỉ số PAR INDEX trong nhóm 20 tỉnh dẫn đầu cả nước.').map((t) => [t.value, t.unitKind, t.subject])).toEqual([[20, 'rank', 'Chỉ số PAR INDEX']])
  })
})

describe('quantity roles', () => {
  it('figures in a part that reports ("I. KẾT QUẢ THỰC HIỆN NĂM 2023") are reported, those of the objectives targets, a count that describes plain', () => {
    const text = 'KẾ HOẠCH\nCải cách hành chính năm 2024\nI. KẾT QUẢ THỰC HIỆN NĂM 2023\n- Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%, xếp thứ 20/63.\n- Ban hành 05 văn bản chỉ đạo.\nII. MỤC TIÊU NĂM 2024\n- Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99%.'
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    const roles: Array<[string, string]> = []
    walk(plan, (node) => {
      if (node.type === 'quantity') roles.push([node.value, node.role])
    })
    expect(roles).toEqual([['98,5%', 'reported'], ['xếp thứ 20/63', 'reported'], ['05 văn bản', 'plain'], ['99%', 'target']])
    expect(plan.targets.map((t) => t.value)).toEqual([99])
  })
})

describe('not targets', () => {
  it.each([
    ['- Đẩy mạnh cải cách hành chính trên 06 lĩnh vực trọng tâm.'],
    ['- Tổ chức hội nghị trực tuyến với 63 điểm cầu.'],
    // An ordinal after "thứ", not a rank: "Kỳ họp thứ 8", "Hội nghị lần thứ 8".
    ['- Phổ biến các luật được Quốc hội thông qua tại Kỳ họp thứ 8, Quốc hội khóa XV.'],
    ['- Quán triệt Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng khóa XIII.'],
    ['- Căn cứ Quyết định số 12/2023/QĐ-UBND ngày 15/3/2023 của UBND tỉnh.'],
    ['- Thực hiện từ ngày 31 tháng 5 năm 2020.'],
    ['- Hoàn thành trong quý II/2022.'],
    ['- Dịch vụ công trực tuyến mức độ 3, 4 và mức độ 1,2 được duy trì.'],
    ['- Thực hiện theo mục 2.1 của Kế hoạch.'],
    ['- Giai đoạn 2021 - 2025 và năm 2022.'],
    ['- Năm 2020, tỉnh đã đạt 69,66 điểm.'],
    ['- Tổng hợp, báo cáo kết quả trước ngày 10/12 hằng năm.'],
    ['- Báo cáo định kỳ trước ngày 15 tháng 6 hằng năm.'],
    ['- Sơ kết 6 tháng đầu năm và tổng kết 9 tháng cuối năm.'],
    ['- Báo cáo định kỳ 6 tháng, mỗi 3 tháng một lần.'],
    // A budget under its own name is what the plan spends, wherever it is said.
    ['- Kinh phí tập huấn 15.000.000 đồng.'],
    ['- Dự toán kinh phí thực hiện: 250 triệu đồng.'],
    // A prize is paid out, not aimed at.
    ['- 01 giải Nhất: 5.000.000 đồng;'],
    ['- 02 giải Nhì: mỗi giải 3.000.000 đồng;']
  ])('%s', (body) => {
    expect(targets(body)).toEqual([])
  })

  it('money raised or collected is a target, a budget in the same sentence is not ("kinh phí bảo đảm … là 200 triệu đồng")', () => {
    expect(targets('- Huy động kinh phí xã hội hóa đạt 50 tỷ đồng.').map((t) => [t.value, t.unit])).toEqual([[50, 'tỷ đồng']])
    expect(targets('- Kinh tế tăng trưởng 7%; kinh phí bảo đảm từ nguồn ngân sách là 200 triệu đồng.').map((t) => t.value)).toEqual([7])
  })

  it('a part of the year ("6 tháng đầu năm") is a period, not the target before its percentage', () => {
    const list = targets('- Phấn đấu 6 tháng đầu năm giải quyết 95% hồ sơ đúng hạn.')
    expect(list.map((t) => [t.value, t.unit])).toEqual([[95, '%']])
  })

  it('a superscript footnote reference ("95%¹") is a footnote reference, not part of the next subject', () => {
    const text = 'II. MỤC TIÊU\n- Tỷ lệ hồ sơ đúng hạn đạt 95%¹ và chỉ số SIPAS đạt 85%[2].'
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.targets.map((t) => [t.value, t.subject])).toEqual([[95, 'Tỷ lệ hồ sơ đúng hạn'], [85, 'chỉ số SIPAS']])
    // Each target's own words decide its area before the clause's ("chỉ số SIPAS" is the second's only).
    expect(plan.targets.map((t) => t.area)).toEqual(['administrative-procedures', 'direction'])
    const labels: string[] = []
    const visit = (node: {type: string; label?: string; children?: unknown[]}): void => {
      if (node.type === 'footnoteReference') labels.push(node.label!)
      for (const child of node.children ?? []) visit(child as typeof node)
    }
    visit(plan as unknown as {type: string; children: unknown[]})
    expect(labels).toEqual(['1', '2'])
  })

  it('a footnote digit fused after a percentage is not a number', () => {
    const plan = parsePlan('II. MỤC TIÊU\n- Tỷ lệ hộ nghèo dưới 24%1.')
    expect(plan.targets.map((t) => t.value)).toEqual([24])
  })

  it('the year of a standard ("ISO 9001:2015") is no year of the target, nor a report of a past one', () => {
    const list = targets('- 100% cơ quan hành chính nhà nước áp dụng TCVN ISO 9001:2015.')
    expect(list.map((t) => [t.value, t.year, t.yearSource, t.subject])).toEqual([[100, 2025, 'plan', 'cơ quan hành chính nhà nước áp dụng TCVN ISO 9001:2015']])
  })

  it('comparators with runs of spaces inside ("tối  thiểu", "ít  nhất", "trở  lên", as justified Word text has them)', () => {
    const list = targets('- Tỷ lệ hồ sơ đúng hạn đạt tối  thiểu 95%.\n- Tổ chức ít  nhất 20 hội nghị.\n- Chỉ số hài lòng từ 90% trở  lên.')
    expect(list.map((t) => [t.value, t.comparator])).toEqual([[95, '>='], [20, '>='], [90, '>=']])
  })

  it('a figure glued to one capital names a technology ("phủ sóng 4G", "bản đồ 3D"), not an amount', () => {
    const list = targets('- Đến năm 2025, 100% thôn, khu dân cư được phủ sóng 4G; xây dựng bản đồ 3D.')
    expect(list.map((t) => [t.value, t.unit])).toEqual([[100, '%']])
  })

  it('a number in the catalogue or a related-documents list is not a target', () => {
    const plan = parsePlan('Số hiệu 803/KH-UBND\nNgày ban hành 23/12/2021\nNgười ký Nguyễn A\n- 1 Luật Đầu tư công 2019\nII. MỤC TIÊU\n- Nội dung.')
    expect(plan.targets).toEqual([])
  })
})

describe('measures named with a change word, and subjects around the number', () => {
  const subjects = (body: string) => targets(body).map((t) => [t.value, t.unit, t.comparator, t.change, t.subject])

  it('"tốc độ tăng trưởng", "tỷ lệ tăng dân số" name a measure: no direction', () => {
    expect(subjects('- Tốc độ tăng trưởng GRDP bình quân đạt 7%/năm.\n- Tỷ lệ tăng dân số tự nhiên dưới 1%.')).toEqual([
      [7, '%/năm', '=', null, 'Tốc độ tăng trưởng GRDP bình quân'],
      [1, '%', '<', null, 'Tỷ lệ tăng dân số tự nhiên']
    ])
  })

  it('"tỷ lệ hộ nghèo giảm" and "Giảm tỷ lệ hộ nghèo" are a decrease of the measure', () => {
    expect(subjects('- Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm.\n- Giảm tỷ lệ hộ nghèo bình quân 1,5 - 2%/năm theo chuẩn nghèo đa chiều.')).toEqual([
      [1.5, '%/năm', '=', 'decrease', 'Tỷ lệ hộ nghèo'],
      [1.5, '%/năm', '=', 'decrease', 'tỷ lệ hộ nghèo']
    ])
  })

  it('an adverbial after the number ("vào năm 2024", "mỗi năm") is no subject', () => {
    expect(subjects('- Tỷ lệ tiêm chủng đạt từ 95% trở lên vào năm 2024.\n- Có ít nhất 03 sáng kiến mỗi năm.')).toEqual([
      [95, '%', '>=', null, 'Tỷ lệ tiêm chủng'],
      [3, 'sáng kiến', '>=', null, 'sáng kiến']
    ])
  })

  it('a rank or a "top" after a first figure measures the clause\'s subject', () => {
    expect(subjects('- Chỉ số PCI tăng 26 bậc so với năm 2015, xếp thứ 9/63 tỉnh, thành phố.\n- Chỉ số PAPI thuộc nhóm 10 tỉnh, thành phố dẫn đầu; Chỉ số SIPAS đạt trên 85%, lọt top 5.')).toEqual([
      [26, 'bậc', '=', 'increase', 'Chỉ số PCI'],
      [9, 'tỉnh, thành phố', '<=', null, 'Chỉ số PCI'],
      [10, 'tỉnh, thành phố', '<=', null, 'Chỉ số PAPI'],
      [85, '%', '>', null, 'Chỉ số SIPAS'],
      [5, null, '<=', null, 'Chỉ số SIPAS']
    ])
  })

  it('a second figure with a verb of its own keeps its own comparator', () => {
    expect(subjects('- Tỷ lệ hài lòng cấp tỉnh tối thiểu 80%, phấn đấu cấp xã đạt 90%.').map((t) => t[2])).toEqual(['>=', '='])
  })

  it('a figure of a past year before "phấn đấu" in the same sentence is reported, not a target', () => {
    expect(subjects('- Tỷ lệ hài lòng năm 2020 dưới 24%, phấn đấu đạt 90%.').map((t) => [t[0], t[2]])).toEqual([[90, '=']])
    expect(subjects('- Năm 2020, tỉnh đạt 69,66 điểm, phấn đấu năm 2025 đạt tối thiểu 72 điểm.').map((t) => [t[0], t[2]])).toEqual([[72, '>=']])
  })

  it('"gia tăng" is a direction, and after "tỷ lệ" part of the measure\'s name', () => {
    expect(subjects('- Số hồ sơ trực tuyến gia tăng 20% so với năm 2020.\n- Tỷ lệ gia tăng dân số tự nhiên dưới 1%.')).toEqual([
      [20, '%', '=', 'increase', 'Số hồ sơ trực tuyến'],
      [1, '%', '<', null, 'Tỷ lệ gia tăng dân số tự nhiên']
    ])
  })

  it('"100 phần trăm" is 100 %; a rate of a noun with no words before it names itself', () => {
    expect(subjects('- 100 phần trăm xã có internet.\n- Có 25 bác sĩ/10.000 dân.')).toEqual([
      [100, '%', '=', null, 'xã có internet'],
      [25, 'bác sĩ/10.000 dân', '=', null, 'bác sĩ/10.000 dân']
    ])
  })
})

describe('numbering styles before a target ("1/", "3)", "4-") are no part of its subject or text', () => {
  it.each([
    ['1/ Thu ngân sách phấn đấu đạt 1.400 tỷ đồng.'],
    ['1) Thu ngân sách phấn đấu đạt 1.400 tỷ đồng.'],
    ['1- Thu ngân sách phấn đấu đạt 1.400 tỷ đồng.'],
    ['a. Thu ngân sách phấn đấu đạt 1.400 tỷ đồng.']
  ])('%s', (line) => {
    const [t] = targets(line)
    expect([t!.subject, t!.text]).toEqual(['Thu ngân sách', 'Thu ngân sách phấn đấu đạt 1.400 tỷ đồng'])
  })
})


describe('a year said as the label of a clause ("b) Năm 2025: 98% …")', () => {
  it('is the deadline of the figures after the colon', () => {
    expect(targets('2. Mục tiêu cụ thể\na) Năm 2022: 95% hồ sơ đúng hạn.\nb) Năm 2025: 98% hồ sơ đúng hạn.').map((t) => [t.value, t.year, t.yearSource])).toEqual([
      [95, 2022, 'clause'],
      [98, 2025, 'clause']
    ])
  })
})

describe('a list of counts goes on past ";" ("Phấn đấu có 03 sáng kiến; 02 mô hình điểm")', () => {
  it('each count of the list is a target', () => {
    expect(targets('- Phấn đấu có 03 sáng kiến; 02 mô hình điểm.').map((t) => [t.value, t.unit])).toEqual([[3, 'sáng kiến'], [2, 'mô hình']])
  })

  it('not a count of another kind after ";" ("…; 63 điểm cầu")', () => {
    expect(targets('- Phấn đấu có 03 sáng kiến; hội nghị với 63 điểm cầu.').map((t) => [t.value, t.unit])).toEqual([[3, 'sáng kiến']])
  })
})

describe('a baseline said before what is measured ("Tăng 10% so với năm 2021 số hồ sơ …")', () => {
  it.each([
    ['- Tăng 10% so với năm 2021 số hồ sơ được giải quyết trực tuyến.', 'số hồ sơ được giải quyết trực tuyến'],
    ['- Phấn đấu tăng ít nhất 15% so với năm 2020 về số lượng sáng kiến được công nhận.', 'số lượng sáng kiến được công nhận'],
    ['- Tăng 10% so với năm trước số hồ sơ trực tuyến.', 'số hồ sơ trực tuyến']
  ])('%s', (body, subject) => {
    expect(targets(body).map((t) => [t.subject, t.change, t.baselineYear !== null])).toEqual([[subject, 'increase', true]])
  })

  it('"so với (cùng kỳ) năm trước": the year before the target\'s; none for a yearly change ("Mỗi năm giảm 5% … so với năm trước")', () => {
    const list = parsePlan('KẾ HOẠCH\nPhòng, chống dịch bệnh năm 2024\nII. CHỈ TIÊU\n- Giảm ít nhất 10% số người nhiễm mới so với cùng kỳ năm trước.\n- Mỗi năm giảm 5% biên chế so với năm trước.').targets
    expect(list.map((t) => [t.value, t.year, t.baselineYear, t.change])).toEqual([
      [10, 2024, 2023, 'decrease'],
      [5, 2024, null, 'decrease']
    ])
  })
})

describe('steps up a ranking ("tăng 2 bậc") rank what the figure before them measures', () => {
  it('in the same clause ("đạt từ 88 điểm trở lên, tăng 2 bậc so với năm 2023")', () => {
    const list = targets('- Phấn đấu Chỉ số cải cách hành chính của Sở năm 2024 đạt từ 88 điểm trở lên, tăng 2 bậc so với năm 2023.')
    expect(list.map((t) => [t.value, t.unit, t.change, t.baselineYear, t.subject])).toEqual([
      [88, 'điểm', null, null, 'Chỉ số cải cách hành chính của Sở'],
      [2, 'bậc', 'increase', 2023, 'Chỉ số cải cách hành chính của Sở']
    ])
  })

  it('after a reported result in the same sentence ("… xếp thứ 35/63; phấn đấu tăng ít nhất 5 bậc")', () => {
    const list = targets('- Năm 2020, Chỉ số SIPAS của tỉnh đạt 82,45%, xếp thứ 35/63 tỉnh, thành phố; phấn đấu tăng ít nhất 5 bậc so với năm 2020.')
    expect(list.map((t) => [t.value, t.comparator, t.subject])).toEqual([[5, '>=', 'Chỉ số SIPAS của tỉnh']])
  })

  it('not across a full stop', () => {
    const list = targets('- Tổ chức 5 lớp tập huấn về chỉ số. Tăng 3 bậc so với năm 2020.')
    expect(list.find((t) => t.unit === 'bậc')?.subject).toBe('bậc')
  })
})

describe('a deadline that opens the sentence holds past its ";" ("Đến năm 2025, 100% …; 90% …")', () => {
  it('each figure of the sentence takes it', () => {
    const list = targets('- Đến năm 2025, 100% cơ quan sử dụng văn bản điện tử; 90% cán bộ, công chức được tập huấn kỹ năng số.')
    expect(list.map((t) => [t.value, t.year, t.yearSource])).toEqual([[100, 2025, 'clause'], [90, 2025, 'clause']])
  })

  it('a period ("Giai đoạn 2022 - 2025, …") holds with its first year', () => {
    const list = targets('- Giai đoạn 2022 - 2025, 100% xã đạt chuẩn; 80% hồ sơ được số hóa.')
    expect(list.map((t) => [t.value, t.yearFrom, t.year])).toEqual([[100, 2022, 2025], [80, 2022, 2025]])
  })

  it('not a year before the plan\'s that opens a report ("Năm 2020, … đạt 82,45%; phấn đấu tăng 5 bậc")', () => {
    const list = targets('- Năm 2020, Chỉ số SIPAS của tỉnh đạt 82,45%, xếp thứ 35/63 tỉnh, thành phố; phấn đấu tăng ít nhất 5 bậc so với năm 2020.')
    expect(list.map((t) => [t.value, t.year, t.yearSource])).toEqual([[5, 2025, 'plan']])
  })
})

describe('a deadline before the figure ("Đến hết năm 2025, 100% công chức …") outside the objectives', () => {
  it('makes the share a target of that year, with the verb after the figure', () => {
    const found = targets('1. Cải cách chế độ công vụ\nĐến hết năm 2025, 100% công chức cấp xã đạt chuẩn theo quy định.\n2. Đến cuối năm 2024, 90% cán bộ được bồi dưỡng.', 'III. NHIỆM VỤ')
    expect(found.map((t) => [t.value, t.year, t.subject])).toEqual([
      [100, 2025, 'công chức cấp xã đạt chuẩn theo quy định'],
      [90, 2024, 'cán bộ được bồi dưỡng']
    ])
  })
})

describe('counts in the objectives, and amounts restated in words', () => {
  it('a count with a year of its own clause in the objectives is a target; one without stays a description', () => {
    expect(targets('1. Trong năm 2024, đào tạo, bồi dưỡng cho 1.500 lượt cán bộ, công chức.\n2. Tập trung vào 06 lĩnh vực trọng tâm.').map((t) => [t.value, t.unit, t.year])).toEqual([[1500, 'lượt', 2024]])
  })

  it('a line of the objectives that opens with an action planning a count ("- Đào tạo 500 cán bộ cấp xã", "- Giải quyết việc làm mới cho 25.000 lao động") is a target', () => {
    expect(targets('- Đào tạo 500 cán bộ cấp xã.\n- Giải quyết việc làm mới cho 25.000 lao động.\n- Xây dựng 25 mô hình chuyển đổi số.').map((t) => [t.value, t.unit, t.subject])).toEqual([
      [500, 'cán bộ', 'cán bộ cấp xã được đào tạo'],
      [25000, 'lao động', 'Giải quyết việc làm mới cho lao động'],
      [25, 'mô hình', 'mô hình chuyển đổi số được xây dựng']
    ])
    // The action far from the count, or no action: the count describes.
    expect(targets('- Tổ chức thực hiện tốt 05 nhiệm vụ trọng tâm.\n- Tập trung vào 06 lĩnh vực trọng tâm.\n- Tổ chức hội nghị trực tuyến với 63 điểm cầu.')).toEqual([])
  })

  it('under a heading of targets ("II. CHỈ TIÊU", "2. Chỉ tiêu cụ thể") every count is a target', () => {
    expect(targets('1. Tổ chức 02 lớp bồi dưỡng nghiệp vụ.', 'II. CHỈ TIÊU').map((t) => [t.value, t.unit])).toEqual([[2, 'lớp']])
    expect(targets('1. Mục tiêu chung\nTập trung vào 06 lĩnh vực trọng tâm.\n2. Chỉ tiêu cụ thể\n- Kiểm tra 12 cơ quan, đơn vị.').map((t) => [t.value, t.unit])).toEqual([[12, 'cơ quan, đơn vị']])
  })

  it('"Giảm thời gian chờ đợi … xuống tối đa 15 phút", "Nâng tỷ lệ hài lòng lên trên 90%": the level a change goes to, with its direction', () => {
    expect(targets('- Giảm thời gian chờ đợi của người dân xuống trung bình tối đa 15 phút/lượt giao dịch.\n- Nâng tỷ lệ hài lòng lên trên 90%.\n- Tỷ lệ hộ nghèo xuống dưới 2%.', 'II. CHỈ TIÊU').map((t) => [t.value, t.comparator, t.change, t.subject])).toEqual([
      [15, '<=', 'decrease', 'thời gian chờ đợi của người dân'],
      [90, '>', 'increase', 'tỷ lệ hài lòng'],
      [2, '<', 'decrease', 'Tỷ lệ hộ nghèo']
    ])
  })

  it('"từ 40% lên 60%", "từ 20 ngày xuống còn 10 ngày": the value it starts from is no target; the one it goes to is, with its direction and what moves', () => {
    expect(targets('- Nâng tỷ lệ hồ sơ trực tuyến từ 40% lên 60%.\n- Rút ngắn thời gian giải quyết hồ sơ đất đai từ 30 ngày xuống còn 15 ngày.', 'II. CHỈ TIÊU').map((t) => [t.value, t.comparator, t.change, t.subject])).toEqual([
      [60, '=', 'increase', 'tỷ lệ hồ sơ trực tuyến'],
      [15, '<=', 'decrease', 'thời gian giải quyết hồ sơ đất đai']
    ])
  })

  it('a count after its action names what is counted and what is done to it ("Kiểm tra 12 cơ quan, đơn vị" → "cơ quan, đơn vị được kiểm tra"), or the words that lead to it ("… tập huấn cho 150 cán bộ")', () => {
    expect(targets('- Kiểm tra 12 cơ quan, đơn vị.\n- Số hóa 1.200 hồ sơ.\n- Tổ chức 02 hội nghị tập huấn cho 150 cán bộ.', 'II. CHỈ TIÊU').map((t) => [t.value, t.subject])).toEqual([
      [12, 'cơ quan, đơn vị được kiểm tra'],
      [1200, 'hồ sơ được số hóa'],
      [2, 'hội nghị tập huấn cho 150 cán bộ'],
      [150, 'Tổ chức 02 hội nghị tập huấn cho cán bộ']
    ])
  })

  it('"1.500.000.000 đồng (Một tỷ năm trăm triệu đồng)": the words are no second, partial amount', () => {
    const text = 'III. KINH PHÍ\nTổng kinh phí: 1.500.000.000 đồng (Một tỷ năm trăm triệu đồng).'
    const plan = parsePlan(text)
    const amounts: Array<[number, string | null]> = []
    walk(plan, (node) => {
      if (node.type === 'quantity') amounts.push([node.amount, node.unit])
    })
    expect(amounts).toEqual([[1500000000, 'đồng']])
  })
})

describe('a list of figures ("25% UBND cấp huyện và 10% UBND cấp xã") outside the objectives', () => {
  it('shares the first one\'s status: the figure after "và" is a target too', () => {
    const list = targets('2. Đối tượng kiểm tra\nKiểm tra tối thiểu 30% cơ quan chuyên môn; 25% UBND cấp huyện và 10% UBND cấp xã.', 'II. NỘI DUNG KIỂM TRA')
    expect(list.map((t) => [t.value, t.comparator])).toEqual([[30, '>='], [25, '='], [10, '=']])
  })
})

describe('a measure named before its share, and a figure said again in brackets', () => {
  it('"đến năm 2025 có 80% và đến năm 2030 có 100% hồ sơ được số hóa": the first figure measures what the second does', () => {
    expect(targets('- Phấn đấu đến năm 2025 có 80% và đến năm 2030 có 100% hồ sơ được số hóa.').map((t) => [t.value, t.year, t.subject])).toEqual([
      [80, 2025, 'hồ sơ được số hóa'],
      [100, 2030, 'hồ sơ được số hóa']
    ])
  })

  it('indicator lines "Nhãn: giá trị": the label is the subject, a comparator or a unit said in it counts, signs compare ("≥90%")', () => {
    const list = targets(['- Tỷ lệ hồ sơ giải quyết đúng hạn: 98%.', '- Tỷ lệ hồ sơ trực tuyến (%): 80.', '- Chỉ số SIPAS: ≥ 90%.', '- Chỉ số PAR INDEX: ≥90%; xếp hạng: top 20.', '- Thời gian chờ tối đa: 15 phút.', '- Tỷ lệ hộ nghèo < 2%.'].join('\n'))
    expect(list.map((t) => [t.comparator, t.value, t.unit, t.subject])).toEqual([
      ['=', 98, '%', 'Tỷ lệ hồ sơ giải quyết đúng hạn'],
      ['=', 80, '%', 'Tỷ lệ hồ sơ trực tuyến'],
      ['>=', 90, '%', 'Chỉ số SIPAS'],
      ['>=', 90, '%', 'Chỉ số PAR INDEX'],
      // "xếp hạng" alone names nothing: the rank ranks what the figure before it measures.
      ['<=', 20, null, 'Chỉ số PAR INDEX'],
      ['<=', 15, 'phút', 'Thời gian chờ'],
      ['<', 2, '%', 'Tỷ lệ hộ nghèo']
    ])
  })

  it('a count after its label in the objectives is a target ("Số cuộc kiểm tra: 05 cuộc"); in the tasks it is not', () => {
    expect(targets('- Số cuộc kiểm tra: 05 cuộc.\n- Số sáng kiến được công nhận (sáng kiến): 05.').map((t) => [t.value, t.unit, t.subject])).toEqual([
      [5, 'cuộc', 'Số cuộc kiểm tra'],
      [5, 'sáng kiến', 'Số sáng kiến được công nhận']
    ])
    expect(targets('- Tổ chức kiểm tra: 05 cuộc.', 'III. NHIỆM VỤ')).toEqual([])
  })

  it('in the tasks, a share that opens an item is a goal, whatever its bullet ("-", "+", "•", "*")', () => {
    expect(targets('1. Cải cách TTHC\n* 100% thủ tục hành chính được công khai.\n• 100% hồ sơ được số hóa.\n- 95% hồ sơ đúng hạn.', 'III. NHIỆM VỤ').map((t) => t.value)).toEqual([100, 100, 95])
  })

  it('in the tasks, a share of what an item does is its goal ("- Niêm yết công khai 100% TTHC"); a report of the past and a share of no action are not', () => {
    const body = '1. Cải cách TTHC\n- Niêm yết công khai 100% TTHC tại Bộ phận một cửa.\n- Kiểm tra 30% cơ quan, đơn vị trong năm.\n' +
      '- Phấn đấu tích hợp 70% dịch vụ công trực tuyến với Cổng Dịch vụ công quốc gia.\n- Năm 2020 đã giải quyết 98% hồ sơ đúng hạn.\n- Rà soát các quy định, 50% trong số đó được sửa đổi.'
    expect(targets(body, 'III. NHIỆM VỤ').map((t) => [t.value, t.subject])).toEqual([
      [100, 'TTHC tại Bộ phận một cửa được niêm yết công khai'],
      [30, 'cơ quan, đơn vị được kiểm tra trong năm'],
      [70, 'dịch vụ công trực tuyến được tích hợp với Cổng Dịch vụ công quốc gia']
    ])
  })

  it('"Huy động 99% trẻ 6 tuổi vào lớp 1": who is mobilised, where to; "duy trì ổn định" is no part of a subject', () => {
    expect(targets('- Huy động 99% trẻ 6 tuổi vào lớp 1.\n- Tỷ lệ che phủ rừng duy trì ổn định 45%.').map((t) => [t.value, t.subject])).toEqual([
      [99, 'trẻ 6 tuổi được huy động vào lớp 1'],
      [45, 'Tỷ lệ che phủ rừng']
    ])
  })

  it('"… chiếm trên 70% tổng số": the measure is the subject; "Đến cuối năm 2025," is the deadline, not the subject', () => {
    expect(targets('- Tỷ lệ cán bộ được bồi dưỡng chiếm trên 70% tổng số.').map((t) => [t.value, t.comparator, t.subject])).toEqual([[70, '>', 'Tỷ lệ cán bộ được bồi dưỡng']])
    expect(targets('- Đến cuối năm 2025, tỷ lệ số hóa đạt 80%.').map((t) => [t.value, t.year, t.subject])).toEqual([[80, 2025, 'tỷ lệ số hóa']])
  })

  it('"Tỷ lệ giải ngân đạt 95 - 100% kế hoạch vốn": the measure is the subject, what follows the whole', () => {
    expect(targets('- Tỷ lệ giải ngân đạt 95 - 100% kế hoạch vốn.').map((t) => [t.value, t.valueTo, t.subject])).toEqual([[95, 100, 'Tỷ lệ giải ngân']])
  })

  it('"Tỷ trọng kinh tế số đạt 20% GDP": a share of the economy names the measure first, GDP is the whole', () => {
    expect(targets('1. Tỷ trọng kinh tế số đạt 20% GDP vào năm 2025.').map((t) => [t.value, t.year, t.subject])).toEqual([[20, 2025, 'Tỷ trọng kinh tế số']])
    expect(targets('- Tốc độ tăng trưởng kinh tế đạt 7% GRDP.').map((t) => [t.value, t.subject])).toEqual([[7, 'Tốc độ tăng trưởng kinh tế']])
  })

  it('"đạt từ 43 điểm trở lên, thuộc nhóm 20 tỉnh …": the rank ranks what the score before it measures', () => {
    expect(targets('Phấn đấu Chỉ số PAPI của tỉnh đến năm 2025 đạt từ 43 điểm trở lên, thuộc nhóm 20 tỉnh, thành phố có điểm số cao nhất cả nước.').map((t) => [t.value, t.unitKind, t.subject])).toEqual([
      [43, 'score', 'Chỉ số PAPI của tỉnh'],
      [20, 'rank', 'Chỉ số PAPI của tỉnh']
    ])
  })

  it('"Giữ vững vị trí trong nhóm 10 tỉnh dẫn đầu về Chỉ số PAR INDEX": the rank ranks what is named after "về"; "đạt mức trên 90%" leaves no "đạt mức" in the subject', () => {
    expect(targets('- Giữ vững vị trí trong nhóm 10 tỉnh dẫn đầu về Chỉ số PAR INDEX.').map((t) => [t.value, t.unitKind, t.subject])).toEqual([[10, 'rank', 'Chỉ số PAR INDEX']])
    expect(targets('- Tỷ lệ hài lòng của người dân đạt mức trên 90%.').map((t) => [t.value, t.comparator, t.subject])).toEqual([[90, '>', 'Tỷ lệ hài lòng của người dân']])
  })

  it('"Năm 2024, Chỉ số PAR INDEX đạt 85,5%, phấn đấu năm 2025 đạt trên 88%, xếp trong nhóm 15 …": the result reported first names what the target measures; a lone word ("tỉnh") does not', () => {
    const text = 'KẾ HOẠCH\nCải cách hành chính năm 2025\nI. MỤC TIÊU\n- Năm 2024, Chỉ số PAR INDEX của tỉnh đạt 85,5% (xếp thứ 20/63), phấn đấu năm 2025 đạt trên 88%, xếp trong nhóm 15 tỉnh dẫn đầu.\n- Năm 2024, tỉnh đạt 69,66 điểm, phấn đấu năm 2025 đạt tối thiểu 72 điểm.'
    expect(parsePlan(text).targets.map((t) => [t.value, t.comparator, t.subject])).toEqual([
      [88, '>', 'Chỉ số PAR INDEX của tỉnh'],
      [15, '<=', 'Chỉ số PAR INDEX của tỉnh'],
      [72, '>=', null]
    ])
  })

  it('… also past a ";" that opens the aim ("… tăng 0,33% so với năm 2022; phấn đấu năm 2025 đạt trên 86%"), not past one that opens another measure', () => {
    const text = 'KẾ HOẠCH\nCải cách hành chính năm 2025\nI. MỤC TIÊU\n- Năm 2024, Chỉ số PAR INDEX đạt 84,38%, tăng 0,33% so với năm 2023; phấn đấu năm 2025 đạt trên 86%.\n- Năm 2024, tỷ lệ A đạt 90%; tỷ lệ B năm 2025 đạt 95%.'
    expect(parsePlan(text).targets.map((t) => [t.value, t.subject])).toEqual([
      [86, 'Chỉ số PAR INDEX'],
      [95, 'tỷ lệ B']
    ])
  })

  it('… also past a full stop when the next sentence opens the aim ("… xếp thứ 20/63. Phấn đấu năm 2025 đạt trên 87%"), not when it does not', () => {
    const text = 'KẾ HOẠCH\nCải cách hành chính năm 2025\nI. MỤC TIÊU\n- Năm 2024, Chỉ số PAR INDEX của tỉnh đạt 85,5%, xếp thứ 20/63. Phấn đấu năm 2025 đạt trên 87%.\n- Năm 2024, Chỉ số SIPAS đạt 80%. Năm 2025 đạt trên 85%.'
    expect(parsePlan(text).targets.map((t) => [t.value, t.subject])).toEqual([
      [87, 'Chỉ số PAR INDEX của tỉnh'],
      [85, null]
    ])
  })

  it('a figure in brackets after an earlier year ("cao hơn năm 2024 (86,2%)") is that year\'s, no target', () => {
    const text = 'KẾ HOẠCH\nCải cách hành chính năm 2025\nI. MỤC TIÊU\n- Phấn đấu Chỉ số SIPAS đạt 88% trở lên, cao hơn năm 2024 (86,2%).\n- Phấn đấu đến năm 2026 (100%) hồ sơ được số hóa.'
    expect(parsePlan(text).targets.map((t) => [t.value, t.year])).toEqual([[88, 2025], [100, 2026]])
  })

  it('"100% (15/15) xã đạt chuẩn": one target, the count in brackets no second one nor its subject', () => {
    expect(targets('- 100% (15/15) xã đạt chuẩn nông thôn mới.').map((t) => [t.value, t.subject])).toEqual([[100, 'xã đạt chuẩn nông thôn mới']])
  })
})

describe('"năm" after "mỗi", "hằng", "trong" is the year, and yearly counts in the objectives', () => {
  it('"Mỗi năm tổ chức 01 đợt kiểm tra" is one yearly target, no "5 tổ chức"', () => {
    expect(targets('- Mỗi năm tổ chức 01 đợt kiểm tra.\n- Hằng năm tổ chức 02 hội nghị đối thoại.').map((t) => [t.value, t.unit, t.annual])).toEqual([
      [1, 'đợt', true],
      [2, 'hội nghị', true]
    ])
    expect(targets('- Đào tạo tối thiểu năm cán bộ.').map((t) => [t.value, t.unit])).toEqual([[5, 'cán bộ']])
  })

  it('"Tổ chức ít nhất 02 đợt kiểm tra CCHC/năm": "/năm" after what is counted makes it yearly', () => {
    expect(targets('- Tổ chức ít nhất 02 đợt kiểm tra CCHC/năm.').map((t) => [t.value, t.unit, t.annual, t.subject])).toEqual([[2, 'đợt', true, 'đợt kiểm tra CCHC']])
  })
})

describe('a baseline said after two figures ("84,38%, tăng 0,33% so với năm 2022")', () => {
  it('belongs to the change next to it, not to the level before', () => {
    expect(targets('- Chỉ số SIPAS đạt 84,38%, tăng 0,33% so với năm 2022.').map((t) => [t.value, t.change, t.baselineYear])).toEqual([
      [84.38, null, null],
      [0.33, 'increase', 2022]
    ])
  })
})

describe('budgets, amounts said again in words, and pointers to appendices', () => {
  it('a budget in the funding part is no target, nor its amount in words ("Bằng chữ: …")', () => {
    const list = targets('- Thu hút 3 tỷ USD vốn đầu tư.\nIII. KINH PHÍ\n1. Nguồn ngân sách tỉnh\nDự toán kinh phí: 250.000.000 đồng (Bằng chữ: Hai trăm năm mươi triệu đồng).')
    expect(list.map((t) => [t.value, t.unit])).toEqual([[3, 'tỷ USD']])
  })

  it('"(chi tiết tại Phụ lục I)" after a figure is no part of its subject; "(cấp tỉnh)" is', () => {
    expect(targets('- Phấn đấu Chỉ số PAPI đạt từ 44 điểm trở lên (chi tiết tại Phụ lục I).').map((t) => t.subject)).toEqual(['Chỉ số PAPI'])
    expect(targets('- Tỷ lệ hài lòng đạt 98% (cấp tỉnh), 95% (cấp huyện).').map((t) => t.subject)).toEqual(['Tỷ lệ hài lòng (cấp tỉnh)', 'Tỷ lệ hài lòng (cấp huyện)'])
  })
})

describe('a subject that is only a place ("tại Bộ phận một cửa cấp huyện")', () => {
  it('measures what the target before it measured, there', () => {
    expect(targets('- Năng suất tiếp nhận hồ sơ của 01 nhân sự tại Trung tâm Phục vụ hành chính công tỉnh tối thiểu là 1.600 hồ sơ/năm; tại Bộ phận một cửa cấp huyện tối thiểu là 1.200 hồ sơ/năm.').map((t) => t.subject)).toEqual([
      'Năng suất tiếp nhận hồ sơ của 01 nhân sự tại Trung tâm Phục vụ hành chính công tỉnh',
      'Năng suất tiếp nhận hồ sơ của 01 nhân sự tại Bộ phận một cửa cấp huyện'
    ])
  })
})

describe('comparators said in other words, and shares', () => {
  it.each([
    ['- Tỷ lệ hồ sơ trực tuyến không thấp hơn 80%.', '>=', 'Tỷ lệ hồ sơ trực tuyến'],
    ['- Tỷ lệ hộ nghèo ít hơn 3%.', '<', 'Tỷ lệ hộ nghèo'],
    ['- Tỷ lệ tiêm chủng đạt tối thiểu bằng 95%.', '>=', 'Tỷ lệ tiêm chủng'],
    ['- Tỷ lệ hồ sơ số hóa cao hơn 70%.', '>', 'Tỷ lệ hồ sơ số hóa'],
    ['- Tỷ lệ đô thị hóa tăng lên 45%.', '=', 'Tỷ lệ đô thị hóa'],
    ['- Chi thường xuyên chiếm tỷ lệ 30% tổng chi ngân sách.', '=', 'Chi thường xuyên'],
    ['- Kinh tế số chiếm tỷ trọng tối thiểu 30% GRDP.', '>=', 'Kinh tế số'],
    ['- Chi cho khoa học, công nghệ đạt 2% tổng chi ngân sách.', '=', 'Chi cho khoa học, công nghệ'],
    ['- 100% tổng số hồ sơ được số hóa.', '=', 'tổng số hồ sơ được số hóa'],
    ['- 95% cán bộ có trình độ đại học trở lên.', '=', 'cán bộ có trình độ đại học trở lên'],
    ['- Tỷ lệ đô thị hóa đạt khoảng 45%.', '~', 'Tỷ lệ đô thị hóa'],
    ['- Tỷ lệ che phủ rừng đạt xấp xỉ 60%.', '~', 'Tỷ lệ che phủ rừng'],
    ['- Tỷ lệ che phủ rừng đạt ≈ 60%.', '~', 'Tỷ lệ che phủ rừng'],
    ['- 100% xã đạt chuẩn nông thôn mới, trong đó 30% xã đạt chuẩn nâng cao.', '=', 'xã đạt chuẩn nông thôn mới']
  ])('%s', (line, comparator, subject) => {
    const [t] = targets(line)
    expect([t!.comparator, t!.subject]).toEqual([comparator, subject])
  })
})

describe('a year after a comma that opens the next figure ("Mỗi năm giảm 5% biên chế, đến năm 2026 giảm 10%")', () => {
  it('is that figure\'s deadline, and "mỗi năm" stays with the first', () => {
    expect(targets('- Mỗi năm giảm 5% biên chế, đến năm 2026 giảm 10%.').map((t) => [t.value, t.year, t.yearSource, t.annual])).toEqual([
      [5, 2025, 'plan', true],
      [10, 2026, 'clause', false]
    ])
  })

  it('a year said once after a list of figures is the deadline of each', () => {
    expect(targets('- Phấn đấu 100% hồ sơ cấp tỉnh, 90% cấp huyện và 70% cấp xã được xử lý trên môi trường mạng trong năm 2024.').map((t) => t.year)).toEqual([2024, 2024, 2024])
  })
})

describe('a result of a year before the plan\'s, next to the target ("năm 2022 đạt 69,66 điểm; phấn đấu năm 2023 đạt 72 điểm")', () => {
  it.each([
    ['KẾ HOẠCH\nCải cách hành chính năm 2023\n'],
    ['KẾ HOẠCH\nCải cách hành chính giai đoạn 2023 - 2025\n'],
    ['Số: 1/KH-UBND\nAn Giang, ngày 05 tháng 01 năm 2023\nKẾ HOẠCH\nCải cách hành chính\n']
  ])('is reported, the period or the date giving the plan\'s year: %j', (head) => {
    const plan = parsePlan(`${head}II. MỤC TIÊU\n- Chỉ số PAPI năm 2022 đạt 69,66 điểm; phấn đấu năm 2023 đạt 72 điểm.\n- Năm 2022, Chỉ số SIPAS đạt 85%, phấn đấu năm 2023 đạt trên 87%.`)
    expect(plan.targets.map((t) => [t.value, t.year])).toEqual([[72, 2023], [87, 2023]])
  })

  it('with no year of the plan, a later year aimed at just after it tells ("…; phấn đấu năm 2023 …"); a list of milestones stays targets', () => {
    expect(parsePlan('II. MỤC TIÊU\n- Năm 2022, Chỉ số SIPAS đạt 85%, phấn đấu năm 2023 đạt trên 87%.').targets.map((t) => t.value)).toEqual([87])
    expect(parsePlan('II. MỤC TIÊU\n- Chỉ số PAPI năm 2022 đạt 69,66 điểm; phấn đấu năm 2023 đạt 72 điểm.').targets.map((t) => t.value)).toEqual([72])
    expect(parsePlan('II. MỤC TIÊU\n- Đến năm 2025 đạt 90%; phấn đấu đến năm 2030 đạt 100%.').targets.map((t) => t.value)).toEqual([90, 100])
  })

  it('"Sau năm 2020, …" starts a period: no year of the figure, which stays a target', () => {
    expect(parsePlan('KẾ HOẠCH\nCải cách hành chính năm 2024\nI. MỤC TIÊU\n- Sau năm 2020, tỷ lệ hồ sơ trực tuyến đạt 90%.').targets.map((t) => [t.value, t.year])).toEqual([[90, 2024]])
  })
})

describe('multiples and rates per people in the objectives', () => {
  it('"gấp 2 lần so với năm 2020" is a target, also after another figure of the clause', () => {
    expect(targets('- Thu nhập bình quân đầu người gấp 2 lần so với năm 2020.\n- Kim ngạch xuất khẩu đạt 1.500 triệu USD, gấp 2 lần so với năm 2025.').map((t) => [t.value, t.unit, t.baselineYear, t.subject])).toEqual([
      [2, 'lần', 2020, 'Thu nhập bình quân đầu người'],
      [1500, 'triệu USD', null, 'Kim ngạch xuất khẩu'],
      [2, 'lần', 2025, 'Kim ngạch xuất khẩu']
    ])
  })

  it('"gấp 2 lần năm 2020" without "so với": the year is the baseline, not the deadline', () => {
    expect(targets('- GRDP bình quân đầu người năm 2025 gấp 2 lần năm 2020.').map((t) => [t.value, t.unit, t.year, t.baselineYear])).toEqual([[2, 'lần', 2025, 2020]])
  })

  it('"… nông thôn mới nâng cao": a qualifier at the end of the subject, not a change word', () => {
    expect(targets('- Có ít nhất 80% số xã đạt chuẩn nông thôn mới, trong đó 30% xã đạt chuẩn nông thôn mới nâng cao.').map((t) => [t.value, t.subject])).toEqual([
      [80, 'số xã đạt chuẩn nông thôn mới'],
      [30, 'xã đạt chuẩn nông thôn mới nâng cao']
    ])
  })

  it('"35 giường/vạn dân" is a rate of beds per ten thousand people', () => {
    expect(targets('- Số giường bệnh đạt 35 giường/vạn dân.').map((t) => [t.value, t.unit, t.unitKind, t.subject])).toEqual([[35, 'giường/vạn dân', 'rate', 'Số giường bệnh']])
  })
})

describe('"khoảng" (about) only states an amount', () => {
  it('a figure "khoảng" with no aim in the situation is no target', () => {
    expect(targets('1. Thực trạng\nHiện nay toàn huyện có khoảng 200 cán bộ, công chức.', 'I. ĐÁNH GIÁ')).toEqual([])
  })
})

describe('a share of what an action is done to ("Kiểm tra tối thiểu 30% các cơ quan")', () => {
  it.each([
    ['- Kiểm tra tối thiểu 30% các cơ quan chuyên môn thuộc UBND huyện.', 'các cơ quan chuyên môn thuộc UBND huyện được kiểm tra'],
    ['- Hoàn thành 100% nhiệm vụ theo kế hoạch.', 'nhiệm vụ theo kế hoạch được hoàn thành'],
    ['- Phấn đấu 100% hồ sơ được giải quyết đúng hạn.', 'hồ sơ được giải quyết đúng hạn'],
    ['- Giảm tối thiểu 20% thời gian giải quyết.', 'thời gian giải quyết']
  ])('%s', (line, subject) => {
    expect(targets(line)[0]!.subject).toBe(subject)
  })

  it('a share coordinated with the first ("… và 100% UBND các xã") has the same action', () => {
    expect(targets('- Kiểm tra tối thiểu 30% các phòng chuyên môn và 100% UBND các xã; 100% các vấn đề phát hiện được xử lý.').map((t) => t.subject)).toEqual([
      'các phòng chuyên môn được kiểm tra',
      'UBND các xã được kiểm tra',
      'các vấn đề phát hiện được xử lý'
    ])
  })
})

describe('targets of a socio-economic plan (chỉ tiêu phát triển kinh tế - xã hội)', () => {
  it('"duy trì ở mức 38%" is a share held, no level ("mức độ 3, 4"), and the verb is no part of its subject', () => {
    expect(targets('- Tỷ lệ che phủ rừng duy trì ở mức 38%.').map((t) => [t.value, t.unit, t.subject])).toEqual([[38, '%', 'Tỷ lệ che phủ rừng']])
    // A level list stays no amount.
    expect(targets('- Cung cấp 100% dịch vụ công trực tuyến mức độ 3, 4.').map((t) => t.value)).toEqual([100])
  })

  it('"so với cuối năm 2024" is the baseline, and the year does not make the figure a past result', () => {
    const text = 'KẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2025\nI. MỤC TIÊU\n- Tỷ lệ hộ nghèo giảm 1,5% so với cuối năm 2024.\n'
    expect(parsePlan(text).targets.map((t) => [t.value, t.change, t.baselineYear, t.year, t.subject])).toEqual([[1.5, 'decrease', 2024, 2025, 'Tỷ lệ hộ nghèo']])
  })

  it('every count under "2. Các chỉ tiêu chủ yếu" is a target, "Có thêm 05 xã" an increase', () => {
    const list = targets('2. Các chỉ tiêu chủ yếu\n- Tạo việc làm mới cho khoảng 25.000 lao động.\n- Có thêm 05 xã đạt chuẩn nông thôn mới.')
    expect(list.map((t) => [t.value, t.unit, t.comparator, t.change])).toEqual([
      [25000, 'lao động', '~', null],
      [5, 'xã', '=', 'increase']
    ])
  })

  it('"Giảm tai nạn giao thông từ 5 - 10% trên cả 3 tiêu chí": what decreases is the subject, not what follows the range', () => {
    expect(targets('- Giảm tai nạn giao thông từ 5 - 10% trên cả 3 tiêu chí.').map((t) => [t.value, t.valueTo, t.change, t.subject])).toEqual([[5, 10, 'decrease', 'tai nạn giao thông']])
    // A change verb that opens a word of its own stays: "Tăng trưởng", "Nâng cao".
    expect(targets('- Tăng trưởng kinh tế đạt 8%.')[0]!.subject).toBe('Tăng trưởng kinh tế')
  })
})

describe('counts under "Mục tiêu cụ thể" and the action done to them', () => {
  it('every count under "II. MỤC TIÊU CỤ THỂ" is a target; "Xây dựng 05 mô hình", "Cấp 500.000 tài khoản" name what is built or issued', () => {
    const list = targets('- Xây dựng 05 mô hình điểm.\n- Cấp 500.000 tài khoản định danh điện tử mức độ 2.', 'II. MỤC TIÊU CỤ THỂ')
    expect(list.map((t) => [t.value, t.unit, t.subject])).toEqual([
      [5, 'mô hình', 'mô hình điểm được xây dựng'],
      [500000, 'tài khoản', 'tài khoản định danh điện tử mức độ 2 được cấp']
    ])
  })

  it('under "1. Mục tiêu chung" a count still only describes', () => {
    expect(targets('1. Mục tiêu chung\nTập trung vào 06 lĩnh vực trọng tâm.')).toEqual([])
  })
})

describe('a part of a target said after "trong đó" ("100% hồ sơ … đúng hạn, trong đó trước hạn đạt 30%")', () => {
  it('the whole\'s subject stops before "trong đó"; the part is a target of its own', () => {
    expect(targets('a) 100% TTHC thuộc thẩm quyền được giải quyết đúng hạn, trong đó trước hạn đạt ít nhất 30%.', 'II. CHỈ TIÊU').map((t) => [t.value, t.comparator, t.subject])).toEqual([
      [100, '=', 'TTHC thuộc thẩm quyền được giải quyết đúng hạn'],
      [30, '>=', 'TTHC thuộc thẩm quyền được giải quyết đúng hạn, trong đó trước hạn']
    ])
  })

  it('a part that says only what is done ("trong đó 80% được tái sử dụng") counts the thing the whole counts', () => {
    expect(targets('- 100% hồ sơ được số hóa; trong đó 80% được tái sử dụng.', 'II. CHỈ TIÊU').map((t) => [t.value, t.subject])).toEqual([
      [100, 'hồ sơ được số hóa'],
      [80, 'hồ sơ được tái sử dụng']
    ])
  })
})

describe('a share of those an action is done for ("Đào tạo kỹ năng số cho 100% cán bộ")', () => {
  it.each([
    ['- Đào tạo, bồi dưỡng kỹ năng số cho 100% cán bộ, công chức, viên chức.', 'cán bộ, công chức, viên chức được đào tạo, bồi dưỡng kỹ năng số'],
    ['- Tập huấn cho 100% công chức.', 'công chức được tập huấn'],
    ['- Cung cấp thông tin cho tối thiểu 90% người dân.', 'người dân được cung cấp thông tin'],
    // Where it reaches ("đến"), and what it gives as written ("4G", "VNeID").
    ['- Phủ sóng 4G đến 100% thôn, ấp.', 'thôn, ấp được phủ sóng 4G'],
    ['- Cấp tài khoản VNeID cho 80% công dân.', 'công dân được cấp tài khoản VNeID']
  ])('%s', (line, subject) => {
    expect(targets(line).map((t) => t.subject)).toEqual([subject])
  })
})

describe('an age group bounded twice ("công dân từ đủ 14 tuổi trở lên") and the action done for it', () => {
  it('the age is no target; the share counts those the action is done for', () => {
    expect(targets('3. Hoàn thành cấp tài khoản định danh điện tử mức độ 2 cho 80% công dân từ đủ 14 tuổi trở lên.', 'II. CHỈ TIÊU').map((t) => [t.value, t.unit, t.subject])).toEqual([
      [80, '%', 'công dân từ đủ 14 tuổi trở lên được cấp tài khoản định danh điện tử mức độ 2']
    ])
  })
})

describe('population targets (chỉ tiêu dân số)', () => {
  it.each([
    ['- Tỷ số giới tính khi sinh không quá 110 bé trai/100 bé gái.', [110, 'bé trai/100 bé gái', '<=', 'Tỷ số giới tính khi sinh']],
    ['- Tổng tỷ suất sinh đạt 2,1 con/phụ nữ.', [2.1, 'con/phụ nữ', '=', 'Tổng tỷ suất sinh']]
  ])('%s', (line, expected) => {
    expect(targets(line, 'II. CHỈ TIÊU').map((t) => [t.value, t.unit, t.comparator, t.subject])).toEqual([expected])
  })
})

describe('a baseline named with what it is ("so với biên chế được giao năm 2022") and a list that opens the sentence', () => {
  it('the year after "so với biên chế được giao" is the baseline, no past year; "Tinh giản" is the change', () => {
    const text = 'KẾ HOẠCH\nCải cách hành chính năm 2025\nII. MỤC TIÊU CỤ THỂ\n- Tinh giản biên chế đạt ít nhất 5% so với biên chế được giao năm 2022.\n'
    expect(parsePlan(text).targets.map((t) => [t.value, t.comparator, t.change, t.baselineYear, t.year, t.subject])).toEqual([[5, '>=', 'decrease', 2022, 2025, 'biên chế']])
  })

  it('"Cấp tỉnh, cấp huyện, cấp xã đạt tỷ lệ số hóa hồ sơ tối thiểu tương ứng là 80%, 70% và 60%": the measure after the verb, of each level', () => {
    expect(targets('- Cấp tỉnh, cấp huyện, cấp xã đạt tỷ lệ số hóa hồ sơ tối thiểu tương ứng là 80%, 70% và 60%.\n- Sở Nội vụ, Sở Tư pháp có tỷ lệ hài lòng tương ứng là 95% và 90%.').map((t) => [t.value, t.subject])).toEqual([
      [80, 'tỷ lệ số hóa hồ sơ của cấp tỉnh'],
      [70, 'tỷ lệ số hóa hồ sơ của cấp huyện'],
      [60, 'tỷ lệ số hóa hồ sơ của cấp xã'],
      [95, 'tỷ lệ hài lòng của Sở Nội vụ'],
      [90, 'tỷ lệ hài lòng của Sở Tư pháp']
    ])
  })
})

describe('targets told in a news article (tin bài)', () => {
  it('"Theo đó, … phấn đấu 100% …; … đạt 80%. Đồng thời, tỷ lệ … đạt tối thiểu 45%": the linking words are no part of a subject; last year\'s result is no target', () => {
    const text = 'Ngày 12/3/2024, UBND tỉnh Gia Lai ban hành Kế hoạch số 678/KH-UBND về chuyển đổi số tỉnh năm 2024.\n\n' +
      'Theo đó, mục tiêu năm 2024, tỉnh phấn đấu 100% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng; tỷ lệ dịch vụ công trực tuyến toàn trình đạt 80%. Đồng thời, tỷ lệ hồ sơ thanh toán trực tuyến đạt tối thiểu 45%.\n\n' +
      'Năm 2023, toàn tỉnh đã có 65% hồ sơ được xử lý trực tuyến, tăng 10% so với năm 2022.\n'
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.targets.map((t) => [t.value, t.comparator, t.year, t.subject])).toEqual([
      [100, '=', 2024, 'hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng'],
      [80, '=', 2024, 'tỷ lệ dịch vụ công trực tuyến toàn trình'],
      [45, '>=', 2024, 'tỷ lệ hồ sơ thanh toán trực tuyến']
    ])
  })
})
