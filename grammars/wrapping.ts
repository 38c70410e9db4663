/**
 * Hard-wrapped lines: words a line cannot end on when its sentence goes on,
 * so the next line continues it even when it opens with a capital ("… của Ủy
 * ban nhân dân tỉnh\nBến Tre về …"). Prepositions, conjunctions, and the
 * level words a place name follows. Matched on the last word, lower case.
 */
export const danglingWords: readonly string[] = [
  'của', 'và', 'về', 'với', 'cho', 'tại', 'theo', 'trong', 'từ', 'đến', 'các', 'những', 'là', 'được', 'bởi', 'hoặc', 'trên', 'nhằm', 'để', 'giữa', 'qua', 'thuộc', 'vào', 'tới', 'bằng', 'nếu', 'mà', 'do',
  'tỉnh', 'huyện', 'xã', 'phường', 'quận', 'thị xã', 'thị trấn', 'thành phố', 'Bộ', 'Sở', 'Phòng', 'Ủy ban', 'Ban'
]

/**
 * Capitalised words that open a proper name and cannot end one ("… trên Cổng\nDịch
 * vụ công quốc gia", "… của Sở\nNội vụ"): a line ending on one goes on, numbered or not.
 */
export const nameOpeners: readonly string[] = [
  'Cổng', 'Hệ', 'Cục', 'Viện', 'Đài', 'Quỹ', 'Kho', 'Bộ', 'Sở', 'Phòng', 'Ban', 'Ủy', 'Ủy ban', 'Luật', 'Bộ luật', 'Pháp lệnh',
  'Chỉ số', 'Thủ tướng', 'Ban Chấp hành', 'Ban Thường vụ', 'Trung tâm', 'Văn phòng', 'Hội đồng'
]

/**
 * Verbs whose object is an instrument ("… kiểm tra việc thực hiện\nKế hoạch
 * này"): a line ending on one goes on when the next opens with a type name.
 */
export const instrumentVerbs: readonly string[] = ['thực hiện', 'triển khai', 'ban hành', 'xây dựng', 'sửa đổi', 'bổ sung', 'quán triệt', 'tuyên truyền', 'hướng dẫn']

/**
 * Openings that start a new line in a document whose line breaks were lost
 * (see src/lines/collapsed.ts), besides numbering, the header and the
 * signature: a preamble clause, the recipients, an appendix, a decision's
 * operative word ("QUYẾT ĐỊNH:"). Ending in ":" they are strong signs of a
 * collapsed document; the others cut only after a sentence or a heading, or
 * when written with a capital.
 */
export const collapsedCues: readonly string[] = ['Nơi nhận:', 'NƠI NHẬN:', 'Kính gửi:', 'KÍNH GỬI:', 'V/v', 'Trân trọng', 'Căn cứ', 'Thực hiện', 'Theo đề nghị', 'PHỤ LỤC', 'QUYẾT ĐỊNH:', 'QUYẾT NGHỊ:']

/**
 * Words after which "II." or "2.1." is a reference ("tại mục II.", "khoản 2.",
 * "phiên bản 2.0."), not a heading glued into a line or a collapsed document.
 */
export const referenceWords: readonly string[] = [
  'mục', 'điểm', 'khoản', 'tại', 'theo', 'điều', 'số', 'phần', 'tiết', 'chương', 'bảng', 'hình', 'lục', 'bản', 'do', 'độ', 'lần', 'version'
]

/** Words after which "6.5." is a figure ("đạt 6.5."), not a heading glued into a line or a collapsed document. */
export const figureWords: readonly string[] = [
  'đạt', 'tăng', 'giảm', 'khoảng', 'là', 'trên', 'dưới', 'từ', 'đến', 'chiếm', 'bằng', 'gần', 'hơn', 'với', 'tới', 'thiểu', 'nhất', 'còn', 'đã', 'quân',
  // "tỷ lệ", "tỷ trọng", "tối đa", "ở mức": a measure or a bound named, its figure next.
  'lệ', 'trọng', 'đa', 'mức'
]
