/** Numbering markers (đánh số): I./1./1.1./a)/1)/-/+/• and the near-misses. */

import {describe, expect, it} from 'vitest'
import {readMarker} from '../../src/lines/markers.js'

describe('readMarker: numbering styles', () => {
  it.each([
    ['I. MỤC ĐÍCH, YÊU CẦU', 'roman', 'I.', 1],
    ['IV. KINH PHÍ', 'roman', 'IV.', 4],
    ['XII. TỔ CHỨC', 'roman', 'XII.', 12],
    ['II - NHIỆM VỤ', 'roman', 'II -', 2],
    ['PHẦN I. ĐÁNH GIÁ', 'part', 'PHẦN I.', 1],
    ['Chương II', 'chapter', 'Chương II', 2],
    ['CHƯƠNG III. TỔ CHỨC THỰC HIỆN', 'chapter', 'CHƯƠNG III.', 3],
    ['Điều 12. Trách nhiệm', 'article', 'Điều 12.', 12],
    ['A. KẾT QUẢ THỰC HIỆN NĂM 2022', 'upperLetter', 'A.', 1],
    ['B. NHIỆM VỤ NĂM 2023', 'upperLetter', 'B.', 2],
    ['Phần thứ hai: Nhiệm vụ', 'part', 'Phần thứ hai:', 2],
    ['Mục I. MỤC ĐÍCH, YÊU CẦU', 'roman', 'Mục I.', 1],
    ['MỤC III TỔ CHỨC THỰC HIỆN', 'roman', 'MỤC III', 3],
    ['1. Mục đích', 'arabic', '1.', 1],
    ['12. Đề nghị các cơ quan', 'arabic', '12.', 12],
    ['1.Mục đích (fused)', 'arabic', '1.', 1],
    ['1.1. Mục tiêu chung', 'decimal', '1.1.', 1],
    ['2.3.4. Chi tiết', 'decimal', '2.3.4.', 4],
    ['10.2 Tham mưu triển khai (no final dot)', 'decimal', '10.2', 2],
    ['a) Về cải cách thể chế', 'letter', 'a)', 1],
    ['đ) Cải cách tài chính công', 'letter', 'đ)', 5],
    ['e) Xây dựng chính quyền số', 'letter', 'e)', 6],
    ['1) Nội dung', 'arabicParen', '1)', 1],
    ['2/ Mục tiêu cụ thể', 'arabic', '2/', 2],
    ['2.) Yêu cầu (a dot and a bracket typed both)', 'arabic', '2.)', 2],
    ['1.- Thiết thực, hiệu quả (a dot and a dash, in older documents)', 'arabic', '1.-', 1],
    ['I- MỤC ĐÍCH, YÊU CẦU (party documents)', 'roman', 'I-', 1],
    ['III-TỔ CHỨC THỰC HIỆN', 'roman', 'III-', 3],
    ['1- Quán triệt nội dung Chỉ thị', 'arabic', '1-', 1],
    ['2- 90% đảng viên được tuyên truyền (a figure after the dash)', 'arabic', '2-', 2],
    ['(1) Đào tạo tối thiểu 1.500 lượt cán bộ', 'arabicParen', '(1)', 1],
    ['(12) Số hóa hồ sơ', 'arabicParen', '(12)', 12],
    ['(b) Rà soát tiêu chuẩn', 'letter', '(b)', 2],
    ['I.1. Về đào tạo (under a Roman part, at the level of "1.")', 'arabic', 'I.1.', 1],
    ['II MỤC TIÊU', 'roman', 'II', 2],
    ['I.2 Về bồi dưỡng', 'arabic', 'I.2', 2],
    ['II.2.1. Nội dung', 'decimal', 'II.2.1.', 1],
    ['b- Nhiệm vụ cụ thể', 'letter', 'b-', 2],
    ['- Phấn đấu đến năm 2025', 'dash', '-', null],
    ['– Nội dung (en dash)', 'dash', '–', null],
    ['-Tiếp tục (no space)', 'dash', '-', null],
    ['\u2212 Rà soát (a minus sign, from PDF text)', 'dash', '\u2212', null],
    ['\uf02d Rà soát (the Symbol font\'s dash from Word)', 'dash', '\uf02d', null],
    ['+ Năm 2021, số hóa', 'plus', '+', null],
    ['• Đang truy cập', 'bullet', '•', null],
    ['➢ Phấn đấu 95% hồ sơ (an arrow bullet)', 'bullet', '➢', null],
    ['❖ Về cải cách thể chế', 'bullet', '❖', null],
    ['\uf0d8 Rà soát (a Wingdings arrow from Word)', 'bullet', '\uf0d8', null],
    ['§ Nội dung (Word\'s third level)', 'bullet', '§', null],
    ['o Nội dung (Word\'s second level, the letter o)', 'bullet', 'o', null],
    ['○ Nội dung (Word\'s second level, a white circle)', 'bullet', '○', null],
    ['I: MỤC ĐÍCH, YÊU CẦU', 'roman', 'I:', 1],
    ['II . NHIỆM VỤ', 'roman', 'II .', 2],
    ['2 . Tỷ lệ số hóa đạt 100% (a space before the dot, from PDF text)', 'arabic', '2 .', 2],
    // The letter l for I, from PDF text.
    ['ll. MỤC TIÊU', 'roman', 'll.', 2],
    ['IIl. NHIỆM VỤ', 'roman', 'IIl.', 3],
    // The digit 1 for I, from OCR text.
    ['V1. TỔ CHỨC THỰC HIỆN', 'roman', 'V1.', 6],
    ['I1. MỤC TIÊU', 'roman', 'I1.', 2],
    ['1.1) Mục tiêu chung', 'decimal', '1.1)', 1],
    ['1.2- Đối với người dân (party documents)', 'decimal', '1.2-', 2],
    ['2.1/ Nội dung tuyên truyền', 'decimal', '2.1/', 1],
    ['A/ KẾT QUẢ THỰC HIỆN', 'upperLetter', 'A/', 1],
    ['a/ Về cải cách thể chế', 'letter', 'a/', 1],
    ['ii) Hoàn thiện thể chế (lower-case Roman)', 'lowerRoman', 'ii)', 2],
    ['iv. Kiểm tra văn bản', 'lowerRoman', 'iv.', 4],
    ['(iii) Cải cách thủ tục', 'lowerRoman', '(iii)', 3],
    ['i) Rà soát (alone: the letter i until its neighbours say)', 'letter', 'i)', 9]
  ])('%s', (text, style, label, value) => {
    const m = readMarker(text)
    expect(m).not.toBeNull()
    expect(m!.style).toBe(style)
    expect(m!.label).toBe(label)
    expect(m!.value).toBe(value)
  })

  it('decimal path', () => {
    expect(readMarker('2.3. Nội dung')!.path).toEqual([2, 3])
  })

  it.each([
    ['1.600 hồ sơ/năm (a number, not 1.600.)'],
    ['MỤC TIÊU CỤ THỂ'],
    ['Mục II của Kế hoạch này quy định trách nhiệm.'],
    ['2021 - 2025'],
    ['100% thủ tục hành chính'],
    ['10/63 tỉnh'],
    ['1/ năm'],
    ['--------'],
    ['+84 912 345 678'],
    ['Căn cứ Luật'],
    ['C. Mác (only I, V, X are Roman numerals here)'],
    ['IIII. malformed'],
    ['v.v. cuối câu'],
    ['a.b.c'],
    ['03 sáng kiến'],
    ['1-2 ngày làm việc (a range)'],
    ['2021- 2025 (a range of years wrapped to the line start)'],
    ['(2021-2025) (a period in brackets)'],
    ['(Ban hành kèm theo Kế hoạch số 12/KH-UBND)'],
    ['(1)Nội dung'],
    ['VI PHẠM HÀNH CHÍNH (a word, not a numeral without its dot)'],
    ['XI MĂNG'],
    ['2- năm (no capital after the dash)'],
    ['2 . năm (no capital after the spaced dot)'],
    ['ll. cuối (the letter l before no capitals)'],
    ['V1. phiên bản (the digit 1 before no capitals)'],
    ['1.5-2 lần (a range of decimals)'],
    ['2.1/2022 (a figure over a year)'],
    ['Điều chỉnh kế hoạch'],
    ['Chương trình tổng thể'],
    ['A. Nguyễn Văn B phụ trách'],
    ['P. Giám đốc'],
    ['I: Nội dung (a colon only before capitals)'],
    ['60-NQ/TU ngày 15/12/2021 (a party number wrapped to the line start)'],
    ['a/ b']
  ])('not a marker: %s', (text) => {
    expect(readMarker(text)).toBeNull()
  })
})
