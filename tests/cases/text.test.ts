/**
 * Unicode traps (NFD, NBSP, Ð/Đ, old tone placement, BOM, CRLF, written-out
 * escapes) and Vietnamese dates; the offset map back to the original.
 */

import {describe, expect, it} from 'vitest'
import {parsePlan, walk} from '../../src/index.js'
import type {Section} from '../../src/schema.js'
import {findDate, isoDate} from '../../src/text/dates.js'
import {fold, phraseEndingAt, phraseStartingAt, stripEnd, stripStart} from '../../src/text/fold.js'
import {normalizeText} from '../../src/text/normalize.js'
import {LineIndex} from '../../src/text/source.js'

describe('phrases matched across runs of white space ("tối  thiểu", a page number blanked between lines)', () => {
  it.each([
    ['đạt tối thiểu 95%', 14, 4],
    ['đạt tối  thiểu 95%', 15, 4],
    ['đạt tối\n\n \n\nthiểu 95%', 18, 4],
    ['đạt TỐI THIỂU 95%', 14, 4],
    ['đạt chối thiểu 95%', 15, -1],
    ['đạt tốithiểu 95%', 13, -1]
  ])('phraseEndingAt(%j, 0, %i, "tối thiểu") === %i', (text, end, start) => {
    expect(phraseEndingAt(text, 0, end, 'tối thiểu')).toBe(start)
  })

  it.each([
    ['trở lên.', 7],
    ['trở  lên.', 8],
    ['trở lênh', -1]
  ])('phraseStartingAt(%j, 0, "trở lên") === %i', (text, end) => {
    expect(phraseStartingAt(text, 0, 'trở lên')).toBe(end)
  })
})

describe('normalizeText', () => {
  it.each([
    ['NFD → NFC', 'Ke\u0302\u0301 hoa\u0323ch', 'Kế hoạch'],
    ['NBSP and thin spaces → space', 'Số:\u00a0803\u2009/KH', 'Số: 803 /KH'],
    ['Ð (U+00D0) → Đ (U+0110)', '\u00d0ề án', 'Đề án'],
    ['fullwidth digits and signs from East Asian input → ASCII', 'đạt １００％ (Ｓố ７６/NQ-CP)', 'đạt 100% (Số 76/NQ-CP)'],
    ['old-style tones: hoà → hòa, Uỷ → Ủy', 'hoà hoá Uỷ ban thuỷ', 'hòa hóa Ủy ban thủy'],
    ['"quý" is not an old-style pair', 'quý II', 'quý II'],
    ['"hoàng" keeps its tone (final consonant)', 'hoàng', 'hoàng'],
    ['CRLF and lone CR → LF', 'a\r\nb\rc', 'a\nb\nc'],
    ['BOM and zero-width dropped', '\ufeffa\u200bb', 'ab'],
    ['escapes written out by scrapers', 'a\\r\\nb\\nc', 'a\nb\nc'],
    ['HTML entities left by scrapers: Sở KH&amp;ĐT, &nbsp;, &#7841;', 'Sở KH&amp;ĐT&nbsp;h&#7841;n &#x110;', 'Sở KH&ĐT hạn Đ'],
    ['named entities of accented letters from older portals: ng&agrave;y, th&aacute;ng, &Ecirc;, h&ograve;a', 'ng&agrave;y th&aacute;ng &Ecirc; h&ograve;a', 'ngày tháng Ê hòa'],
    ['an "&" that opens no entity stays: Sở TT&TT, R&D;, &bogus;', 'Sở TT&TT, R&D; &bogus;', 'Sở TT&TT, R&D; &bogus;'],
    ['two spaces between words read as one ("tối  thiểu", "tối\u00a0 thiểu")', 'đạt tối  thiểu và tối\u00a0 thiểu', 'đạt tối thiểu và tối thiểu'],
    ['three spaces (a column gap), indentation and trailing spaces stay', 'UBND   CỘNG HÒA\n  a  \nb', 'UBND   CỘNG HÒA\n  a  \nb']
  ])('%s', (_, input, expected) => {
    expect(normalizeText(input).text).toBe(expected)
  })

  it('maps the boundaries around two spaces read as one back to the original', () => {
    const norm = normalizeText('tối  thiểu')
    expect(norm.text).toBe('tối thiểu')
    expect([0, 3, 4, 9].map((k) => norm.toOriginal(k))).toEqual([0, 3, 5, 10])
  })

  it('maps every boundary back to the original', () => {
    const input = '\ufeffKe\u0302\u0301\u00a0hoa\u0323ch\r\nX'
    const norm = normalizeText(input)
    expect(norm.text).toBe('Kế hoạch\nX')
    expect(norm.toOriginal(0)).toBe(0)
    expect(input.slice(norm.toOriginal(0), norm.toOriginal(2))).toBe('\ufeffKe\u0302\u0301')
    expect(input.slice(norm.toOriginal(2), norm.toOriginal(3))).toBe('\u00a0')
    expect(input.slice(norm.toOriginal(8), norm.toOriginal(9))).toBe('\r\n')
    expect(norm.toOriginal(norm.text.length)).toBe(input.length)
  })

  it('maps an entity back to the whole of it', () => {
    const input = 'KH&amp;ĐT'
    const norm = normalizeText(input)
    expect(norm.text).toBe('KH&ĐT')
    expect(input.slice(norm.toOriginal(2), norm.toOriginal(3))).toBe('&amp;')
  })

  it('is the identity (no copy) on clean text', () => {
    const norm = normalizeText('Kế hoạch số 1')
    expect(norm.toOriginal(5)).toBe(5)
  })
})

describe('stripEnd / stripStart (loops, not "[…]+$", which is quadratic on a long run)', () => {
  it('strips the given characters and, by default, white space', () => {
    expect(stripEnd('Sở Nội vụ; ,. ', ';,.')).toBe('Sở Nội vụ')
    expect(stripEnd('a;\u00a0', ';')).toBe('a')
    expect(stripEnd('a; ', ';', false)).toBe('a; ')
    expect(stripStart(' - + Sở', '-+')).toBe('Sở')
    expect(stripEnd(';;;', ';')).toBe('')
    expect(stripEnd(`a${';'.repeat(100000)}b`, ';')).toBe(`a${';'.repeat(100000)}b`)
  })
})

describe('fold', () => {
  it('drops marks and case, keeps length', () => {
    expect(fold('TỔ CHỨC THỤC HIỆN')).toBe('to chuc thuc hien')
    expect(fold('Đề án')).toBe('de an')
    expect(fold('😀đ').length).toBe('😀đ'.length)
  })
})

describe('dates (ngày tháng năm)', () => {
  it.each([
    ['ngày 23 tháng 12 năm 2021', '2021-12-23'],
    ['ngày 13\ntháng 02 năm 2025', '2025-02-13'],
    ['Ngày 05 tháng 01, năm 2024', '2024-01-05'],
    ['ngày 15/7/2021', '2021-07-15'],
    ['ngày 24/08/2021', '2021-08-24'],
    ['ngày 21-02-2018', '2018-02-21'],
    ['ngày 06.10.2022', '2022-10-06']
  ])('%s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso)
  })

  it('31/02/2021 does not exist', () => {
    const d = findDate('ngày 31/02/2021')
    expect(d).not.toBeNull()
    expect(d!.iso).toBeNull()
    expect(isoDate(2021, 2, 28)).toBe('2021-02-28')
  })

  it('a ratio is not a date', () => {
    expect(findDate('nhóm 10/63 tỉnh')).toBeNull()
  })
})

describe('LineIndex', () => {
  it('counts LF, CRLF and CR as line ends', () => {
    const index = new LineIndex('a\r\nb\rc\nd')
    expect(index.point(3)).toEqual({line: 2, column: 1, offset: 3})
    expect(index.point(5)).toEqual({line: 3, column: 1, offset: 5})
    expect(index.point(7)).toEqual({line: 4, column: 1, offset: 7})
  })
})

describe('legacy encodings in a string (TCVN3 read as Latin-1)', () => {
  it('"B¸o c¸o tµi chÝnh" gives a legacy-encoding diagnostic; Unicode Vietnamese does not', () => {
    const mojibake = 'KÕ HO¹CH\nC¶i c¸ch hµnh chÝnh n¨m 2024\nI. MôC §ÝCH\n' + '- B¸o c¸o tµi chÝnh, b¸o c¸o kÕt qu¶, ®¸nh gi¸ c¸c chØ tiªu.\n'.repeat(3)
    expect(parsePlan(mojibake).diagnostics.map((d) => [d.ruleId, d.position.start.line])).toEqual([['legacy-encoding', 1]])
    expect(parsePlan('KẾ HOẠCH\nCải cách hành chính năm 2024\nI. MỤC ĐÍCH\n- Báo cáo tài chính.').diagnostics).toEqual([])
  })

  it('"Keá hoaïch caûi caùch" (VNI read as Latin-1) gives one too', () => {
    const vni = 'KEÁ HOAÏCH\nCaûi caùch haønh chính naêm 2024\n' + '- Baùo caùo taøi chính, ñaùnh giaù keát quaû caûi caùch haønh chính.\n'.repeat(3)
    expect(parsePlan(vni).diagnostics.map((d) => d.ruleId)).toEqual(['legacy-encoding'])
  })
})

describe('UTF-8 read as Latin-1 or Windows-1252 ("Káº¿ hoáº¡ch", a double encoding)', () => {
  const plan = 'KẾ HOẠCH\nCải cách hành chính năm 2024\nI. MỤC TIÊU\n' + '- Phấn đấu 100% hồ sơ được giải quyết đúng hạn, đánh giá kết quả cải cách hành chính.\n'.repeat(3)

  it.each([
    ['Latin-1', Buffer.from(plan, 'utf8').toString('latin1')],
    ['Windows-1252', new TextDecoder('windows-1252').decode(Buffer.from(plan, 'utf8'))]
  ])('read as %s gives a legacy-encoding diagnostic that says how to undo it', (_, mojibake) => {
    const diagnostics = parsePlan(mojibake).diagnostics.filter((d) => d.ruleId === 'legacy-encoding')
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]!.message).toContain('UTF-8 read as Latin-1')
  })

  it('Unicode Vietnamese with "Ã" or "á" in it is no such text', () => {
    expect(parsePlan(plan + 'Tên riêng: Ãnh, Ánh, áo.\n').diagnostics.filter((d) => d.ruleId === 'legacy-encoding')).toEqual([])
  })
})

describe('Vietnamese without its diacritics ("Phan dau 100% ho so")', () => {
  it('gives a no-diacritics diagnostic; the marked text does not', () => {
    const marked = 'KẾ HOẠCH\nCải cách hành chính năm 2024\nI. MỤC TIÊU\n' + '- Phấn đấu 100% hồ sơ của các cơ quan được giải quyết đúng hạn và thực hiện trong năm theo quy định.\n'.repeat(6)
    const stripped = marked.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
    expect(parsePlan(stripped).diagnostics.map((d) => d.ruleId)).toEqual(['no-diacritics'])
    expect(parsePlan(marked).diagnostics).toEqual([])
  })

  it('is told with non-breaking spaces between its words too', () => {
    const stripped = 'KE HOACH\nCai cach hanh chinh nam 2024\nI. MUC TIEU\n- Phan dau 100% ho so giai quyet dung han.\n- Ty le hai long cua nguoi dan dat tren 90%.\n'.replace(/ /g, '\u00a0')
    expect(parsePlan(stripped).diagnostics.map((d) => d.ruleId)).toEqual(['no-diacritics'])
    expect(parsePlan(stripped).targets.map((t) => [t.value, t.comparator])).toEqual([[100, '='], [90, '>']])
  })

  it('is read with its words matched folded: comparators, units and cues as in the marked text', () => {
    const marked = 'Số: 1/KH-UBND\nAn Giang, ngày 05 tháng 01 năm 2024\nKẾ HOẠCH\nCải cách hành chính năm 2024\nI. MỤC TIÊU\n' +
      '- Phấn đấu tối thiểu 80% hồ sơ của các cơ quan được giải quyết đúng hạn và thực hiện trong năm theo quy định.\n' +
      '- Giảm thời gian chờ đợi của người dân xuống tối đa 15 phút/lượt giao dịch.\n' +
      '- Hằng năm có ít nhất 03 sáng kiến cải cách hành chính được công nhận và thực hiện theo quy định của tỉnh.\n'.repeat(3)
    const stripped = marked.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
    const pick = (text: string) => parsePlan(text).targets.map((t) => [t.value, t.comparator, t.year, t.unit === null ? null : t.unit.normalize('NFD').replace(/[\u0300-\u036f]/g, '')])
    expect(pick(stripped)).toEqual(pick(marked))
    expect(pick(marked).slice(0, 2)).toEqual([[80, '>=', 2024, '%'], [15, '<=', 2024, 'phut/luot giao dich']])
  })
})


describe('responsibilities in text without diacritics', () => {
  it('an agency ended by its duty verb ("Dang doan Hoi Nong dan huyen lanh dao …") and a request ("De nghi …") read as with their marks', () => {
    const marked = 'IV. TỔ CHỨC THỰC HIỆN\n1. Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với các cơ quan liên quan tổ chức quán triệt Nghị quyết.\n' +
      '2. Đảng đoàn Hội Nông dân huyện lãnh đạo Hội Nông dân huyện xây dựng chương trình hành động.\n3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện phối hợp tuyên truyền trong Nhân dân.\n'
    const stripped = marked.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
    const plan = parsePlan(stripped)
    expect(plan.diagnostics.map((d) => d.ruleId)).toContain('no-diacritics')
    expect(plan.responsibilities.map((r) => r.agency)).toEqual(['Ban Tuyen giao Huyen uy', 'Dang doan Hoi Nong dan huyen', 'Uy ban Mat tran To quoc Viet Nam huyen'])
  })
})

describe('subjects in text without diacritics', () => {
  it('"dien tu" and "dau tu" keep their last word, which folds like the cue "từ"; "tu 90% tro len" is still a cue', () => {
    const text = 'So: 1/KH-UBND\nAn Giang, ngay 05 thang 01 nam 2024\nKE HOACH\nCai cach hanh chinh nam 2024\nII. CHI TIEU\n- Ty le doanh nghiep su dung hop dong dien tu dat tren 80%.\n- Von dau tu dat 500 ty dong.\n- Ty le giai quyet dung han tu 90% tro len.\n'
    expect(parsePlan(text).targets.map((t) => [t.value, t.comparator, t.subject])).toEqual([
      [80, '>', 'Ty le doanh nghiep su dung hop dong dien tu'],
      [500, '=', 'Von dau tu'],
      [90, '>=', 'Ty le giai quyet dung han']
    ])
  })
})

describe('ranks and baselines in text without diacritics', () => {
  it('"xep thu 10/63 tinh, thanh pho", "giam 10% so voi nam 2021" read as with their marks', () => {
    const marked = 'Số: 1/KH-UBND\nAn Giang, ngày 05 tháng 01 năm 2024\nKẾ HOẠCH\nCải cách hành chính giai đoạn 2024 - 2025\nI. MỤC TIÊU\n' +
      ('- Chỉ số PAR INDEX của tỉnh xếp thứ 10/63 tỉnh, thành phố và được thực hiện trong năm theo quy định của các cơ quan.\n' +
      '- Đến năm 2025 giảm tối thiểu 10% biên chế của các cơ quan so với năm 2021 và thực hiện theo quy định.\n').repeat(3)
    const stripped = marked.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
    const pick = (text: string) => parsePlan(text).targets.map((t) => [t.value, t.comparator, t.year, t.baselineYear, t.unit?.normalize('NFD').replace(/[\u0300-\u036f]/g, '') ?? null])
    expect(parsePlan(stripped).diagnostics.map((d) => d.ruleId)).toEqual(['no-diacritics'])
    expect(pick(stripped)).toEqual(pick(marked))
    expect(pick(marked).slice(0, 2)).toEqual([[10, '<=', 2025, null, 'tinh, thanh pho'], [10, '>=', 2025, 2021, '%']])
  })
})

describe('short texts without diacritics, and their numbering and header words', () => {
  const strip = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')

  it('a snippet of a few lines is told by its words ("phan dau", "ty le", "toi thieu") and read folded', () => {
    const marked = 'II. MỤC TIÊU\n- Phấn đấu đạt 1,2 triệu lượt khách.\n- Tỷ lệ hài lòng đạt trên 90%.\n- Tỷ lệ gia tăng dân số dưới 1%.'
    const plan = parsePlan(strip(marked))
    expect(plan.diagnostics.map((d) => d.ruleId)).toContain('no-diacritics')
    expect(plan.targets.map((t) => [t.value, t.comparator, t.change, t.subject])).toEqual([
      [1200000, '=', null, 'luot khach'],
      [90, '>', null, 'Ty le hai long'],
      [1, '<', null, 'Ty le gia tang dan so']
    ])
    // Plain English is no stripped Vietnamese.
    expect(parsePlan('The plan covers the budget for the next two years of the programme.').diagnostics).toEqual([])
  })

  it('"Phan I:", "So: 12/KH-UBND", and a second figure with its own verb ("phan dau dat 90%")', () => {
    const marked = 'Số: 12/KH-UBND\nBình Định, ngày 10 tháng 01 năm 2023\nKẾ HOẠCH\nCải cách hành chính năm 2023\nPhần I: KẾT QUẢ THỰC HIỆN NĂM 2022\n1. Tỷ lệ hồ sơ đúng hạn đạt 98,5%.\nPhần II: KẾ HOẠCH NĂM 2023\nI. MỤC TIÊU\n1. Tỷ lệ hài lòng đạt dưới 24% năm 2020, phấn đấu đạt 90%.'
    const plan = parsePlan(strip(marked))
    expect(plan.meta.documentNumber).toBe('12/KH-UBND')
    const parts: string[] = []
    walk(plan, (node) => {
      if (node.type === 'section' && (node as Section).numbering?.style === 'part') parts.push((node as Section).numbering!.label!)
    })
    expect(parts).toEqual(['Phan I:', 'Phan II:'])
    expect(plan.targets.map((t) => [t.value, t.comparator])).toEqual([[90, '=']])
  })

  it('an instrument cited by name ends where it would with marks ("nam 2015", "va")', () => {
    const plan = parsePlan('Can cu Luat Ngan sach nha nuoc nam 2015 va cac van ban huong dan; phan dau ty le toi thieu')
    expect(plan.citations.map((c) => [c.name, c.year])).toEqual([['Ngan sach nha nuoc', 2015]])
  })

  it('header, lead and decision words without marks: body names cased, "Ve viec" dropped, "Chuong I" / "Dieu 1." read, the authority line kept apart', () => {
    const header = parsePlan(strip('SỞ NỘI VỤ TỈNH QUẢNG NGÃI\nSố: 12/KH-SNV\nQuảng Ngãi, ngày 05 tháng 01 năm 2024\nKẾ HOẠCH\nKiểm tra công tác cải cách hành chính năm 2024\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Mục đích\nĐánh giá kết quả thực hiện.'))
    expect(header.meta).toMatchObject({issuer: 'So Noi vu tinh Quang Ngai', documentNumber: '12/KH-SNV', issuedDate: '2024-01-05'})
    const labels: string[] = []
    walk(header, (node) => {
      if (node.type === 'section') labels.push((node as Section).numbering!.label!)
    })
    expect(labels).toEqual(['Chuong I', 'Dieu 1.'])
    const lead = parsePlan(strip('Ngày 14/6/2023, UBND huyện ban hành Kế hoạch số 155/KH-UBND về việc nâng cao Chỉ số cải cách hành chính của huyện giai đoạn 2023 - 2025.'))
    expect(lead.meta.title).toBe('Nang cao Chi so cai cach hanh chinh cua huyen giai doan 2023 - 2025')
    const decision = parsePlan(strip('QUYẾT ĐỊNH\nBan hành Kế hoạch cải cách hành chính năm 2024 của huyện Đức Trọng\n\nỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌNG\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;'))
    expect(decision.meta.title).toBe('Ban hanh Ke hoach cai cach hanh chinh nam 2024 cua huyen Duc Trong')
  })

  it('numbers in words without marks ("hai muoi lam", "mot tram linh nam", "mot nua"), not a lone word with no comparator ("trung tam"), and no duration in "sau nam 2020"', () => {
    const read = (line: string) => parsePlan(`KE HOACH\nCai cach hanh chinh nam 2024 cua huyen\nI. MUC TIEU\n${line}`).targets.map((t) => [t.value, t.unit])
    expect(read('- Dao tao toi thieu hai muoi lam can bo.')).toEqual([[25, 'cán bộ']])
    expect(read('- Dao tao toi thieu muoi can bo.')).toEqual([[10, 'cán bộ']])
    expect(read('- Boi duong toi thieu mot tram linh nam cong chuc.')).toEqual([[105, 'công chức']])
    expect(read('- Giam mot nua thoi gian.')).toEqual([[50, '%']])
    // One word alone with no comparator is no number: "trung tam huyen" is "trung tâm huyện", not "tám huyện".
    const centres = parsePlan('KE HOACH\nCai cach hanh chinh nam 2024 cua huyen\nII. CHI TIEU\n- Phu song 5G toi 100% trung tam huyen.')
    const values: string[] = []
    walk(centres, (node) => {
      if (node.type === 'quantity') values.push(node.value)
    })
    expect(values).toEqual(['100%'])
    expect(read('- Sau nam 2020, ty le ho so dat 90%.')).toEqual([[90, '%']])
    const plan = parsePlan('KE HOACH\nCai cach hanh chinh nam 2024 cua huyen\nI. MUC TIEU\n- Sau thang 6 nam 2024 hoan thanh viec so hoa.')
    let quantities = 0
    walk(plan, (node) => {
      if (node.type === 'quantity') quantities++
    })
    expect(quantities).toBe(0)
  })
})
