/**
 * The title block: tên loại and trích yếu.
 *
 * ```
 * KẾ HOẠCH HÀNH ĐỘNG
 *
 * THỰC HIỆN NGHỊ QUYẾT SỐ 131/NQ-CP NGÀY 06/10/2022 CỦA CHÍNH PHỦ …
 * ```
 */

import {clauseOpenings, typeQualifiers} from '../../grammars/index.js'
import {isRuleText} from './official.js'
import type {Line} from '../lines/classify.js'
import {capitalize, fold, isMarkless, isUpperCode, isUpperText, isWordCode, squash, startsLower, stripEnd, stripStart} from '../text/fold.js'
import {foldedTypeNames} from '../header/values.js'
import {scanDocumentNumber} from '../inline/document-number.js'
import {dateAfterNgay} from '../text/dates.js'
import {inlines} from '../inline/index.js'
import {signatureCell} from '../blocks/signature.js'
import {leaf, parent, propose, type Context, type Draft} from '../tree/draft.js'
import {namesKindWholly} from '../tree/kinds.js'

const TYPES = foldedTypeNames
const TYPE_QUALIFIERS = typeQualifiers.map((q) => fold(q)).sort((a, b) => b.length - a.length)
const OPENINGS = clauseOpenings.map(([opening]) => fold(opening))

/** Where a line's Markdown decoration ends ("# ", "**", "> "): the folded line's offset of its first word. */
function decorationEnd(folded: string): number {
  return /^[#>\s]*[*_]{0,2}/.exec(folded)![0].length
}

/** "KẾ HOẠCH", "KẾ HOẠCH HÀNH ĐỘNG": a type name alone on an upper-case line. */
export function documentTypeLine(line: Line): {name: string; full: string; titleFrom: number | null} | null {
  if (line.blank || line.marker !== null || line.text.length > 60 || !isUpperText(line.text)) return null
  // "# KẾ HOẠCH", "**KẾ HOẠCH**": Markdown decoration around the type.
  const folded = squash(line.folded.replace(/^[#>\s]+|[*_]+/g, ''))
  for (const t of TYPES) {
    if (folded === t.folded || (folded.startsWith(t.folded + ' ') && folded.split(' ').length <= t.folded.split(' ').length + 3)) {
      // The type in its own spelling, whatever the line's ("KÉ HOẠCH HÀNH ĐỘNG" → "Kế hoạch hành động").
      const written = squash(line.text.replace(/^[#>\s]+|[*_]+/g, ''))
      const split = splitTypeLine(line, t.folded)
      if (split !== null) return {name: t.name, full: t.written + (split.qualifiers.length > 0 ? ` ${split.qualifiers.toLowerCase()}` : ''), titleFrom: split.titleFrom}
      return {name: t.name, full: t.written + written.slice(t.folded.length).toLowerCase(), titleFrom: null}
    }
  }
  return null
}

/**
 * "KẾ HOẠCH TRIỂN KHAI\nCông tác …", "KẾ HOẠCH THỰC HIỆN\nNghị quyết …": words
 * after the type that qualify none ("LIÊN TỊCH", "HÀNH ĐỘNG" do) open the trích
 * yếu. The qualifiers as written and where the trích yếu starts in the line;
 * null when only qualifiers follow the type.
 */
function splitTypeLine(line: Line, type: string): {qualifiers: string; titleFrom: number} | null {
  const lead = decorationEnd(line.folded)
  if (!line.folded.startsWith(`${type} `, lead)) return null
  let at = lead + type.length
  let qualifiers = ''
  for (;;) {
    while (line.folded[at] === ' ') at++
    const qualifier = TYPE_QUALIFIERS.find((q) => line.folded.startsWith(q, at) && !isWordCode(line.folded.charCodeAt(at + q.length)))
    if (qualifier === undefined) break
    qualifiers += `${qualifiers.length > 0 ? ' ' : ''}${line.text.slice(at, at + qualifier.length)}`
    at += qualifier.length
  }
  return isWordCode(line.folded.charCodeAt(at)) ? {qualifiers, titleFrom: at} : null
}

/**
 * A line in capitals that opens with a type name and goes on with the trích
 * yếu ("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024", "# KẾ HOẠCH …" in Markdown);
 * null for a type line alone or a line that is no title.
 */
interface FusedTitle {
  name: string
  written: string
  typeEnd: number
  title: string
  titleStart: number
  titleEnd: number
  /** "KẾ HOẠCH Số 12/KH-UBND ngày 05/3/2024 về …": the number and the date before the trích yếu, with their spans. */
  number: {value: string; s: number; e: number} | null
  date: {iso: string; s: number; e: number} | null
}

function fusedTitle(line: Line): FusedTitle | null {
  if (line.blank || line.marker !== null || line.text.length > 200 || /[.;:]$/.test(line.text)) return null
  const lead = decorationEnd(line.folded)
  const folded = line.folded.slice(lead)
  const type = TYPES.find((t) => folded.startsWith(t.folded + ' '))
  if (type === undefined) return null
  let titleStart = line.cs + lead + type.folded.length
  while (line.text[titleStart - line.cs] === ' ') titleStart++
  // "KẾ HOẠCH Phát triển thanh niên …": the type in capitals, then a trích yếu in sentence case.
  const typeInCapitals = isUpperText(line.text.slice(lead, lead + type.folded.length)) && isUpperCode(line.text.charCodeAt(titleStart - line.cs))
  if (!typeInCapitals && !isUpperText(line.text)) return null
  // "KẾ HOẠCH LIÊN TỊCH Phối hợp …": words in capitals before a trích yếu in sentence case qualify the type.
  let typeEnd = line.cs + lead + type.folded.length
  let written = type.written
  if (!isUpperText(line.text)) {
    const rest = line.folded.slice(titleStart - line.cs)
    const qualifier = TYPE_QUALIFIERS.find((q) => rest.startsWith(`${q} `))
    const words = qualifier === undefined ? '' : line.text.slice(titleStart - line.cs, titleStart - line.cs + qualifier.length)
    if (qualifier !== undefined && isUpperText(words)) {
      written += ` ${words.toLowerCase()}`
      typeEnd = titleStart + qualifier.length
      titleStart = typeEnd
      while (line.text[titleStart - line.cs] === ' ') titleStart++
    }
  }
  // "KẾ HOẠCH Số 12/KH-UBND ngày 05/3/2024 về cải cách …" (a portal's page title): the number, the date, then the trích yếu.
  let number: FusedTitle['number'] = null
  let date: FusedTitle['date'] = null
  const said = /^so:?\s{0,3}(?=\d)/.exec(line.folded.slice(titleStart - line.cs, titleStart - line.cs + 8))
  if (said !== null) {
    const at = titleStart - line.cs + said[0].length
    const found = scanDocumentNumber(line.text, at, line.text.length)
    if (found === null) return null
    number = {value: found.number, s: line.cs + at, e: line.cs + found.end}
    let k = found.end
    while (line.text[k] === ' ' || line.text[k] === ',') k++
    const when = dateAfterNgay(line.text, k)
    if (when !== null && when.iso !== null) {
      date = {iso: when.iso, s: line.cs + k, e: line.cs + when.end}
      k = when.end
    }
    const subject = /^[\s,]*(?:về việc|về|v\/v)\s+/iu.exec(line.text.slice(k))
    titleStart = line.cs + k + (subject === null ? 0 : subject[0].length)
    while (line.text[titleStart - line.cs] === ' ') titleStart++
  }
  let titleEnd = line.ce
  while (titleEnd > titleStart && '*_ '.includes(line.text[titleEnd - 1 - line.cs]!)) titleEnd--
  const title = squash(line.text.slice(titleStart - line.cs, titleEnd - line.cs))
  if (title.split(' ').length < 3) return null
  return {name: type.name, written, typeEnd, title: number === null ? title : capitalize(title), titleStart, titleEnd, number, date}
}

function opensClause(line: Line): boolean {
  return OPENINGS.some((o) => line.folded.startsWith(o + ' '))
}

/** Openings that always start a preamble, never a trích yếu. */
const PREAMBLE_ONLY = ['can cu', 'theo de nghi', 'xet de nghi', 'tren co so']

/** A rule of separator characters: "-----", "*****", "___". */
function isRule(text: string): boolean {
  const trimmed = text.trim()
  return trimmed.length >= 3 && isRuleText(trimmed)
}

/** Bodies and officials that issue a decision, as its authority line opens. */
const AUTHORITY = /^(?:chu tich|bo truong|giam doc|thu tuong|uy ban nhan dan|hoi dong nhan dan|ubnd|hdnd)\b/

/**
 * Words a title line cannot end on when the next line continues it. With their
 * marks: folded, "Đức Trọng" would end on "trong".
 */
const RUNS_ON = /\s(?:của|và|về|với|cho|tại|theo|trong|đến|từ|địa bàn|trên)$/u
const RUNS_ON_FOLDED = /\s(?:cua|va|ve|voi|cho|tai|theo|trong|den|tu|dia ban|tren)$/

/** Does the title line run on into the next? */
function runsOn(line: Line): boolean {
  if (!isMarkless()) return RUNS_ON.test(line.text.toLowerCase())
  // Without marks "Trong" may be a place ("huyen Duc Trong"): in a mixed-case line a capital says so.
  if (!RUNS_ON_FOLDED.test(line.folded)) return false
  const last = line.text.slice(line.text.lastIndexOf(' ') + 1)
  return isUpperText(line.text) || last === last.toLowerCase()
}

/** An authority line under the title ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"), not its continuation. */
function isAuthority(line: Line, previous: Line): boolean {
  return AUTHORITY.test(line.folded) && line.text.length <= 90 && !runsOn(previous)
}

/** A line that opens with the number's label ("Số: 5/KH-UBND"). */
const NUMBER_LABEL = /^s[oố]\s?:\s?\d/iu

/** Could this line be part of a trích yếu? */
function titleLike(line: Line, first: boolean, previous: Line | undefined): boolean {
  if (line.blank) return false
  // "Số: 5/KH-UBND" under the title: the number's line, no part of the title.
  if (NUMBER_LABEL.test(line.text)) return false
  if (line.marker !== null) return previous !== undefined && wrappedHyphen(previous, line)
  // The first line after the type line is the trích yếu even in mixed case and
  // even when it opens with "Thực hiện" or "Triển khai", unless it is plainly
  // a preamble ("Căn cứ …", "… như sau:").
  if (first) {
    if (PREAMBLE_ONLY.some((p) => line.folded.startsWith(p + ' ')) || line.text.endsWith(':') || line.folded.includes('nhu sau')) return false
  } else if (opensClause(line) && !isUpperText(line.text)) return false
  if (line.text.length > 400) return false
  // Later lines are judged by the caller: capitals, "(…)", or a wrapped line.
  return true
}

/**
 * "… phát triển kinh tế\n- xã hội …" ("KINH TẾ\n- XÃ HỘI"): a hyphen wrapped to
 * the start of the line after a title line that does not end, no bullet.
 */
function wrappedHyphen(previous: Line, line: Line): boolean {
  if (line.marker?.style !== 'dash' || previous.index !== line.index - 1 || /[.;:]$/.test(previous.text)) return false
  const rest = line.text.slice(line.marker.contentStart)
  return startsLower(rest) || (isUpperText(previous.text) && isUpperText(rest))
}

/** The words of a type line that open the trích yếu, in the case of the line after it ("TRIỂN KHAI" before "Công tác …" → "Triển khai"). */
function leadOfTitle(text: string, next: Line | undefined): string {
  return next !== undefined && !isUpperText(next.text) ? capitalize(text.toLowerCase()) : text
}

/** The line after those words, its capital dropped unless it opens a name ("Công tác …" → "công tác …"; "Nghị quyết số 12 …", "Đề án 06" keep theirs). */
function continuedTitle(line: Line): string {
  const text = line.text
  const second = text.indexOf(' ')
  if (second === -1 || !startsLower(text.slice(second + 1)) || TYPES.some((t) => line.folded.startsWith(`${t.folded} `))) return text
  return text[0]!.toLowerCase() + text.slice(1)
}

/**
 * Read the title block at line `i`. With a type line, the trích yếu is the
 * lines after it; without one (`afterHeader`), an upper-case line right after
 * the header is the trích yếu.
 */
export function readTitleBlock(ctx: Context, i: number, afterHeader: boolean, options: {meta?: boolean} = {}): {node: Draft; next: number} | null {
  // An attached plan's title block describes the attachment, not this document.
  const offer = options.meta === false ? (): void => {} : propose
  const lines = ctx.lines
  let j = i
  while (j < lines.length && lines[j]!.blank) j++
  const children: Draft[] = []
  // "DỰ THẢO" (a draft) stands above the type line.
  const draftLine = lines[j]
  if (draftLine && /^du thao\b/.test(draftLine.folded) && draftLine.text.length < 30) {
    children.push(parent('field', [leaf('text', draftLine.cs, draftLine.ce)], {key: 'draft', label: null, content: squash(draftLine.text)}))
    j++
    while (j < lines.length && lines[j]!.blank) j++
  }
  const first = lines[j]
  if (!first) return null
  const type = documentTypeLine(first)
  // "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024": the type and the trích yếu on one line.
  const fused = type === null ? fusedTitle(first) : null
  if (fused !== null) {
    // "KẾ HOẠCH Phát triển thanh niên huyện Cần Giờ\nnăm 2024": the trích yếu wrapped on in lower case.
    let k = j + 1
    while (k < lines.length && k - j <= 2 && !lines[k]!.blank && lines[k]!.marker === null && startsLower(lines[k]!.text) && !opensClause(lines[k]!)) {
      fused.titleEnd = lines[k]!.ce
      const title = squash(ctx.text.slice(fused.titleStart, fused.titleEnd))
      fused.title = fused.number === null ? title : capitalize(title)
      k++
    }
    j = k - 1
    children.push(parent('field', [leaf('text', first.cs, fused.typeEnd)], {key: 'documentType', label: null, content: fused.name}))
    offer(ctx, 'documentType', fused.name, 'title', first.cs, fused.typeEnd)
    offer(ctx, 'documentTypeFull', fused.written, 'title', first.cs, fused.typeEnd)
    if (fused.number !== null) {
      const e = fused.date?.e ?? fused.number.e
      children.push(parent('field', inlines(ctx, fused.number.s, e), {key: 'documentNumber', label: null, content: squash(ctx.text.slice(fused.number.s, e))}))
      offer(ctx, 'documentNumber', fused.number.value, 'title', fused.number.s, fused.number.e)
      if (fused.date !== null) offer(ctx, 'issuedDate', fused.date.iso, 'title', fused.date.s, fused.date.e)
    }
    children.push(parent('field', inlines(ctx, fused.titleStart, fused.titleEnd), {key: 'title', label: null, content: fused.title}))
    offer(ctx, 'title', fused.title, 'title', fused.titleStart, fused.titleEnd)
    return {node: parent('titleBlock', children), next: j + 1}
  }
  // "KẾ HOẠCH TRIỂN KHAI\nCông tác …": the words after the type open the trích yếu.
  let titleLead: {s: number; e: number; text: string} | null = null
  if (type) {
    let typeEnd = first.ce
    if (type.titleFrom !== null) {
      typeEnd = first.cs + type.titleFrom
      while (typeEnd > first.cs && first.text[typeEnd - 1 - first.cs] === ' ') typeEnd--
      let leadEnd = first.ce
      while (leadEnd > first.cs + type.titleFrom && '*_ '.includes(first.text[leadEnd - 1 - first.cs]!)) leadEnd--
      titleLead = {s: first.cs + type.titleFrom, e: leadEnd, text: squash(first.text.slice(type.titleFrom, leadEnd - first.cs))}
    }
    children.push(parent('field', [leaf('text', first.cs, typeEnd)], {key: 'documentType', label: null, content: type.full}))
    offer(ctx, 'documentType', type.name, 'title', first.cs, typeEnd)
    offer(ctx, 'documentTypeFull', type.full, 'title', first.cs, typeEnd)
    j++
  } else if (!afterHeader || !isUpperText(first.text) || first.text.length < 12 || first.marker !== null || /^chuong\s/.test(first.folded)) {
    return null
  }
  let last = j
  let authority: Line | null = null
  let rule: Line | null = null
  const titleLines: Line[] = []
  let k = j
  while (k < lines.length && titleLines.length < 6) {
    const line = lines[k]!
    if (line.blank) {
      // A blank line ends the title once it has begun, unless capitals follow.
      // Nor when it goes on in lower case ("thực hiện Nghị quyết …\n\nvề nông nghiệp …": one line a paragraph, as Word exports it).
      // Nor when the capitals name a part of the plan ("MỤC ĐÍCH, YÊU CẦU" as an unnumbered heading).
      const next = lines.slice(k + 1, k + 4).find((l) => !l.blank)
      if (titleLines.length > 0 && (!next || (!isUpperText(next.text) && !startsLower(next.text)) || next.marker !== null || namesKindWholly(next.text))) break
      k++
      continue
    }
    // "-----" under the title rules it off.
    if (titleLines.length > 0 && isRule(line.text)) {
      rule = line
      break
    }
    if (!titleLike(line, titleLines.length === 0, titleLines[titleLines.length - 1])) break
    // "(Ban hành kèm theo …)" closes the title: only more of it may follow.
    if (titleLines.some((l) => l.text.startsWith('(')) && !line.text.startsWith('(')) break
    // "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" or "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN" under a
    // decision's title is its authority, not the title (unless the title runs on: "… CỦA").
    const before = titleLines[titleLines.length - 1]
    if (before !== undefined && ((signatureCell(line.text) !== null && !runsOn(before)) || isAuthority(line, before))) {
      if (isUpperText(line.text)) authority = line
      break
    }
    // A later line continues the title in capitals, or as the wrapped rest of
    // a mixed-case title line with no blank line and no end punctuation between.
    const previous = titleLines[titleLines.length - 1]
    const adjacent = previous !== undefined && previous.index === line.index - 1 && !/[.;:]$/.test(previous.text)
    const wrapped = (adjacent && !isUpperText(previous.text)) || (previous !== undefined && !/[.;:]$/.test(previous.text) && startsLower(line.text)) || line.marker !== null
    // "… GIAI ĐOẠN\n2021-2025": a period wrapped onto a line of its own has no letters to be in capitals.
    const figures = adjacent && line.text.length <= 20 && /\d{4}/.test(line.text) && !/\p{L}/u.test(line.text)
    if (titleLines.length > 0 && !isUpperText(line.text) && !line.text.startsWith('(') && !wrapped && !figures) break
    // "MỤC ĐÍCH, YÊU CẦU" right under a title that ends: the first part's unnumbered heading.
    if (previous !== undefined && isUpperText(line.text) && namesKindWholly(line.text) && !runsOn(previous)) break
    titleLines.push(line)
    k++
    last = k
  }
  const attachment = titleLines.filter((l) => l.text.startsWith('('))
  const subject = titleLines.filter((l) => !l.text.startsWith('('))
  if (subject.length > 0 || titleLead !== null) {
    const s = titleLead?.s ?? subject[0]!.cs
    const e = subject.length > 0 ? subject[subject.length - 1]!.ce : titleLead!.e
    const texts = subject.map((l) => l.text)
    if (titleLead !== null) texts.unshift(leadOfTitle(titleLead.text, subject[0]))
    if (titleLead !== null && subject.length > 0 && !isUpperText(subject[0]!.text)) texts[1] = continuedTitle(subject[0]!)
    const content = stripEnd(stripStart(squash(texts.join(' ')), '#>*_'), '*_')
    // The trích yếu often cites what the plan implements: run the inline recognisers.
    children.push(parent('field', inlines(ctx, s, e), {key: 'title', label: null, content}))
    offer(ctx, 'title', content, 'title', s, e)
  }
  for (const line of attachment) {
    children.push(parent('field', [leaf('text', line.cs, line.ce)], {key: 'attachment', label: null, content: squash(line.text)}))
  }
  if (rule !== null) {
    children.push(parent('field', [leaf('text', rule.cs, rule.ce)], {key: 'separator', label: null, content: squash(rule.text)}))
    last = rule.index + 1
  }
  if (authority !== null && subject.length > 0) {
    children.push(parent('field', [leaf('text', authority.cs, authority.ce)], {key: 'authority', label: null, content: squash(authority.text)}))
    last = authority.index + 1
  }
  if (children.length === 0 || (children.length === 1 && children[0]!.props.key === 'draft')) return null
  return {node: parent('titleBlock', children), next: last}
}
