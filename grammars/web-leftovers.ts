/**
 * Web-page leftovers scraped with a document: rating widgets, counters,
 * menus, comment boxes, breadcrumbs. A line that starts with one of these
 * (after folding) after the body starts a leftover block.
 */

export const leftoverOpenings: readonly string[] = [
  'Tổng số điểm của bài viết',
  'Click để đánh giá',
  'Ý kiến bạn đọc',
  'Những tin mới hơn',
  'Những tin cũ hơn',
  'Tin mới hơn',
  'Tin cũ hơn',
  'Tin liên quan',
  'Bài viết liên quan',
  'Tin cùng chuyên mục',
  'Các tin khác',
  'Bạn đã không sử dụng Site',
  'Đang truy cập',
  'Tổng lượt truy cập',
  'Lượt truy cập',
  'Thống kê truy cập',
  'In bài viết',
  'Gửi bài viết',
  'Chia sẻ bài viết',
  'Chia sẻ:',
  'Bản quyền thuộc',
  'Bản quyền ©',
  'Gửi bình luận',
  'Copyright',
  'Lượt xem',
  'Tác giả bài viết',
  'Đánh giá bài viết',
  'Xem chi tiết văn bản',
  'Xem toàn văn',
  'Xem nội dung văn bản',
  'Tải toàn văn',
  'Bạn chưa đăng nhập'
]

/**
 * A portal's buttons and tabs, each alone on a short line before the document
 * ("Tải văn bản", "Lưu", "Theo dõi"): page chrome when the header follows.
 */
export const pageChrome: readonly string[] = [
  'Tải văn bản', 'Tải về', 'Tải xuống', 'Lưu', 'Lưu văn bản', 'Theo dõi', 'Theo dõi văn bản', 'In', 'In văn bản', 'Chia sẻ',
  'Mục lục', 'Lược đồ', 'Văn bản gốc', 'Văn bản tiếng Anh', 'Nội dung', 'Thuộc tính', 'Hiệu lực', 'VB liên quan', 'Văn bản liên quan',
  'Tóm tắt', 'Tiếng Anh', 'Tải file', 'Xem thêm', 'Báo lỗi', 'Góp ý', 'Đăng nhập', 'Đăng ký', 'Bản PDF', 'Bản Word',
  'Bình luận', 'Gửi bình luận', 'Ý kiến', 'In bài', 'Chia sẻ bài', 'Lưu trữ', 'Ghi chú', 'Facebook', 'Zalo', 'Twitter', 'Email',
  'Gửi email', 'In trang', 'Đầu trang', 'Về đầu trang', 'Quay lại', 'Trở về'
]

/**
 * A link to another article a page puts between the paragraphs of the text
 * ("Xem thêm: Kiên Giang đẩy mạnh chuyển đổi số"): that line alone is a leftover.
 */
export const inlineLinkLabels: readonly string[] = ['Xem thêm:', 'Đọc thêm:', 'Có thể bạn quan tâm:']

/** Labels of a page's posting time, with or without a colon ("Cập nhật lúc 08:30, Thứ Hai, 15/01/2024"). */
export const postingLabels: readonly string[] = ['Cập nhật lúc', 'Ngày cập nhật', 'Cập nhật', 'Ngày đăng', 'Đăng ngày', 'Đăng lúc', 'Thời gian đăng']

/** Labels of a portal's attachment and posting lines ("Tệp đính kèm: 4567-kh-ubnd.pdf"): page chrome with their value. */
export const pageChromeLabels: readonly string[] = [
  'Tệp đính kèm', 'File đính kèm', 'Tập tin đính kèm', 'Văn bản đính kèm', 'Đính kèm', 'Tải về', 'Tải file', 'Lượt xem', 'Lượt tải',
  ...postingLabels
]

/** Breadcrumb roots: "Trang chủ > Văn bản > …". */
export const breadcrumbRoots: readonly string[] = ['Trang chủ', 'Home']

/** Characters that separate breadcrumb steps. */
export const breadcrumbSeparators = '>»›/|'

/** Markers scrapers leave where a text was cut. */
export const truncationMarks: readonly string[] = ['[...]', '[…]', '(...)', '(…)']

/**
 * Running heads of a printed page, repeated between pages of a gazette copy:
 * "CÔNG BÁO/Số 15 + 16/Ngày 20-02-2024   37". A line opening with one (after
 * its page number) and naming an issue ("/Số", "Ngày") is a page line.
 */
export const pageRunningHeads: readonly string[] = ['CÔNG BÁO']

/**
 * The stamp a digitally signed PDF prints over its first page ("Ký bởi: Ủy ban
 * nhân dân tỉnh … / Email: … / Cơ quan: … / Thời gian ký: 12.01.2024 10:15:20
 * +07:00"): the labels of its lines. It opens with the first; "Người ký"
 * (also a catalogue label) opens one only with a line of the stamp's own after it.
 */
export const signatureStampLabels: readonly string[] = ['Ký bởi', 'Người ký', 'Email', 'Cơ quan', 'Chức vụ', 'Thời gian ký', 'Ngày ký', 'Ngày giờ ký']

/** Labels only a signature stamp has: "Người ký" with one of these after it is a stamp. */
export const signatureStampOwnLabels: readonly string[] = ['Ký bởi', 'Email', 'Thời gian ký', 'Ngày giờ ký']
