/**
 * The news-style lead a portal writes over a plan:
 *
 * ```
 * Nâng cao Chỉ số cải cách hành chính … giai đoạn 2023 - 2025
 * Thứ hai - 19/06/2023 09:48
 * Ngày 14/6/2023, UBND huyện ban hành Kế hoạch số 155/KH-UBND về việc …
 * ```
 */

import {isPageChrome} from '../blocks/leftover.js'
import {joinLines, type Line} from '../lines/classify.js'
import {endsDangling} from '../lines/line-ends.js'
import {familyNames, leadAdvisorVerbs, leadAuxiliaries, leadOpenings, leadSigners, postingLabels, signerTitles, weekdays} from '../../grammars/index.js'
import {capitalize, endsSentence, fold, phraseIn, squash, startsLower} from '../text/fold.js'
import {dateAfterNgay, findDate, isoDate} from '../text/dates.js'
import {inlines} from '../inline/index.js'
import {leaf, parent, propose, type Context, type Draft} from '../tree/draft.js'
import {opensAgency} from '../resolve/responsibilities.js'
import {bodyName, foldedTypeNames, looksLikePersonName, parseDocumentNumber} from './values.js'

const TYPES = foldedTypeNames

interface LeadFacts {
  date: {iso: string | null; s: number; e: number} | null
  issuer: string | null
  signer: string | null
  signerTitle: string | null
  type: string | null
  number: string | null
  title: string | null
  /** Where the lead sentence ends in the line (after its period), when more text follows it. */
  sentenceEnd: number | null
}

const OPENINGS = [...leadOpenings].sort((x, y) => y.length - x.length)
const SIGNERS = [...leadSigners].sort((x, y) => y.length - x.length)

const AUXILIARIES = [...leadAuxiliaries].sort((x, y) => y.length - x.length)

/**
 * The issuer in the words before "ban hành": openings ("Vừa qua,"), a date and
 * auxiliaries ("đã", "vừa") dropped; after a comma only the last part counts.
 * An official who signs for it ("Chủ tịch UBND tỉnh Nguyễn Văn Thắng") gives
 * the signer and the signer's title.
 */
function leadIssuer(text: string, from: number, to: number): {issuer: string | null; signer: string | null; signerTitle: string | null} {
  // "(Baonghean.vn) - UBND tỉnh Nghệ An vừa ban hành …": the site's name is no part of the issuer.
  let s = Math.max(from, pastSiteName(text))
  let e = to
  for (let round = 0; round < 4; round++) {
    while (s < e && (text[s] === ' ' || text[s] === ',')) s++
    const opening = OPENINGS.find((w) => phraseIn(text, s, w))
    if (opening === undefined) break
    s += opening.length
  }
  for (let round = 0; round < 4; round++) {
    while (e > s && text[e - 1] === ' ') e--
    const aux = AUXILIARIES.find((w) => e - w.length >= s && phraseIn(text, e - w.length, w) && (e - w.length === s || text[e - w.length - 1] === ' '))
    if (aux === undefined) break
    e -= aux.length
  }
  const comma = text.lastIndexOf(',', e - 1)
  if (comma >= s) s = comma + 1
  while (s < e && text[s] === ' ') s++
  // "Sở Nội vụ tỉnh Bình Phước đã tham mưu UBND tỉnh ban hành …": the body advised is the issuer.
  for (let k = s; k < e; k++) {
    if (text[k - 1] !== ' ') continue
    const verb = ADVISOR_VERBS.find((v) => phraseIn(text, k, v))
    if (verb !== undefined && opensAgency(text.slice(k + verb.length + 1, e))) {
      s = k + verb.length + 1
      break
    }
  }
  // "Chủ tịch UBND tỉnh Đồng Nai ký ban hành": the official signs, the body issues.
  const official = SIGNERS.find((w) => phraseIn(text, s, w) && opensAgency(text.slice(s + w.length + 1, e)))
  if (official !== undefined) s += official.length + 1
  let subject = squash(text.slice(s, e))
  // "UBND huyện Đức Trọng (Lâm Đồng)": the province in brackets after the body locates it, no part of its name.
  const bracket = subject.endsWith(')') ? subject.lastIndexOf(' (') : -1
  if (bracket > 0 && subject.slice(bracket + 2, -1).split(' ').every((w) => CAPITALISED_WORD.test(w))) subject = subject.slice(0, bracket)
  // "Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy vừa ký …": the official's name after the body.
  const named = official === undefined ? null : trailingPersonName(subject)
  if (named !== null) subject = subject.slice(0, subject.length - named.length - 1)
  if (subject.length === 0 || subject.length >= 120) return {issuer: null, signer: null, signerTitle: null}
  return {issuer: bodyName(subject), signer: named, signerTitle: named === null || official === undefined ? null : titleCase(official)}
}

const FAMILY_NAMES: ReadonlySet<string> = new Set(familyNames)

/**
 * A person's name ending `subject` after the body it leads ("UBND tỉnh
 * Nguyễn Văn Thắng"): three words, else four ("Nguyễn Thị Thanh Hương"), else
 * two, opening with a family name and leaving the body before it; or null.
 */
function trailingPersonName(subject: string): string | null {
  const words = subject.split(' ')
  for (const n of [3, 4, 2]) {
    if (words.length - n < 2) continue
    const name = words.slice(words.length - n)
    if (FAMILY_NAMES.has(name[0]!) && looksLikePersonName(name.join(' '))) return name.join(' ')
  }
  return null
}

/** "phó chủ tịch" → "Phó Chủ tịch": the lead's official in the signer-title lexicon's spelling. */
function titleCase(official: string): string {
  return signerTitles.find((t) => t.toLowerCase() === official) ?? official
}

/**
 * Parse a lead sentence: "Ngày 14/6/2023, UBND huyện ban hành Kế hoạch số
 * 155/KH-UBND về việc …", "Vừa qua, UBND huyện … đã ban hành Kế hoạch số
 * 112/KH-UBND ngày 14/6/2023 về …".
 */
export function parseLead(line: Line): LeadFacts | null {
  // "Huyện Cát Tiên ban hành Kế hoạch cải cách … Ngày 12/01/2024, UBND huyện ban hành Kế hoạch số …"
  // (a page collapsed into one line): the first "ban hành" with a numbered type, near the start.
  let issue = line.folded.indexOf(' ban hanh ')
  while (issue !== -1 && issue <= LEAD_REACH) {
    const facts = leadAt(line, issue)
    if (facts !== null) return facts
    issue = line.folded.indexOf(' ban hanh ', issue + 1)
  }
  return null
}

/** How far into a line its lead verb may stand: a headline and a posting line before it. */
const LEAD_REACH = 600

function leadAt(line: Line, issue: number): LeadFacts | null {
  const folded = line.folded
  const text = line.text
  let at = issue + ' ban hanh '.length
  const type = TYPES.find((t) => folded.startsWith(t.folded + ' ', at))
  if (!type) return null
  at += type.folded.length + 1
  if (folded.startsWith('so ', at)) at += 3
  let end = at
  while (end < folded.length && folded[end] !== ' ' && folded[end] !== ',') end++
  const number = parseDocumentNumber(text.slice(at, end))
  if (!number) return null

  let date: LeadFacts['date'] = null
  // The date before the issuer ("Ngày 14/6/2023, UBND …") or after the number ("… 112/KH-UBND ngày 14/6/2023 về …").
  let issuerFrom = 0
  // The date nearest the verb: a page's posting date may come first.
  let before = findDate(text, 0, issue)
  for (let next = before; next !== null; next = findDate(text, next.end, issue)) before = next
  if (before) {
    date = {iso: before.iso, s: line.cs + before.start, e: line.cs + before.end}
    issuerFrom = before.end
  }
  let titleFrom = end
  let k = end
  while (folded[k] === ' ' || folded[k] === ',') k++
  if (folded.startsWith('ngay ', k)) {
    const after = dateAfterNgay(text, k)
    if (after) {
      // The number's own date is the plan's; a date before the verb may be the news item's or a page's.
      date = {iso: after.iso, s: line.cs + k, e: line.cs + after.end}
      titleFrom = after.end
    }
  }
  let title = squash(text.slice(titleFrom)).replace(/^,?\s*/, '')
  // "Kế hoạch số 88/KH-UBND của UBND tỉnh Bình Dương về chuyển đổi số": the issuer named again before the subject.
  if (/^(?:của|cua)\s/iu.test(title)) {
    const about = title.slice(0, 120).search(/\s(?:về|ve)\s/u)
    if (about !== -1) title = title.slice(about + 1)
  }
  title = title.replace(/^(?:về\s+việc|ve\s+viec|về|ve|v\/v)\s+/iu, '')
  const stop = title.search(/[.;](?:\s|$)/)
  if (stop !== -1) title = title.slice(0, stop)
  // "… năm 2024 trên địa bàn huyện. Theo đó, …": the article goes on after the lead sentence.
  const stopAt = SENTENCE_END.exec(text.slice(end))
  return {
    sentenceEnd: stopAt === null ? null : end + stopAt.index + 1,
    date,
    ...leadIssuer(text, issuerFrom, issue),
    type: type.name,
    number: number.number,
    title: title.length > 0 ? capitalize(title) : null
  }
}

/** "Ngày 3/3," at the start of a lead: a day and month with no year. */
const DAY_MONTH = /^(?:Vào )?(?:(?:[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối)(?: ngày)?|[Nn]gày) (\d{1,2})\/(\d{1,2})(?![/\d])/u

/**
 * A place in brackets before a lead ("(Ninh Thuận) - Ngày 15/4/2024, …"): two
 * to four capitalised words, so not a site's name ("(Baodaklak.vn)", "(TTXVN)").
 */
function bracketPlace(text: string): string | null {
  // The same brackets as a site's name, then a dash.
  if (pastSiteName(text) === 0) return null
  const close = text.indexOf(')')
  if (!/^ ?[-–]/.test(text.slice(close + 1, close + 3))) return null
  const words = text.slice(1, close).split(' ')
  return words.length >= 2 && words.length <= 4 && words.every((w) => CAPITALISED_WORD.test(w)) ? text.slice(1, close) : null
}

const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u

/** Where a lead's sentence starts: past a site's name in brackets ("(Baodaklak.vn) - "). */
function pastSiteName(text: string): number {
  if (text[0] !== '(') return 0
  const close = text.indexOf(')')
  if (close === -1 || close > 40) return 0
  let at = close + 1
  while (at < text.length && (text[at] === ' ' || text[at] === '-' || text[at] === '–')) at++
  return at
}

/**
 * A lead's "Ngày 3/3" completed with the year of the page's dateline; the year
 * before when that day would come after the posting ("Ngày 28/12" posted on
 * 02/01/2024 is 2023). Null without a dateline.
 */
function dayWithoutYear(lead: Line, datelines: readonly Line[]): {iso: string | null; s: number; e: number} | null {
  const skip = pastSiteName(lead.text)
  const m = DAY_MONTH.exec(lead.text.slice(skip))
  if (m === null) return null
  for (const line of datelines) {
    const posted = findDate(line.text)
    if (posted === null || posted.iso === null) continue
    const day = Number(m[1])
    const month = Number(m[2])
    const year = month > posted.month || (month === posted.month && day > posted.day) ? posted.year - 1 : posted.year
    const end = lead.cs + skip + m[0].length
    return {iso: isoDate(year, month, day), s: end - m[1]!.length - m[2]!.length - 1, e: end}
  }
  return null
}

const WEEKDAYS = weekdays.map(fold)
const POSTING = postingLabels.map(fold)
const ADVISOR_VERBS = leadAdvisorVerbs.map((v) => v.toLowerCase())
/** A period, then the capital of the next sentence. */
const SENTENCE_END = /[.](?=\s{1,3}\p{Lu})/u

/** A line like "Thứ hai - 19/06/2023 09:48" or "19/06/2023 09:48". */
function isDateline(line: Line): boolean {
  const f = line.folded
  if (line.text.length < 60 && (WEEKDAYS.some((d) => phraseIn(f, 0, d)) || /^\d{1,2}\/\d{1,2}\/\d{4}\s{1,3}\d{1,2}:\d{2}/.test(f))) return true
  // "Cập nhật lúc 08:30, Thứ Hai, 15/01/2024": a posting label with the date, no colon needed.
  return line.text.length < 80 && POSTING.some((p) => phraseIn(f, 0, p)) && /\d{1,2}\/\d{1,2}\/\d{4}/.test(f)
}

/**
 * Read a lead block from line `i`: up to four short lines, then the lead
 * sentence.
 */
export function readLead(ctx: Context, i: number): {node: Draft; next: number; after?: Draft | undefined} | null {
  const lines = ctx.lines
  let j = i
  let seen = 0
  while (j < lines.length && seen < 5) {
    const line = lines[j]!
    if (line.blank) {
      j++
      continue
    }
    if (line.marker !== null) return null
    let facts = parseLead(line)
    // "… Ủy ban nhân dân tỉnh Quảng Nam ban hành Kế\nhoạch số 245/KH-UBND …": the lead's verb and type wrapped apart.
    const next = lines[j + 1]
    // Not a news title before a lead of its own ("Tỉnh ban hành kế hoạch chuyển đổi số\nNgày 5/3, UBND tỉnh ban hành Kế hoạch số …").
    // … but a lead cut inside its issuer ("Ngày 10/01/2024, Ủy ban nhân dân huyện\nKrông Pắc ban hành …") is joined.
    if (facts === null && next !== undefined && !next.blank && next.marker === null && !endsSentence(line.text) && (line.folded.includes(' ban ') || line.folded.endsWith(' ban') || next.folded.slice(0, 120).includes('ban hanh ')) && (endsDangling(line.text) || startsLower(next.text) || cutLead(parseLead(next)))) {
      facts = parseLead(joinLines(ctx.text, ctx.folded, line, next))
    }
    if (facts) {
      // The lead sentence hard-wrapped over the next lines: its title runs on.
      let end = j
      while (end + 1 < lines.length && !lines[end + 1]!.blank && lines[end + 1]!.marker === null && !endsSentence(lines[end]!.text) && end - j < 8) end++
      return build(ctx, i, j, end, (end > j ? parseLead(joinLines(ctx.text, ctx.folded, line, lines[end]!)) : null) ?? facts)
    }
    if (line.text.length > 300) return null
    seen++
    j++
  }
  return null
}

/**
 * Is the lead read from a line alone none, or cut: its issuer opens in lower
 * case ("dân huyện Krông Pắc ban hành …") or is not there ("ban hành Kế hoạch …")?
 */
function cutLead(facts: LeadFacts | null): boolean {
  return facts === null || facts.issuer === null || startsLower(facts.issuer)
}

function build(ctx: Context, from: number, leadIndex: number, leadEnd: number, facts: LeadFacts): {node: Draft; next: number; after: Draft | undefined} {
  const children: Draft[] = []
  for (let k = from; k < leadIndex; k++) {
    const line = ctx.lines[k]!
    if (line.blank) continue
    // "Cập nhật: 08:15 | 16/01/2024 Lượt xem: 1.245": the page's posting line, no title.
    const key = isDateline(line) || isPageChrome(line) ? 'dateline' : 'newsTitle'
    children.push(parent('field', [leaf('text', line.cs, line.ce)], {key, label: null, content: squash(line.text)}))
  }
  const lead = ctx.lines[leadIndex]!
  // One line holding the lead and more of the article: the rest is body, its targets count.
  const split = leadEnd === leadIndex && facts.sentenceEnd !== null ? lead.cs + facts.sentenceEnd : null
  const e = split ?? ctx.lines[leadEnd]!.ce
  children.push(parent('paragraph', inlines(ctx, lead.cs, e)))
  let after: Draft | undefined
  if (split !== null) {
    let rest = split
    while (rest < lead.ce && ctx.text.charCodeAt(rest) <= 0x20) rest++
    after = parent('paragraph', inlines(ctx, rest, lead.ce))
  }
  const s = lead.cs
  // "Ngày 3/3, UBND tỉnh ban hành …" under a dateline "05/03/2024 09:48": the year is the page's.
  const date = facts.date ?? dayWithoutYear(lead, ctx.lines.slice(Math.max(0, leadIndex - 5), leadIndex).filter((l) => isDateline(l) || isPageChrome(l)))
  if (date?.iso) propose(ctx, 'issuedDate', date.iso, 'lead', date.s, date.e)
  // "(Ninh Thuận) - Ngày …": the place the news item is filed from is the plan's.
  const place = bracketPlace(lead.text)
  if (place !== null) propose(ctx, 'place', place, 'lead', lead.cs + 1, lead.cs + 1 + place.length)
  propose(ctx, 'issuer', facts.issuer, 'lead', s, e)
  propose(ctx, 'signer', facts.signer, 'lead', s, e)
  propose(ctx, 'signerTitle', facts.signerTitle, 'lead', s, e)
  propose(ctx, 'documentType', facts.type, 'lead', s, e)
  propose(ctx, 'documentNumber', facts.number, 'lead', s, e)
  propose(ctx, 'title', facts.title, 'lead', s, e)
  return {node: parent('lead', children), next: leadEnd + 1, after}
}
