/** Phân công trách nhiệm (who must do what) in the implementation part. */

import {describe, expect, it} from 'vitest'
import {parsePlan} from '../../src/index.js'
import {canonicalAgency} from '../../src/resolve/responsibilities.js'
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
      ['Các cơ quan, đơn vị khác', null, 2],
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
    ['Ban Dân tộc', null]
  ])('canonicalAgency(%s)', (name, canonical) => {
    expect(canonicalAgency(name)).toBe(canonical)
  })
})
