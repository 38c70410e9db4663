/**
 * Pass 2: build the block tree from the classified lines. Front matter
 * (catalogue, lead, official header, title) is read first; then the body,
 * where numbered lines go to the section builder and back matter (signature,
 * recipients, footnotes, related documents, appendices, page leftovers) is
 * recognised wherever it starts.
 */

import {clauseOpenings, closingFormulas, numberingStyles, type ClauseKind} from '../../grammars/index.js'
import {readCatalogue} from '../header/catalogue.js'
import {readLead} from '../header/lead.js'
import {proposeStrayDate, readOfficialHeader} from '../header/official.js'
import {documentTypeLine, readTitleBlock} from '../header/title.js'
import {readAddressees, startsAddressees} from '../blocks/addressees.js'
import {readAppendixHead, startsAppendix} from '../blocks/appendix.js'
import {readFootnotes, startsFootnote, startsRuledFootnotes} from '../blocks/footnotes.js'
import {isBreadcrumb, isInlineLink, isPageChrome, isTruncation, readLeftover, readSignatureStamp, startsLeftover} from '../blocks/leftover.js'
import {readRecipients, startsRecipients} from '../blocks/recipients.js'
import {readRelated, relatedItem} from '../blocks/related.js'
import {readSignature, startsSignature} from '../blocks/signature.js'
import {isTableRow, readLayoutTable, readTable, startsLayoutTable} from '../blocks/table.js'
import {inlines} from '../inline/index.js'
import type {Line} from '../lines/classify.js'
import {endsSentence, fold, isDigitCode, isUpperText, phraseIn, startsLower} from '../text/fold.js'
import {endsDangling, endsBeforeInstrument, endsOnFieldLabel, endsOnFunctionWord, endsOnNameOpener, endsOnPlaceStart, firstWord, isFigureWord, lastWord, NUMBER_BEFORE, opensWithTerm, YEAR_DASH_END} from '../lines/line-ends.js'
import {isWeak} from '../lines/markers.js'
import {leaf, parent, report, type Context, type Draft} from './draft.js'
import {namesKindWholly, sectionKindOf} from './kinds.js'
import {SectionBuilder} from './sections.js'

const OPENINGS = clauseOpenings.map(([opening, kind]) => ({folded: fold(opening), kind}))

/** A block read at a line, up to line `next`; `after`: body text that shared its last line. */
type Read = {node: Draft; next: number; after?: Draft | undefined} | null

/** Line-length profile of a document, to tell hard-wrapped text. */
interface WrapProfile {
  wrapped: boolean
  width: number
}

function wrapProfile(lines: readonly Line[]): WrapProfile {
  const lengths: number[] = []
  for (const line of lines) if (!line.blank) lengths.push(line.ce - line.cs)
  if (lengths.length < 8) return {wrapped: false, width: 0}
  lengths.sort((a, b) => a - b)
  const width = lengths[Math.floor(lengths.length * 0.95)]!
  if (width > 120 || width < 30) return {wrapped: false, width}
  const full = lengths.filter((l) => l >= width * 0.7).length
  return {wrapped: full / lengths.length >= 0.4, width}
}


/** Blocks an appendix holds (AppendixSchema); any other block read after one goes to the plan. */
const IN_APPENDIX: ReadonlySet<string> = new Set(['heading', 'paragraph', 'item', 'section', 'table', 'leftover'])

/** How far down a late official header is looked for. */
const LATE_HEADER_LINES = 150

/** A line an official header could start with: capitals, a "|" row, or "Số …". */
function headerish(line: Line): boolean {
  return line.marker === null && line.text.length <= 160 && (isUpperText(line.text) || line.text.includes('|') || line.folded.startsWith('so'))
}

/**
 * How lines join into blocks: `continues(p, n)` says whether line `n` goes on
 * with the block whose last line is `p` (a hard wrap), `isBackStart` whether a
 * line opens back matter.
 */
const NUMBER_DASH_END = /\d\s?[-–]$/
const SIGN_END = /\s[<>=≤≥~≈]$/u
/** The end of a preamble clause: its semicolon, or the stop or colon of the last one. */
const CLAUSE_END = /[;.:]\s*$/
const TERM_END = /(?:^|\s)(?:khóa|khoá|Khóa|Khoá|KHÓA|khoa)$/u
const TERM_NUMERAL = /^[IVXLC]{1,7}(?![\p{L}\d])/u

/** Does `text` leave a bracket open ("… (PAR")? */
function opensBracket(text: string): boolean {
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x28) depth++
    else if (code === 0x29 && depth > 0) depth--
  }
  return depth > 0
}

export function lineContinuation(ctx: Context): {continues: (p: Line, n: Line) => boolean; isBackStart: (line: Line) => boolean} {
  const wrap = wrapProfile(ctx.lines)
  const isBackStart = (line: Line): boolean =>
    startsFootnote(line) ||
    relatedItem(line) !== null ||
    startsSignature(ctx, line) ||
    startsRecipients(line) ||
    startsAppendix(line)

  /** Lines that go on with a preamble clause opened on a line before them (marked as the lines are decided, in order). */
  const clauseLines = new Uint8Array(ctx.lines.length)
  /** Does `line` open a preamble clause ("Căn cứ …") or go on with one? */
  const inClause = (line: Line): boolean => clauseLines[line.index] === 1 || (line.marker === null && clauseKind(line) !== 'intro')

  /** Is line `n` a continuation of the block whose last line is `p`? */
  const decide = (p: Line, n: Line): boolean => {
    if (n.blank) return false
    if (p.marker !== null && p.ce - p.cs === p.marker.contentStart) return n.marker === null
    if (n.marker !== null) {
      // "… tài khoản định danh điện tử mức độ\n2.": a figure the line announced, alone with the full stop, no item.
      if (n.ce - n.cs <= n.marker.contentStart + 1 && isDigitCode(n.text.charCodeAt(0)) && !endsSentence(p.text) && (NUMBER_BEFORE.test(p.folded) || isFigureWord(lastWord(p.text).toLowerCase()))) return true
      // "Kế hoạch phát triển kinh tế\n- xã hội": a wrapped hyphen, not a bullet.
      return n.marker.style === 'dash' && !endsSentence(p.text) && startsLower(n.text.slice(n.marker.contentStart))
    }
    // A token broken over the line end: "Nghị quyết số 76/NQ-\nCP".
    const lastChar = p.text[p.text.length - 1]
    if ((lastChar === '-' || lastChar === '/') && p.text[p.text.length - 2] !== ' ' && n.marker === null) return true
    // A range of years broken after its dash: "giai đoạn 2011 -\n2020".
    if (isDigitCode(n.text.charCodeAt(0)) && YEAR_DASH_END.test(p.text)) return true
    // … and any range of figures: "bình quân 12,5 -\n13,5%/năm".
    if (isDigitCode(n.text.charCodeAt(0)) && NUMBER_DASH_END.test(p.text)) return true
    // "… tỷ lệ hồ sơ trễ hạn <\n1%": a sign of comparison, its figure next.
    if (isDigitCode(n.text.charCodeAt(0)) && SIGN_END.test(p.text)) return true
    // "… Ban Chấp hành Trung ương Đảng khóa\nXII": the term's numeral on the next line.
    if (TERM_END.test(p.text) && TERM_NUMERAL.test(n.text)) return true
    // "… giải quyết 95% hồ sơ đúng hạn;\ncả năm đạt trên 98%.": after a semicolon, a line in lower case is the sentence's next part.
    if (p.text.endsWith(';') && startsLower(n.text) && !isBackStart(n)) return true
    // "(Sở Nội vụ chủ trì; thời gian thực hiện:\nTháng 10/2024).": a field's label, its value on the next line.
    if (endsOnFieldLabel(p.text) && !isBackStart(n)) return true
    if (endsSentence(p.text) || startsFootnote(n) || isBackStart(n)) return false
    if (startsLower(n.text)) return true
    // "… Chỉ số cải cách hành chính (PAR\nINDEX) của …": a bracket the line leaves open.
    if (opensBracket(p.text)) return true
    // "… của Ban Chấp hành Trung ương\nKhóa XII về …": a body's term on the next line.
    if (opensWithTerm(n.text)) return true
    // "Căn cứ Quyết định số 411/QĐ-TTg … của Thủ tướng\nChính phủ phê duyệt …;": a preamble clause goes on to its
    // semicolon, unless the next line opens a clause or is the sentence that introduces the plan.
    // Also from the clause's later lines ("… của Luật Tổ chức\nChính phủ và …"), but not into a line in capitals (a heading).
    if (p.marker === null && clauseKind(n) === 'intro' && !readsAsIntro(n.folded) && (clauseKind(p) !== 'intro' || (clauseLines[p.index] === 1 && !isUpperText(n.text)))) return true
    // "… đạt tối thiểu\n50%;": the figure the line announced, after a word that leads to one.
    if (isDigitCode(n.text.charCodeAt(0)) && isFigureWord(lastWord(p.text).toLowerCase())) return true
    // "… Nghị quyết số\n60-NQ/TU ngày …": the number or date the line announced.
    if (isDigitCode(n.text.charCodeAt(0)) && NUMBER_BEFORE.test(p.folded)) return true
    // "II. NHIỆM VỤ VÀ GIẢI PHÁP\nCHỦ YẾU": a heading in capitals wrapped onto a second line.
    if (p.marker !== null && !isWeak(p.marker.style) && isUpperText(p.text.slice(p.marker.contentStart)) && isUpperText(n.text) && n.text.length <= 80) return true
    // Not after a numbered line: "12. Đề nghị các cơ quan … trên địa bàn tỉnh" is a heading; but a
    // preposition or conjunction ends none ("1. Phấn đấu 100% thủ tục … kịp thời trên\nCổng Dịch vụ công …").
    if (p.marker === null ? endsDangling(p.text) : endsOnFunctionWord(p.text)) return true
    // "1. Phấn đấu 100% thủ tục … công khai trên Cổng\nDịch vụ công quốc gia …": a name cut after its first word.
    if (endsOnNameOpener(p.text)) return true
    // "… kiểm tra việc thực hiện\nKế hoạch; tổng hợp …": an instrument, the object of the verb the line ends on.
    if (endsBeforeInstrument(p.text, n.text, n.folded)) return true
    // "… của UBND huyện Đức\nHòa về …": a place name cut after its first syllable.
    if (endsOnPlaceStart(p.text) && clauseKind(n) === 'intro') return true
    // A numbered heading goes on only when the next line's first word would not have fitted after it:
    // "2. Triển khai dịch vụ công trực tuyến toàn trình\nCơ quan thực hiện: …" is a heading and a line.
    const long = wrap.wrapped && p.ce - p.cs >= wrap.width * 0.6
    if (p.marker !== null && !isWeak(p.marker.style)) return long && p.ce - p.cs + 1 + firstWord(n.text).length >= wrap.width * 0.9
    return long
  }
  // Adjacent pairs are asked twice (the wrap pre-pass, then the block builder): decided once.
  const decided = new Int8Array(ctx.lines.length)
  const continues = (p: Line, n: Line): boolean => {
    if (n.index !== p.index + 1) return decide(p, n)
    const known = decided[p.index]!
    if (known !== 0) return known === 1
    const value = decide(p, n)
    decided[p.index] = value ? 1 : 2
    // A clause goes on into the line that continues it, up to its semicolon or stop.
    if (value && inClause(p) && !CLAUSE_END.test(p.text)) clauseLines[n.index] = 1
    return value
  }
  return {continues, isBackStart}
}

/**
 * The offsets of the line breaks inside blocks (hard wraps): read as spaces by
 * the recognisers, so "tối\nthiểu 30%", "Nghị\nđịnh số …" and "trở\nlên"
 * read as written on one line. The tree keeps the original characters.
 */
export function wrappedBreaks(ctx: Context, continues: (p: Line, n: Line) => boolean): number[] {
  const lines = ctx.lines
  const out: number[] = []
  for (let i = 0; i + 1 < lines.length; i++) {
    const p = lines[i]!
    const n = lines[i + 1]!
    if (!p.blank && !n.blank && ctx.text.charCodeAt(p.end) === 0x0a && continues(p, n)) out.push(p.end)
  }
  return out
}

export function buildTree(ctx: Context): Draft[] {
  const lines = ctx.lines
  const root = parent('plan', [])
  let container = root
  let sections = new SectionBuilder(ctx, root)
  let front = true
  let sawHeader = false
  let sawTitle = false
  let preamble: Draft | null = null
  let preambleList = false
  /** The one intro paragraph a preamble ends with has been seen. */
  let introSeen = false
  let bodyStarted = false
  /** Paragraphs before any clause that are no intro: at most two keep the body from starting. */
  let leadingTexts = 0

  const {isBackStart, continues} = ctx.continuation ?? lineContinuation(ctx)
  // Parts numbered "I.", "PHẦN I", "A.", "Chương I", or "1. MỤC ĐÍCH, YÊU CẦU": a heading without a number is no part of its own.
  const numbersParts = lines.some((l) => l.marker !== null && (numberingStyles[l.marker.style].rank <= numberingStyles.roman.rank || numberedPart(l)))

  /** Index after the last line of the block starting at `i`. */
  const blockEnd = (i: number): number => {
    let j = i
    let last = i
    // "Phần thứ nhất\n\nĐÁNH GIÁ …": a numbering alone, its title in capitals after a blank line.
    const first = lines[i]!
    if (first.marker !== null && !isWeak(first.marker.style) && first.ce - first.cs === first.marker.contentStart) {
      let k = i + 1
      while (k < lines.length && k <= i + 3 && lines[k]!.blank) k++
      const title = lines[k]
      if (k > i + 1 && title !== undefined && !title.blank && title.marker === null && isUpperText(title.text)) j = last = k
    }
    while (j + 1 < lines.length) {
      // A page number inside a sentence, and the blank lines around it, are inside the block.
      // The line after them goes on with the sentence (see pageBreaksInSentences).
      if (ctx.pageBreaks?.has(j + 1)) {
        while (j + 1 < lines.length && ctx.pageBreaks.has(j + 1)) j++
        if (j + 1 >= lines.length) break
      } else if (!continues(lines[last]!, lines[j + 1]!)) {
        break
      }
      j++
      last = j
    }
    return last + 1
  }

  // After the signature only back matter follows: a portal's buttons there ("Tải về", "Văn bản gốc (PDF)") are page chrome.
  let signed = false
  // The lines that end the text with a portal's buttons and notices only ("Lược đồ", "Văn bản liên quan", "Bạn chưa đăng nhập …")
  // are page chrome after an appendix or footnotes too: where they start, found once from the end.
  let chromeTail = lines.length
  while (chromeTail > 0 && (lines[chromeTail - 1]!.blank || isPageChrome(lines[chromeTail - 1]!) || startsLeftover(lines[chromeTail - 1]!))) chromeTail--
  const place = (read: NonNullable<Read>): number => {
    preamble = null
    sections.closeAll()
    // The recipients or signature after an appendix close it: back matter is the plan's, not the appendix's.
    if (container !== root && !IN_APPENDIX.has(read.node.type)) {
      container = root
      sections = new SectionBuilder(ctx, root)
    }
    container.children!.push(read.node)
    if (read.node.type === 'signature') signed = true
    if (read.after !== undefined) {
      container.children!.push(read.after)
      bodyStarted = true
    }
    return read.next
  }

  /** Parts opened by a heading without a number. */
  let unnumberedParts = 0
  let i = 0
  while (i < lines.length) {
    const line = lines[i]!
    if (line.blank) {
      i++
      continue
    }
    // The stamp of a digitally signed PDF: before the header, or over a later page inside whatever is open.
    const stamp = readSignatureStamp(ctx, i)
    if (stamp !== null) {
      if (front) {
        i = place(stamp)
      } else {
        sections.blockInItem(stamp.node)
        i = stamp.next
      }
      continue
    }
    let read: Read = readRelated(ctx, i, continues)
    if (!read && (startsFootnote(line) || startsRuledFootnotes(lines, i))) read = readFootnotes(ctx, i)
    if (!read && (isTruncation(line) || (front && isBreadcrumb(line)))) read = readLeftover(ctx, i, isBackStart)
    // A portal's buttons before the document ("Tải văn bản", "Lưu", "Theo dõi"): page chrome.
    if (!read && front && !sawHeader && !sawTitle && isPageChrome(line)) read = {node: parent('leftover', [leaf('text', line.cs, line.ce)], {reason: 'web-page'}), next: i + 1}
    // The official header after lines no front reader knew (a portal's text above the
    // document): while no section has opened, a header with a national title or a
    // number still counts, and the front matter starts again after it.
    if (!read && !front && !sawHeader && sections.depth === 0 && container === root && i < LATE_HEADER_LINES && headerish(line)) {
      read = readOfficialHeader(ctx, i)
      if (read) {
        sawHeader = true
        front = true
        // What came before was not the body: the preamble may follow.
        bodyStarted = false
        leadingTexts = 0
        introSeen = false
      }
    }
    // "Kính gửi: …" (a Công văn, a report): its addressees, after the header.
    if (!read && startsAddressees(line)) read = readAddressees(ctx, i)
    if (!read && front) {
      read = readCatalogue(ctx, i) ?? readOfficialHeader(ctx, i)
      if (read) sawHeader = sawHeader || read.node.type === 'header'
      if (!read && !sawTitle) {
        read = readTitleBlock(ctx, i, sawHeader)
        if (read) sawTitle = true
      }
      if (!read && !sawHeader && !sawTitle) read = readLead(ctx, i)
    }
    if (read) {
      i = place(read)
      continue
    }
    // After the front matter: a letter with no numbered parts ("Kính gửi: … Thực hiện …, Sở đề nghị …") signs too,
    // and its body has started there.
    if (bodyStarted || !front) {
      read = readSignature(ctx, i) ?? readRecipients(ctx, i)
      if (read && !bodyStarted) {
        bodyStarted = true
        preamble = null
      }
    }
    if (bodyStarted) {
      if (!read && startsLeftover(line)) read = readLeftover(ctx, i, isBackStart)
      // "Tải về | In | Chia sẻ": a row of a portal's buttons is page chrome wherever it stands (one word alone may be a heading).
      // The buttons and tabs on the lines after it belong to the same chrome ("Văn bản liên quan", "Lượt xem: 1234").
      if (!read && line.text.length <= 60 && (signed || i >= chromeTail || /[|•·\t]|\s{3}/.test(line.text)) && isPageChrome(line)) {
        let last = i
        for (let j = i + 1; j < lines.length && (lines[j]!.blank || isPageChrome(lines[j]!) || (j >= chromeTail && startsLeftover(lines[j]!))); j++) if (!lines[j]!.blank) last = j
        read = {node: parent('leftover', [leaf('text', line.cs, lines[last]!.ce)], {reason: 'web-page'}), next: last + 1}
      }
      if (!read) {
        const head = readAppendixHead(ctx, i)
        if (head) {
          // An appendix after the signature is content again ("Nội dung" may head its table).
          signed = false
          preamble = null
          sections.closeAll()
          root.children!.push(head.node)
          container = head.node
          sections = new SectionBuilder(ctx, container)
          i = head.next
          continue
        }
      }
      if (read) {
        i = place(read)
        continue
      }
      // A plan attached to a decision: "KẾ HOẠCH … (Ban hành kèm theo Quyết định số …)"
      // after the decision's articles and signature. Its own parts start afresh.
      // With no header or title before it (a portal's menu lines above the plan), it is the document's own.
      if (documentTypeLine(line) !== null) {
        const attached = readTitleBlock(ctx, i, false, {meta: !sawHeader && !sawTitle})
        if (attached && attached.node.children!.length > 1) {
          sawTitle = true
          preamble = null
          sections.closeAll()
          container = root
          sections = new SectionBuilder(ctx, root)
          root.children!.push(attached.node)
          i = attached.next
          continue
        }
      }
    }
    // A line the header reader could not name, between the header and the
    // title block ("Khu 5 -- 10/01/2025"): kept as a paragraph, and the front
    // matter goes on, so the title block after it is still read.
    if (front && sawHeader && !sawTitle && line.marker === null && line.ce - line.cs <= 80) {
      let next = i + 1
      while (next < lines.length && lines[next]!.blank) next++
      if (next < lines.length && next - i <= 3 && documentTypeLine(lines[next]!) !== null) {
        report(ctx, 'unknown-front-line', `Unexpected line "${line.text.trim()}" between the header and the title, expected a header part: kept as a paragraph`, line.cs, line.ce)
        const paragraph = parent('paragraph', inlines(ctx, line.cs, line.ce))
        // Its date may be the document's, unless it is a cited instrument's ("Căn cứ Nghị quyết số … ngày …").
        if (clauseKind(line) === 'intro' && !paragraph.children!.some((c) => c.type === 'citation')) proposeStrayDate(ctx, line.cs, line.ce)
        container.children!.push(paragraph)
        i++
        continue
      }
    }
    front = false
    // A page number from PDF extraction (and a running head beside it) stays where it is, inside
    // whatever is open: a list goes on across the page ("- Phấn đấu đến năm 2025" over "+" items).
    if (bodyStarted && (ctx.pageFurniture?.[i] ?? 0) !== 0) {
      sections.blockInItem(parent('leftover', [leaf('text', line.cs, line.ce)], {reason: 'page'}))
      i++
      continue
    }
    if (isTableRow(line) || startsLayoutTable(ctx, line)) {
      const table = isTableRow(line) ? readTable(ctx, i) : readLayoutTable(ctx, i)
      if (table) {
        bodyStarted = true
        preamble = null
        sections.blockInItem(table.node)
        i = table.next
        continue
      }
    }
    // "MỤC ĐÍCH, YÊU CẦU" alone on its line in capitals, in a plan that numbers none of its parts: a part's heading.
    // Once one such heading opened a part, a line in capitals alone between two blocks is the next part's
    // heading though its words name no known part ("HÌNH THỨC TUYÊN TRUYỀN").
    if (line.marker === null && !numbersParts && (namesPart(line) || (unnumberedParts > 0 && headsLikePart(lines, i)))) {
      bodyStarted = true
      preamble = null
      sections.unnumbered(line.cs, line.ce)
      unnumberedParts++
      i++
      continue
    }
    // "Xem thêm: Kiên Giang đẩy mạnh chuyển đổi số": a page's link between the paragraphs, that line alone, where it stands.
    if (bodyStarted && line.marker === null && isInlineLink(line)) {
      sections.block(parent('leftover', [leaf('text', line.cs, line.ce)], {reason: 'web-page'}))
      i++
      continue
    }
    const end = blockEnd(i)
    const last = lines[end - 1]!
    const marker = line.marker
    // In the preamble, "Căn cứ:" followed by "- Luật …;" lines stays preamble.
    if (preamble !== null && marker !== null && (marker.style === 'dash' || marker.style === 'plus')) {
      const clauses = preamble.children!
      const previous = clauses[clauses.length - 1]
      if (previous && (preambleList || ctx.text[previous.e - 1] === ':')) {
        preambleList = true
        clauses.push(parent('clause', inlines(ctx, line.cs, last.ce), {kind: previous.props.kind}))
        i = end
        continue
      }
    }
    if (marker !== null) {
      bodyStarted = true
      preamble = null
      sections.marker(line, marker, last.ce)
      i = end
      continue
    }
    const paragraph = inlines(ctx, line.cs, last.ce)
    // A preamble is its clauses (Căn cứ, Thực hiện, …) and at most one intro
    // paragraph ("UBND tỉnh ban hành Kế hoạch như sau:"); more text is body.
    // "Trân trọng./.": a letter's closing formula ends its body, no clause.
    const kind = isClosingFormula(ctx.folded, line.cs) ? null : clauseKind(line)
    // With no clause before it, an intro must read as one: "… ban hành Kế hoạch … như sau:".
    const intro = kind !== null && (kind !== 'intro' || (!introSeen && (preamble !== null || readsAsIntro(ctx.folded.slice(line.cs, last.ce)))))
    if (sections.depth === 0 && !bodyStarted && intro) {
      if (kind === 'intro') introSeen = true
      if (preamble === null) {
        preamble = parent('preamble', [])
        container.children!.push(preamble)
      }
      preambleList = false
      preamble.children!.push(parent('clause', paragraph, {kind}))
    } else {
      // The body has begun: later "- …" lines are no longer the preamble's list.
      // Not with a line or two before any clause that are no intro (a title
      // line the title reader missed): "Căn cứ …" after them is still preamble.
      const leading = sections.depth === 0 && !bodyStarted && kind === 'intro' && !introSeen && preamble === null
      if (!leading || ++leadingTexts > 2) bodyStarted = true
      preamble = null
      sections.block(parent('paragraph', paragraph))
    }
    i = end
  }
  return root.children!
}

const CLOSING_FORMULAS = closingFormulas.map(fold)

/** Does the line at `at` open with a closing formula ("Trân trọng./.")? */
function isClosingFormula(folded: string, at: number): boolean {
  return CLOSING_FORMULAS.some((f) => phraseIn(folded, at, f))
}

/** "1. MỤC ĐÍCH, YÊU CẦU": an Arabic number over a part's name in capitals. */
function numberedPart(line: Line): boolean {
  if (line.marker === null || line.marker.style !== 'arabic') return false
  const content = line.text.slice(line.marker.contentStart)
  return content.length <= 80 && isUpperText(content) && sectionKindOf(content) !== null
}

/**
 * A short line naming a well-known part: in capitals ("MỤC ĐÍCH, YÊU CẦU",
 * "TỔ CHỨC THỤC HIỆN", typos matched), or the part's name and nothing else
 * ("Mục đích, yêu cầu", "Tổ chức thực hiện").
 */
function namesPart(line: Line): boolean {
  const text = line.text
  if (text.length > 80) return false
  const last = text.charCodeAt(text.length - 1)
  // A sentence ends with a stop; a list's lead-in with ";" or ",".
  if (last === 0x2e || last === 0x3b || last === 0x2c) return false
  return isUpperText(text) ? sectionKindOf(text) !== null : namesKindWholly(text)
}

/**
 * A line in capitals of two words or more, alone between a block that ends
 * and text that is not in capitals: the look of a part's heading.
 */
function headsLikePart(lines: readonly Line[], i: number): boolean {
  const line = lines[i]!
  const text = line.text
  if (text.length > 80 || !isUpperText(text) || text.indexOf(' ') === -1 || !/\p{L}{2}/u.test(text) || /[.;,:]$/.test(text)) return false
  let k = i - 1
  while (k >= 0 && lines[k]!.blank) k--
  if (k < 0 || !/[.;:!?)]$/.test(lines[k]!.text)) return false
  k = i + 1
  while (k < lines.length && lines[k]!.blank) k++
  return k < lines.length && !isUpperText(lines[k]!.text)
}

/** "Ủy ban nhân dân huyện ban hành Kế hoạch … như sau:", "Nhằm …, Sở xây dựng Kế hoạch …". */
function readsAsIntro(folded: string): boolean {
  // "… thực hiện Kế hoạch" is as often a duty ("giao Phòng Nội vụ đôn đốc việc thực hiện Kế hoạch").
  if (!folded.includes('ke hoach') && !folded.includes('chuong trinh')) return false
  return folded.trimEnd().endsWith(':') || folded.includes('nhu sau') || / (ban hanh|xay dung) (ke hoach|chuong trinh)/.test(folded)
}

function clauseKind(line: Line): ClauseKind {
  const hit = OPENINGS.find((o) => line.folded.startsWith(o.folded + ' ') || line.folded.startsWith(o.folded + ':'))
  return hit ? hit.kind : 'intro'
}
