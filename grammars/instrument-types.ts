/**
 * Types of legal and administrative instruments, with the abbreviation used in
 * their số ký hiệu (Nghị định 30/2020/NĐ-CP, Phụ lục III). Adding a type is one
 * line here. `aliases` keep the codes of Thông tư 01/2011/TT-BNV ("GN", "TTh",
 * "NP"), which older numbers still carry. Longer names come first where one is a prefix of another
 * ("Thông tư liên tịch" before "Thông tư").
 */

/** One instrument type. */
export interface InstrumentType {
  /** Canonical name, NFC. @example "Nghị quyết" */
  readonly name: string
  /** Abbreviation in the number, if any. @example "NQ" in "76/NQ-CP" */
  readonly code: string | null
  /** Other spellings of the code. @example "QYĐ" for "QyĐ" */
  readonly aliases?: readonly string[]
  /** Longer names of the same type, read as it. @example "Thông báo kết luận" for "Thông báo" */
  readonly names?: readonly string[]
  /**
   * The abbreviation in a party document's number ("04-TT/TW"), where it
   * differs from the state one (Hướng dẫn 36-HD/VPTW). @example "TT" for "Thông tri"
   */
  readonly partyCodes?: readonly string[]
}

export const instrumentTypes: readonly InstrumentType[] = [
  {name: 'Hiến pháp', code: null},
  {name: 'Bộ luật', code: null},
  {name: 'Luật', code: null},
  {name: 'Pháp lệnh', code: null},
  {name: 'Nghị quyết liên tịch', code: 'NQLT'},
  {name: 'Nghị quyết', code: 'NQ'},
  {name: 'Nghị định', code: 'NĐ'},
  {name: 'Quyết định', code: 'QĐ'},
  {name: 'Chỉ thị', code: 'CT'},
  {name: 'Thông tư liên tịch', code: 'TTLT'},
  {name: 'Thông tư', code: 'TT'},
  {name: 'Quy chế', code: 'QC'},
  {name: 'Quy định', code: 'QyĐ', aliases: ['QYĐ'], partyCodes: ['QĐi']},
  {name: 'Thông cáo', code: 'TC'},
  {name: 'Thông báo', code: 'TB', names: ['Thông báo kết luận']},
  {name: 'Hướng dẫn', code: 'HD'},
  {name: 'Chương trình', code: 'CTr', names: ['Chương trình hành động']},
  {name: 'Kế hoạch', code: 'KH', names: ['Kế hoạch hành động']},
  {name: 'Phương án', code: 'PA'},
  {name: 'Đề án', code: 'ĐA'},
  {name: 'Dự án', code: 'DA'},
  {name: 'Báo cáo', code: 'BC'},
  {name: 'Biên bản', code: 'BB'},
  {name: 'Tờ trình', code: 'TTr'},
  {name: 'Hợp đồng', code: 'HĐ'},
  {name: 'Công điện', code: 'CĐ'},
  {name: 'Bản ghi nhớ', code: 'BGN', aliases: ['GN']},
  {name: 'Bản thỏa thuận', code: 'BTT', aliases: ['TTh']},
  {name: 'Giấy ủy quyền', code: 'GUQ', aliases: ['UQ']},
  {name: 'Giấy mời', code: 'GM'},
  {name: 'Giấy giới thiệu', code: 'GGT', aliases: ['GT']},
  {name: 'Giấy nghỉ phép', code: 'GNP', aliases: ['NP']},
  {name: 'Phiếu gửi', code: 'PG'},
  {name: 'Phiếu chuyển', code: 'PC'},
  {name: 'Phiếu báo', code: 'PB'},
  {name: 'Kết luận', code: 'KL'},
  {name: 'Thông tri', code: null, partyCodes: ['TT']},
  {name: 'Công văn', code: 'CV'},
  {name: 'Văn bản hợp nhất', code: 'VBHN'},
  {name: 'Văn bản', code: null},
  {name: 'Lệnh', code: 'L'}
]

/**
 * Words in capitals after a type in a fused title line that qualify it ("KẾ
 * HOẠCH LIÊN TỊCH Phối hợp …" is a Kế hoạch liên tịch); its trích yếu follows in sentence case.
 */
export const typeQualifiers: readonly string[] = ['liên tịch', 'liên ngành', 'hành động', 'phối hợp']

/** Types cited by name but never the type of a plan's own header ("Chiến lược quốc gia …", "Quy hoạch tỉnh …"). */
export const citedOnlyTypes: readonly string[] = ['Chiến lược', 'Quy hoạch']

/** The type of a document whose number has no type code ("3456/UBND-KT"), per Nghị định 30/2020/NĐ-CP. */
export const untypedNumberType = 'Công văn'
