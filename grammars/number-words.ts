/**
 * Numbers written in words: "hai hội nghị", "mười ngày làm việc", "hai mươi
 * lăm", "một trăm", "một nửa", "gấp đôi". They count only where clearly
 * numeric (a unit follows; "một" also needs a comparator or a direction:
 * "ít nhất một cuộc"), so "một số", "một cửa" and "năm 2024" stay words.
 */

/** What a number word does in a number. */
export type NumberWordRole = 'digit' | 'afterTens' | 'ten' | 'tens' | 'hundred' | 'thousand' | 'zero' | 'half' | 'double'

export const numberWords: ReadonlyArray<readonly [word: string, value: number, role: NumberWordRole]> = [
  ['một', 1, 'digit'],
  ['hai', 2, 'digit'],
  ['ba', 3, 'digit'],
  ['bốn', 4, 'digit'],
  ['năm', 5, 'digit'],
  ['sáu', 6, 'digit'],
  ['bảy', 7, 'digit'],
  ['bẩy', 7, 'digit'],
  ['tám', 8, 'digit'],
  ['chín', 9, 'digit'],
  // Units after a tens word: "hai mươi mốt", "hai mươi tư", "mười lăm".
  ['mốt', 1, 'afterTens'],
  ['tư', 4, 'afterTens'],
  ['lăm', 5, 'afterTens'],
  ['mười', 10, 'ten'],
  ['mươi', 10, 'tens'],
  ['trăm', 100, 'hundred'],
  ['nghìn', 1000, 'thousand'],
  ['ngàn', 1000, 'thousand'],
  ['linh', 0, 'zero'],
  ['lẻ', 0, 'zero'],
  // "một nửa" is half of what follows: 50%.
  ['nửa', 50, 'half'],
  // "gấp đôi": twice.
  ['đôi', 2, 'double']
]

/** "90 phần trăm", "trăm phần trăm": the words for %. */
export const percentWords: readonly string[] = ['phần trăm']
