/** Mục, khoản, điểm: section nesting, missing headings, gaps, hard-wrapped lines. */

import {describe, expect, it} from 'vitest'
import {parsePlan, walk} from '../../src/index.js'
import type {Plan, Section} from '../../src/schema.js'
import {expectInvariants} from '../helpers.js'

/** "depth label title [kind]" for every section; "depth •" for items. */
function shape(plan: Plan): string[] {
  const out: string[] = []
  walk(plan, (node) => {
    if (node.type === 'section') {
      const s = node as Section
      const label = [s.numbering?.label ?? (s.implicit ? '?' : ''), s.title ?? ''].filter((part) => part !== '').join(' ')
      out.push(`${s.depth} ${label}${s.kind ? ' [' + s.kind + ']' : ''}`.trim())
    } else if (node.type === 'item') {
      out.push(`${(node as {depth: number}).depth} •`)
    }
  })
  return out
}

function parse(text: string): Plan {
  const plan = parsePlan(text)
  expectInvariants(plan, text)
  return plan
}

describe('section nesting by numbering style', () => {
  it('I. › 1. › 1.1. › a) › - › +', () => {
    const plan = parse(['I. MỤC TIÊU', '1. Mục tiêu', '1.1. Mục tiêu chung', 'a) Về thể chế', '- Phấn đấu đến năm 2025', '+ Năm 2021 đạt 30%', '+ Năm 2022 đạt 40%', 'b) Về thủ tục', '2. Yêu cầu', 'II. NHIỆM VỤ'].join('\n'))
    expect(shape(plan)).toEqual([
      '1 I. MỤC TIÊU [objectives]',
      '2 1. Mục tiêu [objectives]',
      '3 1.1. Mục tiêu chung [objectives]',
      '4 a) Về thể chế',
      '5 •',
      '6 •',
      '6 •',
      '4 b) Về thủ tục',
      '2 2. Yêu cầu [purpose]',
      '1 II. NHIỆM VỤ [tasks]'
    ])
    expect(plan.diagnostics).toEqual([])
  })

  it('list styles nest in the order they open: "1)" over "a." as well as "a)" over "1)"', () => {
    const plan = parse(['I. MỤC TIÊU', '1) Mục tiêu chung', 'a. Nâng cao chất lượng.', 'b. Phấn đấu 100% hồ sơ đúng hạn.', '2) Mục tiêu cụ thể', 'a. Tối thiểu 80% hồ sơ trực tuyến.', 'II. NHIỆM VỤ', 'a) Rà soát', '1) Thủ tục', '2) Văn bản', 'b) Số hóa'].join('\n'))
    expect(shape(plan)).toEqual([
      '1 I. MỤC TIÊU [objectives]',
      '2 1) Mục tiêu chung [objectives]',
      '3 a.',
      '3 b.',
      '2 2) Mục tiêu cụ thể [objectives]',
      '3 a.',
      '1 II. NHIỆM VỤ [tasks]',
      '2 a) Rà soát',
      '3 1) Thủ tục',
      '3 2) Văn bản',
      '2 b) Số hóa'
    ])
    expect(plan.diagnostics).toEqual([])
  })

  it('PHẦN I. above Roman numerals', () => {
    const plan = parse('PHẦN I. ĐÁNH GIÁ\nI. KẾT QUẢ\nII. HẠN CHẾ\nPHẦN II. NHIỆM VỤ\nI. MỤC TIÊU')
    expect(shape(plan)).toEqual(['1 PHẦN I. ĐÁNH GIÁ [situation]', '2 I. KẾT QUẢ [situation]', '2 II. HẠN CHẾ [situation]', '1 PHẦN II. NHIỆM VỤ [tasks]', '2 I. MỤC TIÊU [objectives]'])
  })

  it('a numbered sentence is a section without a title', () => {
    const plan = parse('I. NỘI DUNG\n1. Văn phòng UBND tỉnh theo dõi, kiểm tra, đôn đốc việc thực hiện Kế hoạch này.')
    expect(shape(plan)).toEqual(['1 I. NỘI DUNG [tasks]', '2 1.'])
  })

  it('a numbered sentence led in by its title ("1. Mục đích: …", "2. Cải cách thể chế: …") takes the words before the colon', () => {
    const plan = parse('I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích: nâng cao hiệu quả cải cách hành chính.\nII. NHIỆM VỤ\n1. Cải cách thể chế: rà soát văn bản quy phạm pháp luật.')
    expect(shape(plan)).toEqual(['1 I. MỤC ĐÍCH, YÊU CẦU [purpose]', '2 1. Mục đích [purpose]', '1 II. NHIỆM VỤ [tasks]', '2 1. Cải cách thể chế'])
  })

  it('a title led in with a quoted name ("1. Nội dung \\"Tham gia của người dân ở cấp cơ sở\\": …") counts the name as one word', () => {
    const plan = parse('II. NHIỆM VỤ\n1. Nội dung "Tham gia của người dân ở cấp cơ sở": UBND các huyện chỉ đạo tổ chức bầu cử trưởng thôn đúng quy định.')
    expect(shape(plan)).toEqual(['1 II. NHIỆM VỤ [tasks]', '2 1. Nội dung "Tham gia của người dân ở cấp cơ sở" [tasks]'])
  })

  it('"I.1." nests under "I." as "1." would; "(1)" and "(a)" are numbered items', () => {
    const plan = parse('I. KẾT QUẢ\nI.1. Về đào tạo\nĐã đào tạo.\nI.2. Về bồi dưỡng\nII. MỤC TIÊU\n(1) Đào tạo 1.500 lượt cán bộ.\n(2) Bồi dưỡng 500 lượt công chức.\nIII. GIẢI PHÁP\n1. Về cơ chế\n(a) Hoàn thiện quy chế.\n(b) Rà soát tiêu chuẩn.')
    expect(shape(plan)).toEqual([
      '1 I. KẾT QUẢ [situation]', '2 I.1. Về đào tạo', '2 I.2. Về bồi dưỡng',
      '1 II. MỤC TIÊU [objectives]', '2 (1)', '2 (2)',
      '1 III. GIẢI PHÁP [tasks]', '2 1. Về cơ chế', '3 (a)', '3 (b)'
    ])
    expect(plan.diagnostics).toEqual([])
  })

  it('a sentence introducing a list ("… gồm: …", "… như sau: …") has no title', () => {
    const plan = parse('I. NỘI DUNG\na) Xác định rõ trách nhiệm của các cơ quan gồm: đơn vị chủ trì, phối hợp.\nb) Các nhiệm vụ cụ thể như sau: rà soát, đánh giá.')
    expect(shape(plan)).toEqual(['1 I. NỘI DUNG [tasks]', '2 a)', '2 b)'])
  })

  it('a paragraph after a bullet belongs to the section, not the bullet', () => {
    const plan = parse('1. Mục đích\n- Nội dung một.\nĐoạn văn tiếp theo của mục.')
    const section = plan.children.find((c) => c.type === 'section') as Section
    expect(section.children.map((c) => c.type).filter((t) => t !== 'whitespace')).toEqual(['heading', 'item', 'paragraph'])
  })
})

describe('lower-case Roman lists ("i)", "ii)", "(iii)") beside "a)" lists', () => {
  it('"i)" before "ii)" is one, under "a)"', () => {
    const plan = parse(['I. NHIỆM VỤ', 'a) Cải cách thể chế', 'i) Rà soát văn bản;', 'ii) Hoàn thiện thể chế;', 'iii) Kiểm tra văn bản.', 'b) Cải cách thủ tục'].join('\n'))
    expect(shape(plan)).toEqual(['1 I. NHIỆM VỤ [tasks]', '2 a) Cải cách thể chế', '3 i)', '3 ii)', '3 iii)', '2 b) Cải cách thủ tục'])
    expect(plan.diagnostics).toEqual([])
  })

  it('"h)", "i)", "k)" stay letters; "v)" after "iv)" is five', () => {
    const letters = parse(['a) Một', 'b) Hai', 'c) Ba', 'd) Bốn', 'đ) Năm', 'e) Sáu', 'g) Bảy', 'h) Tám', 'i) Chín', 'k) Mười'].join('\n'))
    expect(letters.diagnostics).toEqual([])
    const romans = parse(['i) Một;', 'ii) Hai;', 'iii) Ba;', 'iv) Bốn;', 'v) Năm.'].join('\n'))
    expect(romans.diagnostics).toEqual([])
    const labels: Array<[string, string | null, number | null]> = []
    walk(romans, (node) => {
      if (node.type === 'section' && node.numbering) labels.push([node.numbering.style, node.numbering.label, node.numbering.value])
    })
    expect(labels.at(-1)).toEqual(['lowerRoman', 'v)', 5])
  })

  it('a gap reads in the same style ("iv)" after "ii)" expects "iii)")', () => {
    const plan = parse(['i) Một;', 'ii) Hai;', 'iv) Bốn.'].join('\n'))
    expect(plan.diagnostics.map((d) => d.message)).toEqual(['Unexpected "iv)", expected "iii)": numbering skips'])
  })
})

describe('section kinds (tên phần) matched tolerantly', () => {
  it.each([
    ['I. MỤC ĐÍCH, YÊU CẦU', 'purpose'],
    ['II. MỤC TIÊU', 'objectives'],
    ['III. NHIỆM VỤ, GIẢI PHÁP', 'tasks'],
    ['III. NỘI DUNG THỰC HIỆN', 'tasks'],
    ['IV. KINH PHÍ THỰC HIỆN', 'funding'],
    ['IV. ĐIỀU KIỆN BẢO ĐẢM THỰC HIỆN', 'funding'],
    ['VIII. DỰ TOÁN KINH PHÍ', 'funding'],
    ['V. TỔ CHỨC THỰC HIỆN', 'implementation'],
    ['V. TỔ CHỨC THỤC HIỆN', 'implementation'],
    ['V. TỔ CHỨ THỰC HIỆN', 'implementation'],
    ['V. Tổ chức thực hiện', 'implementation'],
    ['I. QUAN ĐIỂM CHỈ ĐẠO', 'viewpoints'],
    ['VI. CHẾ ĐỘ BÁO CÁO', 'reporting'],
    ['II. Các mục tiêu cụ thể', 'objectives'],
    ['II. NHỮNG NHIỆM VỤ TRỌNG TÂM', 'tasks'],
    ['I. CƠ SỞ PHÁP LÝ', 'basis'],
    ['I. SỰ CẦN THIẾT XÂY DỰNG KẾ HOẠCH', 'basis'],
    ['V. THỜI GIAN THỰC HIỆN', 'schedule'],
    ['V. LỘ TRÌNH THỰC HIỆN', 'schedule'],
    ['VI. KIỂM TRA, GIÁM SÁT', 'monitoring'],
    ['VI. THEO DÕI, ĐÁNH GIÁ', 'monitoring'],
    // A report's part that plans the next year: "Phương hướng, nhiệm vụ năm 2025".
    ['II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025', 'tasks'],
    ['B. ĐỊNH HƯỚNG NHIỆM VỤ GIAI ĐOẠN 2026 - 2030', 'tasks'],
    ['I. BỐI CẢNH', 'situation'],
    ['VII. ĐIỀU KHOẢN THI HÀNH', 'implementation']
  ])('%s → %s', (line, kind) => {
    const section = parsePlan(line).children.find((c) => c.type === 'section') as Section
    expect(section.kind).toBe(kind)
  })

  it('an unrelated title has no kind', () => {
    const section = parsePlan('II. CẢI CÁCH THỂ CHẾ').children.find((c) => c.type === 'section') as Section
    expect(section.kind).toBeNull()
  })
})

describe('numbering problems become diagnostics', () => {
  it('a gap III → V', () => {
    const plan = parse('I. A\nII. B\nIII. C\nV. TỔ CHỨC THỰC HIỆN')
    expect(plan.diagnostics.map((d) => [d.ruleId, d.position.start.line])).toEqual([['numbering-gap', 4]])
    expect(plan.diagnostics[0]!.message).toBe('Unexpected "V.", expected "IV.": numbering skips')
  })

  it('a gap 4.2 → 4.4', () => {
    const plan = parse('1. Bộ máy\n1.1. Một\n1.2. Hai\n1.4. Bốn')
    expect(plan.diagnostics.map((d) => d.message)).toEqual(['Unexpected "1.4.", expected "1.3.": numbering skips'])
  })

  it('a duplicate number', () => {
    const plan = parse('1. Một\n2. Hai\n2. Hai lần nữa')
    expect(plan.diagnostics.map((d) => d.ruleId)).toEqual(['numbering-duplicate'])
  })

  it('numbering that does not start at 1', () => {
    const plan = parse('1. Sở Thông tin và Truyền thông\n1.3. Chủ trì')
    expect(plan.diagnostics.map((d) => d.message)).toEqual(['Unexpected "1.3.", expected "1.1.": numbering does not start at 1'])
  })
})

describe('missing headings (Roman headings lost, as in the Lạng Sơn copy)', () => {
  const text = [
    '1. Mục đích',
    'Nội dung mục đích.',
    '2. Yêu cầu',
    '2.1. Yêu cầu một.',
    '1.1. Tiếp tục xây dựng nền hành chính.',
    '2.1. Về cải cách thể chế:',
    '3. Cải cách tổ chức bộ máy',
    '1. Công tác chỉ đạo, điều hành',
    '1.1. Phổ biến.',
    '1. Kinh phí thực hiện Kế hoạch từ nguồn ngân sách.',
    '1. Sở Nội vụ',
    '1.1. Là cơ quan thường trực.'
  ].join('\n')

  it('groups restarted numbering into implicit parts with inferred kinds', () => {
    const plan = parse(text)
    expect(shape(plan)).toEqual([
      '1 ? [purpose]',
      '2 1. Mục đích [purpose]',
      '2 2. Yêu cầu [purpose]',
      '3 2.1.',
      '1 ? [objectives]',
      '2 ?',
      '3 1.1.',
      '2 ?',
      '3 2.1. Về cải cách thể chế',
      '2 3. Cải cách tổ chức bộ máy',
      '1 ? [tasks]',
      '2 1. Công tác chỉ đạo, điều hành',
      '3 1.1.',
      '1 ? [funding]',
      '2 1.',
      '1 ? [implementation]',
      '2 1. Sở Nội vụ',
      '3 1.1.'
    ])
    const rules = plan.diagnostics.map((d) => d.ruleId)
    expect(rules.filter((r) => r === 'missing-heading').length).toBeGreaterThanOrEqual(4)
  })

  it('an implicit arabic parent for a decimal whose heading is lost', () => {
    const plan = parse('I. MỤC TIÊU\n1. Ba\n1.1. Một.\n2.1. Hai chấm một.')
    expect(shape(plan)).toEqual(['1 I. MỤC TIÊU [objectives]', '2 1. Ba', '3 1.1.', '2 ?', '3 2.1.'])
    const implicit = (plan.children.find((c) => c.type === 'section') as Section).children.filter((c) => c.type === 'section')[1] as Section
    expect(implicit.implicit).toBe(true)
    expect(implicit.numbering).toEqual({style: 'arabic', label: null, value: 2, path: null})
  })

  it('decimals that repeat their part\'s number ("II. NHIỆM VỤ" then "2.1", "2.2") report no numbering gap', () => {
    const plan = parse('I. MỤC ĐÍCH\n1.1 Mục đích\n1.2 Yêu cầu\nII. NHIỆM VỤ\n2.1 Tuyên truyền.\n2.2 Kiểm tra.\nIII. TỔ CHỨC THỰC HIỆN\n3.1 Phòng Nội vụ chủ trì.')
    expect(plan.diagnostics.filter((d) => d.ruleId === 'numbering-gap')).toEqual([])
    expect(shape(plan).filter((line) => line.startsWith('3 '))).toEqual(['3 1.1 Mục đích [purpose]', '3 1.2 Yêu cầu [purpose]', '3 2.1', '3 2.2', '3 3.1'])
  })
})

describe('part headings without numbers ("MỤC ĐÍCH, YÊU CẦU" alone in capitals, as Party plans write them)', () => {
  const text = [
    'Thực hiện Nghị quyết số 05-NQ/TU ngày 12-8-2021 của Tỉnh ủy, Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:',
    'MỤC ĐÍCH, YÊU CẦU',
    '- Quán triệt sâu sắc nội dung Nghị quyết.',
    'NHIỆM VỤ, GIẢI PHÁP',
    '1. Tăng cường sự lãnh đạo của cấp ủy.',
    '2. Đẩy mạnh phát triển hạ tầng số.',
    'TỔ CHỨC THỤC HIỆN',
    '1. Ban Tuyên giáo Huyện ủy chủ trì tổ chức quán triệt.'
  ].join('\n')

  it('each opens a top-level part with its kind; numbering starts afresh under it, with no missing-heading diagnostic', () => {
    const plan = parse(text)
    expect(shape(plan)).toEqual(['1 MỤC ĐÍCH, YÊU CẦU [purpose]', '2 •', '1 NHIỆM VỤ, GIẢI PHÁP [tasks]', '2 1.', '2 2.', '1 TỔ CHỨC THỤC HIỆN [implementation]', '2 1.'])
    const part = plan.children.find((c) => c.type === 'section') as Section
    expect(part.numbering).toBeNull()
    expect(part.implicit).toBe(false)
    expect(plan.diagnostics.map((d) => d.ruleId)).not.toContain('missing-heading')
    expect(plan.children.find((c) => c.type === 'preamble')?.children).toHaveLength(1)
  })

  it('numbering that restarts inside such a part stands for a lost part heading: an implicit part with no number', () => {
    const plan = parse(['MỤC ĐÍCH, YÊU CẦU', '1. Một.', '2. Hai.', '1. Lại một.'].join('\n'))
    expect(shape(plan)).toEqual(['1 MỤC ĐÍCH, YÊU CẦU [purpose]', '2 1.', '2 2.', '1 ? [objectives]', '2 1.'])
    const parts = plan.children.filter((c) => c.type === 'section') as Section[]
    expect(parts[1]!.numbering).toBeNull()
    expect(parts[1]!.implicit).toBe(true)
  })

  it('not in a plan that numbers its parts ("I.", "PHẦN I"): there a line in capitals stays inside its part', () => {
    const plan = parse(['I. NHIỆM VỤ', 'Các nhiệm vụ năm 2024.', 'NỘI DUNG', '1. Một.'].join('\n'))
    expect(shape(plan)).toEqual(['1 I. NHIỆM VỤ [tasks]', '2 1.'])
  })

  it('in sentence case, the part\'s name and nothing else ("Mục đích, yêu cầu", "Mục tiêu cụ thể", "Tổ chức thực hiện")', () => {
    const plan = parse(['Mục đích, yêu cầu', '- Quán triệt Nghị quyết.', 'Mục tiêu cụ thể', '- Đạt 100% xã.', 'Tổ chức thực hiện', '1. Ban Tuyên giáo chủ trì.'].join('\n'))
    expect(shape(plan)).toEqual(['1 Mục đích, yêu cầu [purpose]', '2 •', '1 Mục tiêu cụ thể [objectives]', '2 •', '1 Tổ chức thực hiện [implementation]', '2 1.'])
  })

  it('not a sentence that only opens with a part\'s name ("Mục tiêu là nâng cao chất lượng")', () => {
    const plan = parse(['1. Một.', 'Mục tiêu là nâng cao chất lượng', '2. Hai.'].join('\n'))
    expect(shape(plan)).toEqual(['1 1.', '1 2.'])
  })

  it('not in a plan that numbers its parts "1. MỤC ĐÍCH, YÊU CẦU", "2. NHIỆM VỤ"', () => {
    const plan = parse(['1. MỤC ĐÍCH, YÊU CẦU', '- Một.', '2. NHIỆM VỤ', 'Các nhiệm vụ năm 2024.', 'NHIỆM VỤ TRỌNG TÂM', '2.1. Hai.', '3. TỔ CHỨC THỰC HIỆN', '- Ba.'].join('\n'))
    expect(shape(plan)).toEqual(['1 1. MỤC ĐÍCH, YÊU CẦU [purpose]', '2 •', '1 2. NHIỆM VỤ [tasks]', '2 2.1.', '1 3. TỔ CHỨC THỰC HIỆN [implementation]', '2 •'])
  })

  it('not a line in capitals that names no part, nor one that ends a sentence', () => {
    const plan = parse(['1. Một.', 'TĂNG CƯỜNG KỶ LUẬT', 'MỤC TIÊU LÀ NÂNG CAO HIỆU QUẢ.', '2. Hai.'].join('\n'))
    expect(shape(plan)).toEqual(['1 1.', '1 2.'])
  })

  it('after one such part, a line in capitals alone between two blocks heads the next part though it names no known part ("HÌNH THỨC TUYÊN TRUYỀN")', () => {
    const plan = parse(['MỤC ĐÍCH, YÊU CẦU', 'Nâng cao nhận thức.', 'HÌNH THỨC TUYÊN TRUYỀN', '- Đăng tải tin, bài.', 'KINH PHÍ', 'Từ ngân sách huyện.'].join('\n'))
    expect(shape(plan)).toEqual(['1 MỤC ĐÍCH, YÊU CẦU [purpose]', '1 HÌNH THỨC TUYÊN TRUYỀN', '2 •', '1 KINH PHÍ [funding]'])
  })

  it('not a line in capitals after a lead-in that runs on ("… gồm"), nor one over more capitals (a table\'s head)', () => {
    const plan = parse(['MỤC ĐÍCH, YÊU CẦU', 'Nội dung gồm', 'TĂNG CƯỜNG KỶ LUẬT', 'Các cơ quan thực hiện.', 'ĐƠN VỊ THỰC HIỆN', 'SỞ NỘI VỤ', 'Theo dõi.'].join('\n'))
    expect(shape(plan)).toEqual(['1 MỤC ĐÍCH, YÊU CẦU [purpose]'])
  })
})

describe('hard-wrapped lines (xuống dòng cứng)', () => {
  it('joins a lower-case continuation into one paragraph', () => {
    const plan = parse('I. NỘI DUNG\nTăng cường ứng dụng công nghệ thông tin trong\ngiải quyết thủ tục hành chính.\nĐoạn mới.')
    const section = plan.children[0] as Section
    expect(section.children.filter((c) => c.type === 'paragraph')).toHaveLength(2)
  })

  it('a line ending on "tỉnh" or "của" goes on, even before a capital ("tỉnh\\nBến Tre")', () => {
    const plan = parse(
      'Thực hiện Kế hoạch số 112/KH-UBND ngày 20/01/2023 của Ủy ban nhân dân tỉnh\nBến Tre về chuyển đổi số năm 2023; Ủy ban nhân dân huyện xây dựng Kế hoạch\ntriển khai như sau:\nI. MỤC TIÊU\n1. Đề nghị các cơ quan Trung ương trên địa bàn tỉnh\nPhối hợp thực hiện.'
    )
    expect(plan.citations.map((c) => [c.issuer, c.title])).toEqual([['Ủy ban nhân dân tỉnh Bến Tre', 'chuyển đổi số năm 2023']])
    // A numbered heading ending on "tỉnh" stays a heading.
    expect(shape(plan)).toEqual(['1 I. MỤC TIÊU [objectives]', '2 1. Đề nghị các cơ quan Trung ương trên địa bàn tỉnh'])
  })

  it('a heading in capitals wrapped onto a second line ("II. NHIỆM VỤ VÀ GIẢI PHÁP\\nCHỦ YẾU")', () => {
    const plan = parse('I. MỤC ĐÍCH\nNội dung.\nII. NHIỆM VỤ VÀ GIẢI PHÁP\nCHỦ YẾU\n1. Cải cách thể chế\nNội dung.')
    expect(shape(plan)).toEqual(['1 I. MỤC ĐÍCH [purpose]', '1 II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU [tasks]', '2 1. Cải cách thể chế'])
  })

  it('"kinh tế\\n- xã hội" is a wrapped hyphen, not a bullet', () => {
    const plan = parse('I. MỤC TIÊU\nThúc đẩy phát triển kinh tế\n- xã hội của tỉnh.')
    const section = plan.children[0] as Section
    expect(section.children.some((c) => c.type === 'item')).toBe(false)
    expect(section.children.filter((c) => c.type === 'paragraph')).toHaveLength(1)
  })

  it('joins lines of a page hard-wrapped at a fixed width, whatever the case', () => {
    const words = 'Cải cách hành chính phải xuất phát từ nhu cầu của Người dân doanh nghiệp lấy Người dân làm trung tâm nâng cao Sự hài lòng'.split(' ')
    const lines: string[] = []
    let line = ''
    for (let k = 0; k < 12; k++) {
      for (const w of words) {
        if ((line + ' ' + w).trim().length > 60) {
          lines.push(line.trim())
          line = ''
        }
        line += ' ' + w
      }
    }
    lines.push(`${line.trim()}.`)
    const text = `I. MỤC ĐÍCH\n${lines.join('\n')}\nII. MỤC TIÊU\n- Nội dung.`
    const plan = parse(text)
    const first = plan.children[0] as Section
    expect(first.children.filter((c) => c.type === 'paragraph')).toHaveLength(1)
  })

  it('a heading glued to the end of the previous line ("… tiến bộ 1.1.")', () => {
    const plan = parse('1. Mục tiêu chung tiến bộ 1.1.\nTiếp tục xây dựng nền hành chính.\n1.2. Mục tiêu hai')
    expect(shape(plan)).toEqual(['1 1. Mục tiêu chung tiến bộ [objectives]', '2 1.1.', '2 1.2. Mục tiêu hai [objectives]'])
  })

  it('a first decimal typed with an earlier number ("2. Mục tiêu cụ thể" then "1.1 …", "1.2 …") is that part\'s item, with a diagnostic, not a restart', () => {
    const plan = parse('I. MỤC TIÊU\n1. Mục tiêu chung\nNội dung.\n2. Mục tiêu cụ thể\n1.1 Về chính quyền số\n- 90% hồ sơ xử lý trên môi trường mạng.\n1.2 Về kinh tế số\n- Kinh tế số chiếm 10% GRDP.\nII. NHIỆM VỤ\n1. Nội dung')
    expect(shape(plan)).toEqual(['1 I. MỤC TIÊU [objectives]', '2 1. Mục tiêu chung [objectives]', '2 2. Mục tiêu cụ thể [objectives]', '3 1.1 Về chính quyền số', '4 •', '3 1.2 Về kinh tế số', '4 •', '1 II. NHIỆM VỤ [tasks]', '2 1. Nội dung [tasks]'])
    expect(plan.diagnostics.map((d) => d.ruleId)).toEqual(['numbering-mismatch'])
    expect(plan.targets.map((t) => t.value)).toEqual([90, 10])
    // A part that already has its own decimals: a later "1.1" is a restart, as before.
    const restart = parse('I. MỤC TIÊU\n1. Một\n2. Hai\n2.1 Hai một\n1.1 Lại\nNội dung.')
    expect(restart.diagnostics.map((d) => d.ruleId)).toContain('missing-heading')
  })

  it('a Roman heading with its first item glued after its title in capitals ("I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích")', () => {
    const plan = parse('I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích\nNâng cao chất lượng.\n2. Yêu cầu\nNghiêm túc.\nII. MỤC TIÊU 1. Mục tiêu chung\nXây dựng nền hành chính.')
    expect(shape(plan)).toEqual(['1 I. MỤC ĐÍCH, YÊU CẦU [purpose]', '2 1. Mục đích [purpose]', '2 2. Yêu cầu [purpose]', '1 II. MỤC TIÊU [objectives]', '2 1. Mục tiêu chung [objectives]'])
    expect(plan.diagnostics).toEqual([])
    // Not a title in lower case, nor a figure that opens no item: "II. Kết quả năm 2023 1. …", "III. NĂM 2023 ĐẠT 1. vị trí".
    expect(shape(parse('II. Kết quả đạt được 1. Tốt\nNội dung.')).map((s) => s.split(' ').slice(0, 2).join(' '))).toEqual(['1 II.'])
    expect(shape(parse('III. XẾP HẠNG 1. vị trí\nNội dung.')).map((s) => s.split(' ').slice(0, 2).join(' '))).toEqual(['1 III.'])
  })

  it('a heading glued inside a line ("… tiến bộ 1.1. Cải cách thể chế") starts its own line', () => {
    const plan = parse('1. Mục tiêu chung\nXây dựng nền hành chính phục vụ nhân dân, tiến bộ 1.1. Cải cách thể chế\nHoàn thiện thể chế.\n1.2. Cải cách thủ tục hành chính\nCắt giảm thủ tục.')
    expect(shape(plan)).toEqual(['1 1. Mục tiêu chung [objectives]', '2 1.1. Cải cách thể chế', '2 1.2. Cải cách thủ tục hành chính'])
    expect(plan.diagnostics).toEqual([])
  })

  it('a heading glued inside a numbered line ("1. Mục tiêu chung: … tiến bộ 1.1. Mục tiêu cụ thể: …") starts its own line when it goes on from that number', () => {
    const plan = parse('1. Mục tiêu chung: xây dựng nền hành chính dân chủ, tiến bộ 1.1. Mục tiêu cụ thể\n- 100% hồ sơ đúng hạn.\n1.2. Nội dung khác')
    expect(shape(plan).map((s) => s.split(' ').slice(0, 2).join(' '))).toEqual(['1 1.', '2 1.1.', '3 •', '2 1.2.'])
    expect(plan.diagnostics).toEqual([])
    // "2. … theo Kế hoạch 5.1. Nội dung": a number that does not go on from "2." stays in the line.
    expect(shape(parse('2. Thực hiện các nội dung đã nêu 5.1. Nội dung khác của kế hoạch')).map((s) => s.split(' ').slice(0, 2).join(' '))).toEqual(['1 2.'])
  })

  it.each([
    ['a reference', 'Thực hiện theo quy định tại điểm 2.1. Các nội dung khác giữ nguyên.'],
    ['a figure with a decimal point', 'Tốc độ tăng trưởng năm 2023 đạt 6.5. Năm 2024 phấn đấu cao hơn.'],
    ['a version or a zero group', 'Ứng dụng phần mềm phiên bản 2.0. Các đơn vị triển khai.']
  ])('"d.d. Capital" inside a line that is %s is no heading', (_name, line) => {
    const plan = parse(`1. Một\n${line}`)
    expect(shape(plan)).toEqual(['1 1. Một'])
  })

  it('"tại mục 2.1." at a line end is a reference, not a glued heading', () => {
    const plan = parse('1. Một\nThực hiện theo quy định tại mục 2.1.\nCác nội dung khác.')
    expect(shape(plan)).toEqual(['1 1. Một'])
  })
})

describe('Markdown-flavoured copies ("## I.", "**II. …**", "> ")', () => {
  it('reads markers through the decoration', () => {
    const text = '# KẾ HOẠCH\n\n**Cải cách hành chính năm 2024**\n\n## I. MỤC ĐÍCH, YÊU CẦU\n\n### 1. Mục đích\n\n- Phấn đấu 100% hồ sơ giải quyết đúng hạn.\n\n**II. TỔ CHỨC THỰC HIỆN**\n\n> Sở Nội vụ chủ trì.\n'
    const plan = parse(text)
    expect(plan.meta).toMatchObject({documentType: 'Kế hoạch', title: 'Cải cách hành chính năm 2024'})
    expect(shape(plan)).toEqual(['1 I. MỤC ĐÍCH, YÊU CẦU [purpose]', '2 1. Mục đích [purpose]', '3 •', '1 II. TỔ CHỨC THỰC HIỆN [implementation]'])
  })
})

describe('upper-case letter parts ("A. KẾT QUẢ …", "B. NHIỆM VỤ …")', () => {
  it('stand above Roman numerals; a reported result is no target', () => {
    const text = 'A. KẾT QUẢ THỰC HIỆN NĂM 2022\nNăm 2022, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%.\nB. NHIỆM VỤ NĂM 2023\nI. MỤC TIÊU\n1. Phấn đấu 100% hồ sơ giải quyết đúng hạn.\nII. TỔ CHỨC THỰC HIỆN\nGiao Phòng Nội vụ chủ trì.'
    const plan = parse(text)
    expect(shape(plan)).toEqual(['1 A. KẾT QUẢ THỰC HIỆN NĂM 2022 [situation]', '1 B. NHIỆM VỤ NĂM 2023 [tasks]', '2 I. MỤC TIÊU [objectives]', '3 1.', '2 II. TỔ CHỨC THỰC HIỆN [implementation]'])
    expect(plan.targets.map((t) => t.value)).toEqual([100])
  })
})

describe('restarts at the top do not nest earlier implicit parts', () => {
  it('two copies of a plan with lost headings nest no deeper than one', () => {
    const one = '1. Mục đích\n2. Yêu cầu\n1. Công tác chỉ đạo\n1.1. Nội dung.\n1. Kinh phí thực hiện.\nCăn cứ Kế hoạch này.\n'
    const depth = (text: string): number => {
      let max = 0
      walk(parse(text), (_, ancestors) => {
        max = Math.max(max, ancestors.length)
      })
      return max
    }
    expect(depth(one + 'Nơi nhận:\n- Lưu: VT.\n' + one)).toBe(depth(one))
  })
})

describe('one line a paragraph (Word and portal exports put a blank line after every line)', () => {
  it('a numbering alone ("Phần thứ nhất", "I.") takes its title in capitals after the blank line', () => {
    const plan = parse('Phần thứ nhất\n\nĐÁNH GIÁ TÌNH HÌNH NĂM 2023\n\nI.\n\nKẾT QUẢ ĐẠT ĐƯỢC\n\nNăm 2023 tăng trưởng đạt 7,2%.\n\nPhần thứ hai\n\nKẾ HOẠCH NĂM 2024\n\nI. MỤC TIÊU\n\n1. Tăng trưởng đạt 7,5%.')
    expect(shape(plan)).toEqual([
      '1 Phần thứ nhất ĐÁNH GIÁ TÌNH HÌNH NĂM 2023 [situation]',
      '2 I. KẾT QUẢ ĐẠT ĐƯỢC [situation]',
      '1 Phần thứ hai KẾ HOẠCH NĂM 2024',
      '2 I. MỤC TIÊU [objectives]',
      '3 1.'
    ])
    expect(plan.targets.map((t) => t.value)).toEqual([7.5])
  })
})
