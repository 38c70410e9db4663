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
  'Sở Du lịch',
  'Sở Văn hóa và Thể thao',
  // After the 2025 reorganisation (Nghị định 45/2025/NĐ-CP; communes without districts).
  'Sở Nông nghiệp và Môi trường',
  'Sở Dân tộc và Tôn giáo',
  'Phòng Văn hóa - Xã hội',
  'Phòng Kinh tế, Hạ tầng và Đô thị',
  'Ban Dân tộc',
  'Ban Quản lý các khu công nghiệp',
  'Ban Quản lý Khu kinh tế',
  'Bảo hiểm xã hội',
  'Cục Thuế',
  'Kho bạc Nhà nước',
  'Cục Thống kê',
  'Trung tâm Phục vụ hành chính công',
  'Cổng Thông tin điện tử',
  'Báo tỉnh',
  'Liên đoàn Lao động',
  'Hội Nông dân',
  'Hội Liên hiệp Phụ nữ',
  'Tỉnh đoàn',
  'Thanh tra tỉnh',
  'Công an tỉnh',
  'Văn phòng Ủy ban nhân dân tỉnh',
  'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
  'Phòng Nội vụ',
  'Phòng Tư pháp',
  'Phòng Tài chính - Kế hoạch',
  'Phòng Tài nguyên và Môi trường',
  'Phòng Giáo dục và Đào tạo',
  'Phòng Y tế',
  'Phòng Lao động - Thương binh và Xã hội',
  'Phòng Kinh tế',
  'Phòng Kinh tế và Hạ tầng',
  'Phòng Quản lý đô thị',
  'Phòng Nông nghiệp và Phát triển nông thôn',
  'Phòng Văn hóa và Thông tin',
  'Thanh tra huyện',
  'Công an huyện',
  'Văn phòng Ủy ban nhân dân huyện',
  'Trung tâm Văn hóa - Thông tin - Thể thao',
  'Chi cục Thống kê',
  'Văn phòng Sở',
  'Thanh tra Sở',
  'Chi cục Thuế',
  'Công chức Văn phòng - Thống kê',
  'Công chức Tư pháp - Hộ tịch',
  'Văn phòng Bộ',
  'Vụ Tổ chức cán bộ',
  'Vụ Pháp chế',
  'Vụ Kế hoạch - Tài chính',
  'Vụ Kế hoạch và Tài chính',
  'Vụ Hợp tác quốc tế',
  'Thanh tra Bộ',
  'Cục Công nghệ thông tin',
  'Trung tâm Thông tin',
  'Các đơn vị thuộc Bộ',
  'Văn phòng Chính phủ',
  'Bộ Nội vụ',
  'Bộ Tư pháp',
  'Bộ Tài chính',
  'Bộ Kế hoạch và Đầu tư',
  'Bộ Thông tin và Truyền thông',
  'Bộ Công an',
  'Các bộ, cơ quan ngang bộ',
  'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương',
  'Đài Phát thanh và Truyền hình tỉnh',
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Ủy ban nhân dân các huyện, thành phố',
  'Ủy ban nhân dân các xã, phường, thị trấn',
  'Ủy ban nhân dân các xã, thị trấn',
  'Ủy ban nhân dân các xã, phường',
  'Ủy ban nhân dân các xã',
  'Ủy ban nhân dân cấp xã',
  'Ủy ban nhân dân cấp huyện',
  'Ủy ban nhân dân các huyện, thị xã, thành phố',
  'Ủy ban nhân dân các quận, huyện',
  'Ủy ban nhân dân xã',
  'Các sở, ban, ngành',
  'Bưu điện tỉnh',
  'Bưu điện huyện',
  'Trung tâm Văn hóa - Thông tin và Thể thao',
  'Trung tâm Văn hóa, Thông tin và Thể thao',
  'Phòng Văn hóa - Thông tin và Thể thao',
  'Bộ Chỉ huy Quân sự',
  'Ban Chỉ huy Quân sự',
  'Bộ Chỉ huy Bộ đội Biên phòng',
  'Trung tâm Y tế',
  'Ban Quản lý dự án',
  'Hội Cựu chiến binh',
  'Huyện đoàn',
  'Thành đoàn',
  // The Party's own bodies (the level follows: "Ban Tuyên giáo Tỉnh ủy").
  'Ban Tuyên giáo và Dân vận',
  'Ban Tuyên giáo',
  'Ban Dân vận',
  'Ban Tổ chức',
  'Ủy ban Kiểm tra',
  'Văn phòng Tỉnh ủy',
  'Văn phòng Huyện ủy',
  'Văn phòng Thành ủy'
]

/**
 * Other spellings of a lexicon name, as plans write them: [variant, name].
 * "Phòng Kinh tế - Hạ tầng" is the office Nghị định 37/2014/NĐ-CP names
 * "Phòng Kinh tế và Hạ tầng".
 */
export const agencyVariants: ReadonlyArray<readonly [variant: string, name: string]> = [
  ['Phòng Kinh tế - Hạ tầng', 'Phòng Kinh tế và Hạ tầng'],
  ['Phòng Văn hóa - Thông tin', 'Phòng Văn hóa và Thông tin'],
  ['Sở Lao động, Thương binh và Xã hội', 'Sở Lao động - Thương binh và Xã hội'],
  ['Phòng Lao động, Thương binh và Xã hội', 'Phòng Lao động - Thương binh và Xã hội']
]

/** Abbreviations inside agency names, expanded before matching. */
export const agencyAbbreviations: Readonly<Record<string, string>> = {
  'TT&TT': 'Thông tin và Truyền thông',
  'TT-TT': 'Thông tin và Truyền thông',
  TTTT: 'Thông tin và Truyền thông',
  PVHCC: 'Phục vụ hành chính công',
  BHXH: 'Bảo hiểm xã hội',
  KBNN: 'Kho bạc Nhà nước',
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
  'NN&MT': 'Nông nghiệp và Môi trường',
  NNMT: 'Nông nghiệp và Môi trường',
  'DT&TG': 'Dân tộc và Tôn giáo',
  'VH-XH': 'Văn hóa - Xã hội',
  'GTVT': 'Giao thông vận tải',
  'VH&TT': 'Văn hóa và Thông tin',
  'VH-TT&TT': 'Văn hóa - Thông tin và Thể thao',
  'VH-TT-TT': 'Văn hóa - Thông tin - Thể thao',
  'VH-TT': 'Văn hóa - Thông tin',
  'VHTTDL': 'Văn hóa, Thể thao và Du lịch',
  'TC-KH': 'Tài chính - Kế hoạch',
  'TCKH': 'Tài chính - Kế hoạch',
  'KT-HT': 'Kinh tế - Hạ tầng',
  'LĐTB&XH': 'Lao động - Thương binh và Xã hội',
  'LĐ-TBXH': 'Lao động - Thương binh và Xã hội',
  'NNPTNT': 'Nông nghiệp và Phát triển nông thôn',
  'HĐND-UBND': 'Hội đồng nhân dân và Ủy ban nhân dân',
  'HĐND&UBND': 'Hội đồng nhân dân và Ủy ban nhân dân',
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  VP: 'Văn phòng',
  MTTQ: 'Mặt trận Tổ quốc',
  UBMTTQ: 'Ủy ban Mặt trận Tổ quốc',
  VN: 'Việt Nam',
  PTNT: 'Phát triển nông thôn',
  LĐTBXH: 'Lao động - Thương binh và Xã hội',
  KHCN: 'Khoa học và Công nghệ',
  QLDA: 'Quản lý dự án',
  CCB: 'Cựu chiến binh',
  LHPN: 'Liên hiệp Phụ nữ',
  '&': 'và'
}

/** Words that open an agency's name ("Sở …", "Phòng …", "Thủ trưởng các …"). */
export const agencyOpenings: readonly string[] = [
  'Sở', 'Phòng', 'Ban', 'Văn phòng', 'Thanh tra', 'Công an', 'Ủy ban', 'UBND', 'HĐND', 'Đài', 'Báo', 'Trung tâm', 'Cục', 'Chi cục', 'Bộ',
  'Các sở', 'Các cơ quan', 'Thủ trưởng', 'Chủ tịch', 'Trường', 'Hội', 'Liên đoàn', 'Tỉnh đoàn', 'Huyện đoàn', 'Cổng Thông tin', 'Bảo hiểm xã hội',
  'Kho bạc', 'KBNN', 'BHXH', 'Cục Thuế', 'Chi cục Thuế', 'Đề nghị', 'Vụ', 'Tổng cục', 'Viện', 'Các đơn vị', 'Các vụ', 'Các phòng', 'Công chức',
  'Bảo hiểm', 'Ngân hàng', 'Mặt trận', 'Các ban', 'Các ngành', 'Các đoàn thể', 'Các tổ chức', 'Các địa phương', 'Các huyện', 'Các xã',
  'Đoàn Thanh niên', 'Hội đồng', 'Trưởng', 'Giám đốc',
  // The Party's own bodies, in a Huyện ủy's or Tỉnh ủy's plan.
  'Đảng đoàn', 'Ban cán sự đảng', 'Đảng ủy', 'Huyện ủy', 'Tỉnh ủy', 'Thành ủy', 'Quận ủy', 'Thị ủy', 'Các cấp ủy', 'Cấp ủy', 'Các đảng ủy', 'Các chi bộ', 'Chi bộ'
]

/**
 * Verbs that follow the agency when a sentence opens with it ("2. Văn phòng
 * Bộ chủ trì, theo dõi …"): the agency is the words before the first one.
 * Not "tổ chức" alone or "kế hoạch": they occur inside agency names.
 */
export const agencyDutyVerbs: readonly string[] = [
  'chủ trì', 'phối hợp', 'theo dõi', 'tham mưu', 'hướng dẫn', 'có trách nhiệm', 'chịu trách nhiệm', 'căn cứ', 'triển khai',
  'thực hiện', 'đôn đốc', 'kiểm tra', 'xây dựng', 'bố trí', 'tăng cường', 'phụ trách', 'tiếp tục', 'rà soát', 'cử', 'giúp',
  'là cơ quan', 'thường trực', 'quán triệt', 'tuyên truyền', 'đẩy mạnh', 'nghiên cứu', 'chỉ đạo', 'ưu tiên', 'cân đối',
  'báo cáo', 'tổng hợp', 'đề xuất', 'ban hành', 'gửi', 'hoàn thành', 'bảo đảm', 'đảm bảo', 'chủ động', 'tích cực', 'khẩn trương',
  'nghiêm túc', 'lãnh đạo', 'tổ chức triển khai', 'tổ chức thực hiện', 'là đầu mối', 'làm đầu mối', 'là đơn vị', 'làm cơ quan',
  'chuẩn bị'
]

/**
 * Duty verbs no agency's name holds ("xây dựng" is in "Sở Xây dựng", these are
 * in none): a lead-in before a colon with one says the duty already ("Giao Sở
 * Nội vụ chủ trì, …:"), it does not only name agencies.
 */
export const leadInDutyVerbs: readonly string[] = ['chủ trì', 'phối hợp', 'có trách nhiệm', 'chịu trách nhiệm', 'tham mưu', 'theo dõi', 'thực hiện', 'triển khai']

/**
 * Words before the agency in a heading of the implementation part: "2.
 * Trách nhiệm của UBND các huyện", "b) Đối với Sở Tài chính".
 */
export const agencyHeadingLeadIns: readonly string[] = ['Trách nhiệm của', 'Nhiệm vụ của', 'Đối với', 'Về phía', 'Giao']

/**
 * Verbs, in lower case, that end a list of partners and start the task itself:
 * "Phòng Văn hóa và Thông tin chủ trì, phối hợp với Trung tâm Viễn thông
 * huyện triển khai hạ tầng". No agency's name holds them in lower case.
 */
export const partnerListEnders: readonly string[] = [
  'triển khai', 'tổ chức', 'thực hiện', 'rà soát', 'hướng dẫn', 'kiểm tra', 'tuyên truyền', 'đôn đốc', 'theo dõi', 'tham mưu',
  'xây dựng kế hoạch', 'nghiên cứu', 'đề xuất', 'báo cáo', 'tổng hợp', 'hoàn thành', 'để', 'nhằm'
]

/**
 * Words that open the next agency of a list after "," or "và" (besides the
 * issuer heads): "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện".
 */
export const listedAgencyHeads: readonly string[] = [
  'Các', 'Ủy ban', 'Công an', 'Hội', 'Đài', 'Báo', 'Chi cục', 'Viện', 'Trường', 'Đoàn', 'Mặt trận', 'UBND', 'HĐND', 'VP', 'Bưu điện',
  'Kho bạc', 'Bảo hiểm', 'Cổng Thông tin', 'Chủ tịch', 'Thủ trưởng', 'Giám đốc', 'Người đứng đầu', 'Vụ', 'Thanh tra', 'Tòa án', 'Ngân hàng'
]

/**
 * Collective agencies that open the next agency of a list in lower case too:
 * "Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội".
 */
export const listedCollectives: readonly string[] = ['các tổ chức', 'các đoàn thể', 'các cơ quan', 'các đơn vị', 'các hội', 'các sở', 'các phòng', 'các ban']

/**
 * Openings of the closing remark an implementation part ends with ("Trong quá
 * trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về
 * Sở Nội vụ …", "Trên đây là Kế hoạch …"): said to everyone, no duty of the
 * agency whose part it ends.
 */
export const closingRemarkOpenings: readonly string[] = ['Trong quá trình', 'Quá trình thực hiện', 'Trường hợp có khó khăn', 'Nếu có khó khăn', 'Trên đây là']
