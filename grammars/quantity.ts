/**
 * The words around a quantity that make it a target: comparators, change,
 * baseline, deadlines, and the cues that tell a goal ("phấn đấu", "đạt") from
 * a reported figure ("năm 2022 đạt 69,66 điểm"). Matched in lower case.
 */

/** How a target compares: ≥, >, ≤, <, =, and ~ for about ("khoảng 45%"). */
export type Comparator = '>=' | '>' | '<=' | '<' | '=' | '~'

/** Words before a number, longest first. */
export const comparatorsBefore: ReadonlyArray<readonly [phrase: string, comparator: Comparator]> = [
  ['tối thiểu là', '>='],
  ['tối thiểu bằng', '>='],
  ['tối thiểu đạt', '>='],
  ['tối thiểu', '>='],
  ['ít nhất là', '>='],
  ['ít nhất', '>='],
  ['không dưới', '>='],
  ['không thấp hơn', '>='],
  ['không ít hơn', '>='],
  ['trên hoặc bằng', '>='],
  ['không vượt quá', '<='],
  ['không quá', '<='],
  ['tối đa là', '<='],
  ['tối đa bằng', '<='],
  ['tối đa', '<='],
  ['không cao hơn', '<='],
  ['không vượt', '<='],
  ['xuống còn', '<='],
  ['giảm còn', '<='],
  ['cao hơn', '>'],
  ['nhiều hơn', '>'],
  ['trên', '>'],
  ['hơn', '>'],
  ['vượt', '>'],
  ['thấp hơn', '<'],
  ['ít hơn', '<'],
  ['dưới', '<'],
  ['trên dưới', '~'],
  ['khoảng', '~'],
  ['xấp xỉ', '~'],
  ['gần', '~']
]

/** Words after a number ("từ 90% trở lên"). */
export const comparatorsAfter: ReadonlyArray<readonly [phrase: string, comparator: Comparator]> = [
  ['trở lên', '>='],
  ['trở xuống', '<=']
]

/** Comparison signs before a number ("≥ 90%", ">= 90%", "< 2%"), longest first. */
export const comparatorSymbols: ReadonlyArray<readonly [sign: string, comparator: Comparator]> = [
  ['>=', '>='],
  ['<=', '<='],
  ['≥', '>='],
  ['≤', '<='],
  ['⩾', '>='],
  ['⩽', '<='],
  ['>', '>'],
  ['<', '<'],
  ['≈', '~']
]

/** Direction words before a number ("tăng 26 bậc", "giảm tối thiểu 10%"). */
export const changeWords: ReadonlyArray<readonly [word: string, change: 'increase' | 'decrease']> = [
  ['tăng', 'increase'],
  ['có thêm', 'increase'],
  ['gia tăng', 'increase'],
  ['nâng', 'increase'],
  ['giảm', 'decrease'],
  ['cắt giảm', 'decrease'],
  ['tinh giản', 'decrease'],
  ['rút ngắn', 'decrease'],
  ['tiết kiệm', 'decrease']
]

/**
 * Words that, ending where a two-word change word starts, make its first word
 * part of a noun: "đạt chuẩn quốc gia tăng gấp 2 lần" is "quốc gia" + "tăng",
 * not "gia tăng".
 */
export const changeWordCompounds: readonly string[] = ['quốc gia', 'tham gia', 'chuyên gia']

/** Words before a change word that make it part of a measure's name: "tỷ lệ tăng dân số", "tốc độ giảm". */
export const measureHeads: readonly string[] = ['tỷ lệ', 'tốc độ', 'mức', 'chỉ số', 'tỉ lệ']

/** Headings whose every figure is a goal ("II. CHỈ TIÊU", "2. Chỉ tiêu cụ thể"): counts under them too. */
export const targetHeadings: readonly string[] = ['chỉ tiêu', 'mục tiêu cụ thể', 'các chỉ tiêu', 'một số chỉ tiêu', 'những chỉ tiêu', 'mục tiêu, chỉ tiêu', 'mục tiêu và chỉ tiêu']

/** Words that make a figure a goal. */
export const targetCues: readonly string[] = [
  'phấn đấu', 'đạt', 'tối thiểu', 'ít nhất', 'bảo đảm', 'đảm bảo', 'hoàn thành', 'đến năm', 'đến hết năm', 'đến cuối năm', 'mục tiêu', 'chỉ tiêu', 'tăng', 'giảm', 'không quá', 'tối đa', 'trở lên', 'được', 'xuống'
]

/** Words that make a figure a reported result, not a goal. */
export const pastCues: readonly string[] = ['đã đạt', 'đạt được', 'kết quả đạt', 'năm qua', 'cùng kỳ', 'vừa qua', 'thực hiện được', 'đã xếp']

/** Words for every year ("hằng năm" and "hàng năm" both occur). */
export const annualWords: readonly string[] = ['hằng năm', 'hàng năm', 'mỗi năm', 'từng năm', 'năm sau', 'định kỳ']

/** Words before a list of levels, not a decimal: "mức độ 3, 4", "mức độ 1,2". */
export const levelWords: readonly string[] = ['mức độ', 'mức', 'cấp độ', 'loại', 'hạng']

/**
 * A number that names a part of the year, not an amount: "6 tháng đầu năm",
 * "9 tháng cuối năm" (the words after it), "định kỳ 6 tháng" (the words before
 * it, with a period unit after). Longest first.
 */
export const periodOfYearAfter: readonly string[] = ['tháng đầu năm', 'tháng cuối năm', 'tháng đầu', 'tháng cuối', 'năm đầu', 'năm cuối']
export const periodicBefore: readonly string[] = ['định kỳ', 'mỗi']
export const periodicUnits: readonly string[] = ['tháng', 'quý', 'năm', 'tuần']

/** Ranking words: "nhóm 10/63 tỉnh", "xếp thứ 9/63", "top 5", "tốp 20". */
export const rankWords: readonly string[] = ['nhóm', 'xếp thứ', 'xếp', 'thứ', 'top', 'tốp', 'vị trí', 'tốp đầu']

/** Nouns before "thứ" that make its number an ordinal, not a rank: "Kỳ họp thứ 8", "lần thứ 2", "Hội nghị … lần thứ 8". */
export const ordinalNouns: readonly string[] = ['kỳ họp', 'phiên họp', 'phiên', 'lần', 'đợt', 'khóa', 'hội nghị', 'đại hội', 'ngày', 'tuần', 'tháng', 'quý', 'năm', 'lớp', 'điều', 'khoản']

/** Multiples: "gấp 2 lần", "hơn 2 lần". */
export const multipleWords: readonly string[] = ['gấp']

/** Words that open a distributive list: "tương ứng là 30%, 20% và 15%". */
export const respectiveWords: readonly string[] = ['tương ứng là', 'tương ứng', 'lần lượt là', 'lần lượt']

/** Words that end a rate's denominator ("hồ sơ/năm tại …"). */
export const denominatorStops: readonly string[] = [
  'tại', 'của', 'trong', 'và', 'đối', 'với', 'cho', 'trở', 'so', 'được', 'từ', 'theo', 'đến', 'trên', 'dưới', 'hoặc', 'là',
  'vào', 'đạt', 'tăng', 'giảm', 'ở', 'để', 'nhằm', 'khi', 'trước', 'sau', 'thuộc', 'gồm'
]

/**
 * Actions done to what a share counts ("Kiểm tra tối thiểu 30% các cơ quan"):
 * the subject is what the share counts, with the action ("các cơ quan … được
 * kiểm tra"). Changes ("giảm", "cắt giảm") are no action of this kind.
 */
export const measuredActions: readonly string[] = [
  'kiểm tra', 'rà soát', 'số hóa', 'đào tạo', 'bồi dưỡng', 'tập huấn', 'công khai', 'cung cấp', 'tiếp nhận', 'giải quyết',
  'kết nối', 'triển khai', 'hoàn thành', 'xử lý', 'đánh giá', 'chuẩn hóa', 'đơn giản hóa', 'tuyên truyền', 'phổ biến', 'cập nhật',
  'niêm yết', 'niêm yết công khai', 'công bố', 'công bố, công khai', 'tích hợp', 'giải quyết trực tuyến', 'thanh toán trực tuyến',
  'xây dựng', 'cấp', 'cấp mới', 'phủ sóng', 'huy động'
]

/**
 * Actions that open a line of the objectives and plan what they count ("- Đào
 * tạo 500 cán bộ cấp xã", "- Giải quyết việc làm mới cho 25.000 lao động"):
 * the count is a target, though no "phấn đấu" or comparator says so.
 */
export const plannedActions: readonly string[] = [
  'đào tạo', 'bồi dưỡng', 'tập huấn', 'xây dựng', 'tổ chức', 'giải quyết việc làm', 'tạo việc làm', 'hỗ trợ', 'tuyển dụng', 'thu hút',
  'thành lập', 'phát triển', 'trồng', 'trồng mới', 'xây mới', 'nâng cấp', 'cải tạo', 'sửa chữa', 'hoàn thành', 'thanh tra', 'kiểm tra',
  'số hóa', 'cấp', 'cấp mới', 'đầu tư'
]

/**
 * How an action is done, said after what it is done to ("100% hồ sơ đúng
 * hạn"): the subject puts the action before it ("hồ sơ được giải quyết đúng hạn").
 */
export const mannerWords: readonly string[] = [
  'đúng hạn', 'trước hạn', 'trước và đúng hạn', 'đúng và trước hạn', 'kịp thời', 'đúng quy định', 'theo quy định', 'đầy đủ', 'đầy đủ, kịp thời',
  'trực tuyến', 'trực tuyến toàn trình', 'toàn trình', 'trên môi trường mạng', 'đúng thời hạn', 'trong năm'
]

/** Actions that join what they are done to with something else, said after "với", "lên" or "vào" ("tích hợp … với Cổng …"). */
export const joiningActions: readonly string[] = ['tích hợp', 'kết nối', 'cập nhật', 'huy động']

/** What a rank places among ("10/63 tỉnh, thành phố"), longest first. */
export const rankPlaces: readonly string[] = [
  'tỉnh, thành phố', 'tỉnh, thành', 'huyện, thị xã, thành phố', 'huyện, thị xã', 'quận, huyện', 'xã, phường, thị trấn', 'xã, phường',
  'sở, ban, ngành', 'sở, ngành', 'bộ, ngành', 'bộ, cơ quan ngang bộ', 'bộ', 'sở', 'tỉnh', 'huyện', 'xã', 'phường', 'địa phương', 'đơn vị', 'cơ quan'
]

/** Words before "năm" that make it the year, not five ("mỗi năm", "hằng năm", "trong năm tổ chức …"). */
export const yearBeforeWords: readonly string[] = ['mỗi', 'hằng', 'hàng', 'trong', 'cả', 'các', 'những', 'từng', 'cùng', 'hết', 'cuối', 'đầu', 'giữa', 'nay', 'sau', 'trước', 'của', 'đến', 'từ']

/** Labels before an amount restated in words ("(Bằng chữ: Hai trăm năm mươi triệu đồng)"): no second amount. */
export const amountInWordsLabels: readonly string[] = ['bằng chữ:', 'bằng chữ', 'viết bằng chữ:']

/**
 * Brackets after a figure that point elsewhere ("(chi tiết tại Phụ lục I)"),
 * unlike those that qualify it ("(cấp tỉnh)"): no part of its subject.
 */
export const referenceAsides: readonly string[] = ['chi tiết', 'theo', 'kèm theo', 'xem', 'phụ lục', 'biểu', 'tại phụ lục', 'có phụ lục']

/**
 * Scale words after figures: "1,2 triệu lượt" is 1 200 000 lượt. Money units
 * that open with one ("tỷ đồng", "triệu USD") stay units, as plans write them.
 */
export const figureScales: ReadonlyArray<readonly [word: string, factor: number]> = [
  ['nghìn', 1e3],
  ['ngàn', 1e3],
  ['triệu', 1e6],
  ['tỷ', 1e9],
  ['tỉ', 1e9]
]

/** Scale words of amounts in words: a number after one is the rest of a larger amount ("Một tỷ năm trăm triệu"). */
export const scaleWords: readonly string[] = ['tỷ', 'triệu', 'nghìn', 'ngàn', 'trăm']

/**
 * Change verbs stripped from a subject's start before a measure ("Giảm tỷ lệ hộ
 * nghèo" → "tỷ lệ hộ nghèo"; not "Tăng cường …"), and those measures.
 */
export const leadingChanges: readonly string[] = ['cắt giảm', 'kéo giảm', 'tinh giản', 'rút ngắn', 'gia tăng', 'giảm', 'tăng', 'nâng']
export const measureNouns: readonly string[] = ['tỷ lệ', 'tỉ lệ', 'số', 'thời gian', 'chi phí', 'mức', 'chỉ số']
/** A change verb that opens a word of its own is kept ("Tăng trưởng kinh tế", "Nâng cao chất lượng"): its second syllables. */
export const changeVerbCompoundEnds: readonly string[] = ['trưởng', 'cường', 'cao', 'cấp', 'nghèo', 'thiểu', 'sút', 'giảm', 'thêm']
/** Words that end a subject as a qualifier, not as a change said after it ("xã đạt chuẩn nông thôn mới nâng cao"). */
export const subjectEndQualifiers: readonly string[] = ['nâng cao']

/** Words after "N/M" that make it a fraction of a whole ("2/3 số xã"), not N out of M. */
export const fractionWholes: readonly string[] = ['số', 'tổng số', 'diện tích', 'dân số']

/**
 * Words that open a budget: money said after them is what the plan spends,
 * not what it aims at ("Kinh phí tập huấn 15.000.000 đồng").
 */
export const budgetWords: readonly string[] = ['kinh phí', 'tổng kinh phí', 'nguồn kinh phí', 'dự toán', 'tổng dự toán']

/**
 * Words of an award: money said with them is a prize the plan pays out, not
 * what it aims at ("01 giải Nhất: 5.000.000 đồng", "mỗi giải 3.000.000 đồng").
 */
export const awardWords: readonly string[] = ['giải nhất', 'giải nhì', 'giải ba', 'giải khuyến khích', 'giải đặc biệt', 'giải thưởng', 'mỗi giải', 'tiền thưởng', 'mức thưởng']

/**
 * Verbs of having: a count after them names what its owner, said before,
 * has ("Mỗi cơ quan, đơn vị có ít nhất 01 mô hình").
 */
export const possessionVerbs: readonly string[] = ['có', 'phải có', 'cần có']

/**
 * Words that open what a coordinated list of shares says of all of them,
 * written once after the last: "100% hồ sơ … tại cấp tỉnh, 90% … tại cấp
 * huyện và 70% … tại cấp xã được xử lý trên môi trường mạng".
 */
export const sharedPredicateOpenings: readonly string[] = [
  'được', 'đạt', 'có', 'sử dụng', 'thực hiện', 'áp dụng', 'hoàn thành', 'tham gia', 'kết nối', 'ứng dụng', 'triển khai', 'duy trì', 'bảo đảm', 'đảm bảo'
]
