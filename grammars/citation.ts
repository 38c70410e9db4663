/**
 * The words of a citation besides the instrument type and number:
 * "Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ
 * sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP".
 * All phrases are matched after folding (no marks, lower case).
 */

/** Relations an instrument states to the one it cites in its title. */
export type RelationType = 'amends' | 'replaces' | 'repeals' | 'guides' | 'details' | 'implements' | 'approves' | 'issues'

export const relationPhrases: ReadonlyArray<readonly [phrase: string, type: RelationType]> = [
  ['sửa đổi, bổ sung', 'amends'],
  ['sửa đổi', 'amends'],
  ['bổ sung', 'amends'],
  ['thay thế', 'replaces'],
  ['bãi bỏ', 'repeals'],
  ['quy định chi tiết', 'details'],
  ['hướng dẫn thi hành', 'guides'],
  ['hướng dẫn', 'guides'],
  ['thực hiện', 'implements'],
  ['triển khai', 'implements'],
  ['phê duyệt', 'approves'],
  ['ban hành', 'issues']
]

/** Words that open a title after the number and issuer; "về việc" and "về" are dropped from the title. */
export const titleOpenings: readonly string[] = ['về việc', 'về', 'v/v', 'ban hành', 'phê duyệt', 'quy định', 'hướng dẫn', 'sửa đổi', 'bổ sung', 'thay thế', 'bãi bỏ', 'thực hiện', 'triển khai', 'phân công', 'công bố', 'thành lập', 'kiện toàn', 'thông báo', 'kết luận']

/** Openings removed from the start of a title. */
export const titleDroppedOpenings: readonly string[] = ['về việc', 'về', 'v/v']

/** Words that end an issuer phrase ("của Chính phủ về …"). */
export const issuerStops: readonly string[] = [
  'về', 'ban hành', 'phê duyệt', 'quy định', 'hướng dẫn', 'sửa đổi', 'bổ sung', 'thực hiện', 'triển khai', 'ngày', 'thay thế', 'bãi bỏ',
  'tại', 'theo', 'nhằm', 'để', 'trong', 'đã', 'đến', 'năm', 'giai đoạn', 'trên', 'đối với', 'xác định', 'giao', 'phân công', 'công bố', 'thông báo', 'kết luận'
]

/** Types cited by name without a number ("Luật Đầu tư công 2019", "Hiến pháp năm 2013"). */
export const namedTypes: readonly string[] = ['Hiến pháp', 'Bộ luật', 'Luật', 'Pháp lệnh']

/** Types cited by name when the name carries a period or a congress ("giai đoạn 2021 - 2030", "Đại hội …"). */
export const namedWithPeriodTypes: readonly string[] = ['Nghị quyết', 'Chương trình', 'Đề án', 'Kế hoạch', 'Chiến lược', 'Quy hoạch']

/** Lower-case words that may stand inside an instrument's name ("Luật ngân sách nhà nước"). */
export const nameStops: readonly string[] = [
  'và', 'của', 'theo', 'để', 'được', 'đã', 'có', 'trong', 'tại', 'số', 'ngày', 'về', 'này', 'các', 'với', 'do', 'là', 'cho', 'nhằm', 'đối', 'xác', 'như', 'hiện', 'thì', 'mà', 'sau', 'trước', 'khi', 'đến', 'từ', 'trên', 'dưới', 'hoặc', 'hướng', 'quy', 'sửa', 'bổ', 'thay'
]

/**
 * The stop words above, without marks, that no word of a name folds to: used
 * in text with its diacritics stripped ("bo" could be "bổ" or "Đảng bộ", so it
 * is not here).
 */
export const foldedNameStops: readonly string[] = ['va', 'cua', 'theo', 'duoc', 'ngay', 'nay', 'cac', 'voi', 'nham', 'hoac', 'sua', 'thay', 'tren', 'duoi']

/** Phrases inside instrument names that hold stop words ("Pháp lệnh Ưu đãi người có công với cách mạng"). */
export const nameInnerPhrases: readonly string[] = ['có công với cách mạng', 'có công']

/**
 * Words that make "Luật …" a person or a notion, not a law's name: "Luật sư",
 * "Luật gia", "luật pháp", "theo luật định", "các Luật chuyên ngành", "các
 * Luật hiện hành". Matched on the name's first words, in lower case.
 */
export const notInstrumentNames: readonly string[] = ['sư', 'gia', 'pháp', 'lệ', 'tục', 'hóa', 'hoá', 'định', 'chơi', 'chuyên ngành', 'hiện hành', 'liên quan', 'khác', 'mới']

/**
 * Names of laws and ordinances that a stop word or a comma would cut short
 * ("Luật Ban hành văn bản quy phạm pháp luật", "Luật Phòng, chống tác hại của
 * rượu, bia", "Luật Thi đua, khen thưởng"): read whole wherever they stand
 * after the type, in any case. Names without such words need no entry.
 */
export const knownInstrumentNames: readonly string[] = [
  'Ban hành văn bản quy phạm pháp luật',
  'Ban hành quyết định hành chính',
  'Thực hiện dân chủ ở cơ sở',
  'Thi đua, khen thưởng',
  'Thực hành tiết kiệm, chống lãng phí',
  'Phòng, chống tác hại của rượu, bia',
  'Phòng, chống tác hại của thuốc lá',
  'Phòng cháy và chữa cháy',
  'Phòng cháy, chữa cháy và cứu nạn, cứu hộ',
  'Phòng, chống bạo lực gia đình',
  'Phòng, chống mua bán người',
  'Phòng, chống ma túy',
  'Phòng, chống rửa tiền',
  'Phòng, chống thiên tai',
  'Phòng, chống khủng bố',
  'Phòng, chống bệnh truyền nhiễm',
  'Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS)',
  'Bảo vệ và phát triển rừng',
  'Bảo vệ và kiểm dịch thực vật',
  'Bảo vệ, chăm sóc và giáo dục trẻ em',
  'Bảo vệ quyền lợi người tiêu dùng',
  'Khoa học và công nghệ',
  'Phí và lệ phí',
  'Hỗ trợ doanh nghiệp nhỏ và vừa',
  'Tiêu chuẩn và quy chuẩn kỹ thuật',
  'Đo đạc và bản đồ',
  'Địa chất và khoáng sản',
  'Sử dụng năng lượng tiết kiệm và hiệu quả',
  'Tài nguyên, môi trường biển và hải đảo',
  'Quy hoạch đô thị và nông thôn',
  'Quản lý, sử dụng tài sản công',
  'Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ',
  'Đầu tư theo phương thức đối tác công tư',
  'Hòa giải, đối thoại tại Tòa án',
  'Trách nhiệm bồi thường của Nhà nước',
  'Hoạt động giám sát của Quốc hội và Hội đồng nhân dân',
  'Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân',
  'Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng',
  'Hiến, lấy, ghép mô, bộ phận cơ thể người và hiến, lấy xác',
  'Chất lượng sản phẩm, hàng hóa',
  'Thể dục, thể thao',
  'Tín ngưỡng, tôn giáo',
  'Khám bệnh, chữa bệnh',
  'Ưu đãi người có công với cách mạng'
]

/** Words after which a bare short number still reads as one ("Nghị quyết 30c và …", "Chỉ thị 23 của …"). */
export const shortNumberFollowers: readonly string[] = ['và', 'hoặc', 'của', 'về', 'ngày', 'nêu', 'đã', 'được', 'thì', 'trên']

/** Words after a type that make it a self-reference ("Kế hoạch này"), not a citation. */
export const selfReferences: readonly string[] = ['này', 'hành động này']

/** Cyrillic letters that look like Latin ones inside codes (С, О, Р, Н, …). */
export const lookAlikeLetters: Readonly<Record<string, string>> = {
  А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', К: 'K', М: 'M', О: 'O', Р: 'P', Т: 'T', Х: 'X', У: 'Y', Ԁ: 'D'
}

/** Abbreviations inside instrument names, expanded when names are compared. */
export const nameAbbreviations: Readonly<Record<string, string>> = {
  CCHC: 'cải cách hành chính',
  TTHC: 'thủ tục hành chính',
  'KT-XH': 'kinh tế - xã hội',
  KTXH: 'kinh tế - xã hội',
  QPPL: 'quy phạm pháp luật',
  CNTT: 'công nghệ thông tin'
}

/** Words of the parts of an instrument cited before it ("khoản 2 Điều 5 Nghị định số …"), innermost last. */
export const pinWords: readonly string[] = ['điểm', 'khoản', 'điều', 'mục', 'chương', 'phần', 'tiểu mục', 'phụ lục']

/**
 * Types one body alone issues, with the codes their numbers end on: a short
 * mention ("Nghị định 30/2020") is completed with them when the plan never
 * cites the instrument in full ("30/2020/NĐ-CP", by the Chính phủ).
 */
export const soleIssuerTypes: Readonly<Record<string, {codes: string; issuerCode: string}>> = {
  'Nghị định': {codes: 'NĐ-CP', issuerCode: 'CP'}
}

/**
 * Types only one body may issue (Luật Ban hành văn bản quy phạm pháp luật):
 * the issuer of a "Luật Đầu tư công 2019" cited with no number or issuer.
 */
export const fixedIssuers: Readonly<Record<string, string>> = {
  'Hiến pháp': 'Quốc hội',
  Luật: 'Quốc hội',
  'Bộ luật': 'Quốc hội',
  'Pháp lệnh': 'Ủy ban Thường vụ Quốc hội',
  'Nghị định': 'Chính phủ'
}

/** Verbs a date of issue may follow after a number, folded: "số 12/QĐ-UBND ban hành ngày …", "được ký ngày …". */
export const issuedVerbs: readonly string[] = ['duoc ban hanh', 'ban hanh', 'duoc ky', 'ky']

/**
 * Phrases that give an instrument named in a title its short name: "phê duyệt
 * Đề án phát triển … (gọi tắt là Đề án 06)". Longer first.
 */
export const aliasPhrases: readonly string[] = ['sau đây gọi tắt là', 'sau đây gọi là', 'gọi tắt là', 'viết tắt là', 'gọi là']

/**
 * Central bodies: their instruments are national, so a title that ends "…
 * trên địa bàn tỉnh" ended the citing plan's own title ("Triển khai Nghị quyết
 * số 76/NQ-CP … ban hành Chương trình … giai đoạn 2021-2030 trên địa bàn tỉnh").
 */
export const centralIssuerOpenings: readonly string[] = [
  'Chính phủ', 'Thủ tướng', 'Quốc hội', 'Ủy ban Thường vụ Quốc hội', 'Chủ tịch nước', 'Văn phòng Chính phủ', 'Bộ ', 'Bộ trưởng', 'Ban Chấp hành Trung ương',
  'Bộ Chính trị', 'Ban Bí thư', 'Ngân hàng Nhà nước', 'Hội nghị lần thứ', 'Kiểm toán Nhà nước', 'Tòa án nhân dân tối cao', 'Viện kiểm sát nhân dân tối cao'
]

/** A local scope at the end of a title, the citing plan's own: "… trên địa bàn tỉnh". */
export const localScopeEndings: readonly string[] = ['trên địa bàn tỉnh', 'trên địa bàn huyện', 'trên địa bàn thành phố', 'trên địa bàn thị xã', 'trên địa bàn xã', 'trên địa bàn']
