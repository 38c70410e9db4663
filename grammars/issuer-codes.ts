/**
 * Issuer codes found after the type code in a số ký hiệu, and the body each
 * stands for. `KH-UBND` → Ủy ban nhân dân, `NQ/TW` → Ban Chấp hành Trung ương.
 * Adding a code is one line here.
 */

export const issuerCodes: Readonly<Record<string, string>> = {
  CP: 'Chính phủ',
  TTg: 'Thủ tướng Chính phủ',
  CTN: 'Chủ tịch nước',
  QH: 'Quốc hội',
  UBTVQH: 'Ủy ban Thường vụ Quốc hội',
  VPCP: 'Văn phòng Chính phủ',
  VPQH: 'Văn phòng Quốc hội',
  NHNN: 'Ngân hàng Nhà nước Việt Nam',
  BTC: 'Bộ Tài chính',
  BCT: 'Bộ Công Thương',
  BXD: 'Bộ Xây dựng',
  BGDĐT: 'Bộ Giáo dục và Đào tạo',
  BYT: 'Bộ Y tế',
  BTP: 'Bộ Tư pháp',
  BNV: 'Bộ Nội vụ',
  BQP: 'Bộ Quốc phòng',
  BCA: 'Bộ Công an',
  BNG: 'Bộ Ngoại giao',
  BVHTTDL: 'Bộ Văn hóa, Thể thao và Du lịch',
  BKHCN: 'Bộ Khoa học và Công nghệ',
  BKHĐT: 'Bộ Kế hoạch và Đầu tư',
  BTTTT: 'Bộ Thông tin và Truyền thông',
  BLĐTBXH: 'Bộ Lao động - Thương binh và Xã hội',
  LĐTBXH: 'Bộ Lao động - Thương binh và Xã hội',
  BNNPTNT: 'Bộ Nông nghiệp và Phát triển nông thôn',
  BTNMT: 'Bộ Tài nguyên và Môi trường',
  BGTVT: 'Bộ Giao thông vận tải',
  // Ministries formed in 2025.
  BNNMT: 'Bộ Nông nghiệp và Môi trường',
  BDTTG: 'Bộ Dân tộc và Tôn giáo',
  TTCP: 'Thanh tra Chính phủ',
  KTNN: 'Kiểm toán nhà nước',
  UBDT: 'Ủy ban Dân tộc',
  BHXH: 'Bảo hiểm xã hội',
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  SNV: 'Sở Nội vụ',
  SKHĐT: 'Sở Kế hoạch và Đầu tư',
  STP: 'Sở Tư pháp',
  STC: 'Sở Tài chính',
  STTTT: 'Sở Thông tin và Truyền thông',
  SYT: 'Sở Y tế',
  SGDĐT: 'Sở Giáo dục và Đào tạo',
  STNMT: 'Sở Tài nguyên và Môi trường',
  SXD: 'Sở Xây dựng',
  SCT: 'Sở Công Thương',
  SNN: 'Sở Nông nghiệp và Phát triển nông thôn',
  SLĐTBXH: 'Sở Lao động - Thương binh và Xã hội',
  SVHTTDL: 'Sở Văn hóa, Thể thao và Du lịch',
  SKHCN: 'Sở Khoa học và Công nghệ',
  SGTVT: 'Sở Giao thông vận tải',
  // Departments formed in 2025.
  SNNMT: 'Sở Nông nghiệp và Môi trường',
  SDTTG: 'Sở Dân tộc và Tôn giáo',
  SVHTT: 'Sở Văn hóa và Thể thao',
  TW: 'Ban Chấp hành Trung ương',
  TƯ: 'Ban Chấp hành Trung ương',
  TU: 'Tỉnh ủy',
  HU: 'Huyện ủy',
  ĐU: 'Đảng ủy',
  BCĐ: 'Ban Chỉ đạo',
  VPTW: 'Văn phòng Trung ương Đảng',
  BTGTW: 'Ban Tuyên giáo Trung ương',
  BTCTW: 'Ban Tổ chức Trung ương',
  BDVTW: 'Ban Dân vận Trung ương',
  BTGDVTW: 'Ban Tuyên giáo và Dân vận Trung ương',
  UBKTTW: 'Ủy ban Kiểm tra Trung ương',
  BTGTU: 'Ban Tuyên giáo Tỉnh ủy',
  BTCTU: 'Ban Tổ chức Tỉnh ủy',
  BDVTU: 'Ban Dân vận Tỉnh ủy',
  MTTQ: 'Ủy ban Mặt trận Tổ quốc Việt Nam'
}

/**
 * Misspelt issuer codes seen in real texts, mapped to the right one
 * (`QĐ-TT` for `QĐ-TTg`, all-caps `TTG`).
 */
export const issuerCodeAliases: Readonly<Record<string, string>> = {
  TT: 'TTg',
  TTG: 'TTg',
  'TƯ': 'TW',
  'UBNĐ': 'UBND',
  'HĐNĐ': 'HĐND'
}
