/**
 * Words of the official header (Nghị định 30/2020/NĐ-CP, Phụ lục I): the
 * Quốc hiệu and Tiêu ngữ, the issuing body's lines, the number and the
 * place/date line.
 */

/** Quốc hiệu (national title) lines. */
export const nationalTitles: readonly string[] = [
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'ĐẢNG CỘNG SẢN VIỆT NAM'
]

/** Tiêu ngữ (motto). Matched with dashes and spaces ignored. */
export const mottos: readonly string[] = ['Độc lập - Tự do - Hạnh phúc']

/** First words of an issuing body's line in the header, as written in capitals. */
export const issuerHeads: readonly string[] = [
  'ỦY BAN NHÂN DÂN',
  'UBND',
  'HỘI ĐỒNG NHÂN DÂN',
  'HĐND',
  'CHÍNH PHỦ',
  'THỦ TƯỚNG CHÍNH PHỦ',
  'VĂN PHÒNG',
  'BỘ',
  'SỞ',
  'BAN',
  'PHÒNG',
  'CỤC',
  'TỔNG CỤC',
  'TRUNG TÂM',
  'TỈNH ỦY',
  'HUYỆN ỦY',
  'THÀNH ỦY',
  'ĐẢNG ỦY',
  'ĐẢNG BỘ',
  'ĐẢNG ĐOÀN',
  'BAN CÁN SỰ ĐẢNG',
  'CHI BỘ',
  'MẶT TRẬN TỔ QUỐC',
  'ỦY BAN MẶT TRẬN TỔ QUỐC',
  'CÔNG AN',
  'KHO BẠC',
  'CHI CỤC',
  'BẢO HIỂM XÃ HỘI',
  'VIỆN',
  'HỌC VIỆN',
  'TRƯỜNG',
  'BỆNH VIỆN',
  'HỘI LIÊN HIỆP',
  'HỘI NÔNG DÂN',
  'LIÊN ĐOÀN LAO ĐỘNG',
  'BAN CHẤP HÀNH',
  'BAN THƯỜNG VỤ',
  'BAN CHỈ ĐẠO',
  'TỈNH',
  'HUYỆN',
  'THÀNH PHỐ',
  'THỊ XÃ',
  'QUẬN',
  'XÃ',
  'PHƯỜNG',
  'THỊ TRẤN'
]

/** Administrative levels, written in lower case inside a name ("Ủy ban nhân dân tỉnh An Giang"). */
export const adminLevels: readonly string[] = [
  'thành phố',
  'thị xã',
  'thị trấn',
  'tỉnh',
  'huyện',
  'quận',
  'xã',
  'phường'
]

/** Abbreviations of bodies, expanded in `meta.issuer`. */
export const bodyAbbreviations: Readonly<Record<string, string>> = {
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  'VP UBND': 'Văn phòng Ủy ban nhân dân',
  VPUBND: 'Văn phòng Ủy ban nhân dân',
  BCĐ: 'Ban Chỉ đạo',
  BCH: 'Ban Chấp hành',
  MTTQ: 'Mặt trận Tổ quốc'
}

/** Levels abbreviated before a place's name, with a dot ("TP. HỒ CHÍ MINH", "TX. KIẾN TƯỜNG"). */
export const levelAbbreviations: Readonly<Record<string, string>> = {TP: 'thành phố', TX: 'thị xã'}

/** Bodies whose name is fixed (not "type + proper name"), in their usual case. */
export const fixedBodyNames: readonly string[] = [
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Chính phủ',
  'Thủ tướng Chính phủ',
  'Văn phòng Chính phủ',
  'Quốc hội',
  'Ủy ban Thường vụ Quốc hội',
  'Ban Chấp hành Trung ương',
  'Ban Chấp hành Đảng bộ',
  'Ban Chấp hành Đoàn',
  'Ban Thường vụ Tỉnh ủy',
  'Ban Thường vụ Huyện ủy',
  'Tỉnh ủy',
  'Huyện ủy',
  'Thành ủy',
  'Ban Thường vụ Tỉnh đoàn',
  'Ban Thường vụ Huyện đoàn',
  'Ban Thường vụ Thành đoàn',
  'Tỉnh đoàn',
  'Huyện đoàn',
  'Thành đoàn'
]

/** Separator lines under the header parts ("--------", "_____"). */
export const separatorChars = '-_=*~–—.'
