/**
 * The well-known parts of a plan and the heading words that name them,
 * matched at the start of a heading after folding ("TỔ CHỨC THỤC HIỆN" is
 * implementation). Longer phrases are tried first.
 */

/** The kinds of well-known plan parts. */
export const sectionKindNames = [
  'purpose',
  'viewpoints',
  'objectives',
  'scope',
  'situation',
  'tasks',
  'funding',
  'implementation',
  'reporting',
  'basis',
  'schedule',
  'monitoring'
] as const

export type SectionKindName = (typeof sectionKindNames)[number]

/** Heading phrases per kind, as written in plans. */
export const sectionKindPhrases: Readonly<Record<SectionKindName, readonly string[]>> = {
  purpose: ['Mục đích, yêu cầu', 'Mục đích và yêu cầu', 'Mục đích', 'Yêu cầu'],
  viewpoints: ['Quan điểm chỉ đạo', 'Quan điểm'],
  objectives: ['Mục tiêu, yêu cầu', 'Mục tiêu', 'Chỉ tiêu', 'Các chỉ tiêu'],
  scope: ['Phạm vi', 'Đối tượng'],
  situation: ['Thực trạng', 'Tình hình', 'Kết quả thực hiện', 'Kết quả đạt được', 'Kết quả', 'Đánh giá', 'Hạn chế', 'Bối cảnh'],
  tasks: ['Nhiệm vụ, giải pháp', 'Nhiệm vụ và giải pháp', 'Nhiệm vụ', 'Giải pháp', 'Nội dung', 'Các nhiệm vụ', 'Phương hướng, nhiệm vụ', 'Phương hướng', 'Định hướng'],
  funding: ['Kinh phí', 'Nguồn kinh phí', 'Nguồn lực', 'Dự toán kinh phí', 'Điều kiện bảo đảm', 'Điều kiện đảm bảo', 'Nguồn vốn'],
  implementation: ['Tổ chức thực hiện', 'Trách nhiệm thực hiện', 'Phân công', 'Điều khoản thi hành'],
  reporting: ['Chế độ báo cáo', 'Chế độ thông tin, báo cáo'],
  basis: ['Căn cứ xây dựng', 'Căn cứ pháp lý', 'Cơ sở pháp lý', 'Cơ sở xây dựng', 'Sự cần thiết'],
  schedule: ['Thời gian thực hiện', 'Lộ trình thực hiện', 'Lộ trình', 'Tiến độ thực hiện', 'Thời gian, tiến độ'],
  monitoring: ['Kiểm tra, giám sát', 'Kiểm tra, đánh giá', 'Theo dõi, đánh giá', 'Giám sát, đánh giá', 'Theo dõi, kiểm tra']
}

/**
 * The usual order of the parts of a plan. A part whose heading is missing is
 * given the kind its neighbours leave for it in this order. The parts that
 * only some plans have (basis, schedule, monitoring) are never inferred.
 */
export const sectionKindOrder: readonly SectionKindName[] = [
  'purpose',
  'viewpoints',
  'objectives',
  'situation',
  'tasks',
  'funding',
  'implementation',
  'reporting'
]

/**
 * Last words of a sentence that introduces a list after its colon ("… gồm:",
 * "… như sau:"): such a sentence is no title, unlike "1. Cải cách thể chế: …".
 */
export const listIntroEndings: readonly string[] = ['gồm', 'bao gồm', 'như sau', 'sau', 'là', 'cụ thể', 'cụ thể là', 'sau đây']

/** Words after a section phrase that still belong to the heading ("Mục tiêu chung", "Mục tiêu cụ thể"). */
export const headingQualifiers: readonly string[] = ['chung', 'cụ thể', 'tổng quát', 'trọng tâm', 'chủ yếu']
