/** Phân công trách nhiệm (who must do what) in the implementation part. */

import {describe, expect, it} from 'vitest'
import {parsePlan} from '../../src/index.js'
import {canonicalAgency} from '../../src/resolve/agencies.js'
import {expectInvariants} from '../helpers.js'

describe('responsibilities', () => {
  const text = [
    'II. MỤC TIÊU',
    '- 100% hồ sơ được số hóa.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Sở Nội vụ',
    '- Chủ trì theo dõi, đôn đốc thực hiện Kế hoạch; phấn đấu 100% cơ quan được kiểm tra.',
    '- Tham mưu thực hiện Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.',
    '2. Phòng Tư pháp huyện',
    '- Theo dõi thi hành pháp luật.',
    '3. Văn phòng UBND tỉnh theo dõi, kiểm tra, đôn đốc việc thực hiện Kế hoạch này.',
    '4. Các cơ quan, đơn vị khác',
    '- Sở TT&TT: triển khai nền tảng tích hợp dữ liệu.',
    '- Sở Tài chnh: bố trí kinh phí.',
    '5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
    'Giám sát việc thực hiện.'
  ].join('\n')
  const plan = parsePlan(text)

  it('reads agencies from headings, sentences and lead-ins, with duties', () => {
    expectInvariants(plan, text)
    expect(plan.responsibilities.map((r) => [r.agency, r.canonical, r.duties.length])).toEqual([
      ['Sở Nội vụ', 'Sở Nội vụ', 2],
      ['Phòng Tư pháp huyện', 'Phòng Tư pháp', 1],
      ['Văn phòng UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh', 1],
      ['Sở TT&TT', 'Sở Thông tin và Truyền thông', 1],
      ['Sở Tài chnh', 'Sở Tài chính', 1],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam', 1]
    ])
  })

  it('links the instruments and targets its duties mention', () => {
    const first = plan.responsibilities[0]!
    expect(first.citations).toEqual(['61/2018/NĐ-CP'])
    expect(first.targets.map((i) => plan.targets[i]!.subject)).toEqual(['cơ quan được kiểm tra'])
  })

  it.each([
    ['Sở TT&TT', 'Sở Thông tin và Truyền thông'],
    ['Sở KH&ĐT tỉnh', 'Sở Kế hoạch và Đầu tư'],
    ['VP UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh'],
    ['Sở Tài chnh', 'Sở Tài chính'],
    ['SỞ NỘI VỤ', 'Sở Nội vụ'],
    ['Ban Dân tộc', 'Ban Dân tộc'],
    ['Bảo hiểm xã hội huyện', 'Bảo hiểm xã hội'],
    ['Văn phòng UBND huyện', 'Văn phòng Ủy ban nhân dân huyện'],
    ['Vụ Tổ chức cán bộ', 'Vụ Tổ chức cán bộ'],
    ['Ban Quản lý chợ', null],
    // "&" for "và", abbreviations inside a name, the Party's bodies with their committee, other spellings of one office.
    ['Sở Thông tin & Truyền thông', 'Sở Thông tin và Truyền thông'],
    ['Sở Nông nghiệp và PTNT', 'Sở Nông nghiệp và Phát triển nông thôn'],
    ['Sở LĐTBXH', 'Sở Lao động - Thương binh và Xã hội'],
    ['Ủy ban MTTQ VN huyện', 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
    ['UBMTTQ Việt Nam tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
    ['Bộ Chỉ huy Quân sự tỉnh', 'Bộ Chỉ huy Quân sự'],
    ['Ban Tuyên giáo Tỉnh ủy', 'Ban Tuyên giáo'],
    ['Hội Cựu chiến binh huyện', 'Hội Cựu chiến binh'],
    ['Phòng KT-HT', 'Phòng Kinh tế và Hạ tầng'],
    ['Phòng Kinh tế - Hạ tầng huyện', 'Phòng Kinh tế và Hạ tầng'],
    ['Phòng Văn hóa - Thông tin', 'Phòng Văn hóa và Thông tin']
  ])('canonicalAgency(%s)', (name, canonical) => {
    expect(canonicalAgency(name)).toBe(canonical)
  })

  it('an agency spelled another way than its lexicon name ("Phòng Kinh tế - Hạ tầng chủ trì …") ends where its spelling does, not where a typo would match', () => {
    const plan = parsePlan('III. TỔ CHỨC THỰC HIỆN\n1. Phòng Nội vụ theo dõi.\n2. Phòng Kinh tế - Hạ tầng chủ trì thực hiện.\n3. Công chức Văn phòng - Thống kê tham mưu UBND xã triển khai.')
    expect(plan.responsibilities.map((r) => [r.agency, r.canonical])).toEqual([
      ['Phòng Nội vụ', 'Phòng Nội vụ'],
      ['Phòng Kinh tế - Hạ tầng', 'Phòng Kinh tế và Hạ tầng'],
      ['Công chức Văn phòng - Thống kê', 'Công chức Văn phòng - Thống kê']
    ])
  })

  it('a typo changes a letter, not a short word: "Văn phòng Sở" is not "Văn phòng Bộ", "Thanh tra Bộ" not "Thanh tra Sở"', () => {
    expect(canonicalAgency('Văn phòng Sở')).toBe('Văn phòng Sở')
    expect(canonicalAgency('Văn phòng Sỏ')).toBe('Văn phòng Sở')
    expect(canonicalAgency('Văn phòng Cục')).toBeNull()
    expect(canonicalAgency('Thanh tra Bộ')).toBe('Thanh tra Bộ')
  })

  it('a shared start is not a typo: "UBND các xã, thị trấn" is not "Ủy ban nhân dân xã"', () => {
    expect(canonicalAgency('UBND các xã, thị trấn xây dựng kế hoạch')).not.toBe('Ủy ban nhân dân xã')
  })

  it('a group heading keeps its own duties; agencies named inside it get theirs', () => {
    const group = parsePlan(
      [
        'IV. TỔ CHỨC THỰC HIỆN',
        '1. Các sở, ban, ngành tỉnh',
        '- Căn cứ chức năng, nhiệm vụ triển khai thực hiện Kế hoạch này.',
        '- Sở Tài chính: bố trí kinh phí thực hiện.',
        'a) Sở Nội vụ',
        '- Hướng dẫn, kiểm tra việc thực hiện.'
      ].join('\n')
    )
    expect(group.responsibilities.map((r) => [r.agency, r.duties])).toEqual([
      ['Các sở, ban, ngành tỉnh', ['Căn cứ chức năng, nhiệm vụ triển khai thực hiện Kế hoạch này.']],
      ['Sở Tài chính', ['bố trí kinh phí thực hiện.']],
      ['Sở Nội vụ', ['Hướng dẫn, kiểm tra việc thực hiện.']]
    ])
  })

  it('a heading "1. Sở Nội vụ: Chủ trì, …" hard-wrapped before its stop names the agency before the colon', () => {
    const plan = parsePlan(
      [
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Sở Nội vụ: Chủ trì, theo dõi, hướng dẫn, kiểm tra việc thực hiện',
        'Kế hoạch; tổng hợp báo cáo UBND tỉnh trước ngày 15 tháng 12 hằng năm.',
        '2. Văn phòng Sở: tham mưu Giám đốc Sở theo dõi việc thực hiện.'
      ].join('\n')
    )
    expect(plan.responsibilities.map((r) => [r.agency, r.canonical])).toEqual([
      ['Sở Nội vụ', 'Sở Nội vụ'],
      ['Văn phòng Sở', 'Văn phòng Sở']
    ])
    // The line cut before "Kế hoạch" goes on: one duty, the whole sentence.
    expect(plan.responsibilities[0]!.duties).toEqual(['Chủ trì, theo dõi, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; tổng hợp báo cáo UBND tỉnh trước ngày 15 tháng 12 hằng năm.'])
  })

  it('a heading that names the agency after a lead-in ("2. Trách nhiệm của UBND các huyện", "b) Đối với Sở Tư pháp")', () => {
    const plan = parsePlan(
      [
        'IV. TỔ CHỨC THỰC HIỆN',
        '1. Trách nhiệm của các sở, ban, ngành',
        'a) Sở Nội vụ',
        '- Là cơ quan thường trực, theo dõi.',
        'b) Đối với Sở Tư pháp',
        '- Rà soát văn bản.',
        '2. Trách nhiệm của UBND các huyện, thị xã, thành phố',
        '- Xây dựng kế hoạch.'
      ].join('\n')
    )
    expect(plan.responsibilities.map((r) => [r.agency, r.duties])).toEqual([
      ['Sở Nội vụ', ['Là cơ quan thường trực, theo dõi.']],
      ['Sở Tư pháp', ['Rà soát văn bản.']],
      ['UBND các huyện, thị xã, thành phố', ['Xây dựng kế hoạch.']]
    ])
  })

  it('a ministry plan: "1. Văn phòng Bộ chủ trì …", and an agency outside the lexicon ended by its verb ("là đầu mối")', () => {
    const ministry = parsePlan(
      [
        'IV. TỔ CHỨC THỰC HIỆN',
        '1. Văn phòng Bộ chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch.',
        '2. Các đơn vị thuộc Bộ căn cứ Kế hoạch này xây dựng kế hoạch của đơn vị.',
        '3. Trung tâm Lưu trữ quốc gia phối hợp thực hiện số hóa hồ sơ.',
        '4. Năm 2024 hoàn thành việc rà soát.',
        '5. Các cơ quan, đơn vị thuộc Bộ báo cáo kết quả thực hiện trước ngày 15/12/2024.',
        '6. Cục Chuyển đổi số quốc gia là đầu mối theo dõi, tổng hợp.'
      ].join('\n')
    )
    expect(ministry.responsibilities.map((r) => [r.agency, r.canonical])).toEqual([
      ['Văn phòng Bộ', 'Văn phòng Bộ'],
      ['Các đơn vị thuộc Bộ', 'Các đơn vị thuộc Bộ'],
      ['Trung tâm Lưu trữ quốc gia', null],
      ['Các cơ quan, đơn vị thuộc Bộ', null],
      ['Cục Chuyển đổi số quốc gia', null]
    ])
  })

  it('agencies formed in the 2025 reorganisation, and their abbreviations ("Sở NN&MT", "Phòng VH-XH", "Sở DT&TG")', () => {
    const plan = parsePlan('IV. TỔ CHỨC THỰC HIỆN\n1. Sở Nông nghiệp và Môi trường: chủ trì.\n2. Sở NN&MT: phối hợp.\n3. Phòng VH-XH: tuyên truyền.\n4. Sở DT&TG: phối hợp.\n5. Phòng Kinh tế, Hạ tầng và Đô thị: thực hiện.')
    expect(plan.responsibilities.map((r) => r.canonical)).toEqual([
      'Sở Nông nghiệp và Môi trường',
      'Sở Nông nghiệp và Môi trường',
      'Phòng Văn hóa - Xã hội',
      'Sở Dân tộc và Tôn giáo',
      'Phòng Kinh tế, Hạ tầng và Đô thị'
    ])
  })

  it('abbreviations of units outside the Sở and Phòng ("BHXH huyện", "KBNN tỉnh", "Trung tâm PVHCC tỉnh", "Sở TT-TT")', () => {
    const plan = parsePlan('IV. TỔ CHỨC THỰC HIỆN\n1. Sở TT-TT: chủ trì triển khai.\n2. BHXH huyện: phối hợp.\n3. Trung tâm PVHCC tỉnh: tiếp nhận hồ sơ.\n4. KBNN tỉnh: kiểm soát chi.')
    expect(plan.responsibilities.map((r) => [r.agency, r.canonical])).toEqual([
      ['Sở TT-TT', 'Sở Thông tin và Truyền thông'],
      ['BHXH huyện', 'Bảo hiểm xã hội'],
      ['Trung tâm PVHCC tỉnh', 'Trung tâm Phục vụ hành chính công'],
      ['KBNN tỉnh', 'Kho bạc Nhà nước']
    ])
  })

  it('a task table under the last agency\'s part is no duty of that agency (its rows are tasks)', () => {
    const plan = parsePlan(['II. TỔ CHỨC THỰC HIỆN', '1. Sở Nội vụ: chủ trì, theo dõi.', '2. Văn phòng UBND tỉnh: phối hợp.', '| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |', '| 1 | Khảo sát SIPAS | Sở Nội vụ | Tháng 9/2024 |'].join('\n'))
    expect(plan.responsibilities.map((r) => [r.agency, r.duties])).toEqual([
      ['Sở Nội vụ', ['chủ trì, theo dõi.']],
      ['Văn phòng UBND tỉnh', ['phối hợp.']]
    ])
    expect(plan.tasks.map((t) => [t.description, t.lead])).toEqual([['Khảo sát SIPAS', 'Sở Nội vụ']])
  })

  it('an agency whose name holds a duty verb ("Ban Chỉ đạo … chỉ đạo", "Ban lãnh đạo … quán triệt") ends at the verb written in lower case', () => {
    const plan = parsePlan(
      [
        'IV. TỔ CHỨC THỰC HIỆN',
        '1. Ban Chỉ đạo cải cách hành chính tỉnh chỉ đạo, đôn đốc các cơ quan thực hiện Kế hoạch.',
        '2. Ban lãnh đạo các sở, ngành quán triệt nội dung Kế hoạch.',
        '3. Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh xây dựng chương trình hành động.'
      ].join('\n')
    )
    expect(plan.responsibilities.map((r) => r.agency)).toEqual([
      'Ban Chỉ đạo cải cách hành chính tỉnh',
      'Ban lãnh đạo các sở, ngành',
      'Ban cán sự đảng UBND tỉnh'
    ])
  })

  it('a duty loses only a lead-in that names agencies ("Sở Tư pháp, Sở Xây dựng:"), never a sentence that says it ("Giao Sở Nội vụ chủ trì, … sau:")', () => {
    const plan = parsePlan(
      [
        'IV. TỔ CHỨC THỰC HIỆN',
        '1. Giao Sở Nội vụ chủ trì, phối hợp với các đơn vị thực hiện các nhiệm vụ sau: (1) theo dõi; (2) báo cáo.',
        '2. Sở Tư pháp, Sở Xây dựng: phối hợp thực hiện.',
        '3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh: phối hợp giám sát.'
      ].join('\n')
    )
    expect(plan.responsibilities.map((r) => [r.agency, r.duties])).toEqual([
      ['Sở Nội vụ', ['Giao Sở Nội vụ chủ trì, phối hợp với các đơn vị thực hiện các nhiệm vụ sau: (1) theo dõi; (2) báo cáo.']],
      ['Sở Tư pháp', ['phối hợp thực hiện.']],
      ['Sở Xây dựng', ['phối hợp thực hiện.']],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam', ['phối hợp giám sát.']]
    ])
  })

  it('the closing remark of the part ("Trong quá trình thực hiện, nếu có khó khăn …") is no duty of the agency before it', () => {
    const plan = parsePlan(
      [
        'IV. TỔ CHỨC THỰC HIỆN',
        '1. UBND các huyện, thị xã, thành phố:',
        '- Xây dựng kế hoạch của địa phương.',
        'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh.'
      ].join('\n')
    )
    expect(plan.responsibilities.map((r) => [r.agency, r.duties])).toEqual([['UBND các huyện, thị xã, thành phố', ['Xây dựng kế hoạch của địa phương.']]])
    // "Trên đây là Kế hoạch …" closes the plan: said to everyone.
    const closed = parsePlan('V. TỔ CHỨC THỰC HIỆN\n3. UBND các xã, thị trấn: Xây dựng kế hoạch thực hiện tại địa phương.\nTrên đây là Kế hoạch thực hiện công tác chuyển đổi số năm 2024./.')
    expect(closed.responsibilities.map((r) => [r.agency, r.duties])).toEqual([['UBND các xã, thị trấn', ['Xây dựng kế hoạch thực hiện tại địa phương.']]])
  })

  it('a commune plan: "Công chức Văn hóa - Xã hội:", "Các ban, ngành, đoàn thể xã:", "Trưởng các ấp:"', () => {
    const plan = parsePlan(
      [
        'IV. TỔ CHỨC THỰC HIỆN',
        '1. Công chức Văn hóa - Xã hội: chủ trì tham mưu triển khai Kế hoạch.',
        '2. Các ban, ngành, đoàn thể xã: phối hợp tuyên truyền.',
        '3. Trưởng các ấp: tuyên truyền đến hộ gia đình.'
      ].join('\n')
    )
    expect(plan.responsibilities.map((r) => r.agency)).toEqual(['Công chức Văn hóa - Xã hội', 'Các ban, ngành, đoàn thể xã', 'Trưởng các ấp'])
  })

  it('bullets and paragraphs with the agency as subject: "- Sở Tài chính bố trí kinh phí …", "Giao Phòng Tư pháp chủ trì …"', () => {
    const plan = parsePlan(
      [
        'VI. TỔ CHỨC THỤC HIỆN',
        'Sở Nội vụ theo dõi, hướng dẫn, kiểm tra việc triển khai Kế hoạch này.',
        '- Sở Tài chính bố trí kinh phí thực hiện.',
        '- Các sở, ban, ngành căn cứ nhiệm vụ được giao xây dựng kế hoạch.',
        '- Định kỳ báo cáo kết quả.',
        'Giao Phòng Tư pháp chủ trì tuyên truyền.'
      ].join('\n')
    )
    expect(plan.responsibilities.map((r) => r.agency)).toEqual(['Sở Nội vụ', 'Sở Tài chính', 'Các sở, ban, ngành', 'Phòng Tư pháp'])
  })

  it('an agency named with what is done to it ("4.2. Các cơ quan, đơn vị được kiểm tra chuẩn bị báo cáo …"): the verb after "được" is part of the name', () => {
    const plan = parsePlan('4. TỔ CHỨC THỰC HIỆN\n4.1. Phòng Nội vụ chủ trì thành lập Đoàn kiểm tra.\n4.2. Các cơ quan, đơn vị được kiểm tra chuẩn bị báo cáo, hồ sơ theo yêu cầu.')
    expect(plan.responsibilities.map((r) => r.agency)).toEqual(['Phòng Nội vụ', 'Các cơ quan, đơn vị được kiểm tra'])
  })

  it('a duty opening with a word that folds like an agency ("Bố trí" / "Bộ", "Bàn giao" / "Ban") is no agency', () => {
    const plan = parsePlan(
      ['III. TỔ CHỨC THỰC HIỆN', '1. Sở Tài chính', 'Bố trí kinh phí thực hiện Kế hoạch.', '2. Sở Nội vụ', 'Bàn giao hồ sơ cho các đơn vị.'].join('\n')
    )
    expect(plan.responsibilities.map((r) => [r.agency, r.duties])).toEqual([
      ['Sở Tài chính', ['Bố trí kinh phí thực hiện Kế hoạch.']],
      ['Sở Nội vụ', ['Bàn giao hồ sơ cho các đơn vị.']]
    ])
  })

  it('a heading "1. Phòng Nội vụ: chủ trì, tham mưu …" names the agency and says its duty (the duty without the name before the colon)', () => {
    const plan = parsePlan(['IV. TỔ CHỨC THỰC HIỆN', '1. Phòng Nội vụ: Chủ trì, tham mưu theo dõi thực hiện Kế hoạch.', '2. Phòng Tài chính - Kế hoạch: Tham mưu bố trí kinh phí.'].join('\n'))
    expect(plan.responsibilities.map((r) => [r.agency, r.duties])).toEqual([
      ['Phòng Nội vụ', ['Chủ trì, tham mưu theo dõi thực hiện Kế hoạch.']],
      ['Phòng Tài chính - Kế hoạch', ['Tham mưu bố trí kinh phí.']]
    ])
  })

  it('a lead-in naming several agencies ("Sở Tài chính, Sở Kế hoạch và Đầu tư: …") gives each the duty; "Đề nghị …" a body outside', () => {
    const plan = parsePlan(['IV. TỔ CHỨC THỰC HIỆN', 'c) Sở Tài chính, Sở Kế hoạch và Đầu tư: bố trí kinh phí thực hiện.', 'd) UBND các huyện, thị xã, thành phố: xây dựng kế hoạch.', '2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp giám sát.'].join('\n'))
    expect(plan.responsibilities.map((r) => [r.agency, r.duties.length])).toEqual([
      ['Sở Tài chính', 1],
      ['Sở Kế hoạch và Đầu tư', 1],
      ['UBND các huyện, thị xã, thành phố', 1],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 1]
    ])
  })

  it('a sentence whose subject is a list of agencies ("Các sở, ban, ngành, UBND các huyện, thị xã, thành phố căn cứ …") gives each the duty', () => {
    const text = 'IV. TỔ CHỨC THỰC HIỆN\nSở Tài chính bố trí kinh phí thực hiện.\nCác sở, ban, ngành, UBND các huyện, thị xã, thành phố căn cứ Kế hoạch này xây dựng kế hoạch của đơn vị.'
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.responsibilities.map((r) => r.agency)).toEqual(['Sở Tài chính', 'Các sở, ban, ngành', 'UBND các huyện, thị xã, thành phố'])
  })

  it('heads of agencies listed as the subject ("Yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thị xã, thành phố tổ chức triển khai …") each get the duty', () => {
    const text = 'III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\nTheo dõi, đôn đốc.\nYêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thị xã, thành phố tổ chức triển khai thực hiện Kế hoạch này.'
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.responsibilities.map((r) => [r.agency, r.duties.length])).toEqual([
      ['Sở Nội vụ', 1],
      ['Thủ trưởng các sở, ban, ngành', 1],
      ['Chủ tịch UBND các huyện, thị xã, thành phố', 1]
    ])
  })

  it('a list of agencies before a colon ("2. Các sở, ban, ngành, UBND các huyện, thị xã, thành phố: Xây dựng kế hoạch …") gives each the duty after it, its capital verb no part of a name', () => {
    const text = 'V. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ: Theo dõi, đôn đốc.\n2. Các sở, ban, ngành, UBND các huyện, thị xã, thành phố: Xây dựng kế hoạch triển khai.'
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.responsibilities.map((r) => [r.agency, r.duties])).toEqual([
      ['Sở Nội vụ', ['Theo dõi, đôn đốc.']],
      ['Các sở, ban, ngành', ['Xây dựng kế hoạch triển khai.']],
      ['UBND các huyện, thị xã, thành phố', ['Xây dựng kế hoạch triển khai.']]
    ])
  })

  it('a collective in lower case after "và" ("… và các tổ chức chính trị - xã hội huyện:") is an agency of its own', () => {
    const text = 'V. TỔ CHỨC THỰC HIỆN\n1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện: phối hợp tuyên truyền.'
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.responsibilities.map((r) => [r.agency, r.duties])).toEqual([
      ['Ủy ban Mặt trận Tổ quốc Việt Nam huyện', ['phối hợp tuyên truyền.']],
      ['Các tổ chức chính trị - xã hội huyện', ['phối hợp tuyên truyền.']]
    ])
  })
})

describe('a Sở plan whose "II. NHIỆM VỤ" part is cut by agency ("1. Phòng Cải cách hành chính", "2. Văn phòng Sở")', () => {
  const text = [
    'II. NHIỆM VỤ',
    '1. Phòng Cải cách hành chính',
    '- Tham mưu tổ chức khảo sát SIPAS năm 2024 (thời gian: tháng 9/2024).',
    '- Theo dõi, tổng hợp kết quả; báo cáo Giám đốc Sở trước ngày 20/12/2024.',
    '2. Văn phòng Sở',
    'Phối hợp tuyên truyền, thời gian thực hiện: thường xuyên.'
  ].join('\n')
  const plan = parsePlan(text)

  it('each agency\'s part is its responsibility, as in the implementation part', () => {
    expectInvariants(plan, text)
    expect(plan.responsibilities.map((r) => [r.agency, r.duties.length])).toEqual([
      ['Phòng Cải cách hành chính', 2],
      ['Văn phòng Sở', 1]
    ])
  })

  it('a duty with a deadline is a task of its agency; ", thời gian thực hiện: …" after a comma is a field', () => {
    expect(plan.tasks.map((t) => [t.lead, t.deadline?.text])).toEqual([
      ['Phòng Cải cách hành chính', 'tháng 9/2024'],
      ['Phòng Cải cách hành chính', 'trước ngày 20/12/2024'],
      ['Văn phòng Sở', 'thường xuyên']
    ])
  })

  it('a part of tasks cut by topic ("1. Hoàn thiện thể chế", "2. Phát triển hạ tầng số") names no agency', () => {
    const text = 'III. NHIỆM VỤ VÀ GIẢI PHÁP\n1. Hoàn thiện thể chế\n- Rà soát văn bản.\n2. Phát triển hạ tầng số\n- Sở Thông tin và Truyền thông chủ trì nâng cấp mạng.'
    expect(parsePlan(text).responsibilities).toEqual([])
  })
})

describe('the Party\'s bodies in a Huyện ủy\'s plan (Đảng đoàn, Ban cán sự đảng, Văn phòng Huyện ủy)', () => {
  it('each is an agency with the duty its sentence gives', () => {
    const text = 'IV. TỔ CHỨC THỰC HIỆN\n1. Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với các cơ quan liên quan hướng dẫn việc học tập, quán triệt Nghị quyết.\n' +
      '2. Đảng đoàn HĐND huyện, Ban cán sự đảng UBND huyện lãnh đạo cụ thể hóa Kế hoạch này.\n3. Các cấp ủy, tổ chức đảng trực thuộc xây dựng kế hoạch thực hiện.\n4. Văn phòng Huyện ủy theo dõi, đôn đốc, tổng hợp, báo cáo.'
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.responsibilities.map((r) => r.agency)).toEqual(['Ban Tuyên giáo Huyện ủy', 'Đảng đoàn HĐND huyện', 'Ban cán sự đảng UBND huyện', 'Các cấp ủy, tổ chức đảng trực thuộc', 'Văn phòng Huyện ủy'])
  })
})
