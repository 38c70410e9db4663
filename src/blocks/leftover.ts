/**
 * Web-page leftovers: rating widgets, counters, menus after the text;
 * breadcrumbs before it; a scraper's truncation mark "[...]". Kept in the
 * tree as `leftover` blocks so nothing is lost, never mixed into a section.
 */

import {
  breadcrumbRoots,
  breadcrumbSeparators,
  inlineLinkLabels,
  leftoverOpenings,
  pageChrome,
  pageChromeLabels,
  pageRunningHeads,
  signatureStampLabels,
  signatureStampOwnLabels,
  truncationMarks
} from '../../grammars/index.js'
import type {Line} from '../lines/classify.js'
import {endsSentence, fold, isDigitCode, startsLower} from '../text/fold.js'
import {leaf, parent, report, type Context, type Draft} from '../tree/draft.js'

const OPENINGS = leftoverOpenings.map((o) => fold(o))
/** First letters of the openings in both cases, to turn most lines away without folding them. */
const FIRST = new Set(leftoverOpenings.flatMap((o) => [o[0]!.toLowerCase(), o[0]!.toUpperCase()]))
const ROOTS = breadcrumbRoots.map((r) => fold(r))

/** Does a page leftover start on this line? */
export function startsLeftover(line: Line): boolean {
  const first = line.text[0]
  if (first === undefined || !FIRST.has(first)) return false
  const f = line.folded
  return OPENINGS.some((o) => f.startsWith(o))
}

const CHROME = new Set(pageChrome.map((c) => fold(c)))
const CHROME_LABELS = new Set(pageChromeLabels.map((c) => fold(c)))

/** A portal's button or tab alone on a line ("Tải văn bản", "Theo dõi"), or a few of them ("Lưu | In | Chia sẻ"). */
export function isPageChrome(line: Line): boolean {
  // "Tệp đính kèm: 4567-kh-ubnd.pdf": an attachment line, its value a file name or a count.
  const colon = line.folded.indexOf(':')
  if (colon > 0 && line.folded.length <= 160 && CHROME_LABELS.has(line.folded.slice(0, colon).trim())) return true
  if (line.folded.length > 60) return false
  const parts = line.folded.split(/\s*[|•·]\s*|\t|\s{3,}/)
  // "Bình luận (0)", "Văn bản gốc (PDF)": a button with its count or format.
  return parts.every((part) => part.length === 0 || CHROME.has(withoutBracket(part.trim()))) && parts.some((part) => part.length > 0)
}

/** "van ban goc (pdf)" → "van ban goc": a short bracket at the end dropped. */
function withoutBracket(part: string): string {
  if (!part.endsWith(')')) return part
  const open = part.lastIndexOf(' (')
  return open > 0 && part.length - open <= 14 ? part.slice(0, open) : part
}

const LINK_LABELS = inlineLinkLabels.map((l) => fold(l))

/** "Xem thêm: Kiên Giang đẩy mạnh chuyển đổi số": a page's link to another article, alone on its line. */
export function isInlineLink(line: Line): boolean {
  return line.text.length <= 200 && LINK_LABELS.some((l) => line.folded.startsWith(l))
}

/** A scraper's truncation mark alone on a line. */
export function isTruncation(line: Line): boolean {
  return truncationMarks.includes(line.text)
}

/** "Trang chủ > Văn bản > Kế hoạch". */
export function isBreadcrumb(line: Line): boolean {
  const f = line.folded
  // A long line opening with a crumb trail holds the text after it too (a page collapsed into one line): kept as content.
  if (f.length > 200 || !ROOTS.some((r) => f.startsWith(r))) return false
  for (const ch of breadcrumbSeparators) if (line.text.includes(` ${ch} `) || line.text.includes(ch)) return true
  return false
}

/**
 * Read a leftover block from line `i` to `stop` (exclusive): the lines of a
 * page after the text, up to the next block `isBlockStart` accepts.
 */
export function readLeftover(
  ctx: Context,
  i: number,
  isBlockStart: (line: Line) => boolean
): {node: Draft; next: number} | null {
  const lines = ctx.lines
  const first = lines[i]
  if (!first) return null
  if (isTruncation(first)) {
    report(ctx, 'truncated-text', `Unexpected "${first.text}", expected the rest of the document: the text was cut by its source`, first.cs, first.ce, 'info')
    return {node: parent('leftover', [leaf('text', first.cs, first.ce)], {reason: 'truncated'}), next: i + 1}
  }
  if (isBreadcrumb(first)) {
    return {node: parent('leftover', [leaf('text', first.cs, first.ce)], {reason: 'breadcrumb'}), next: i + 1}
  }
  if (!startsLeftover(first)) return null
  let j = i + 1
  let last = i + 1
  while (j < lines.length) {
    const line = lines[j]!
    if (!line.blank && isBlockStart(line)) break
    j++
    if (!line.blank) last = j
  }
  const end = lines[last - 1]!
  return {node: parent('leftover', [leaf('text', first.cs, end.ce)], {reason: 'web-page'}), next: last}
}

const STAMP_LABELS = new Set(signatureStampLabels.map(fold))
const STAMP_OWN = signatureStampOwnLabels.map(fold)
const [STAMP_FIRST, STAMP_SIGNER] = [fold(signatureStampLabels[0]!), fold(signatureStampLabels[1]!)]

/** The folded label of a line of a signature stamp ("thoi gian ky"), or null. */
function stampLabel(line: Line): string | null {
  const colon = line.folded.indexOf(':')
  if (colon <= 0 || colon > 16) return null
  const label = line.folded.slice(0, colon).trim()
  return STAMP_LABELS.has(label) ? label : null
}

/**
 * Read the stamp of a digitally signed PDF from line `i` ("Ký bởi: …", "Email:
 * …", "Thời gian ký: 12.01.2024 10:15:20 +07:00"), also when its lines are
 * joined into one. It is no catalogue: its signer is the signing body's
 * certificate, not the person who signed.
 */
export function readSignatureStamp(ctx: Context, i: number): {node: Draft; next: number} | null {
  const lines = ctx.lines
  const first = lines[i]!
  const code = first.folded.charCodeAt(0)
  // A long line is a document collapsed into one, not a stamp.
  if ((code !== 0x6b && code !== 0x6e) || first.folded.length > 300) return null
  const label = stampLabel(first)
  if (label !== STAMP_FIRST && label !== STAMP_SIGNER) return null
  let own = label === STAMP_FIRST || STAMP_OWN.some((l) => first.folded.includes(` ${l}:`))
  let last = i
  for (let j = i + 1, seen = 0; j < lines.length && seen < 8; j++) {
    const line = lines[j]!
    if (line.blank) continue
    const next = stampLabel(line)
    if (next === null) break
    own ||= STAMP_OWN.includes(next)
    last = j
    seen++
  }
  if (!own) return null
  return {node: parent('leftover', [leaf('text', first.cs, lines[last]!.ce)], {reason: 'signature-stamp'}), next: last + 1}
}

/** A page number left by PDF extraction: "2", "- 2 -", "Trang 2/10", "2/10". */
export function isPageNumber(line: Line): boolean {
  const t = line.folded
  if (t.length > 14) return t.length <= 120 && isRunningHead(t)
  return /^\d{1,3}$/.test(t) || /^-\s?\d{1,3}\s?-$/.test(t) || /^(trang\s)?\d{1,3}\s?\/\s?\d{1,3}$/.test(t) || /^trang\s\d{1,3}$/.test(t)
}

const RUNNING_HEADS = pageRunningHeads.map(fold)

/** "cong bao/so 15 + 16/ngay 20-02-2024 37", "38 cong bao/so …": a gazette's running head (folded). */
function isRunningHead(folded: string): boolean {
  let i = 0
  while (i < folded.length && (isDigitCode(folded.charCodeAt(i)) || folded[i] === ' ')) i++
  return RUNNING_HEADS.some((h) => folded.startsWith(h, i)) && (folded.includes('/so', i) || folded.includes('ngay', i))
}

/** What `pageFurniture` marks a line as. */
export const PAGE_NUMBER = 1
export const RUNNING_HEAD = 2

/**
 * The page furniture of a PDF's text, by line index: page numbers
 * (`PAGE_NUMBER`), and the running heads and feet it repeats beside them
 * (`RUNNING_HEAD`: "Kế hoạch số 77/KH-UBND ngày 08/02/2024 của UBND tỉnh Lâm
 * Đồng" next to "Trang 2/3": a line of no numbering, the same words at least
 * twice, each time within two lines of a page number). Null when the text
 * has no page numbers, as most have not. One pass, a map of the candidates.
 */
export function pageFurniture(lines: readonly Line[]): Uint8Array | null {
  let marks: Uint8Array | null = null
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.blank || !isPageNumber(lines[i]!)) continue
    marks ??= new Uint8Array(lines.length)
    marks[i] = PAGE_NUMBER
  }
  if (marks === null) return null
  const page = marks
  const nearPage = (i: number): boolean => {
    for (let k = Math.max(0, i - 2); k <= Math.min(lines.length - 1, i + 2); k++) if (k !== i && page[k] === PAGE_NUMBER) return true
    return false
  }
  const seen = new Map<string, number[]>()
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const length = line.ce - line.cs
    if (line.blank || line.marker !== null || length < 12 || length > 150 || page[i] === PAGE_NUMBER || !nearPage(i)) continue
    const list = seen.get(line.folded)
    if (list === undefined) seen.set(line.folded, [i])
    else list.push(i)
  }
  for (const list of seen.values()) if (list.length >= 2) for (const i of list) page[i] = RUNNING_HEAD
  return page
}

/**
 * Page numbers inside a sentence: a page-number line (and the running heads
 * beside it; `furniture` from `pageFurniture`) between a line that does not
 * end its sentence and one that goes on in lower case ("… đúng hạn đạt\n12\n
 * trên 98%", or on in any case where `wrapped` says the document wraps its
 * lines there). Returns the page lines and the blank lines around them (at
 * most two on each side), by index, and the page lines' offsets.
 */
export function pageBreaksInSentences(
  lines: readonly Line[],
  furniture: Uint8Array | null,
  wrapped: (p: Line, n: Line) => boolean = () => false
): {breaks: Set<number>; spans: Array<[number, number]>} {
  const breaks = new Set<number>()
  const spans: Array<[number, number]> = []
  if (furniture === null) return {breaks, spans}
  for (let i = 1; i < lines.length - 1; i++) {
    if (furniture[i] === 0) continue
    // The run of page furniture this line opens: "Trang 1/3" and the running head after it.
    let last = i
    for (let k = i + 1; k < lines.length - 1 && k <= last + 3; k++) {
      if (lines[k]!.blank) continue
      if (furniture[k] === 0) break
      last = k
    }
    let p = i - 1
    while (p > 0 && p >= i - 2 && lines[p]!.blank) p--
    let n = last + 1
    while (n < lines.length - 1 && n <= last + 2 && lines[n]!.blank) n++
    const from = i
    i = last
    const before = lines[p]!
    const after = lines[n]!
    // It goes on in lower case, or with a figure ("… phấn đấu đạt\n- 5 -\n100% hồ sơ").
    const goesOn = startsLower(after.text) || isDigitCode(after.text.charCodeAt(0)) || (!after.blank && !before.blank && wrapped(before, after))
    if (before.blank || after.blank || after.marker !== null || endsSentence(before.text) || !goesOn) continue
    if (before.marker !== null && before.ce - before.cs === before.marker.contentStart) continue
    for (let k = p + 1; k < n; k++) breaks.add(k)
    for (let k = from; k <= last; k++) if (furniture[k] !== 0) spans.push([lines[k]!.cs, lines[k]!.ce])
  }
  return {breaks, spans}
}

/** `text` with the spans replaced by spaces: same length, so every offset stays. */
export function blankSpans(text: string, spans: ReadonlyArray<readonly [number, number]>): string {
  if (spans.length === 0) return text
  let out = ''
  let at = 0
  for (const [s, e] of spans) {
    out += text.slice(at, s) + ' '.repeat(e - s)
    at = e
  }
  return out + text.slice(at)
}
