/**
 * The signature block: authority prefixes (`TM.`, `KT.`, `Q.`, `TL.`,
 * `TUQ.`) and signer titles, e.g. "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH /
 * PHÓ CHỦ TỊCH / Nguyễn Văn A".
 */

/** Authority prefixes, without the dot. */
export const signaturePrefixes: readonly string[] = ['TM', 'KT', 'Q', 'TL', 'TUQ', 'T/M', 'K/T']

/** Signer titles in their usual case; matched in any case. */
export const signerTitles: readonly string[] = [
  'Phó Chủ tịch Thường trực',
  'Phó Chủ tịch',
  'Chủ tịch',
  'Phó Giám đốc',
  'Giám đốc',
  'Thứ trưởng',
  'Bộ trưởng',
  'Phó Thủ tướng',
  'Thủ tướng',
  'Chánh Văn phòng',
  'Phó Chánh Văn phòng',
  'Phó Trưởng ban',
  'Trưởng ban',
  'Phó Trưởng phòng',
  'Trưởng phòng',
  'Phó Bí thư Thường trực',
  'Phó Bí thư',
  'Bí thư',
  'Cục trưởng',
  'Phó Cục trưởng',
  'Viện trưởng',
  'Phó Viện trưởng',
  'Tổng Cục trưởng',
  'Phó Tổng Cục trưởng',
  'Vụ trưởng',
  'Phó Vụ trưởng',
  'Chi cục trưởng',
  'Phó Chi cục trưởng',
  'Chánh Thanh tra',
  'Phó Chánh Thanh tra',
  'Tổng Giám đốc',
  'Phó Tổng Giám đốc',
  'Hiệu trưởng',
  'Phó Hiệu trưởng',
  'Chủ nhiệm',
  'Phó Chủ nhiệm',
  'Trưởng đoàn',
  'Thủ trưởng',
  'Chỉ huy trưởng',
  'Chính ủy',
  'Trưởng Công an',
  'Trưởng khoa',
  'Tổng Thư ký',
  'Chủ tịch nước',
  'Phó Chủ tịch nước'
]

/** Notes that stand in for a handwritten signature. */
export const signedNotes: readonly string[] = ['(Đã ký)', '[Đã ký]', '(Ký)', '[Ký]', '(Ký tên)', '(Đã ký tên)', '(Ký, đóng dấu)', '(Đã ký và đóng dấu)', '(Đã ký, đóng dấu)', '(Ký tên, đóng dấu)', '(Ký và đóng dấu)', '(Ký, ghi rõ họ tên)', '(Chữ ký số)']

/**
 * Academic, professional and military titles written before a signer's name
 * ("TS. Nguyễn Văn An", "PGS.TS Phạm Minh Đức", "BS.CKII Lê Văn Cường", "Đại tá
 * Nguyễn Văn Em"): not part of the name. Matched in any case, followed by a
 * dot or a space.
 */
export const nameHonorifics: readonly string[] = [
  'GS', 'PGS', 'TS', 'TSKH', 'ThS', 'BS', 'BSCKI', 'BSCKII', 'CKI', 'CKII', 'DS', 'DSCKI', 'DSCKII', 'KS', 'KTS', 'CN', 'LS', 'NGND', 'NGƯT', 'TTND', 'TTƯT',
  'Giáo sư', 'Phó Giáo sư', 'Tiến sĩ', 'Thạc sĩ', 'Bác sĩ', 'Dược sĩ', 'Kỹ sư', 'Cử nhân', 'Luật sư', 'Nhà giáo ưu tú', 'Nhà giáo nhân dân',
  'Thiếu úy', 'Trung úy', 'Thượng úy', 'Đại úy', 'Thiếu tá', 'Trung tá', 'Thượng tá', 'Đại tá',
  'Thiếu tướng', 'Trung tướng', 'Thượng tướng', 'Đại tướng'
]

/**
 * Vietnamese family names: a signer's name written all in capitals ("NGUYỄN
 * VĂN AN") must open with one, so a heading in capitals after a signature with
 * no name ("PHỤ LỤC", "KẾ HOẠCH") is not read as the signer.
 */
export const familyNames: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Đoàn',
  'Lâm', 'Mai', 'Trịnh', 'Trương', 'Cao', 'Lương', 'Tạ', 'Hà', 'Vương', 'Tô', 'Châu', 'Thái', 'Triệu', 'Quách', 'Lưu', 'Từ', 'Kiều',
  'Chu', 'Tăng', 'La', 'Lại', 'Văn', 'Đào', 'Đàm', 'Nông', 'Hứa', 'Giang', 'Khổng', 'Mạc', 'Tống', 'Thân', 'Viên', 'Quan', 'Âu', 'Hầu',
  'Lục', 'Phùng', 'Doãn', 'Khúc', 'Kim', 'Ông', 'Lò', 'Lữ', 'Lã', 'Nghiêm', 'Ninh', 'Tôn', 'Thạch', 'Danh', 'Y', 'H', 'Ksor', 'Rah', 'Nay'
]
