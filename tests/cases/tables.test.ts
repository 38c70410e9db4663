/**
 * Bảng (plain-text tables) and nhiệm vụ (tasks from appendix tables): "|"
 * rows, a Markdown separator row, tab rows, broken rows; every deadline form.
 */

import {describe, expect, it} from 'vitest'
import {parsePlan, walk} from '../../src/index.js'
import {parseDeadline} from '../../src/resolve/tasks.js'
import type {Appendix, Section, Table} from '../../src/schema.js'
import {expectInvariants} from '../helpers.js'

const appendix = [
  'I. NỘI DUNG',
  'Các nhiệm vụ tại Phụ lục kèm theo.',
  'PHỤ LỤC',
  'DANH MỤC NHIỆM VỤ TRỌNG TÂM',
  '| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm |',
  '|---|---|---|---|---|---|',
  '| 1 | Rà soát văn bản quy phạm pháp luật | Sở Tư pháp | Các sở, ban, ngành; UBND cấp huyện | Quý II/2022 | Báo cáo |',
  '| 2 | Số hóa kết quả giải quyết TTHC | Văn phòng UBND tỉnh | Sở Thông tin và Truyền thông | Hằng năm | Dữ liệu số |',
  '| 3 | Kiểm tra công tác CCHC | Sở Nội vụ | Sở Tư pháp và Sở Tài chính | 2022-2025 |',
  '| 4 | Tổng kết | Sở Nội vụ | | Trước ngày 15/12/2022 | Báo cáo | thừa |'
].join('\n')

describe('tables', () => {
  const plan = parsePlan(appendix)

  it('a "|" table with a separator row: header, rows, lossless', () => {
    expectInvariants(plan, appendix)
    const table = (plan.children.find((c) => c.type === 'appendix') as Appendix).children.find((c) => c.type === 'table') as Table
    expect(table.columns).toEqual(['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'])
    expect(table.taskColumns).toEqual(['index', 'description', 'lead', 'partners', 'deadline', 'output'])
    const rows = table.children.filter((c) => c.type === 'tableRow')
    expect(rows.map((r) => [r.header, r.separator])).toEqual([[true, false], [false, true], [false, false], [false, false], [false, false], [false, false]])
  })

  it('a broken table (missing cells, extra pipes) parses with diagnostics', () => {
    expect(plan.diagnostics.map((d) => [d.ruleId, d.position.start.line])).toEqual([
      ['table-shape', 9],
      ['table-shape', 10]
    ])
    expect(plan.diagnostics[0]!.message).toBe('Unexpected 5 cells in a table row, expected 6 like the header: kept as it is')
  })

  it('tab-separated rows, and a row wrapped over two lines', () => {
    const text = 'I. NHIỆM VỤ\nNội dung\tCơ quan chủ trì\tThời hạn\nRà soát thủ tục\tSở Tư pháp\tNăm 2023\nSố hóa hồ sơ\tSở Thông tin\nvà Truyền thông\tQuý I/2024'
    const p = parsePlan(text)
    expectInvariants(p, text)
    const table = (p.children[0] as Section).children.find((c) => c.type === 'table') as Table
    expect(table.children.filter((c) => c.type === 'tableRow')).toHaveLength(3)
    expect(p.tasks.map((t) => [t.description, t.lead, t.deadline?.text])).toEqual([
      ['Rà soát thủ tục', 'Sở Tư pháp', 'Năm 2023'],
      ['Số hóa hồ sơ', 'Sở Thông tin và Truyền thông', 'Quý I/2024']
    ])
  })

  it('a grid table (pandoc "+----+" borders): a row over several lines is one task, a header over two lines one label', () => {
    const text = [
      'I. NHIỆM VỤ',
      '+-----+----------------------+-----------------+-------------+',
      '| STT | Nội dung             | Cơ quan         | Thời gian   |',
      '|     |                      | chủ trì         | hoàn thành  |',
      '+=====+======================+=================+=============+',
      '| 1   | Rà soát thủ tục hành | Sở Tư pháp      | Quý II/2024 |',
      '|     | chính                |                 |             |',
      '+-----+----------------------+-----------------+-------------+',
      '| 2   | Số hóa hồ sơ         | Văn phòng UBND  | Năm 2024    |',
      '|     |                      | tỉnh            |             |',
      '+-----+----------------------+-----------------+-------------+'
    ].join('\n')
    const p = parsePlan(text)
    expectInvariants(p, text)
    const table = (p.children[0] as Section).children.find((c) => c.type === 'table') as Table
    expect(table.columns).toEqual(['STT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian hoàn thành'])
    expect(p.tasks.map((t) => [t.description, t.lead, t.deadline?.text])).toEqual([
      ['Rà soát thủ tục hành chính', 'Sở Tư pháp', 'Quý II/2024'],
      ['Số hóa hồ sơ', 'Văn phòng UBND tỉnh', 'Năm 2024']
    ])
    expect(p.diagnostics).toEqual([])
  })

  it('tab rows with empty cells at their edges (a tab at the end, a tab at the start) keep their width', () => {
    const text = 'I. NHIỆM VỤ\nTT\tNội dung\tCơ quan chủ trì\tSản phẩm\n1\tRà soát thủ tục\tSở Tư pháp\t\n\tSố hóa hồ sơ\tVăn phòng\tDữ liệu'
    const p = parsePlan(text)
    expectInvariants(p, text)
    expect(p.diagnostics.filter((d) => d.ruleId === 'table-shape')).toEqual([])
    expect(p.tasks.map((t) => [t.description, t.lead, t.output])).toEqual([
      ['Rà soát thủ tục', 'Sở Tư pháp', null],
      ['Số hóa hồ sơ', 'Văn phòng', 'Dữ liệu']
    ])
  })
})

describe('a tab after the numbering (Word exports "I.<TAB>MỤC TIÊU", "-<TAB>Phấn đấu …")', () => {
  it('is numbering, not a table of two columns', () => {
    const text = 'I.\tMỤC TIÊU\n1.\tMục tiêu chung\na)\tVề thể chế\n-\tPhấn đấu 100% hồ sơ được giải quyết đúng hạn.\n+\tNăm 2025 đạt 90% hồ sơ trực tuyến.\nII.\tNHIỆM VỤ\n-\tRà soát.'
    const p = parsePlan(text)
    expectInvariants(p, text)
    expect(JSON.stringify(p)).not.toContain('"table"')
    expect(p.children.filter((c): c is Section => c.type === 'section').map((c) => [c.numbering?.label, c.kind])).toEqual([['I.', 'objectives'], ['II.', 'tasks']])
    expect(p.targets.map((t) => [t.value, t.subject])).toEqual([[100, 'hồ sơ được giải quyết đúng hạn'], [90, 'hồ sơ trực tuyến']])
  })

  it('a tab-separated table still is one', () => {
    const text = 'STT\tNội dung\tCơ quan chủ trì\n1.\tRà soát thủ tục\tSở Tư pháp\n2.\tSố hóa hồ sơ\tSở Nội vụ'
    const p = parsePlan(text)
    expect(p.tasks.map((t) => [t.description, t.lead])).toEqual([['Rà soát thủ tục', 'Sở Tư pháp'], ['Số hóa hồ sơ', 'Sở Nội vụ']])
  })
})

describe('tabs for the spaces between words (a scraper that wrote every space as a tab)', () => {
  it('read as spaces, with an info diagnostic: headings, targets, no table', () => {
    const text = 'KẾ HOẠCH\nCải cách hành chính năm 2025\nI. MỤC TIÊU\n1. Phấn đấu 100% hồ sơ đúng hạn.\n2. Tỷ lệ hài lòng đạt trên 90%.\nII. TỔ CHỨC THỰC HIỆN\nSở Nội vụ chủ trì.\n'.replace(/ /g, '\t')
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.children.some((c) => c.type === 'table')).toBe(false)
    expect(plan.targets.map((t) => t.value)).toEqual([100, 90])
    expect(plan.diagnostics.map((d) => d.ruleId)).toEqual(['tabs-as-spaces'])
  })

  it('a tab-separated table among lines with spaces stays a table', () => {
    const plan = parsePlan('PHỤ LỤC\nNội dung\tCơ quan chủ trì\tThời gian\nRà soát thủ tục hành chính\tSở Nội vụ\tQuý II/2025\n')
    expect(plan.diagnostics.map((d) => d.ruleId)).not.toContain('tabs-as-spaces')
    expect(plan.tasks).toHaveLength(1)
  })
})

describe('a table laid out with spaces (pdftotext -layout)', () => {
  const text = [
    'III. NHIỆM VỤ CỤ THỂ',
    '',
    'STT   Nội dung công việc                  Cơ quan         Cơ quan phối hợp      Thời gian',
    '                                          chủ trì                               hoàn thành',
    '1     Rà soát, đơn giản hóa thủ tục       Sở Tư pháp      Các sở, ngành         Quý II/2024',
    '      hành chính nội bộ',
    '2     Số hóa hồ sơ, kết quả giải quyết    Sở Thông tin    UBND cấp huyện        Năm 2024',
    '      thủ tục hành chính                  và Truyền thông',
    '',
    '3     Đánh giá chỉ số cải cách hành       Sở Nội vụ       Các cơ quan liên      Hằng năm',
    '      chính của các sở, ngành                             quan',
    '',
    'IV. TỔ CHỨC THỰC HIỆN',
    'Các cơ quan triển khai thực hiện.'
  ].join('\n')

  it('columns from the header (wrapped over two lines), a wrapped row joined by column, the table ending at the next heading', () => {
    const p = parsePlan(text)
    expectInvariants(p, text)
    const table = (p.children[0] as Section).children.find((c) => c.type === 'table') as Table
    expect(table.columns).toEqual(['STT', 'Nội dung công việc', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'])
    expect(table.children.filter((r) => r.type === 'tableRow').map((r) => (r.type === 'tableRow' ? [r.header, r.continued] : null))).toEqual([
      [true, false], [true, true], [false, false], [false, true], [false, false], [false, true], [false, false], [false, true]
    ])
    expect(p.tasks.map((t) => [t.description, t.lead, t.partners, t.deadline?.text])).toEqual([
      ['Rà soát, đơn giản hóa thủ tục hành chính nội bộ', 'Sở Tư pháp', ['Các sở, ngành'], 'Quý II/2024'],
      ['Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', 'Sở Thông tin và Truyền thông', ['UBND cấp huyện'], 'Năm 2024'],
      ['Đánh giá chỉ số cải cách hành chính của các sở, ngành', 'Sở Nội vụ', ['Các cơ quan liên quan'], 'Hằng năm']
    ])
    expect(p.children.filter((c): c is Section => c.type === 'section').map((c) => c.kind)).toEqual(['tasks', 'implementation'])
  })

  it('an indicator table: a wrapped indicator is one subject', () => {
    const layout = ['II. MỤC TIÊU', 'STT   Chỉ tiêu                                   Đơn vị tính     Kế hoạch năm 2025', '1     Tỷ lệ hồ sơ giải quyết đúng hạn            %               98', '2     Tỷ lệ thủ tục hành chính cung cấp          %               80', '      dịch vụ công trực tuyến toàn trình'].join('\n')
    const p = parsePlan(layout)
    expectInvariants(p, layout)
    expect(p.targets.map((t) => [t.value, t.unit, t.year, t.subject])).toEqual([
      [98, '%', 2025, 'Tỷ lệ hồ sơ giải quyết đúng hạn'],
      [80, '%', 2025, 'Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình']
    ])
  })

  it('an indicator whose label says its change ("Thời gian giải quyết TTHC giảm", "Giảm chi phí tuân thủ") gives it to its targets', () => {
    const text = 'II. MỤC TIÊU\n| STT | Chỉ tiêu | Đơn vị tính | Năm 2024 | Năm 2025 |\n|---|---|---|---|---|\n| 1 | Thời gian giải quyết TTHC giảm | % | 10 | 20 |\n| 2 | Giảm chi phí tuân thủ TTHC | % | 5 | 10 |\n| 3 | Tỷ lệ tăng dân số | % | 1 | 1 |\n'
    expect(parsePlan(text).targets.map((t) => [t.value, t.year, t.change, t.subject])).toEqual([
      [10, 2024, 'decrease', 'Thời gian giải quyết TTHC'],
      [20, 2025, 'decrease', 'Thời gian giải quyết TTHC'],
      [5, 2024, 'decrease', 'chi phí tuân thủ TTHC'],
      [10, 2025, 'decrease', 'chi phí tuân thủ TTHC'],
      // A measure's name ("Tỷ lệ tăng dân số") says no change.
      [1, 2024, null, 'Tỷ lệ tăng dân số'],
      [1, 2025, null, 'Tỷ lệ tăng dân số']
    ])
  })

  it('a line of text with wide gaps and no column labels is no table', () => {
    const p = parsePlan('I. NỘI DUNG\nỦy ban nhân dân tỉnh     giao     các sở thực hiện.')
    expect(JSON.stringify(p)).not.toContain('"table"')
  })
})

describe('tasks from appendix tables', () => {
  const plan = parsePlan(appendix)

  it('one task per row with lead, partners (split where an agency starts), deadline, output', () => {
    expect(plan.tasks.map((t) => [t.description, t.lead, t.partners, t.deadline?.from, t.deadline?.to, t.output])).toEqual([
      ['Rà soát văn bản quy phạm pháp luật', 'Sở Tư pháp', ['Các sở, ban, ngành', 'UBND cấp huyện'], '2022-04-01', '2022-06-30', 'Báo cáo'],
      ['Số hóa kết quả giải quyết TTHC', 'Văn phòng UBND tỉnh', ['Sở Thông tin và Truyền thông'], null, null, 'Dữ liệu số'],
      ['Kiểm tra công tác CCHC', 'Sở Nội vụ', ['Sở Tư pháp', 'Sở Tài chính'], '2022-01-01', '2025-12-31', null],
      ['Tổng kết', 'Sở Nội vụ', [], null, '2022-12-15', 'Báo cáo']
    ])
    expect(plan.tasks[0]!.position.start.line).toBe(7)
  })

  it('"Văn phòng HĐND và UBND" is one lead; "Sở Nội vụ và Sở Tư pháp" two', () => {
    const text = 'PHỤ LỤC\nNội dung | Cơ quan chủ trì | Cơ quan phối hợp\nSố hóa hồ sơ | Văn phòng HĐND và UBND huyện | Phòng Nội vụ và Phòng Tư pháp'
    const p = parsePlan(text)
    expect(p.tasks.map((t) => [t.lead, t.partners])).toEqual([['Văn phòng HĐND và UBND huyện', ['Phòng Nội vụ', 'Phòng Tư pháp']]])
  })

  it.each([
    [['TT', 'Nhiệm vụ', 'Cơ quan, đơn vị chủ trì', 'Cơ quan, đơn vị phối hợp', 'Thời hạn hoàn thành', 'Kết quả/sản phẩm']],
    [['STT', 'Nhiệm vụ, giải pháp', 'Cơ quan chủ trì thực hiện', 'Cơ quan phối hợp thực hiện', 'Thời gian', 'Sản phẩm']],
    [['Số TT', 'Tên nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Tiến độ', 'Sản phẩm đầu ra']]
  ])('column labels as portals write them: %j', (labels) => {
    const text = `PHỤ LỤC\n| ${labels.join(' | ')} |\n|${labels.map(() => '---').join('|')}|\n| 1 | Rà soát thủ tục | Sở Nội vụ | Sở Tư pháp | Quý II/2025 | Báo cáo |\n`
    expect(parsePlan(text).tasks.map((t) => [t.description, t.lead, t.partners, t.deadline?.text, t.output])).toEqual([['Rà soát thủ tục', 'Sở Nội vụ', ['Sở Tư pháp'], 'Quý II/2025', 'Báo cáo']])
  })

  it('group rows ("| II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH | | | |") are no tasks: they name the group of the rows below', () => {
    const text = [
      'PHỤ LỤC',
      '| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm |',
      '| I | CẢI CÁCH THỂ CHẾ | | | | |',
      '| 1 | Rà soát văn bản quy phạm pháp luật | Sở Tư pháp | Các sở, ngành | Quý IV/2024 | Báo cáo |',
      '| II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH | | | | |',
      '| 2 | Số hóa hồ sơ | Sở TT&TT | UBND cấp huyện | Tháng 6/2024 | |',
      '| 3 | Tập huấn nghiệp vụ | | | | |'
    ].join('\n')
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.tasks.map((t) => [t.group, t.description, t.lead])).toEqual([
      ['CẢI CÁCH THỂ CHẾ', 'Rà soát văn bản quy phạm pháp luật', 'Sở Tư pháp'],
      ['CẢI CÁCH THỦ TỤC HÀNH CHÍNH', 'Số hóa hồ sơ', 'Sở TT&TT'],
      ['CẢI CÁCH THỦ TỤC HÀNH CHÍNH', 'Tập huấn nghiệp vụ', null]
    ])
  })

  it('a lead cell merged over rows, written on the first only: the rows below with a deadline share it', () => {
    const text = [
      'PHỤ LỤC',
      '| STT | Nội dung | Cơ quan chủ trì | Thời gian hoàn thành |',
      '|---|---|---|---|',
      '| I. CẢI CÁCH THỂ CHẾ | | | |',
      '| 1 | Rà soát văn bản | Sở Tư pháp | Quý II/2024 |',
      '| 2 | Kiểm tra văn bản | | Quý III/2024 |'
    ].join('\n')
    expect(parsePlan(text).tasks.map((t) => [t.group, t.description, t.lead])).toEqual([
      ['CẢI CÁCH THỂ CHẾ', 'Rà soát văn bản', 'Sở Tư pháp'],
      ['CẢI CÁCH THỂ CHẾ', 'Kiểm tra văn bản', 'Sở Tư pháp']
    ])
  })

  it('the last row wrapped inside a cell ("… | sáng\nkiến | 03") is one row; a paragraph after the table is not', () => {
    const text = 'II. MỤC TIÊU\nSTT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024\n1 | Tỷ lệ hồ sơ giải quyết đúng hạn | % | 98\n2 | Số sáng kiến cải cách hành chính được công nhận | sáng\nkiến | 03\ntrong đó có 01 sáng kiến cấp tỉnh.\n'
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.targets.map((t) => [t.subject, t.value, t.unit])).toEqual([
      ['Tỷ lệ hồ sơ giải quyết đúng hạn', 98, '%'],
      ['Số sáng kiến cải cách hành chính được công nhận', 3, 'sáng kiến']
    ])
  })

  it('a table of indicators with no column saying who or when ("Nội dung chỉ số | Năm 2021 | Mục tiêu năm 2025") gives no tasks', () => {
    const text = 'I. MỤC TIÊU\n| TT | Nội dung chỉ số | Năm 2021 | Mục tiêu năm 2025 |\n| 1 | Công khai, minh bạch | 5,12 | 5,5 |\n'
    expect(parsePlan(text).tasks).toEqual([])
  })

  it('"1. Công chức Tư pháp - Hộ tịch: rà soát văn bản; thời gian: Quý II/2024": the agency before the colon leads the task', () => {
    const text = 'III. NHIỆM VỤ\n1. Công chức Tư pháp - Hộ tịch: rà soát văn bản; thời gian: Quý II/2024.\n'
    expect(parsePlan(text).tasks.map((t) => [t.description, t.lead, t.deadline?.text])).toEqual([['rà soát văn bản', 'Công chức Tư pháp - Hộ tịch', 'Quý II/2024']])
    // A sentence that says the duty before its colon is no lead-in: the agency that chairs leads, the words after "chủ trì" describe.
    const sentence = 'III. NHIỆM VỤ\n1. Sở Nội vụ chủ trì thực hiện các nội dung sau: rà soát; thời gian: Quý II/2024.\n'
    expect(parsePlan(sentence).tasks.map((t) => [t.description, t.lead])).toEqual([['thực hiện các nội dung sau: rà soát', 'Sở Nội vụ']])
  })

  it('"Chỉ số nội dung" heads an indicator table, not tasks', () => {
    const text = 'PHỤ LỤC\n| STT | Chỉ số nội dung | Năm 2024 | Năm 2025 |\n|---|---|---|---|\n| 1 | Công khai, minh bạch | 5,3 | 5,5 |\n'
    expect(parsePlan(text).tasks).toEqual([])
  })
})

describe('agency names of tasks, normalised against the lexicon (grammars/agencies.ts)', () => {
  it('abbreviations expanded and typos matched; an agency the lexicon lacks stays null', () => {
    const text = 'PHỤ LỤC\nNội dung\tCơ quan chủ trì\tCơ quan phối hợp\n' +
      'Nâng cấp mạng LAN\tPhòng VH&TT\tVăn phòng HĐND-UBND; UBND các xã, thị trấn\n' +
      'Chữ ký số\tSở TT&TT\tSo Noi vu; Bưu điện tỉnh; Hợp tác xã Quyết Thắng\n' +
      'Tuyên truyền\tTrung tâm VH-TT&TT huyện\tPhòng TC-KH'
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.tasks.map((t) => [t.lead, t.leadCanonical, t.partnersCanonical])).toEqual([
      ['Phòng VH&TT', 'Phòng Văn hóa và Thông tin', ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân', 'Ủy ban nhân dân các xã, thị trấn']],
      ['Sở TT&TT', 'Sở Thông tin và Truyền thông', ['Sở Nội vụ', 'Bưu điện tỉnh', null]],
      ['Trung tâm VH-TT&TT huyện', 'Trung tâm Văn hóa - Thông tin và Thể thao', ['Phòng Tài chính - Kế hoạch']]
    ])
  })
})

describe('partners of a ministry\'s task split where a Vụ, a Thanh tra or a Tòa án starts', () => {
  it('"Văn phòng Bộ, Vụ Kế hoạch - Tài chính" is two; "Sở Tư pháp, Thanh tra tỉnh" is two', () => {
    const text = 'II. NHIỆM VỤ\n1. Triển khai Đề án 06\n- Đơn vị chủ trì: Cục Công nghệ thông tin; đơn vị phối hợp: Văn phòng Bộ, Vụ Kế hoạch - Tài chính.\n- Thời gian hoàn thành: Tháng 12/2024.\n' +
      '2. Kiểm tra công vụ\n- Cơ quan chủ trì: Sở Nội vụ; cơ quan phối hợp: Sở Tư pháp, Thanh tra tỉnh, Tòa án nhân dân tỉnh.\n- Thời gian: Quý III/2024.'
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.tasks.map((t) => [t.lead, t.partners])).toEqual([
      ['Cục Công nghệ thông tin', ['Văn phòng Bộ', 'Vụ Kế hoạch - Tài chính']],
      ['Sở Nội vụ', ['Sở Tư pháp', 'Thanh tra tỉnh', 'Tòa án nhân dân tỉnh']]
    ])
  })
})

describe('a table with a blank line after every row (portal exports)', () => {
  it('stays one table, broken rows included; another table after a heading does not join it', () => {
    const text = appendix.split('\n').join('\n\n') + '\n\nII. KHÁC\n\n| A | B |\n\n| 1 | 2 |'
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.tasks.map((t) => t.description)).toEqual(['Rà soát văn bản quy phạm pháp luật', 'Số hóa kết quả giải quyết TTHC', 'Kiểm tra công tác CCHC', 'Tổng kết'])
    const tables: number[] = []
    walk(plan, (node) => {
      if (node.type === 'table') tables.push(node.children.filter((c) => c.type === 'tableRow').length)
    })
    expect(tables).toEqual([6, 2])
  })
})

describe('tasks given on one line: after the heading, or in brackets', () => {
  it('"4. Kiểm tra … - Cơ quan chủ trì: … - Thời gian thực hiện: …" and "Tổ chức tập huấn (Sở Nội vụ chủ trì; thời gian thực hiện: …)"', () => {
    const text = 'II. NHIỆM VỤ\n1. Tổ chức tập huấn nghiệp vụ (Sở Nội vụ chủ trì; thời gian thực hiện: Tháng 10/2024).\n2. Kiểm tra công tác cải cách hành chính - Cơ quan chủ trì: Sở Nội vụ - Cơ quan phối hợp: Sở Tư pháp - Thời gian thực hiện: 6 tháng cuối năm 2024.\n3. Rà soát thủ tục\n- Đơn vị chủ trì: Văn phòng UBND tỉnh.\n- Sản phẩm đầu ra: Quyết định phê duyệt phương án.'
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.tasks.map((t) => [t.description, t.lead, t.partners, t.deadline?.from ?? null, t.deadline?.to ?? null, t.output])).toEqual([
      ['Tổ chức tập huấn nghiệp vụ', 'Sở Nội vụ', [], '2024-10-01', '2024-10-31', null],
      ['Kiểm tra công tác cải cách hành chính', 'Sở Nội vụ', ['Sở Tư pháp'], '2024-07-01', '2024-12-31', null],
      ['Rà soát thủ tục', 'Văn phòng UBND tỉnh', [], null, null, 'Quyết định phê duyệt phương án']
    ])
  })

  it('brackets with no label: "Kiểm tra … (Sở Nội vụ chủ trì, phối hợp Thanh tra tỉnh; thực hiện trong quý III/2024)", in a heading or an item', () => {
    const text = 'II. NHIỆM VỤ\n1. Kiểm tra công tác cải cách hành chính (Sở Nội vụ chủ trì, phối hợp Thanh tra tỉnh; thực hiện trong quý III/2024).\n2. Tuyên truyền\n- Đăng tin bài trên Cổng thông tin điện tử tỉnh (Sở Thông tin và Truyền thông chủ trì).\n- Nâng cao nhận thức (của cán bộ, công chức).'
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.tasks.map((t) => [t.description, t.lead, t.partners, t.deadline?.from ?? null, t.deadline?.to ?? null])).toEqual([
      ['Kiểm tra công tác cải cách hành chính', 'Sở Nội vụ', ['Thanh tra tỉnh'], '2024-07-01', '2024-09-30'],
      ['Đăng tin bài trên Cổng thông tin điện tử tỉnh', 'Sở Thông tin và Truyền thông', [], null, null]
    ])
  })
})

describe('labelled fields in brackets and tasks given in brackets ("(Cơ quan chủ trì: …; thời gian: …)", "(Giao: Sở …; hoàn thành …)")', () => {
  it('each names the lead, not the label', () => {
    const text = 'III. NHIỆM VỤ, GIẢI PHÁP\n' +
      'b) Kiểm tra việc thực hiện văn bản quy phạm pháp luật (Cơ quan chủ trì: Sở Tư pháp; cơ quan phối hợp: Văn phòng UBND tỉnh; thời gian: Thường xuyên).\n' +
      '- Triển khai số hóa hồ sơ, kết quả giải quyết TTHC (Giao: Sở Thông tin và Truyền thông; hoàn thành trong tháng 6/2024).\n' +
      '- Rà soát quy chế làm việc (giao Phòng Nội vụ thực hiện, hoàn thành trong quý III/2024).'
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.tasks.map((t) => [t.description, t.lead, t.partners, t.deadline?.text ?? null])).toEqual([
      ['Kiểm tra việc thực hiện văn bản quy phạm pháp luật', 'Sở Tư pháp', ['Văn phòng UBND tỉnh'], 'Thường xuyên'],
      ['Triển khai số hóa hồ sơ, kết quả giải quyết TTHC', 'Sở Thông tin và Truyền thông', [], 'trong tháng 6/2024'],
      ['Rà soát quy chế làm việc', 'Phòng Nội vụ', [], 'trong quý III/2024']
    ])
  })
})

describe('a commune plan names who does a task ("+ Người thực hiện: Công chức Văn phòng - Thống kê")', () => {
  it('"Người thực hiện", "Bộ phận thực hiện" label the lead', () => {
    const text = 'III/ NHIỆM VỤ\n1/ Cải cách TTHC\nb- Tiếp nhận, giải quyết hồ sơ đúng quy định.\n+ Thời gian thực hiện: Thường xuyên.\n+ Người thực hiện: Công chức Văn phòng - Thống kê.\n2/ Số hóa\n- Số hóa kết quả giải quyết TTHC. Bộ phận thực hiện: Bộ phận một cửa xã; thời gian: Quý II/2025.'
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.tasks.map((t) => [t.description, t.lead, t.deadline?.text ?? null])).toEqual([
      ['Tiếp nhận, giải quyết hồ sơ đúng quy định', 'Công chức Văn phòng - Thống kê', 'Thường xuyên'],
      ['Số hóa kết quả giải quyết TTHC', 'Bộ phận một cửa xã', 'Quý II/2025']
    ])
  })
})

describe('a task with only its deadline in brackets: "Ban hành kế hoạch (hoàn thành trước ngày 31/01/2025)"', () => {
  it('is a task without a lead in the tasks and implementation parts, and only there', () => {
    const text = 'Số: 5/KH-UBND\nChâu Thành, ngày 27 tháng 12 năm 2024\nKẾ HOẠCH\nCải cách hành chính năm 2025\n' +
      'II. MỤC TIÊU\n- Phấn đấu 100% hồ sơ đúng hạn (hoàn thành trong năm 2025).\n' +
      'III. NHIỆM VỤ, GIẢI PHÁP\n1. Công tác chỉ đạo\n- Ban hành kế hoạch kiểm tra năm 2025 (hoàn thành trước ngày 31/01/2025).\n' +
      '- Tổ chức hội nghị tập huấn (Quý II/2025).\n- Kiện toàn đội ngũ (thực hiện thường xuyên).\n' +
      '- Ban hành văn bản hướng dẫn (kèm theo 02 phụ lục).\n- Rà soát văn bản (trừ văn bản mật).\n' +
      'IV. TỔ CHỨC THỰC HIỆN\n- Tổng kết, đánh giá kết quả thực hiện (trước ngày 15/12/2025).'
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.tasks.map((t) => [t.description, t.lead, t.deadline?.from ?? null, t.deadline?.to ?? null, t.deadline?.recurring ?? null])).toEqual([
      ['Ban hành kế hoạch kiểm tra năm 2025', null, null, '2025-01-31', null],
      ['Tổ chức hội nghị tập huấn', null, '2025-04-01', '2025-06-30', null],
      ['Kiện toàn đội ngũ', null, null, null, 'continuous'],
      ['Tổng kết, đánh giá kết quả thực hiện', null, null, '2025-12-15', null]
    ])
  })
})

describe('tasks grouped under a section that names their agency ("1. Văn phòng Sở", "2. Phòng Tổ chức, biên chế")', () => {
  it('the section\'s agency leads the tasks under it that name none; a task that names its lead keeps it', () => {
    const text = 'III. NHIỆM VỤ\n1. Văn phòng Sở\n- Tham mưu xây dựng kế hoạch kiểm tra năm 2025 (hoàn thành trong tháng 02/2025).\n' +
      '- Cập nhật, công khai TTHC trên Cổng thông tin điện tử (thường xuyên).\n' +
      '- Tổ chức tập huấn nghiệp vụ. Cơ quan chủ trì: Phòng Tổ chức cán bộ; Thời gian: Quý III/2025.\n' +
      '2. Phòng Tổ chức, biên chế\nRà soát chức năng, nhiệm vụ của các đơn vị thuộc Sở; thời hạn: Quý II/2025.\n' +
      '3. Công tác kiểm tra\n- Kiểm tra công tác cải cách hành chính (Quý IV/2025).'
    const plan = parsePlan(text)
    expect(plan.tasks.map((t) => [t.description, t.lead])).toEqual([
      ['Tham mưu xây dựng kế hoạch kiểm tra năm 2025', 'Văn phòng Sở'],
      ['Cập nhật, công khai TTHC trên Cổng thông tin điện tử', 'Văn phòng Sở'],
      ['Tổ chức tập huấn nghiệp vụ', 'Phòng Tổ chức cán bộ'],
      ['Rà soát chức năng, nhiệm vụ của các đơn vị thuộc Sở', 'Phòng Tổ chức, biên chế'],
      // "Công tác kiểm tra" names no agency.
      ['Kiểm tra công tác cải cách hành chính', null]
    ])
  })
})

describe('a duty of the implementation part that says its deadline is a task of its agency', () => {
  it('"2. Văn phòng HĐND và UBND huyện - Chủ trì …; hoàn thành trước 30/6/2025"; a duty given to several agencies is one task they lead', () => {
    const text = 'Số: 5/KH-UBND\nChâu Thành, ngày 27 tháng 12 năm 2024\nKẾ HOẠCH\nCải cách hành chính năm 2025\nV. TỔ CHỨC THỰC HIỆN\n' +
      '1. Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố\na) Căn cứ Kế hoạch này, xây dựng kế hoạch của cơ quan, đơn vị; hoàn thành trước ngày 31/01/2025.\n' +
      'b) Định kỳ báo cáo kết quả thực hiện gửi Sở Nội vụ trước ngày 15/6 và 15/12 hằng năm.\n' +
      '2. Văn phòng HĐND và UBND huyện\n- Chủ trì, phối hợp với các cơ quan triển khai kiểm soát TTHC; hoàn thành trước 30/6/2025.\n- Theo dõi, đôn đốc việc thực hiện trước hết ở các xã.\n' +
      '3. Sở Tài chính: bố trí kinh phí thực hiện Kế hoạch năm 2025.\n4. Phòng Tư pháp: tham mưu UBND huyện triển khai Kế hoạch; báo cáo kết quả trước ngày 10/12/2025.\n5. Sở Nội vụ theo dõi, tổng hợp kết quả, báo cáo Chủ tịch UBND tỉnh trước ngày 30/11/2025.'
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.tasks.map((t) => [t.description, t.lead, t.deadline?.from ?? null, t.deadline?.to ?? null, t.deadline?.recurring ?? null])).toEqual([
      ['Căn cứ Kế hoạch này, xây dựng kế hoạch của cơ quan, đơn vị', 'Các sở, ban, ngành tỉnh, UBND các huyện, thị xã, thành phố', null, '2025-01-31', null],
      // "trước ngày 15/6 và 15/12 hằng năm" in a plan for 2025: yearly, first due on 15/6/2025.
      ['Định kỳ báo cáo kết quả thực hiện gửi Sở Nội vụ', 'Các sở, ban, ngành tỉnh, UBND các huyện, thị xã, thành phố', null, '2025-06-15', 'yearly'],
      ['Chủ trì, phối hợp với các cơ quan triển khai kiểm soát TTHC', 'Văn phòng HĐND và UBND huyện', null, '2025-06-30', null],
      // The deadline is the last clause's: "…; báo cáo kết quả trước ngày 10/12/2025".
      ['báo cáo kết quả', 'Phòng Tư pháp', null, '2025-12-10', null],
      // A duty that opens with its agency: the agency leads, the rest describes.
      ['theo dõi, tổng hợp kết quả, báo cáo Chủ tịch UBND tỉnh', 'Sở Nội vụ', null, '2025-11-30', null]
    ])
    // Each says where it was read: a duty of the implementation part.
    expect(new Set(plan.tasks.map((t) => t.origin))).toEqual(new Set(['duty']))
    // The duties stay the agencies' responsibilities too.
    expect(plan.responsibilities.map((r) => [r.agency, r.duties.length])).toEqual([
      ['Các sở, ban, ngành tỉnh', 2],
      ['UBND các huyện, thị xã, thành phố', 2],
      ['Văn phòng HĐND và UBND huyện', 2],
      ['Sở Tài chính', 1],
      ['Phòng Tư pháp', 1],
      ['Sở Nội vụ', 1]
    ])
  })

  it('days without a year that end the duty ("định kỳ 6 tháng, hằng năm báo cáo UBND tỉnh (trước ngày 15/6 và 15/12)") recur as the clause says before them', () => {
    const text = 'III. TỔ CHỨC THỰC HIỆN\n1. Sở Thông tin và Truyền thông: Chủ trì theo dõi, hướng dẫn; định kỳ 6 tháng, hằng năm báo cáo UBND tỉnh (trước ngày 15/6 và 15/12).\n' +
      '2. Công an tỉnh: Tổng hợp, báo cáo kết quả định kỳ hằng tháng (trước ngày 20), gửi Tổ công tác của Chính phủ.'
    const plan = parsePlan(text)
    expectInvariants(plan, text)
    expect(plan.tasks.map((t) => [t.lead, t.deadline?.text, t.deadline?.recurring])).toEqual([['Sở Thông tin và Truyền thông', 'trước ngày 15/6 và 15/12', 'half-yearly']])
  })
})

describe('tasks from task lists in the body (Cơ quan chủ trì: … Thời gian thực hiện: …)', () => {
  const text = [
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Rà soát, đánh giá thủ tục hành chính',
    '- Nội dung: Rà soát các thủ tục hành chính thuộc lĩnh vực đất đai.',
    '- Cơ quan thực hiện: Sở Tài nguyên và Môi trường chủ trì, phối hợp với Sở Xây dựng, UBND các huyện - Thời gian thực hiện: quý II/2020.',
    '2. Công khai thủ tục hành chính',
    'Cơ quan chủ trì: Văn phòng UBND tỉnh; Cơ quan phối hợp: các sở, ngành; Thời gian: Thường xuyên.',
    '3. Số hóa hồ sơ',
    '- Đơn vị thực hiện: Sở Thông tin và Truyền thông.',
    '- Thời hạn hoàn thành: trước ngày 30/9/2020.',
    '- Sản phẩm: Kho dữ liệu số hóa.',
    '4. Tuyên truyền',
    '- Tổ chức hội nghị tập huấn cho cán bộ. Cơ quan chủ trì: Sở Nội vụ; Thời gian: Năm 2020.',
    '- Nội dung tuyên truyền: các chính sách mới.'
  ].join('\n')
  const plan = parsePlan(text)

  it('a section with fields is a task, described by "Nội dung:" or its title; a line that opens with the task is one', () => {
    expectInvariants(plan, text)
    expect(plan.tasks.map((t) => [t.description, t.lead, t.partners, t.deadline?.text, t.deadline?.to, t.output, t.origin])).toEqual([
      ['Rà soát các thủ tục hành chính thuộc lĩnh vực đất đai', 'Sở Tài nguyên và Môi trường', ['Sở Xây dựng', 'UBND các huyện'], 'quý II/2020', '2020-06-30', null, 'list'],
      ['Công khai thủ tục hành chính', 'Văn phòng UBND tỉnh', ['các sở, ngành'], 'Thường xuyên', null, null, 'list'],
      ['Số hóa hồ sơ', 'Sở Thông tin và Truyền thông', [], 'trước ngày 30/9/2020', '2020-09-30', 'Kho dữ liệu số hóa', 'list'],
      ['Tổ chức hội nghị tập huấn cho cán bộ', 'Sở Nội vụ', [], 'Năm 2020', '2020-12-31', null, 'list']
    ])
  })

  it('a lettered item whose heading is a sentence ("a) Rà soát … pháp luật.") over its fields is described by that sentence', () => {
    const p = parsePlan('II. NHIỆM VỤ\n1. Cải cách thể chế\na) Rà soát, hệ thống hóa văn bản quy phạm pháp luật.\n- Cơ quan chủ trì: Sở Tư pháp.\n- Cơ quan phối hợp: Các sở, ban, ngành.\n- Thời gian hoàn thành: Quý II/2025.')
    expect(p.tasks.map((t) => [t.description, t.lead, t.partners, t.deadline?.to])).toEqual([
      ['Rà soát, hệ thống hóa văn bản quy phạm pháp luật', 'Sở Tư pháp', ['Các sở, ban, ngành'], '2025-06-30']
    ])
  })

  it.each([
    ['- Số hóa hồ sơ, kết quả giải quyết TTHC. Giao Sở Thông tin và Truyền thông chủ trì, hoàn thành trước ngày 30/6/2025.', ['Số hóa hồ sơ, kết quả giải quyết TTHC', 'Sở Thông tin và Truyền thông', [], '2025-06-30']],
    ['- Rà soát quy trình nội bộ. Giao Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Tư pháp; thời gian hoàn thành: quý III/2025.', ['Rà soát quy trình nội bộ', 'Văn phòng UBND tỉnh', ['Sở Tư pháp'], '2025-09-30']],
    ['- Tổ chức tập huấn nghiệp vụ; giao Sở Nội vụ chủ trì thực hiện.', ['Tổ chức tập huấn nghiệp vụ', 'Sở Nội vụ', [], null]]
  ])('a task said in sentences ("… Giao <cơ quan> chủ trì, …"): %s', (line, expected) => {
    const p = parsePlan(`II. NHIỆM VỤ\n1. Cải cách thủ tục hành chính\n${line}`)
    expect(p.tasks.map((t) => [t.description, t.lead, t.partners, t.deadline?.to ?? null])).toEqual([expected])
  })

  it.each([
    ['Phòng Văn hóa và Thông tin chủ trì, phối hợp với Trung tâm Viễn thông huyện triển khai hạ tầng; thời gian: trong năm 2023.', ['triển khai hạ tầng', 'Phòng Văn hóa và Thông tin', ['Trung tâm Viễn thông huyện'], '2023-12-31']],
    ['- Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp, UBND các huyện tổ chức tập huấn; thời gian hoàn thành: quý III/2025.', ['tổ chức tập huấn', 'Sở Nội vụ', ['Sở Tư pháp', 'UBND các huyện'], '2025-09-30']],
    // The partners end at a colon, and at a verb followed by a comma.
    ['- Văn phòng UBND tỉnh chủ trì, phối hợp với các sở, ngành: rà soát, đơn giản hóa thủ tục hành chính; thời gian hoàn thành: tháng 10/2025.', ['rà soát, đơn giản hóa thủ tục hành chính', 'Văn phòng UBND tỉnh', ['các sở, ngành'], '2025-10-31']],
    ['- Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ban, ngành theo dõi, đôn đốc việc thực hiện; thời gian: thường xuyên.', ['theo dõi, đôn đốc việc thực hiện', 'Sở Khoa học và Công nghệ', ['các sở, ban, ngành'], null]],
    // No partners: the task's words follow "chủ trì" at once.
    ['- Công an tỉnh chủ trì triển khai cấp căn cước; thời gian: quý II/2025.', ['triển khai cấp căn cước', 'Công an tỉnh', [], '2025-06-30']]
  ])('a task sentence that opens with its lead ("<cơ quan> chủ trì, phối hợp với … <việc>; thời gian: …"), the lead out of its description: %s', (line, expected) => {
    const p = parsePlan(`II. NHIỆM VỤ\n1. Phát triển hạ tầng số\n${line}`)
    expect(p.tasks.map((t) => [t.description, t.lead, t.partners, t.deadline?.to ?? null])).toEqual([expected])
  })

  it.each([
    ['- Sở Tư pháp chủ trì rà soát văn bản quy phạm pháp luật, hoàn thành trong quý III/2025.', ['rà soát văn bản quy phạm pháp luật', 'Sở Tư pháp', [], '2025-09-30']],
    ['- Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tham mưu sắp xếp tổ chức bộ máy, hoàn thành trước ngày 30/9/2025.', ['tham mưu sắp xếp tổ chức bộ máy', 'Sở Nội vụ', ['Sở Tài chính'], '2025-09-30']]
  ])('in a part of tasks, a sentence with its lead first and its deadline last is a task without labels: %s', (line, expected) => {
    const p = parsePlan(`III. NHIỆM VỤ, GIẢI PHÁP\n1. Cải cách thể chế\n${line}`)
    expect(p.tasks.map((t) => [t.description, t.lead, t.partners, t.deadline?.to ?? null])).toEqual([expected])
    // Outside a part of tasks it is what the plan aims at, no task.
    expect(parsePlan(`I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n${line}`).tasks).toEqual([])
  })

  it('"Giao" with no agency that chairs makes no task ("Giao các cơ quan tổ chức thực hiện")', () => {
    expect(parsePlan('II. NHIỆM VỤ\n1. Nội dung\n- Tiếp tục thực hiện tốt công tác cải cách. Giao các cơ quan tổ chức thực hiện.').tasks).toEqual([])
  })

  it('a colon in running text is no field: "Nội dung tuyên truyền: …" alone makes no task', () => {
    const p = parsePlan('II. NHIỆM VỤ\n1. Tuyên truyền\n- Nội dung tuyên truyền: các chính sách mới.\n- Hình thức: hội nghị.')
    expect(p.tasks).toEqual([])
  })
})

describe('deadlines (thời gian hoàn thành)', () => {
  it.each([
    ['Quý I/2023', '2023-01-01', '2023-03-31', null],
    ['Quý I, II/2024', '2024-01-01', '2024-06-30', null],
    ['Quý II - III/2024', '2024-04-01', '2024-09-30', null],
    ['Tháng 3 - 6/2024', '2024-03-01', '2024-06-30', null],
    ['Tháng 3, 6, 9, 12/2024 (a list of months: from the first to the last)', '2024-03-01', '2024-12-31', null],
    ['Tháng 6 và 12/2024', '2024-06-01', '2024-12-31', null],
    ['2024 và các năm tiếp theo', '2024-01-01', null, 'yearly'],
    ['Tháng 12/2024 và các năm tiếp theo', '2024-12-01', null, 'yearly'],
    ['Quý IV năm 2023', '2023-10-01', '2023-12-31', null],
    ['Tháng 6/2023', '2023-06-01', '2023-06-30', null],
    ['tháng 2 năm 2024', '2024-02-01', '2024-02-29', null],
    ['Năm 2023', '2023-01-01', '2023-12-31', null],
    ['6 tháng đầu năm 2024', '2024-01-01', '2024-06-30', null],
    ['6 tháng cuối năm 2024', '2024-07-01', '2024-12-31', null],
    ['9 tháng đầu năm 2024', '2024-01-01', '2024-09-30', null],
    ['2023-2025', '2023-01-01', '2025-12-31', null],
    ['Giai đoạn 2021 - 2025', '2021-01-01', '2025-12-31', null],
    ['30/6/2023', '2023-06-30', '2023-06-30', null],
    ['Trước ngày 30/6/2023', null, '2023-06-30', null],
    ['Hằng năm', null, null, 'yearly'],
    ['Hàng quý', null, null, 'quarterly'],
    ['Thường xuyên', null, null, 'continuous'],
    ['Định kỳ 6 tháng', null, null, 'half-yearly'],
    ['6 tháng/lần', null, null, 'half-yearly'],
    ['01 lần/quý', null, null, 'quarterly'],
    ['Mỗi năm một lần', null, null, 'yearly'],
    ['Hằng tuần', null, null, 'weekly'],
    ['Báo cáo hằng tháng', null, null, 'monthly'],
    ['Quý I và Quý III/2024 (several periods: from the first to the last)', '2024-01-01', '2024-09-30', null],
    ['Từ tháng 3 đến tháng 6/2024', '2024-03-01', '2024-06-30', null],
    ['Tháng 12/2024 và tháng 6/2025', '2024-12-01', '2025-06-30', null],
    ['Năm 2024, 2025', '2024-01-01', '2025-12-31', null],
    ['Đến hết năm 2025 (a limit: no start)', null, '2025-12-31', null],
    ['Hoàn thành trước quý II/2024', null, '2024-06-30', null],
    ['Từ tháng 3/2024 (a start: no end)', '2024-03-01', null, null],
    ['ngày 15 tháng 6 năm 2024', '2024-06-15', '2024-06-15', null],
    ['15 tháng 6 năm 2024 (a day in words without "ngày")', '2024-06-15', '2024-06-15', null],
    ['Ngày 15 tháng 6, 2024 (the year after a comma)', '2024-06-15', '2024-06-15', null],
    ['06/2024 (a month and year in figures)', '2024-06-01', '2024-06-30', null],
    ['Đầu năm 2024 (the first quarter)', '2024-01-01', '2024-03-31', null],
    ['Cuối năm 2024 (the last quarter)', '2024-10-01', '2024-12-31', null],
    ['Trước cuối năm 2024', null, '2024-12-31', null]
  ])('%s', (text, from, to, recurring) => {
    expect(parseDeadline(text)).toEqual({text, from, to, recurring})
  })

  it('an empty cell has no deadline', () => {
    expect(parseDeadline('  ')).toBeNull()
  })

  it.each([
    ['Quý II', '2025-04-01', '2025-06-30'],
    ['Tháng 6', '2025-06-01', '2025-06-30'],
    ['Quý III, IV', '2025-07-01', '2025-12-31'],
    ['Trước 30/6', null, '2025-06-30'],
    ['Trước ngày 15/12', null, '2025-12-15'],
    ['Trước ngày 15 tháng 6', null, '2025-06-15'],
    ['6 tháng đầu năm', '2025-01-01', '2025-06-30'],
    ['Cả năm', '2025-01-01', '2025-12-31'],
    ['Quý I/2026', '2026-01-01', '2026-03-31']
  ])('"%s" in a plan for 2025 takes the plan\'s year when it says none', (text, from, to) => {
    expect(parseDeadline(text, 2025)).toMatchObject({from, to})
    if (!/\d{4}/.test(text)) expect(parseDeadline(text)).toMatchObject({from: null, to: null})
  })

  it('the plan\'s year comes from a one-year plan only ("… năm 2025"), through parsePlan', () => {
    const table = 'PHỤ LỤC\n| STT | Nội dung | Cơ quan chủ trì | Thời gian |\n|---|---|---|---|\n| 1 | Rà soát | Sở Nội vụ | Quý II |\n'
    expect(parsePlan(`KẾ HOẠCH\nCải cách hành chính năm 2025\n${table}`).tasks[0]!.deadline).toMatchObject({from: '2025-04-01', to: '2025-06-30'})
    expect(parsePlan(`KẾ HOẠCH\nCải cách hành chính giai đoạn 2021 - 2025\n${table}`).tasks[0]!.deadline).toMatchObject({from: null, to: null})
  })
})
