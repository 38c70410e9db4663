/**
 * Text whose line breaks were lost (a crawler that collapsed white space, a
 * JSON field, a PDF copied as one paragraph): "… Số: 45/KH-UBND Châu Thành,
 * ngày 10 tháng 02 năm 2024 KẾ HOẠCH Cải cách … I. MỤC ĐÍCH, YÊU CẦU 1. Mục
 * đích …". Where a long line holds the marks of several document parts, the
 * places a line would have started are found again, so that the header,
 * sections, lists, recipients and signature read as they do in the original.
 * Nothing is inserted: the line is cut into logical lines that tile it.
 */

import {
  adminLevels,
  agencyNames,
  catalogueLabels,
  clauseOpenings,
  collapsedCues,
  headingQualifiers,
  instrumentTypes,
  issuerHeads,
  leftoverOpenings,
  mottos,
  nationalTitles,
  sectionKindPhrases,
  signaturePrefixes,
  signerTitles,
  taskColumnLabels,
  weekdays
} from '../../grammars/index.js'
import {fold, isDigitCode, isMarkless, isUpperText} from '../text/fold.js'
import {levelAbbreviationAt} from '../header/values.js'
import {isFigureWord, isReferenceWord} from './line-ends.js'
import {isUpper, isWeak as isWeakStyle, readMarker} from './markers.js'

/** Lines shorter than this are never cut: a header row laid out with spaces, a long sentence. */
const MIN_LENGTH = 120
/** Below this length a line needs three strong marks (a short plan collapsed whole), above it two. */
const SHORT_LENGTH = 400

/** Section phrases ("Mục đích", "Nhiệm vụ, giải pháp"), longest first: a heading's title before its first sentence. */
const HEADING_PHRASES = Object.values(sectionKindPhrases)
  .flat()
  .sort((a, b) => b.length - a.length)
  .map((h) => ({lower: h.toLowerCase(), folded: fold(h)}))
const PHRASE_LENGTH = HEADING_PHRASES[0]!.lower.length
/** How many words of a run of capitals are read at most: bounded work per position, linear time overall. */
const RUN_WORDS = 16

/** Openings that begin a part of the header wherever they stand: the national title, the motto. */
const HEADER_OPENINGS = [...nationalTitles, ...mottos].map((opening) => ({first: opening[0]!, length: opening.length, folded: fold(opening)}))
const TYPE_LINES = instrumentTypes.map((t) => t.name.toUpperCase()).sort((a, b) => b.length - a.length)
/** Words a type line may carry ("KẾ HOẠCH HÀNH ĐỘNG"). */
const TYPE_SUBTITLE = 'HÀNH ĐỘNG'
const CATALOGUE_LABELS = catalogueLabels.map(([label]) => label).sort((a, b) => b.length - a.length)
const ISSUER_HEADS = [...issuerHeads].sort((a, b) => b.length - a.length)
/** Heads that open the issuer's own line under its parent body ("… TỈNH QUẢNG NAM SỞ NỘI VỤ"): not the level words of a place. */
const LEVELS = new Set(adminLevels.map((l) => l.toUpperCase()))
const INNER_HEADS = issuerHeads.filter((h) => !LEVELS.has(h)).sort((a, b) => b.length - a.length)
/** How far into a collapsed line the header's parts are looked for, at most: the body's first Roman heading ends it sooner. */
const FRONT = 8000
/** "KT.", "TM.", and "T/M" with or without its dot. */
const PREFIXES = signaturePrefixes.flatMap((p) => (p.includes('/') ? [`${p}.`, p] : [`${p}.`]))
/** Openings of a web page's leftovers, as written (a capital first). */
const LEFTOVERS = leftoverOpenings.filter((opening) => opening[0] !== opening[0]!.toLowerCase())
const TITLES = signerTitles.map((t) => t.toUpperCase()).sort((a, b) => b.length - a.length)

/** The character before `p` past spaces, or undefined at `from`. */
function charBefore(text: string, from: number, p: number): string | undefined {
  let i = p - 1
  while (i >= from && text[i] === ' ') i--
  return i >= from ? text[i] : undefined
}

/** The word before `p` (past the spaces before it) as written, or ''; a tab parts words too ("Số: 45/KH-UBND\tHà Giang"). */
function previousWord(text: string, from: number, p: number): string {
  let e = p - 1
  while (e > from && text[e - 1] === ' ') e--
  let s = e
  while (s > from && text[s - 1] !== ' ' && text[s - 1] !== '\t') s--
  return text.slice(s, e)
}

/** The word before `p`, lower case, its punctuation dropped, or ''. */
function wordBefore(text: string, from: number, p: number): string {
  return previousWord(text, from, p).toLowerCase().replace(/[.,;:()]/g, '')
}

/** Does a sentence, clause or heading end before `p` (". ", ": ", "; ", or a word in capitals)? */
function endsBefore(text: string, from: number, p: number): boolean {
  const ch = charBefore(text, from, p)
  if (ch === '.' || ch === ':' || ch === ';') return true
  const word = previousWord(text, from, p)
  return word.length >= 2 && isUpperText(word)
}

/** Is the cell before the "|" before `p` a catalogue label ("| Loại văn bản | …")? */
function afterCatalogueLabel(text: string, from: number, p: number): boolean {
  const bar = text.lastIndexOf('|', p - 1)
  // Bounded: a label is short, and no search runs back over the whole line.
  let open = bar - 1
  while (open > from && bar - open <= 48 && text[open] !== '|') open--
  if (open < from || text[open] !== '|') return false
  const cell = text.slice(open + 1, bar).trim()
  return CATALOGUE_LABELS.includes(cell)
}

function startsWithAt(text: string, p: number, word: string): boolean {
  return text.startsWith(word, p) && (text[p + word.length] === ' ' || text[p + word.length] === undefined)
}

/** A cue followed by a space, a stop or the end: "Trân trọng./.", "Căn cứ Luật …". */
function cueAt(text: string, p: number, cue: string): boolean {
  return text.startsWith(cue, p) && !/[\p{L}\p{N}]/u.test(text[p + cue.length] ?? ' ')
}

interface Cut {
  at: number
  strong: boolean
}

/** A word in capitals ("MỤC", "UBND"), not one without letters ("2021"). */
function isCapitalsWord(word: string): boolean {
  return /\p{Lu}/u.test(word) && isUpperText(word)
}

/** The run of words in capitals from `r` (at most RUN_WORDS): how many, and where the last ends (`r` when none). */
function upperRun(text: string, r: number, to: number): {words: number; end: number} {
  let end = r
  let words = 0
  while (r < to && words < RUN_WORDS) {
    let w = r
    while (w < to && text[w] !== ' ') w++
    if (!isCapitalsWord(text.slice(r, w))) break
    words++
    end = w
    r = w + 1
  }
  return {words, end}
}

/**
 * The end of a heading's title before its first sentence, from `c` (where
 * the title starts): a run of capitals ("MỤC TIÊU Phấn đấu …") or a section
 * phrase ("Mục đích Nâng cao …"), then a capitalised word. -1 when none.
 */
function titleEnd(text: string, c: number, to: number): number {
  const run = upperRun(text, c, to)
  let runEnd = run.words > 0 ? run.end : -1
  if (runEnd === -1) {
    // Compared in lower case with the marks ("Mục đích"), folded only in text that has none.
    const head = text.slice(c, c + PHRASE_LENGTH).toLowerCase()
    const markless = isMarkless()
    const folded = markless ? fold(head) : head
    const phrase = HEADING_PHRASES.find((h) => folded.startsWith(markless ? h.folded : h.lower))
    if (phrase !== undefined) {
      runEnd = c + phrase.lower.length
      // "Mục tiêu chung Cụ thể hóa …": a qualifier belongs to the title.
      const rest = text.slice(runEnd + 1, runEnd + 12).toLowerCase()
      const qualifier = headingQualifiers.find((q) => rest.startsWith(q) && (rest[q.length] === ' ' || rest[q.length] === undefined))
      if (text[runEnd] === ' ' && qualifier !== undefined) runEnd += qualifier.length + 1
    }
  }
  if (runEnd === -1 || text[runEnd] !== ' ') return -1
  const next = text[runEnd + 1]
  // "1. Mục tiêu 1.1. Mục tiêu chung": a numbered part right after the title.
  const inner = readMarker(text.slice(runEnd + 1, runEnd + 60))
  if (inner !== null && !isWeakStyle(inner.style) && isUpper(text[runEnd + 1 + inner.contentStart])) return runEnd + 1
  // "Mục đích - Đẩy mạnh …": a list starts right after the title.
  if ((next === '-' || next === '+') && text[runEnd + 2] === ' ' && isUpper(text[runEnd + 3])) return runEnd + 1
  return isUpper(next) && !isUpper(text[runEnd + 2]) ? runEnd + 1 : -1
}

/** Is the word before `p` in capitals (so `p` is inside a run of capitals, not its start)? */
function upperWordBefore(text: string, from: number, p: number): boolean {
  return isCapitalsWord(previousWord(text, from, p))
}

/** "Thứ hai - 19/06/2023", "Chủ nhật, 18/6/2023": a web page's dateline. */
function startsDateline(text: string, p: number): boolean {
  const day = weekdays.find((d) => text.startsWith(d, p))
  if (day === undefined) return false
  let i = p + day.length
  while (text[i] === ' ' || text[i] === '-' || text[i] === ',' || text[i] === '–') i++
  return /\d/.test(text[i] ?? '') && i - (p + day.length) <= 4
}

/** Is the word before `p` a numbering marker ("-", "+", "1.", "a)"), whose item `p` opens? */
function afterMarker(text: string, from: number, p: number): boolean {
  const word = previousWord(text, from, p)
  return word.length > 0 && word.length <= 8 && readMarker(`${word} X`)?.end === word.length
}

/**
 * The issuer under its parent body in one run of capitals: "SỞ Y TẾ TỈNH
 * QUẢNG NAM BỆNH VIỆN ĐA KHOA TỈNH" is two header lines, cut before the second
 * head after two words of the first at least.
 */
function innerBody(text: string, from: number, to: number, out: Cut[]): void {
  let r = from
  for (let words = 0; words < 12 && r < to; words++) {
    let w = r
    while (w < to && text[w] !== ' ') w++
    if (!isCapitalsWord(text.slice(r, w))) return
    const inner = words >= 1 ? INNER_HEADS.find((h) => startsWithAt(text, r, h)) : undefined
    if (inner !== undefined && upperRun(text, r, to).words >= 2) {
      out.push({at: r, strong: false})
      return
    }
    r = w + 1
  }
}

/** "Trần Văn Bình": two to five capitalised words from `p`, then the end or a non-capitalised word. */
function capitalisedName(text: string, p: number, to: number): boolean {
  let r = p
  let words = 0
  while (r < to && words < 6 && isUpper(text[r]) && !isUpper(text[r + 1])) {
    while (r < to && text[r] !== ' ') r++
    r++
    words++
  }
  return words >= 2 && words <= 5
}

/** Labels of a table's number column ("STT", "TT"), longest first. */
const INDEX_LABELS = taskColumnLabels.filter(([, column]) => column === 'index').map(([label]) => label).sort((a, b) => b.length - a.length)

/** Does a table row whose cells are parted by tabs start at `p`: a row number or the number column's label, then a tab? */
function tabRowAt(text: string, p: number): boolean {
  let d = p
  while (d < p + 3 && isDigitCode(text.charCodeAt(d))) d++
  if (d > p) return text[d] === '\t'
  return INDEX_LABELS.some((label) => text.startsWith(label, p) && text[p + label.length] === '\t')
}

/** What the bracket under an attached plan's or an appendix's title opens with. */
const ATTACHED = ['Ban hành kèm theo', 'Kèm theo', 'kèm theo']

/** What follows a decision's authority line: a clause of its preamble ("Căn cứ …", "Xét đề nghị …"), as written or in capitals. */
const AUTHORITY_NEXT = clauseOpenings.flatMap(([opening]) => [`${opening} `, `${opening.toUpperCase()} `])

/**
 * The length of the abbreviated level a place's name opens with at `at` ("TP. Hồ Chí Minh", "TX. Kiến Tường";
 * "TT." as thị trấn, before a place and date only: elsewhere it is "Thường trực"), or 0.
 */
function placeLevelAt(text: string, at: number): number {
  return levelAbbreviationAt(text, at) || (text.startsWith('TT.', at) ? (text[at + 3] === ' ' ? 4 : 3) : 0)
}

/** Is the word before `p` capitalised but not in capitals ("An" before "Giang"), or a place's level ("TP." before "Hồ")? */
function capitalisedWordBefore(text: string, from: number, p: number): boolean {
  const word = previousWord(text, from, p)
  return word.length > 0 && isUpper(word[0]) && (!isUpperText(word) || placeLevelAt(word, 0) > 0)
}

/** "An Giang, ngày 23 …", "TP. Hồ Chí Minh, ngày …" from `p`: up to four capitalised words, a comma, "ngày" and a digit. */
function startsPlaceDate(text: string, from: number, p: number, to: number): boolean {
  if (!isUpper(text[p]) || capitalisedWordBefore(text, from, p)) return false
  let i = p + placeLevelAt(text, p)
  for (let words = 0; words < 4 && i < to; words++) {
    // Capitalised words ("Quỳnh Lưu"), not a run of capitals ("VIỆT NAM" before it).
    if (!isUpper(text[i]) || isUpper(text[i + 1])) return false
    while (i < to && text[i] !== ' ' && text[i] !== ',') i++
    if (text[i] === ',') return text.startsWith(' ngày ', i + 1) && /\d/.test(text[i + 7] ?? '')
    i++
  }
  return false
}

/** A numbered heading's title runs from `title` to the dash at `p`: two to twenty-four words, no stop. */
function afterHeadingTitle(text: string, title: number, p: number): boolean {
  if (title < 0 || p <= title || p - title > 160) return false
  const words = text.slice(title, p).trim()
  return !/[.;:!?()]/.test(words) && words.split(' ').length >= 2 && words.split(' ').length <= 24
}

/**
 * Agency names with a dash, folded and cut at it: "Phòng Tài chính - Kế hoạch"
 * → before "tai chinh" (without its head word, which may be written otherwise),
 * after "ke hoach".
 */
const DASHED_NAMES = agencyNames
  .map((n) => fold(n))
  .filter((n) => n.includes(' - '))
  .map((n) => {
    const dash = n.indexOf(' - ')
    return {before: n.slice(n.indexOf(' ') + 1, dash), after: n.slice(dash + 3)}
  })
  .filter((n) => n.before.length > 0 && n.after.length > 0)

/** Is the dash at `p` inside an agency's name ("Phòng Tài chính - Kế hoạch", "Sở Lao động - Thương binh và Xã hội")? */
function insideDashedName(text: string, p: number): boolean {
  return DASHED_NAMES.some(
    (n) => p - 1 - n.before.length >= 0 && fold(text.slice(p - 1 - n.before.length, p - 1)) === n.before && fold(text.slice(p + 2, p + 2 + n.after.length)) === n.after
  )
}

/** The numbers of the last numbered part cut ([2, 1] for "2.1."), to know the next ones. */
interface Sequence {
  path: number[] | null
  /** A Roman or part heading was cut: the header is behind. */
  body: boolean
  /** Where the title of the last numbered heading cut starts ("1. Công tác chỉ đạo, điều hành"), or -1. */
  title: number
  /** The number the next row of a "|" table collapsed with the text must have (after its "| STT |" header), or 0. */
  row: number
}

/** A "|" table's header row, its first cell the number column's label ("| STT |"). */
function pipeHeaderAt(text: string, p: number): boolean {
  const cell = text.slice(p + 1, p + 10)
  const close = cell.indexOf('|')
  return close !== -1 && INDEX_LABELS.includes(cell.slice(0, close).trim())
}
/** The separator row of a "|" table ("|---|", "| :--- |"). */
const PIPE_SEPARATOR = /^\| ?:?-{3}/
/** A "|" table's row: its number, then a cell that opens with a capital. */
const PIPE_ROW = /^\| ?(\d{1,3}) ?\| ?\p{Lu}/u

/**
 * A "|" table collapsed with the text ("… (Kèm theo …) | STT | Nội dung | … | | 1 | Khảo sát … | … | | 2 | …"):
 * its header row and each row whose number is the next one start a line. Returns whether `p` was cut.
 */
function pipeRowCut(text: string, from: number, p: number, out: Cut[], sequence: Sequence): boolean {
  if (pipeHeaderAt(text, p)) {
    sequence.row = 1
    out.push({at: p, strong: false})
    return true
  }
  if (sequence.row === 0 || charBefore(text, from, p) !== '|') return false
  // "| --- | --- |": the separator row under the header.
  const head = text.slice(p, p + 12)
  if (sequence.row === 1 && PIPE_SEPARATOR.test(head)) {
    out.push({at: p, strong: false})
    return true
  }
  const row = PIPE_ROW.exec(head)
  if (row === null || Number(row[1]) !== sequence.row) return false
  sequence.row++
  out.push({at: p, strong: false})
  return true
}

/** Does `path` follow `last` ("2.1." after "2.", "2.2." after "2.1.", "3." after "2.2.")? */
function follows(last: readonly number[] | null, path: readonly number[]): boolean {
  if (last === null) return path.length === 1 && path[0] === 1
  if (path.length === last.length + 1) return path[path.length - 1] === 1 && last.every((n, k) => path[k] === n)
  if (path.length > last.length) return false
  return path.every((n, k) => (k < path.length - 1 ? n === last[k] : n === last[k]! + 1))
}

/** The cuts a numbering marker at `p` makes, if any: before it, and after its title. */
function markerCuts(text: string, from: number, to: number, p: number, out: Cut[], sequence: Sequence): boolean {
  const marker = readMarker(text.slice(p, p + 80))
  if (marker === null) return false
  const c = p + marker.contentStart
  const after = text[c]
  // "… hệ thống hóa văn bản. 2. Cải cách …": a sentence ended before it, so the word before refers to no number.
  const ended = '.;:!?'.includes(charBefore(text, from, p) ?? ',')
  const word = ended ? '' : wordBefore(text, from, p)
  let strong = false
  switch (marker.style) {
    case 'part':
    case 'chapter':
    case 'upperLetter':
      if (isReferenceWord(word)) return false
      strong = true
      sequence.body = true
      break
    case 'roman':
      // "II. NỘI DUNG": a heading in capitals (two letters at least: "I. A" is no heading).
      if (isReferenceWord(word) || upperRun(text, c, to).words === 0 || !/\p{Lu}\p{Lu}/u.test(text.slice(c, c + 3))) return false
      strong = true
      sequence.path = null
      sequence.body = true
      break
    case 'arabic':
    case 'decimal': {
      if (!isUpper(after) && !/\d/.test(after ?? '')) return false
      if (isReferenceWord(word) || isFigureWord(word)) return false
      const path = marker.path ? [...marker.path] : [marker.value!]
      // After a sentence or a heading; or anywhere it numbers on from the last part ("… Nhà nước 3.1. 100% cơ quan").
      if (!(isUpper(after) && endsBefore(text, from, p)) && !follows(sequence.path, path)) return false
      sequence.path = path
      sequence.title = c
      break
    }
    case 'letter':
    case 'lowerRoman':
    case 'arabicParen':
      // "a) Về …", "(1) Đào tạo …": distinctive enough after any word but "điểm", "khoản".
      if (!marker.label.endsWith(')') || !isUpper(after) || isReferenceWord(word)) return false
      break
    case 'article':
      // "QUYẾT ĐỊNH: Điều 1. Ban hành …", "… kể từ ngày ký. Điều 2. …": an article after a sentence, not "theo Điều 3".
      if (!endsBefore(text, from, p)) return false
      out.push({at: p, strong: false})
      return true
    case 'plus':
    case 'bullet':
      if (!isUpper(after)) return false
      out.push({at: p, strong: false})
      return true
    case 'dash':
      // "- 2 Nghị định 107/2020/NĐ-CP …": an entry of a related-documents list.
      if (/^\d{1,3} \p{Lu}/u.test(text.slice(c, c + 5))) {
        out.push({at: p, strong: false})
        return true
      }
      // "Độc lập - Tự do", "kinh tế - xã hội": a dash starts an item (a capital or a figure after it) only after a
      // sentence or a heading, also a numbered heading's title ("1. Công tác chỉ đạo, điều hành - Triển khai …",
      // "3. Cải cách thủ tục hành chính - 100% thủ tục …"), but not inside an agency's name ("1. Phòng Tài chính -
      // Kế hoạch chủ trì …") nor a range ("2021 - 2030").
      const titled = afterHeadingTitle(text, sequence.title, p) && !insideDashedName(text, p)
      const figure = titled && /\d/.test(after ?? '') && /\p{L}/u.test(text[p - 2] ?? '')
      if (!isUpper(after) && !figure) return false
      if (!endsBefore(text, from, p) && !titled) return false
      out.push({at: p, strong: false})
      return true
    default:
      return false
  }
  out.push({at: p, strong})
  const end = titleEnd(text, c, to)
  if (end !== -1) out.push({at: end, strong: false})
  return true
}

/**
 * The header's parts and the signature: "CỘNG HÒA XÃ HỘI …", "Độc lập - Tự do
 * - Hạnh phúc", "Số: 45/KH-UBND" (and the place and date after its number),
 * the type line "KẾ HOẠCH" (and the trích yếu after it), "Căn cứ …",
 * "Nơi nhận:", "KT. CHỦ TỊCH" (its own title and the name after it).
 */
function wordCuts(text: string, from: number, to: number, p: number, out: Cut[], body: boolean): void {
  for (const opening of HEADER_OPENINGS) {
    // Folded: "CỘNG HOÀ" and "CỘNG HÒA" are one.
    if (text[p] === opening.first && fold(text.slice(p, p + opening.length)) === opening.folded) {
      out.push({at: p, strong: true})
      return
    }
  }
  for (const cue of collapsedCues) {
    // "- Thực hiện tốt …": the cue opens an item, which the dash already cut.
    if ((cueAt(text, p, cue) || (cue.endsWith(':') && text.startsWith(cue, p))) && !afterMarker(text, from, p)) {
      const strong = cue.endsWith(':')
      if (strong || endsBefore(text, from, p) || isUpper(text[p])) out.push({at: p, strong})
      return
    }
  }
  // A web page's leftovers after the document ("… Lê Thị Mai Đánh giá bài viết: ★★★★☆ Lượt xem: …").
  if (body && LEFTOVERS.some((opening) => text.startsWith(opening, p) && (opening.endsWith(':') || /^(?:[\s:]|$)/.test(text[p + opening.length] ?? '')))) {
    out.push({at: p, strong: false})
    return
  }
  // A table of tab-separated cells collapsed with the rest: its header row ("STT<TAB>Nhiệm vụ<TAB>…") and each row
  // ("… 2<TAB>Triển khai …") start a line.
  if (tabRowAt(text, p)) {
    out.push({at: p, strong: false})
    return
  }
  // "… kèm theo. Phụ lục I CHỈ TIÊU …": an appendix's heading after a sentence, or numbered with its title in
  // capitals after it (not "tại Phụ lục II kèm theo"); the title is a line of its own.
  if (text.startsWith('Phụ lục ', p) || text.startsWith('PHỤ LỤC ', p)) {
    const number = /^[IVX\d]{1,4}\.? /.exec(text.slice(p + 8, p + 14))
    const title = p + 8 + (number === null ? 0 : number[0].length)
    const titled = number !== null && isUpper(text[title]) && isUpper(text[title + 1])
    if (titled || endsBefore(text, from, p)) {
      out.push({at: p, strong: false})
      if (titled) out.push({at: title, strong: false})
      return
    }
  }
  // "… năm 2023 (Ban hành kèm theo Quyết định số …)": the bracket under an attached plan's title is a line of its own.
  if (text[p] === '(' && ATTACHED.some((opening) => text.startsWith(opening, p + 1))) {
    out.push({at: p, strong: false})
    return
  }
  // A footnote: "[1] Theo Quyết định …".
  if (text[p] === '[' && /^\[\d{1,3}\] \p{Lu}/u.test(text.slice(p, p + 7))) {
    out.push({at: p, strong: false})
    return
  }
  // "Số: 45/KH-UBND", "Số 29-KH/HU" (party documents drop the colon).
  if ((text.startsWith('Số', p) || text.startsWith('SỐ', p)) && ((text[p + 2] === ':' && text[p + 3] === ' ') || (text[p + 2] === ' ' && /^\d+[-/]/.test(text.slice(p + 3, p + 10))))) {
    out.push({at: p, strong: true})
    return
  }
  // A rule under the header's parts: "--------", "_____".
  if ((text[p] === '-' || text[p] === '_' || text[p] === '=' || text[p] === '*') && text[p + 1] === text[p] && text[p + 2] === text[p]) {
    let q = p
    while (q < to && text[q] === text[p]) q++
    out.push({at: p, strong: false})
    if (text[q] === ' ' && q + 1 < to) out.push({at: q + 1, strong: false})
    return
  }
  const prefix = PREFIXES.find((pre) => startsWithAt(text, p, pre))
  if (prefix !== undefined && isUpper(text[p + prefix.length + 1])) {
    out.push({at: p, strong: false})
    // The run of capitals: the capacity, the signer's own title, then the name.
    const runEnd = upperRun(text, p + prefix.length + 1, to).end
    const run = text.slice(p + prefix.length + 1, runEnd)
    const own = TITLES.find((t) => run.endsWith(` ${t}`) && run.length > t.length + 1)
    if (own !== undefined) out.push({at: runEnd - own.length, strong: false})
    if (runEnd + 1 < to && isUpper(text[runEnd + 1])) out.push({at: runEnd + 1, strong: false})
    return
  }
  // "… (PAPI) năm 2023 CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẾN TRE Căn cứ …": a decision's authority, in capitals between its
  // trích yếu and its preamble, is a line of its own. Looked at where a run of capitals starts only: linear.
  if (!body && isUpper(text[p]) && isUpper(text[p + 1]) && !upperWordBefore(text, from, p)) {
    const run = upperRun(text, p, to)
    if (run.words >= 3 && AUTHORITY_NEXT.some((cue) => text.startsWith(cue, run.end + 1))) {
      out.push({at: p, strong: false})
      return
    }
  }
  // "… thực hiện. GIÁM ĐỐC Trần Văn Bình": a signer's title after the last sentence, then the name.
  const title = TITLES.find((t) => startsWithAt(text, p, t))
  // "- Lưu: VT. GIÁM ĐỐC …": a capital word that ends a sentence is no part of the title's run.
  if (title !== undefined && endsBefore(text, from, p) && (!upperWordBefore(text, from, p) || charBefore(text, from, p) === '.')) {
    // Past the rest of the title's capitals ("PHÓ GIÁM ĐỐC SỞ …"), to the name.
    let after = p + title.length
    while (after < to && text[after] === ' ') after++
    const rest = upperRun(text, after, to)
    let r = rest.words > 0 ? rest.end + 1 : after
    while (r < to && text[r] === ' ') r++
    if (r < to && isUpper(text[r]) && capitalisedName(text, r, to)) out.push({at: p, strong: false}, {at: r, strong: false})
    return
  }
  if (body || p - from > FRONT) return
  const label = CATALOGUE_LABELS.find((l) => startsWithAt(text, p, l))
  if (label !== undefined) {
    // "… 45/KH-UBND | | Loại văn bản | …": a catalogue table's rows run together; the row opens at its pipe.
    const pipe = p >= 2 && text[p - 1] === ' ' && text[p - 2] === '|' ? p - 2 : p
    out.push({at: pipe, strong: false})
    return
  }
  // A header flattened into "|" rows ("… ngày 29 tháng 12 năm 2021 | CẢI CÁCH …"): each cell is a line of its own,
  // but a catalogue's value stays with its label ("| Loại văn bản | Văn bản khác |").
  if (charBefore(text, from, p) === '|' && isUpper(text[p]) && !afterCatalogueLabel(text, from, p)) {
    out.push({at: p, strong: false})
    return
  }
  // A news lead ("Ngày 14/6/2023, UBND huyện ban hành …") and a page's dateline ("Thứ hai - 19/06/2023 09:48").
  if (((text.startsWith('Ngày ', p) && /\d/.test(text[p + 5] ?? '')) || startsDateline(text, p)) && !afterMarker(text, from, p)) {
    out.push({at: p, strong: false})
    return
  }
  if (startsPlaceDate(text, from, p, to)) {
    out.push({at: p, strong: false})
    return
  }
  if (upperWordBefore(text, from, p)) return
  // "ỦY BAN NHÂN DÂN TỈNH AN GIANG": a body's name in capitals, three words or more ("UBND tỉnh;" in a list is none).
  const head = ISSUER_HEADS.find((h) => startsWithAt(text, p, h))
  if (head !== undefined && upperRun(text, p, to).words >= 3) {
    out.push({at: p, strong: false})
    innerBody(text, p + head.length + 1, to, out)
    return
  }
  const type = TYPE_LINES.find((t) => startsWithAt(text, p, t))
  if (type !== undefined) {
    typeLineCuts(text, p, to, type, out)
    return
  }
}

/** "KẾ HOẠCH Cải cách hành chính …", "KẾ HOẠCH CẢI CÁCH …": the type line at `p`, and the trích yếu after it. */
function typeLineCuts(text: string, p: number, to: number, type: string, out: Cut[]): void {
  let next = p + type.length + 1
  if (startsWithAt(text, next, TYPE_SUBTITLE)) next += TYPE_SUBTITLE.length + 1
  // A type line in capitals that opens the line marks a document as strongly as a Roman heading.
  out.push({at: p, strong: true})
  // The trích yếu after it, in capitals or not ("KẾ HOẠCH thực hiện Nghị quyết …").
  if (next < to && text[next - 1] === ' ' && /\p{L}/u.test(text[next]!)) out.push({at: next, strong: false})
}

/**
 * Marks of a collapsed document, for a native search first: an ordinary
 * paragraph has none, and is left before the scan. A Roman heading in
 * capitals (also "I . MỤC", "II MỤC"), a part or chapter, the national title,
 * "Số:" with a number, a preamble clause, "Nơi nhận:". Counted up to three.
 */
const MARKS = /(?:^| )(?:[IVX]{1,5} ?\.? ?\p{Lu}\p{Lu}|PHẦN [IVX\d]|Phần thứ|CHƯƠNG [IVX\d]|Chương [IVX\d]|CỘNG H[OÒ]|ĐẢNG CỘNG SẢN|Số:? ?\d|SỐ: ?\d|Căn cứ |Thực hiện [A-ZĐ]|Nơi nhận:|NƠI NHẬN:)/gu

function marks(text: string, cs: number, ce: number): number {
  const line = text.slice(cs, ce)
  MARKS.lastIndex = 0
  // A type line that opens the line ("KẾ HOẠCH Cải cách … II. MỤC TIÊU …") is one.
  let n = TYPE_LINES.some((t) => startsWithAt(text, cs, t)) ? 1 : 0
  while (n < 3 && MARKS.exec(line) !== null) n++
  return n
}

/**
 * Where logical lines start inside the line [cs, ce) of `text`, when it is a
 * collapsed document: offsets after a space, in order; [] for an ordinary line.
 * Linear: each position is looked at a bounded number of times.
 */
export function collapsedBreaks(text: string, cs: number, ce: number): number[] {
  if (ce - cs < MIN_LENGTH || marks(text, cs, ce) < (ce - cs < SHORT_LENGTH ? 3 : 2)) return []
  const cuts: Cut[] = []
  const sequence: Sequence = {path: null, body: false, title: -1, row: 0}
  // The line opens with the parent body: its issuer may follow in the same run of capitals.
  const head = ISSUER_HEADS.find((h) => startsWithAt(text, cs, h))
  if (head !== undefined) innerBody(text, cs + head.length + 1, ce, cuts)
  // … or with the type line ("KẾ HOẠCH Phát triển nguồn nhân lực năm 2024 Phần thứ nhất …"), the trích yếu after it.
  const type = head === undefined ? TYPE_LINES.find((t) => startsWithAt(text, cs, t)) : undefined
  if (type !== undefined) typeLineCuts(text, cs, ce, type, cuts)
  for (let p = cs + 1; p < ce; p++) {
    if (text.charCodeAt(p - 1) !== 0x20 || text.charCodeAt(p) === 0x20) continue
    if (text.charCodeAt(p) === 0x7c && pipeRowCut(text, cs, p, cuts, sequence)) continue
    if (!markerCuts(text, cs, ce, p, cuts, sequence)) wordCuts(text, cs, ce, p, cuts, sequence.body)
  }
  const strong = cuts.filter((c) => c.strong).length
  if (ce - cs < SHORT_LENGTH ? strong < 3 : strong < 2 && !(strong === 1 && cuts.length >= 4)) return []
  const at = [...new Set(cuts.map((c) => c.at))].filter((p) => p > cs && p < ce && text.charCodeAt(p - 1) === 0x20).sort((a, b) => a - b)
  return at
}
