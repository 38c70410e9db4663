/**
 * Agencies that plans assign duties to, in their usual spelling, and the
 * abbreviations portals and plans use for them. Names are matched after
 * folding; typos are matched by string distance (natural's Jaro–Winkler).
 * Adding an agency is one line.
 */

/** Canonical agency names (the level word, tỉnh/huyện, may follow). */
export const agencyNames: readonly string[] = [
  'Sở Nội vụ',
  'Sở Tư pháp',
  'Sở Tài chính',
  'Sở Kế hoạch và Đầu tư',
  'Sở Thông tin và Truyền thông',
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'Sở Tài nguyên và Môi trường',
  'Sở Xây dựng',
  'Sở Công Thương',
  'Sở Nông nghiệp và Phát triển nông thôn',
  'Sở Lao động - Thương binh và Xã hội',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Khoa học và Công nghệ',
  'Sở Giao thông vận tải',
  'Sở Ngoại vụ',
  'Thanh tra tỉnh',
  'Công an tỉnh',
  'Văn phòng Ủy ban nhân dân tỉnh',
  'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
  'Phòng Nội vụ',
  'Phòng Tư pháp',
  'Phòng Tài chính - Kế hoạch',
  'Phòng Văn hóa - Thông tin',
  'Phòng Tài nguyên và Môi trường',
  'Phòng Giáo dục và Đào tạo',
  'Phòng Y tế',
  'Phòng Kinh tế - Hạ tầng',
  'Phòng Lao động - Thương binh và Xã hội',
  'Đài Phát thanh và Truyền hình tỉnh',
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Ủy ban nhân dân các huyện, thành phố',
  'Ủy ban nhân dân các xã, phường, thị trấn'
]

/** Abbreviations inside agency names, expanded before matching. */
export const agencyAbbreviations: Readonly<Record<string, string>> = {
  'TT&TT': 'Thông tin và Truyền thông',
  TTTT: 'Thông tin và Truyền thông',
  'KH&ĐT': 'Kế hoạch và Đầu tư',
  KHĐT: 'Kế hoạch và Đầu tư',
  'TN&MT': 'Tài nguyên và Môi trường',
  TNMT: 'Tài nguyên và Môi trường',
  'GD&ĐT': 'Giáo dục và Đào tạo',
  GDĐT: 'Giáo dục và Đào tạo',
  'LĐ-TB&XH': 'Lao động - Thương binh và Xã hội',
  'VH,TT&DL': 'Văn hóa, Thể thao và Du lịch',
  'KH&CN': 'Khoa học và Công nghệ',
  'NN&PTNT': 'Nông nghiệp và Phát triển nông thôn',
  'GTVT': 'Giao thông vận tải',
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  VP: 'Văn phòng',
  MTTQ: 'Mặt trận Tổ quốc'
}

/** Words that open an agency's name ("Sở …", "Phòng …", "Thủ trưởng các …"). */
export const agencyOpenings: readonly string[] = [
  'Sở', 'Phòng', 'Ban', 'Văn phòng', 'Thanh tra', 'Công an', 'Ủy ban', 'UBND', 'HĐND', 'Đài', 'Báo', 'Trung tâm', 'Cục', 'Chi cục', 'Bộ',
  'Các sở', 'Các cơ quan', 'Thủ trưởng', 'Chủ tịch', 'Trường', 'Hội', 'Liên đoàn', 'Tỉnh đoàn', 'Huyện đoàn', 'Cổng Thông tin', 'Bảo hiểm xã hội',
  'Kho bạc', 'Cục Thuế', 'Chi cục Thuế', 'Đề nghị'
]
