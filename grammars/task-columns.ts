/**
 * Column labels of task tables in plan appendices ("Nội dung | Cơ quan chủ
 * trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm"), matched at the
 * start after folding. Longer labels first.
 */

/** What a task-table column holds. */
export type TaskColumn = 'index' | 'description' | 'lead' | 'partners' | 'deadline' | 'output' | 'note'

export const taskColumnLabels: ReadonlyArray<readonly [label: string, column: TaskColumn]> = [
  ['STT', 'index'],
  ['TT', 'index'],
  ['Số TT', 'index'],
  ['Nội dung công việc', 'description'],
  ['Nội dung nhiệm vụ', 'description'],
  ['Nội dung', 'description'],
  ['Nhiệm vụ', 'description'],
  ['Tên nhiệm vụ', 'description'],
  ['Công việc', 'description'],
  ['Cơ quan chủ trì', 'lead'],
  ['Đơn vị chủ trì', 'lead'],
  ['Cơ quan thực hiện', 'lead'],
  ['Đơn vị thực hiện', 'lead'],
  ['Bộ phận thực hiện', 'lead'],
  ['Người thực hiện', 'lead'],
  ['Người phụ trách', 'lead'],
  ['Phân công thực hiện', 'lead'],
  ['Chủ trì', 'lead'],
  ['Cơ quan phối hợp', 'partners'],
  ['Đơn vị phối hợp', 'partners'],
  ['Phối hợp', 'partners'],
  ['Thời gian hoàn thành', 'deadline'],
  ['Thời gian thực hiện', 'deadline'],
  ['Thời hạn hoàn thành', 'deadline'],
  ['Thời hạn', 'deadline'],
  ['Thời gian', 'deadline'],
  ['Tiến độ', 'deadline'],
  ['Sản phẩm đầu ra', 'output'],
  ['Sản phẩm dự kiến', 'output'],
  ['Sản phẩm/kết quả', 'output'],
  ['Kết quả đầu ra', 'output'],
  ['Kết quả dự kiến', 'output'],
  ['Kết quả/sản phẩm', 'output'],
  ['Sản phẩm', 'output'],
  ['Kết quả', 'output'],
  ['Ghi chú', 'note']
]

/**
 * Words that name a column anywhere in a label no entry above opens
 * ("Cơ quan, đơn vị chủ trì", "Cơ quan phối hợp thực hiện"), in this order:
 * the first found names the column. Not the description: "Chỉ số nội dung"
 * heads an indicator table.
 */
export const taskColumnKeywords: ReadonlyArray<readonly [word: string, column: TaskColumn]> = [
  ['phối hợp', 'partners'],
  ['chủ trì', 'lead'],
  ['thời gian', 'deadline'],
  ['thời hạn', 'deadline'],
  ['tiến độ', 'deadline'],
  ['sản phẩm', 'output']
]

export type RecurringKind = 'yearly' | 'half-yearly' | 'quarterly' | 'monthly' | 'weekly' | 'continuous'

/** Deadlines that recur or run on ("Hằng năm", "Thường xuyên"). */
export const recurringDeadlines: ReadonlyArray<readonly [phrase: string, kind: RecurringKind]> = [
  ['định kỳ 6 tháng', 'half-yearly'],
  ['định kỳ sáu tháng', 'half-yearly'],
  ['6 tháng một lần', 'half-yearly'],
  ['6 tháng/lần', 'half-yearly'],
  ['6 tháng/01 lần', 'half-yearly'],
  ['6 tháng/1 lần', 'half-yearly'],
  ['định kỳ 3 tháng', 'quarterly'],
  ['định kỳ 03 tháng', 'quarterly'],
  ['lần/quý', 'quarterly'],
  ['lần/tháng', 'monthly'],
  ['lần/năm', 'yearly'],
  ['mỗi quý', 'quarterly'],
  ['mỗi tháng', 'monthly'],
  ['mỗi năm', 'yearly'],
  ['định kỳ hằng quý', 'quarterly'],
  ['định kỳ hằng tháng', 'monthly'],
  ['định kỳ hằng năm', 'yearly'],
  ['hằng năm', 'yearly'],
  ['hàng năm', 'yearly'],
  ['hằng quý', 'quarterly'],
  ['hàng quý', 'quarterly'],
  ['hằng tháng', 'monthly'],
  ['hàng tháng', 'monthly'],
  ['định kỳ hằng tuần', 'weekly'],
  ['hằng tuần', 'weekly'],
  ['hàng tuần', 'weekly'],
  ['thường xuyên', 'continuous'],
  ['hằng ngày', 'continuous'],
  ['liên tục', 'continuous']
]
