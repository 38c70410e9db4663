/**
 * Property tests (fast-check): any string parses without throwing, the tree
 * is lossless, every position is inside the input and consistent, children
 * are ordered and contiguous. Inputs: arbitrary Unicode, strings built from
 * the constructs of plans, and mutated corpus documents.
 */

import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parsePlan} from '../../src/index.js'
import {PlanSchema} from '../../src/schema.js'
import {invariantProblem, schemaProblem} from '../helpers.js'

const corpusDir = new URL('../../corpus/', import.meta.url).pathname
const corpus = readdirSync(corpusDir)
  .filter((n) => n.endsWith('.txt'))
  .map((n) => readFileSync(join(corpusDir, n), 'utf8'))

/** Pieces real plans are made of, including the traps. */
const pieces = [
  'I. MỤC ĐÍCH, YÊU CẦU', 'II.', 'V. TỔ CHỨC THỤC HIỆN', 'PHẦN I.', '1.', '1.1.', '2.3.', '10.2 ', 'a)', 'đ)', '1)', '- ', '+ ', '• ',
  'Số: 803 /KH-UBND', 'An Giang, ngày 23 tháng 12 năm 2021', 'ngày 13\ntháng 02 năm 2025', 'ỦY BAN NHÂN DÂN', 'TỈNH AN GIANG',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '---------', 'KẾ HOẠCH', 'KẾ HOẠCH HÀNH ĐỘNG',
  'Số hiệu 803/KH-UBND', 'Ngày ban hành 31/02/2021', 'Người ký Nguyễn Văn A', 'Căn cứ Nghị quyết số 76/NQ-CP;', 'Thực hiện',
  'Ngày 14/6/2023, UBND huyện ban hành Kế hoạch số 155/KH-UBND về việc', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nơi nhận:', '- Lưu: VT.',
  '[1] Theo', '[2]', '- 1 Luật Đầu tư công 2019', 'PHỤ LỤC I', '(Kèm theo Kế hoạch số 803/KH-UBND)', 'Tổng số điểm của bài viết',
  'Trang chủ > Văn bản', '[...]', ' | ', '|', '\t', '\n', '\n\n', '\r\n', '\r', '\u00a0', '\ufeff', '\u200b', 'Ð', 'hoà', 'Uỷ ban', 'quý',
  'e\u0301', 'o\u0302\u0300', '\\r\\n', '\\n', '50%', '1.600 hồ sơ/năm', 'mức độ 3, 4', 'tiến bộ 1.1.', 'kinh tế\n- xã hội', '😀', '\ud800',
  'Lạng Sơn', 'văn bản', 'x', '(', '(Ban hành kèm theo Quyết định số 1/QĐ-UBND)', 'I- ', '1- ', 'Luật sửa đổi, bổ sung một số điều của Luật ',
  'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN', '\nPHỤ LỤC\n', '\nNơi nhận:\n- Lưu: VT.\n', '\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n', 'trước ngày 10/12', '17/17 xã', 'Sở Nội vụ chủ trì', 'của Ủy ban nhân dân tỉnh\nBến Tre',
  'Kính gửi:', 'V/v ', 'Trân trọng./.', '\nTrang 1/3\n', 'từ 40% lên 60%', 'so với cùng kỳ năm trước', '(Đề án 06)', 'Đề án 06 hiệu quả', 'T/M BAN THƯỜNG VỤ',
  'Luật Thi đua, khen thưởng', 'số76/NQ-CP', 'Ngày 3/3, ', 'Thứ ba - 05/03/2024 09:48'
]

/** Inputs a longer fuzzing run once found lossy or invalid, kept as regressions. */
const found = ['KẾ HOẠCH\n(\nt', '- 1/NĐCP ngày\r6 tháng 2 năm 2021', ':\nH\n-C', '0\nPHỤ LỤC\nCăn cứ Nghị quyết số 76/NQ-CP;']

const planLike = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({maxLength: 6}), fc.string({unit: 'grapheme', maxLength: 4})), {maxLength: 60}).map((parts) => parts.join(''))

function check(input: string): void {
  const plan = parsePlan(input)
  const problem = invariantProblem(plan, input) ?? schemaProblem(plan)
  if (problem !== null) throw new Error(`${problem} for ${JSON.stringify(input.slice(0, 200))}`)
}

describe('property: any string parses losslessly with valid positions', () => {
  it('arbitrary unicode strings (including lone surrogates)', () => {
    fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 300}), check), {numRuns: 400})
  })

  it('strings made of plan constructs and traps', () => {
    fc.assert(fc.property(planLike, check), {numRuns: 600})
  })

  it('mutated corpus documents (cut, duplicated, spliced)', () => {
    const mutated = fc
      .tuple(fc.constantFrom(...corpus), fc.nat(), fc.nat(), fc.constantFrom(...pieces), fc.constantFrom('cut', 'insert', 'dup'))
      .map(([doc, a, b, piece, op]) => {
        const i = a % (doc.length + 1)
        const j = Math.min(doc.length, i + (b % 400))
        if (op === 'cut') return doc.slice(0, i) + doc.slice(j)
        if (op === 'insert') return doc.slice(0, i) + piece + doc.slice(i)
        return doc.slice(0, j) + doc.slice(i, j) + doc.slice(j)
      })
    fc.assert(fc.property(mutated, check), {numRuns: 150})
  })

  it('corpus documents mutated line by line (dropped, repeated, spliced, upper-cased)', () => {
    const op = fc.tuple(fc.nat(4), fc.nat(), fc.nat(), fc.constantFrom(...pieces))
    const mutated = fc.tuple(fc.constantFrom(...corpus), fc.array(op, {maxLength: 30}), fc.boolean()).map(([doc, ops, crlf]) => {
      const lines = doc.split('\n')
      for (const [kind, a, b, piece] of ops) {
        const i = a % (lines.length + 1)
        const line = lines[i] ?? ''
        if (kind === 0) lines.splice(i, 1)
        else if (kind === 1) lines.splice(i, 0, lines[b % lines.length] ?? '')
        else if (kind === 2) lines[i] = line.slice(0, b % (line.length + 1)) + piece + line.slice(b % (line.length + 1))
        else if (kind === 3) lines[i] = line.slice(0, b % (line.length + 1)) + line.slice((b % (line.length + 1)) + (a % 10))
        else lines[i] = line.toUpperCase()
      }
      return lines.join(crlf ? '\r\n' : '\n')
    })
    fc.assert(fc.property(mutated, check), {numRuns: 300})
  })

  it.each(found)('regression: %j', (input) => {
    check(input)
  })

  it('texts of hundreds of thousands of lines, of one width or not, parse (no check spreads its lines as arguments)', () => {
    for (const text of ['- x\n'.repeat(300000), `${'b'.repeat(70)} II. NHIỆM VỤ\n`.repeat(20000)]) {
      const plan = parsePlan(text)
      expect(plan.position.end.offset).toBe(text.length)
    }
  })

  it('trees validate against the zod schema', () => {
    fc.assert(
      fc.property(planLike, (input) => {
        expect(() => PlanSchema.parse(parsePlan(input))).not.toThrow()
      }),
      {numRuns: 150}
    )
  })
})
