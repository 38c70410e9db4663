/**
 * Column labels of indicator tables ("Biểu chỉ tiêu": STT | Chỉ tiêu | Đơn vị
 * tính | Kế hoạch năm 2024), matched at the start after folding. A column
 * whose label holds a year ("Năm 2024", "Mục tiêu đến năm 2025") holds the
 * values for that year; the labels below name the others. Longer labels first.
 */

/** What an indicator-table column holds. */
export type IndicatorColumn = 'indicator' | 'unit' | 'value'

export const indicatorColumnLabels: ReadonlyArray<readonly [label: string, column: IndicatorColumn]> = [
  ['Tên chỉ tiêu', 'indicator'],
  ['Nội dung chỉ tiêu', 'indicator'],
  ['Chỉ tiêu', 'indicator'],
  ['Tên chỉ số', 'indicator'],
  ['Nội dung chỉ số', 'indicator'],
  ['Chỉ số thành phần', 'indicator'],
  ['Chỉ số', 'indicator'],
  ['Tiêu chí', 'indicator'],
  ['Đơn vị tính', 'unit'],
  ['ĐVT', 'unit'],
  ['Đơn vị', 'unit'],
  ['Kế hoạch', 'value'],
  ['Mục tiêu', 'value'],
  ['Giá trị', 'value']
]

/** Units of an indicator table that count places in a ranking ("Thứ hạng | Top 10"): its values are ranks. */
export const rankUnitLabels: readonly string[] = ['Thứ hạng', 'Xếp hạng', 'Hạng', 'Vị trí', 'Thứ bậc']

/** Columns of results, not targets ("Thực hiện năm 2023", "Ước thực hiện"): their year is the targets' baseline. */
export const reportedColumnLabels: readonly string[] = ['Thực hiện', 'Ước thực hiện', 'Ước TH', 'Kết quả', 'Đã đạt']
