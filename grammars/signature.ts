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
  'Phó Bí thư',
  'Bí thư',
  'Cục trưởng',
  'Phó Cục trưởng',
  'Viện trưởng',
  'Tổng Cục trưởng'
]

/** Notes that stand in for a handwritten signature. */
export const signedNotes: readonly string[] = ['(Đã ký)', '[Đã ký]', '(Ký)', '[Ký]', '(Ký tên)', '(Đã ký tên)', '(Ký, đóng dấu)', '(Đã ký và đóng dấu)', '(Đã ký, đóng dấu)', '(Ký tên, đóng dấu)', '(Ký và đóng dấu)', '(Ký, ghi rõ họ tên)', '(Chữ ký số)']
