/**
 * Hard-wrapped lines: words a line cannot end on when its sentence goes on,
 * so the next line continues it even when it opens with a capital ("… của Ủy
 * ban nhân dân tỉnh\nBến Tre về …"). Prepositions, conjunctions, and the
 * level words a place name follows. Matched on the last word, lower case.
 */
export const danglingWords: readonly string[] = [
  'của', 'và', 'về', 'với', 'cho', 'tại', 'theo', 'trong', 'từ', 'đến', 'các', 'những', 'số', 'ngày', 'là', 'được', 'bởi', 'hoặc',
  'tỉnh', 'huyện', 'xã', 'phường', 'quận', 'thị xã', 'thị trấn', 'thành phố', 'Bộ', 'Sở', 'Phòng', 'Ủy ban', 'Ban'
]
