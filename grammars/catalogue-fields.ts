/**
 * Labels of the catalogue block that portals put before a document
 * ("Số hiệu 803/KH-UBND", "Người ký Nguyễn Thanh Bình"), and the field each
 * one fills. Longer labels first where one is a prefix of another.
 */

/** Fields a catalogue block can fill. */
export type CatalogueKey =
  | 'documentNumber'
  | 'documentType'
  | 'issuedDate'
  | 'effectiveDate'
  | 'expiryDate'
  | 'gazetteDate'
  | 'gazetteNumber'
  | 'issuer'
  | 'signer'
  | 'signerTitle'
  | 'field'
  | 'title'
  | 'status'
  | 'source'
  | 'scope'

export const catalogueLabels: ReadonlyArray<readonly [label: string, key: CatalogueKey]> = [
  ['Số ký hiệu văn bản', 'documentNumber'],
  ['Số ký hiệu', 'documentNumber'],
  ['Số văn bản', 'documentNumber'],
  ['Số/Ký hiệu', 'documentNumber'],
  ['Số hiệu văn bản', 'documentNumber'],
  ['Số hiệu', 'documentNumber'],
  ['Ký hiệu', 'documentNumber'],
  ['Loại văn bản', 'documentType'],
  ['Hình thức văn bản', 'documentType'],
  ['Thể loại', 'documentType'],
  ['Ngày ban hành', 'issuedDate'],
  ['Ngày ký', 'issuedDate'],
  ['Ngày văn bản', 'issuedDate'],
  ['Ngày có hiệu lực', 'effectiveDate'],
  ['Ngày hiệu lực', 'effectiveDate'],
  ['Ngày hết hiệu lực', 'expiryDate'],
  ['Ngày đăng công báo', 'gazetteDate'],
  ['Ngày công báo', 'gazetteDate'],
  ['Số công báo', 'gazetteNumber'],
  ['Cơ quan ban hành văn bản', 'issuer'],
  ['Cơ quan ban hành', 'issuer'],
  ['Đơn vị ban hành', 'issuer'],
  ['Nơi ban hành', 'issuer'],
  ['Người ký duyệt', 'signer'],
  ['Người ký', 'signer'],
  ['Chức vụ người ký', 'signerTitle'],
  ['Chức danh', 'signerTitle'],
  ['Lĩnh vực, ngành', 'field'],
  ['Lĩnh vực', 'field'],
  ['Trích yếu nội dung', 'title'],
  ['Nội dung trích yếu', 'title'],
  ['Trích yếu', 'title'],
  ['Tình trạng hiệu lực', 'status'],
  ['Tình trạng', 'status'],
  ['Thông tin áp dụng', 'status'],
  ['Nguồn thu thập', 'source'],
  ['Phạm vi', 'scope'],
  ['Ngành', 'field']
]

/**
 * Short labels that are a catalogue's only when a colon follows them ("Văn
 * bản: 45/KH-SNV | Ngày: 10/03/2023"): without it they open ordinary text
 * ("Ngày 14/6/2023, UBND huyện ban hành …").
 */
export const catalogueColonLabels: ReadonlyArray<readonly [label: string, key: CatalogueKey]> = [
  ['Văn bản', 'documentNumber'],
  ['Ngày', 'issuedDate'],
  ['Cơ quan', 'issuer'],
  ['Loại', 'documentType'],
  ['Ký bởi', 'signer'],
  ['Chức vụ', 'signerTitle'],
  ['Áp dụng', 'status']
]
