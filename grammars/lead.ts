/**
 * The news-style lead a portal writes over a plan: "Ngày 14/6/2023, UBND
 * huyện ban hành Kế hoạch số …", "Vừa qua, UBND huyện Châu Thành đã ban hành
 * Kế hoạch số 112/KH-UBND ngày 14/6/2023 về …". Matched in lower case.
 */

/** Words that open the sentence before the issuer ("Vừa qua, …"). */
export const leadOpenings: readonly string[] = ['vừa qua', 'mới đây', 'gần đây', 'theo đó', 'hôm nay', 'sáng nay', 'chiều nay', 'vào ngày', 'ngày']

/** Words between the issuer and "ban hành" ("… đã ban hành"). */
export const leadAuxiliaries: readonly string[] = ['đã', 'vừa', 'mới', 'chính thức', 'cũng', 'ký']

/** Verbs of a body that advises the issuer ("Sở Nội vụ đã tham mưu UBND tỉnh ban hành …"): the issuer is named after them. */
export const leadAdvisorVerbs: readonly string[] = ['tham mưu cho', 'tham mưu']

/** Officials who sign for the body that issues ("Chủ tịch UBND tỉnh … ký ban hành"): the body is the issuer. */
export const leadSigners: readonly string[] = ['phó chủ tịch', 'chủ tịch', 'giám đốc', 'phó giám đốc', 'bộ trưởng', 'thứ trưởng']

/** Days of the week that open a web page's dateline ("Thứ hai - 19/06/2023 09:48"). */
export const weekdays: readonly string[] = ['Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy', 'Chủ nhật']
