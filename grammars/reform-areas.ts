/**
 * The reform areas of the Chương trình tổng thể cải cách hành chính
 * (Nghị quyết 76/NQ-CP), with the heading words that name each, and
 * training phrases for the word classifier used when no heading says.
 */

/** Reform areas. */
export type ReformArea =
  | 'direction'
  | 'institutions'
  | 'administrative-procedures'
  | 'organisation'
  | 'civil-service'
  | 'public-finance'
  | 'digital-government'
  | 'impact'

/** Heading phrases per area, matched anywhere in a section title. */
export const reformAreaHeadings: Readonly<Record<ReformArea, readonly string[]>> = {
  direction: ['chỉ đạo, điều hành', 'chỉ đạo điều hành', 'công tác chỉ đạo'],
  institutions: ['cải cách thể chế', 'thể chế'],
  'administrative-procedures': ['thủ tục hành chính', 'tthc'],
  organisation: ['tổ chức bộ máy', 'bộ máy hành chính'],
  'civil-service': ['chế độ công vụ', 'công vụ', 'cán bộ, công chức', 'đội ngũ cán bộ'],
  'public-finance': ['tài chính công'],
  'digital-government': ['chính quyền điện tử', 'chính quyền số', 'chính phủ điện tử', 'chính phủ số', 'chuyển đổi số'],
  impact: ['tác động của cải cách', 'tác động']
}

/** Phrases the classifier learns each area from. */
export const reformAreaTraining: Readonly<Record<ReformArea, readonly string[]>> = {
  direction: ['kế hoạch cải cách hành chính hằng năm', 'kiểm tra cải cách hành chính', 'tuyên truyền cải cách hành chính', 'chỉ số PAR INDEX', 'chỉ số SIPAS', 'sáng kiến cải cách hành chính', 'báo cáo định kỳ', 'hội nghị đối thoại', 'nhiệm vụ được giao hoàn thành', 'kiểm tra công tác cải cách hành chính', 'đơn vị được kiểm tra', 'đoàn kiểm tra', 'tổ chức kiểm tra'],
  institutions: ['văn bản quy phạm pháp luật', 'ban hành đúng thẩm quyền', 'thi hành pháp luật', 'rà soát văn bản', 'kiểm tra văn bản', 'hệ thống pháp luật'],
  'administrative-procedures': ['thủ tục hành chính', 'dịch vụ công', 'hồ sơ giải quyết đúng hạn', 'dịch vụ công trực tuyến', 'một cửa liên thông', 'số hóa kết quả giải quyết', 'thanh toán trực tuyến', 'phản ánh kiến nghị', 'hài lòng giải quyết thủ tục', 'sự phục vụ của cơ quan hành chính', 'chi phí tuân thủ', 'thời gian chờ đợi lượt giao dịch', 'thời gian xử lý hồ sơ', 'thời gian giải quyết', 'điều kiện kinh doanh', 'tiếp nhận hồ sơ'],
  organisation: ['đơn vị sự nghiệp công lập', 'kiện toàn tổ chức', 'sắp xếp đơn vị hành chính', 'phân cấp phân quyền', 'cơ cấu lãnh đạo', 'đầu mối tổ chức'],
  'civil-service': ['cán bộ công chức viên chức', 'vị trí việc làm', 'đào tạo bồi dưỡng', 'trình độ đại học', 'tuyển dụng công chức', 'kỷ luật kỷ cương', 'biên chế', 'đạt chuẩn chuyên môn'],
  'public-finance': ['ngân sách nhà nước', 'giải ngân vốn đầu tư', 'tự chủ tài chính', 'chi thường xuyên', 'tài sản công', 'kinh phí', 'thu ngân sách', 'chi cho khoa học, công nghệ'],
  'digital-government': ['môi trường mạng', 'hệ thống thông tin', 'định danh xác thực điện tử', 'nền tảng tích hợp chia sẻ dữ liệu', 'cơ sở dữ liệu', 'hồ sơ công việc xử lý trên mạng', 'dịch vụ công mức độ 4', 'chuyển đổi số', 'chữ ký số', 'ký số', 'văn bản điện tử', 'hội nghị truyền hình', 'định danh điện tử', 'tài khoản định danh', 'kỹ năng số', 'nền tảng số', 'dữ liệu số', 'thanh toán không dùng tiền mặt', 'kinh tế số', 'xã hội số', 'dưới dạng điện tử', 'điện thoại thông minh', 'Internet cáp quang băng rộng', 'hạ tầng số', 'phủ sóng di động', 'thương mại điện tử', 'website ứng dụng di động', 'hợp đồng điện tử', 'hóa đơn điện tử', 'giao dịch điện tử', 'doanh nghiệp công nghệ số'],
  impact: ['thu hút đầu tư', 'doanh nghiệp thành lập mới', 'phát triển kinh tế xã hội', 'năng lực cạnh tranh', 'chỉ số PCI', 'chỉ số PAPI', 'mức độ hài lòng dịch vụ y tế giáo dục']
}

/**
 * Socio-economic indicators a plan may set next to its reform targets
 * ("Tốc độ tăng trưởng kinh tế đạt 7%", "Tỷ lệ hộ nghèo giảm 1,5%", "xã đạt
 * chuẩn nông thôn mới"): a target whose words name one belongs to no reform
 * area unless its heading or a reform area's heading phrase says so.
 */
export const socioEconomicPhrases: readonly string[] = [
  'tăng trưởng kinh tế', 'tốc độ tăng trưởng', 'GRDP', 'GDP', 'thu nhập bình quân', 'hộ nghèo', 'hộ cận nghèo', 'lao động qua đào tạo',
  'lao động có việc làm', 'giải quyết việc làm', 'có việc làm', 'việc làm mới', 'thanh niên', 'nông thôn mới', 'đô thị văn minh', 'bảo hiểm y tế', 'bảo hiểm xã hội', 'bảo hiểm thất nghiệp',
  'che phủ rừng', 'trồng rừng', 'nước sạch', 'chất thải rắn', 'rác thải', 'bác sĩ', 'giường bệnh', 'trạm y tế', 'tiêm chủng', 'suy dinh dưỡng',
  'tuổi thọ', 'dân số', 'tỷ suất sinh', 'học sinh', 'trường đạt chuẩn', 'phổ cập giáo dục', 'kim ngạch xuất khẩu', 'xuất khẩu', 'khách du lịch',
  'sản lượng', 'diện tích gieo trồng', 'tổng vốn đầu tư toàn xã hội', 'gia đình văn hóa', 'thiết chế văn hóa', 'tai nạn giao thông'
]
