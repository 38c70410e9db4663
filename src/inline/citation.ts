/**
 * Citations of legal instruments in running text:
 *
 * - numbered: "Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ
 *   ban hành Chương trình …", "Quyết định 749/QĐ-TTg năm 2020", a bare
 *   "số 1173/KH-UBND" (type from the code);
 * - by name: "Luật Đầu tư công 2019", "Hiến pháp năm 2013", "Nghị quyết Đại
 *   hội Đảng bộ tỉnh An Giang lần thứ XI", "Chương trình tổng thể cải cách
 *   hành chính nhà nước giai đoạn 2021 - 2030".
 *
 * The node covers the mention (type, number, date, issuer); the title and the
 * relations it states ("sửa đổi, bổ sung … Nghị định số 61/2018/NĐ-CP") are
 * read from the clause that follows, where nested citations get nodes of
 * their own. Resolution across the document is in `resolve/citations.ts`.
 */

import {
  issuedVerbs,
  issuerCodes,
  citedOnlyTypes,
  issuerStops,
  namedTypes,
  namedWithPeriodTypes,
  nameInnerPhrases,
  knownInstrumentNames,
  notInstrumentNames,
  shortNumberFollowers,
  nameStops,
  foldedNameStops,
  pinWords,
  relationPhrases,
  selfReferences,
  aliasPhrases,
  titleDroppedOpenings,
  titleOpenings,
  type RelationType
} from '../../grammars/index.js'
import {bodyName, foldedTypeNames, issuerNameForCode} from '../header/values.js'
import {dateAt} from '../text/dates.js'
import {fold, isDigitCode, isMarkless, isUpperCode, isUpperText, phraseIn, squash, startsLower, stripEnd, stripStart, wordAt} from '../text/fold.js'
import {leaf, type Context} from '../tree/draft.js'
import {scanDocumentNumber, type FoundNumber} from './document-number.js'
import type {InlineRecognizer, InlineSpan} from './index.js'

/** What one mention says about an instrument. */
export interface CitationMention {
  docType: string | null
  number: string | null
  name: string | null
  date: string | null
  year: number | null
  issuer: string | null
  issuerCode: string | null
  title: string | null
  /**
   * Relations stated in the title, with the offset where each phrase ends;
   * `passive` when said of this instrument ("được sửa đổi, bổ sung bởi Nghị
   * định số 85/2021/NĐ-CP"): the instrument it names holds the relation.
   */
  relations: Array<{type: RelationType; at: number; text: string; passive?: boolean}>
  /** Normalised offsets of the title clause (nested citations inside it are targets). */
  titleSpan: [number, number] | null
  /**
   * A short number with no codes, "30/2020" in "Nghị định 30/2020", "30c" in
   * "Nghị quyết 30c": resolved against the numbered citations of the plan, or
   * kept as an instrument known by that short number.
   */
  short?: string
  /** "… số 02/NQ-CP cùng ngày": dated as the citation before it (read by the recogniser, then dropped). */
  sameDay?: boolean
  /** The part cited, said before the instrument: "khoản 2 Điều 5" in "khoản 2 Điều 5 Nghị định số …". */
  pin: string | null
}

interface TypeEntry {
  name: string
  folded: string
}

const TYPES: TypeEntry[] = foldedTypeNames
  .concat(citedOnlyTypes.map((name) => ({name, folded: fold(name), written: name})))
  .sort((a, b) => b.folded.length - a.folded.length)

/** Type entries by their first folded word, for a quick look-up at each word. */
const TYPES_BY_WORD = new Map<string, TypeEntry[]>()
for (const t of TYPES) {
  const first = t.folded.split(' ')[0]!
  const list = TYPES_BY_WORD.get(first) ?? []
  list.push(t)
  TYPES_BY_WORD.set(first, list)
}

const NAMED = new Set(namedTypes)
const NAMED_WITH_PERIOD = new Set(namedWithPeriodTypes.filter((t) => t !== 'Kế hoạch'))
// Stop words keep their marks: folded, "bộ" (in "Đảng bộ") would be "bổ" (in "bổ sung").
const NAME_STOPS = new Set(nameStops)
/**
 * In text with its marks stripped, only the stop words no name word folds to
 * ("ngay", "nam", "va"; not "bo", "can", "dau").
 */
const FOLDED_NAME_STOPS = new Set(foldedNameStops)

function isNameStop(word: string): boolean {
  return NAME_STOPS.has(word) || (isMarkless() && FOLDED_NAME_STOPS.has(fold(word)))
}
const ISSUER_STOPS = [...issuerStops].sort((a, b) => b.length - a.length)
const TITLE_OPENINGS = titleOpenings.map(fold).sort((a, b) => b.length - a.length)
const DROPPED = titleDroppedOpenings.map(fold).sort((a, b) => b.length - a.length)
const ALIAS_OPENINGS = aliasPhrases.map((a) => `(${fold(a)} `)

/** Where a bracket that gives a short name opens in [from, to) (local), or `to`: "… (sau đây gọi tắt là Kết luận 50)". */
function aliasBracketAt(f: string, from: number, to: number): number {
  for (let k = f.indexOf('(', from); k !== -1 && k < to; k = f.indexOf('(', k + 1)) {
    if (ALIAS_OPENINGS.some((a) => f.startsWith(a, k))) return k
  }
  return to
}
const RELATIONS = relationPhrases.map(([p, type]) => ({folded: p, type})).sort((a, b) => b.folded.length - a.folded.length)
const SELF = selfReferences.map(fold)
/** Folded first letters of the relation phrases, to skip most words at once. */
const RELATION_INITIALS = new Set(relationPhrases.map(([p]) => fold(p).charCodeAt(0)))

const MAX_TITLE = 400

/** Phrases inside names that hold stop words, folded, longest first. */
const NAME_INNER = nameInnerPhrases.map(fold).sort((a, b) => b.length - a.length)
/** "Luật sư", "Luật gia", "các Luật chuyên ngành": first words of no name (lower case). */
const NOT_NAMES = notInstrumentNames.map((w) => w.toLowerCase())

function namesNothing(name: string): boolean {
  const lower = name.toLowerCase()
  return NOT_NAMES.some((w) => lower.startsWith(w) && (lower.length === w.length || !/[\p{L}\p{N}]/u.test(lower[w.length]!)))
}

/** Whole names a stop word or a comma would cut ("ban hanh van ban quy pham phap luat"), folded, longest first. */
const KNOWN_NAMES = knownInstrumentNames.map(fold).sort((a, b) => b.length - a.length)

function isWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || code > 0x7f
}

/** Does the folded text have `phrase` at `at`, ending at a word boundary? */
function phraseAt(f: string, at: number, phrase: string): boolean {
  return f.startsWith(phrase, at) && !isWordCode(f.charCodeAt(at + phrase.length) || 0x20)
}

function skipSpaces(f: string, at: number, end: number): number {
  let i = at
  while (i < end && (f[i] === ' ' || f[i] === '\n' || f[i] === '\t')) i++
  return i
}

function isUpperAt(text: string, at: number): boolean {
  return isUpperCode(text.charCodeAt(at))
}

/** Is a type keyword at local index `i` (word start)? Longest first. */
function typeAt(f: string, i: number, word: string): TypeEntry | null {
  const list = TYPES_BY_WORD.get(word)
  if (!list) return null
  for (const t of list) if (phraseAt(f, i, t.folded)) return t
  return null
}

/** A block being scanned: normalised text, folded and lower-case copies, offsets. */
interface Scan {
  text: string
  f: string
  /** Normalised offset of f[0]. */
  base: number
  end: number
  /** Short forms the plan has used ("Đề án|06"), to read the same form before any word later. */
  shortForms?: Set<string> | undefined
}

/**
 * After the number: date ("ngày …", "năm 2019"), issuer ("của Chính phủ"),
 * a date after the issuer. Returns the end of the mention (local index).
 */
function readTail(scan: Scan, at: number, mention: CitationMention): number {
  const {f} = scan
  let end = at
  let i = skipSpaces(f, at, f.length)
  if (f[i] === ',') i = skipSpaces(f, i + 1, f.length)
  const date = (from: number): number => {
    if (phraseAt(f, from, 'cung ngay')) {
      mention.sameDay = true
      return from + 9
    }
    if (phraseAt(f, from, 'ngay')) {
      const end = scan.base + f.length
      const d = dateAt(scan.text, scan.base + from, end) ?? dateAt(scan.text, scan.base + skipSpaces(f, from + 4, f.length), end)
      if (d) {
        mention.date = d.iso
        mention.year = d.year
        return d.end - scan.base
      }
    }
    const m = /^nam (\d{4})(?!\d)/.exec(f.slice(from, from + 9))
    if (m) {
      mention.year = Number(m[1])
      return from + 8
    }
    return -1
  }
  let next = date(i)
  // "… số 12/QĐ-UBND ban hành ngày 05/5/2023", "… được ký ngày …": the date of issue after its verb.
  if (next === -1) {
    const verb = issuedVerbs.find((v) => phraseAt(f, i, v) && phraseAt(f, skipSpaces(f, i + v.length, f.length), 'ngay'))
    if (verb !== undefined) next = date(skipSpaces(f, i + verb.length, f.length))
  }
  if (next !== -1) {
    end = next
    i = skipSpaces(f, next, f.length)
  }
  // An issuer is a body, and bodies are capitalised ("của Chính phủ", not "của tỉnh …").
  if (phraseAt(f, i, 'cua') && isUpperAt(scan.text, scan.base + skipSpaces(f, i + 3, f.length))) {
    const start = skipSpaces(f, i + 3, f.length)
    const stop = issuerEnd(scan, start)
    if (stop > start) {
      mention.issuer = cleanIssuer(scan.text.slice(scan.base + start, scan.base + stop))
      end = stop
      i = skipSpaces(f, stop, f.length)
      // "của HĐND tỉnh khóa X, kỳ họp thứ 12 về …": the session goes with the issuer; the title follows it.
      // "của Bộ Chính trị (khóa XII) \"về …\"": the term in brackets goes with the issuer too.
      const session = SESSION.exec(f.slice(i, i + 40)) ?? BRACKETED_TERM.exec(f.slice(i, i + 16))
      if (session !== null) {
        end = i + session[0].length
        i = skipSpaces(f, end, f.length)
      }
      if (mention.date === null) {
        next = date(i)
        if (next !== -1) end = next
      }
    }
  }
  return end
}

/**
 * Where an issuer phrase ends: a stop word, punctuation, another citation, or
 * 10 words; past ten only names and a term go on ("… Ban Chấp hành Trung ương
 * Đảng khóa XII"), up to 16.
 */
function issuerEnd(scan: Scan, start: number): number {
  const {f} = scan
  let i = start
  let words = 0
  let end = start
  let term = false
  while (i < f.length && words < 16) {
    const ch = f[i]!
    // "của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": one person's two offices, one issuer.
    if (ch === ',' && words === 2 && f.startsWith('bo truong, ', start) && isUpperAt(scan.text, scan.base + i + 2)) {
      i++
      continue
    }
    if (',;.():"“”'.includes(ch)) break
    // A hard line break inside the issuer ("của Bộ trưởng Bộ\nNội vụ") is a space.
    if (ch === ' ' || ch === '\n') {
      i++
      continue
    }
    if (ISSUER_STOPS.some((stop) => phraseIn(scan.text, scan.base + i, stop))) break
    let w = i
    while (w < f.length && isWordCode(f.charCodeAt(w))) w++
    if (w === i) break
    const word = f.slice(i, w)
    if (words >= 10 && !isUpperAt(scan.text, scan.base + i) && word !== 'khoa' && !term) break
    term = word === 'khoa'
    if (typeAt(f, i, word) !== null && words > 0 && isUpperAt(scan.text, scan.base + i)) break
    if (word === 'va' && words > 0) {
      const after = skipSpaces(f, w, f.length)
      let next = after
      while (next < f.length && isWordCode(f.charCodeAt(next))) next++
      // "của Bộ Nội vụ và Bộ Tài chính" is one joint issuer; "… và Quyết định số …" a new citation.
      if (typeAt(f, after, f.slice(after, next)) !== null || !isUpperAt(scan.text, scan.base + after)) break
    }
    words++
    i = w
    end = w
  }
  return end
}

const ABBREVIATION = /\b(UBND|HĐND)\b/gu

/** ", kỳ họp thứ 12" (folded) after an issuer: its session, before the title. */
const SESSION = /^,?\s?ky hop (?:thu )?[a-z0-9]{1,8}(?: (?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin))?(?: (?:chuyen de|bat thuong))?/

/** "(khóa XII)" (folded) after an issuer: its term in brackets. */
const BRACKETED_TERM = /^\(khoa [a-z0-9]{1,8}\)/

/** "UBND tỉnh Bình Định" → "Ủy ban nhân dân tỉnh Bình Định"; capitals to usual case. */
function cleanIssuer(raw: string): string | null {
  const text = stripEnd(squash(raw), ',;.', false)
  if (text.length === 0) return null
  const expanded = text.replace(ABBREVIATION, (m) => (m === 'UBND' ? 'Ủy ban nhân dân' : 'Hội đồng nhân dân'))
  // "của Chính Phủ", "của BỘ NỘI VỤ": a known body in its own spelling.
  const known = KNOWN_ISSUERS.get(fold(expanded))
  if (known !== undefined) return known
  return isUpperText(expanded) ? bodyName(expanded) : expanded
}

/** The bodies of the issuer codes by their folded names: "chinh phu" → "Chính phủ". */
const KNOWN_ISSUERS: ReadonlyMap<string, string> = new Map(Object.values(issuerCodes).map((name) => [fold(name), name] as const))

/**
 * Do the words from `s` to `e` (local) name only a body, no verb of a title
 * nor another instrument? "của UBND tỉnh" before "số 45/KH-UBND" does; "của
 * Chính phủ thực hiện Nghị quyết" before "số 57-NQ/TW" does not.
 */
function namesOnlyIssuer(scan: Scan, s: number, e: number): boolean {
  const {f} = scan
  for (let i = s; i < e; i++) {
    if (i > s && f[i - 1] !== ' ') continue
    if (ISSUER_STOPS.some((stop) => phraseIn(scan.text, scan.base + i, stop))) return false
    let w = i
    while (w < e && isWordCode(f.charCodeAt(w))) w++
    if (w > i && typeAt(f, i, f.slice(i, w)) !== null) return false
  }
  return true
}

/** The end of the clause a title stands in (local index). */
function clauseEnd(scan: Scan, start: number): number {
  const {f, text, base} = scan
  const limit = Math.min(f.length, start + MAX_TITLE)
  for (let i = start; i < limit; i++) {
    const ch = f[i]!
    if (ch === ';' || ch === ':') return i
    if (ch === '.' && (i + 1 >= f.length || f[i + 1] === ' ' || f[i + 1] === '\n')) return i
    // ", Ủy ban nhân dân tỉnh ban hành Kế hoạch …", ", Sở Nội vụ đề nghị các cơ quan …": the sentence the citation opens.
    if (ch === ',' && i > start) {
      const at = skipSpaces(f, i + 1, f.length)
      // Only a capital opens that sentence: most commas are turned away before the search.
      if (isUpperAt(text, base + at)) {
        const window = f.slice(at, at + 80)
        const verb = window.search(MAIN_CLAUSE_VERB)
        if (verb !== -1 && !window.slice(0, verb).includes(',')) return i
      }
    }
    // ", Quyết định số …" / " và Nghị định số …": the next citation of a list.
    if ((ch === ',' || (ch === ' ' && f.startsWith(' va ', i))) && i > start) {
      const at = skipSpaces(f, ch === ',' ? i + 1 : i + 4, f.length)
      let w = at
      while (w < f.length && isWordCode(f.charCodeAt(w))) w++
      const t = typeAt(f, at, f.slice(at, w))
      if (t && isUpperAt(text, base + at)) {
        const after = skipSpaces(f, at + t.folded.length, f.length)
        if (phraseAt(f, after, 'so') || /\d/.test(f[after] ?? '')) return i
      }
    }
  }
  if (limit < f.length) {
    const space = f.lastIndexOf(' ', limit)
    return space > start ? space : limit
  }
  return f.length
}

/** The verb of the sentence a citation opens (folded): "… ban hành Kế hoạch", "… đề nghị", "… yêu cầu", "Kế hoạch đặt mục tiêu …". */
const MAIN_CLAUSE_VERB = / (?:(?:ban hanh|xay dung|trien khai) (?:ke hoach|chuong trinh|quyet dinh)|de nghi|yeu cau|thong bao|huong dan cac|chi dao cac|dat (?:ra )?muc tieu|de ra|phat dong) /

/** Read the title clause after a mention; set title, relations and span. */
function readTitle(scan: Scan, at: number, mention: CitationMention): void {
  const {f} = scan
  let i = skipSpaces(f, at, f.length)
  if (f[i] === ',') i = skipSpaces(f, i + 1, f.length)
  // A quoted title: "… của Ban Thường vụ Thành ủy \"về đẩy mạnh …\"".
  const quote = f[i] === '"' || f[i] === '“' ? 1 : 0
  const opening = TITLE_OPENINGS.find((o) => phraseAt(f, i + quote, o))
  if (opening === undefined) return
  const end = clauseEnd(scan, i)
  if (end <= i) return
  let start = i
  // "về …" and "\"về …\"" alike: the quote is dropped with the opening (the closing one is unpaired then, and dropped too).
  const dropped = DROPPED.find((d) => phraseAt(f, start + quote, d))
  if (dropped !== undefined) start = skipSpaces(f, start + quote + dropped.length, end)
  // The short name given in brackets at its end is no part of the title.
  let raw = scan.text.slice(scan.base + start, scan.base + aliasBracketAt(f, start, end))
  // Catalogue style: "… do Chính phủ ban hành".
  const by = raw.endsWith('ban hành') && raw.includes(' do ') ? /\sdo\s([^,;]{2,80}?)\sban hành$/u.exec(raw) : null
  if (by) {
    if (mention.issuer === null) mention.issuer = cleanIssuer(by[1]!)
    raw = raw.slice(0, by.index)
  }
  // "… năm 2025," at the end of a preamble clause: the comma closes the clause, not the title.
  const title = stripEnd(unquoted(squash(raw)), ',')
  mention.title = title.length > 0 ? title : null
  mention.titleSpan = [scan.base + i, scan.base + end]
  for (let k = i; k < end; k++) {
    if ((k > i && isWordCode(f.charCodeAt(k - 1))) || !RELATION_INITIALS.has(f.charCodeAt(k))) continue
    const rel = RELATIONS.find((r) => phraseIn(scan.text, scan.base + k, r.folded))
    if (rel) {
      // "…, được sửa đổi, bổ sung bởi Nghị định số 85/2021/NĐ-CP": said of this instrument, and no part of its title.
      const passive = PASSIVE.exec(f.slice(Math.max(i, k - 12), k))
      if (passive !== null && !mention.relations.some((r) => r.passive === true)) {
        const cut = stripEnd(squash(scan.text.slice(scan.base + start, scan.base + k - passive[0].length)), ', ')
        mention.title = cut.length > 0 ? cut : null
      }
      const text = squash(scan.text.slice(scan.base + k + rel.folded.length, scan.base + Math.min(end, k + rel.folded.length + 160)))
      mention.relations.push({type: rel.type, at: scan.base + k + rel.folded.length, text, ...(passive !== null ? {passive: true} : {})})
      k += rel.folded.length
    }
  }
}

/** "được ", "đã được ", "(được ": a relation phrase after it is said of the citing instrument (folded). */
const PASSIVE = /[,(\s]\s?(?:da )?duoc\s$/

/**
 * A title without the quotes around it ("\"về đẩy mạnh …\"" → "về đẩy mạnh …"); a
 * quoted name inside keeps both its quotes ("phê duyệt Đề án \"Xác định …\"").
 */
function unquoted(title: string): string {
  if (/^["“']/.test(title)) return stripEnd(stripStart(title, '"“”\'', false), '"“”\'', false)
  const straight = title.split('"').length - 1
  const open = title.split('“').length - 1
  const close = title.split('”').length - 1
  return straight % 2 === 1 || close > open ? stripEnd(title, '"”', false) : title
}

/** The constitution: one a year, named by it ("Hiến pháp 2013"). */
export const CONSTITUTION = 'Hiến pháp'

/** Read a name after a type ("Đầu tư công 2019"): its end, the name and its year, or null. */
function readName(scan: Scan, at: number, withPeriod: boolean): {end: number; name: string; year: number | null} | null {
  const {f, text, base} = scan
  let i = at
  let end = at
  let words = 0
  let year: number | null = null
  let period = false
  let until = false
  const congress = phraseAt(f, at, 'dai hoi')
  // "Luật Ban hành văn bản quy phạm pháp luật năm 2015": a known name is read whole, then its year.
  const known = withPeriod ? undefined : KNOWN_NAMES.find((p) => phraseAt(f, at, p))
  if (known !== undefined) {
    i = at + known.length
    end = i
    words = 1
  }
  while (i < f.length && words < 16) {
    if (f[i] === ' ' && f[i + 1] !== ' ') {
      i++
      continue
    }
    if (f[i] === '-' && /\d/.test(f[i + 2] ?? f[i + 1] ?? '')) {
      i++
      continue
    }
    // "Luật Cán bộ, công chức", "Luật Phòng, chống tham nhũng": a comma inside a short name, before lower case.
    if (f[i] === ',' && f[i + 1] === ' ' && words > 0 && words <= 2 && !withPeriod && startsLower(text.slice(base + i + 2, base + i + 3)) && !isNameStop(wordAt(text, base + i + 2).toLowerCase())) {
      i += 2
      continue
    }
    let w = i
    while (w < f.length && isWordCode(f.charCodeAt(w))) w++
    if (w === i) break
    const word = f.slice(i, w)
    if (/^\d{4}$/.test(word)) {
      // "2019" ends a law's name; "2021 - 2030" and "đến năm 2025" end a period.
      year = Number(word)
      end = w
      const dash = /^\s?[-–]\s?(\d{4})/.exec(f.slice(w, w + 8))
      if (dash) {
        end = w + dash[0].length
        period = true
      } else if (until) {
        period = true
      }
      if (!withPeriod || period || !congress) break
      i = end
      continue
    }
    if (word === 'nam' && /^ \d{4}/.test(f.slice(w, w + 5))) {
      i = w + 1
      continue
    }
    if ((word === 'giai' && f.startsWith('giai doan', i)) || (word === 'nhiem' && f.startsWith('nhiem ky', i)) || (word === 'den' && f.startsWith('den nam', i))) {
      until = word === 'den'
      i = w
      words++
      continue
    }
    const upper = isUpperAt(text, base + i)
    // "Luật số 131/2020/QH14": "số" before a number ends the name; "Pháp lệnh Dân số", "Luật Công nghệ số" end with it.
    const numberWord = word === 'so' && !/^\s{0,2}:?\s{0,2}\d/.test(f.slice(w, w + 6))
    if (!upper && !numberWord && isNameStop(scan.text.slice(base + i, base + w).toLowerCase())) {
      // "Pháp lệnh Ưu đãi người có công với cách mạng": stop words inside a fixed phrase of a name.
      const inner = NAME_INNER.find((p) => phraseAt(f, i, p))
      if (inner === undefined) break
      i += inner.length
      end = i
      words += inner.split(' ').length
      continue
    }
    if (words > 0 && upper && typeAt(f, i, word) !== null) break
    words++
    end = w
    i = w
  }
  if (end <= at) return null
  // A resolution named by its plenum and term: "Nghị quyết Trung ương 4 khóa XII".
  if (withPeriod && !period && !congress && !/den nam \d{4}|(?:^|\s)khoa [ivxl]{1,6}(?![a-z])/.test(f.slice(at, end))) return null
  let name = squash(text.slice(base + at, base + end)).replace(/\s*(?:năm|nam)?\s*\d{4}$/u, (m) => (period ? m : ''))
  // "Hiến pháp năm 2013": the year is the name.
  if (name.length === 0 && year !== null) name = `năm ${year}`
  if (name.length === 0) return null
  return {end, name, year: period ? null : year}
}

/**
 * "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ
 * chức chính quyền địa phương": an amending instrument is named by the ones it
 * amends. The name runs to the end of the last of them, each of which becomes
 * an "amends" relation.
 */
function readAmendingName(scan: Scan, at: number, mention: CitationMention): {end: number; name: string; year: number | null} | null {
  const {f, text, base} = scan
  const phrase = phraseAt(f, at, 'sua doi, bo sung') ? 'sua doi, bo sung' : phraseAt(f, at, 'sua doi') ? 'sua doi' : null
  if (phrase === null) return null
  let i = skipSpaces(f, at + phrase.length, f.length)
  if (phraseAt(f, i, 'mot so dieu')) i = skipSpaces(f, i + 11, f.length)
  if (phraseAt(f, i, 'cua')) i = skipSpaces(f, i + 3, f.length)
  if (phraseAt(f, i, 'cac')) i = skipSpaces(f, i + 3, f.length)
  const relations: CitationMention['relations'] = []
  let end = -1
  let lastYear: number | null = null
  for (let n = 0; n < 8; n++) {
    let w = i
    while (w < f.length && isWordCode(f.charCodeAt(w))) w++
    const type = typeAt(f, i, f.slice(i, w))
    if (type === null || !isUpperAt(text, base + i)) break
    const inner = readName(scan, skipSpaces(f, i + type.folded.length, f.length), false)
    if (inner === null) break
    relations.push({type: 'amends', at: base + i, text: squash(text.slice(base + i, base + inner.end))})
    end = inner.end
    lastYear = inner.year
    // ", Luật …" or "và Luật …" goes on; anything else ends the name.
    let next = skipSpaces(f, end, f.length)
    if (f[next] === ',') next = skipSpaces(f, next + 1, f.length)
    else if (phraseAt(f, next, 'va')) next = skipSpaces(f, next + 2, f.length)
    else break
    i = next
  }
  if (end === -1) return null
  let name = squash(text.slice(base + at, base + end))
  let year: number | null = null
  // "… của Luật Cán bộ, công chức và Luật Viên chức năm 2019": after a list of laws, the year is the amending law's.
  if (relations.length > 1 && lastYear !== null) {
    const last = relations[relations.length - 1]!
    last.text = last.text.replace(TRAILING_YEAR, '')
    name = name.replace(TRAILING_YEAR, '')
    year = lastYear
  }
  mention.relations.push(...relations)
  return {end, name, year}
}

/** A year at the end of a name: " năm 2019", ", 2019". */
const TRAILING_YEAR = /,?\s(?:năm\s)?(?:19|20)\d\d$/u

function emptyMention(docType: string | null): CitationMention {
  return {docType, number: null, name: null, date: null, year: null, issuer: null, issuerCode: null, title: null, relations: [], titleSpan: null, pin: null}
}

function fromNumber(mention: CitationMention, found: FoundNumber): void {
  mention.number = found.number
  const parts = found.parts
  if (parts.year !== null) mention.year = parts.year
  if (mention.docType === null) mention.docType = parts.typeName
  if (mention.docType === null && parts.term !== null) mention.docType = 'Luật'
  // A joint circular (TTLT-BTC-BNV) is issued by every body its code names.
  const code = parts.typeCode === 'TTLT' && parts.issuerCodes.length > 1 ? parts.issuerCodes.join('-') : (parts.issuerCodes[0] ?? null)
  if (code !== null && issuerNameForCode(code) !== null) mention.issuerCode = code
}

/** 1 for the capitals that can start a type name ("N" of Nghị, "Q" of Quyết, …). */
const TYPE_INITIALS: Uint8Array = (() => {
  const table = new Uint8Array(0x2000)
  for (const t of TYPES) {
    const code = t.name.toUpperCase().charCodeAt(0)
    if (code < table.length) table[code] = 1
  }
  return table
})()

/**
 * The type word that ends right before a number ("quyết định số 12/…"), read
 * backwards from the number's first digit; its start (local index) or -1.
 */
function typeBefore(f: string, numberStart: number): number {
  let j = numberStart
  while (j > 0 && f[j - 1] === ' ') j--
  if (f[j - 1] === ':') j--
  while (j > 0 && f[j - 1] === ' ') j--
  if (f.endsWith('so', j) && (j === 2 || f[j - 3] === ' ')) j -= 2
  while (j > 0 && f[j - 1] === ' ') j--
  if (f.endsWith('hanh dong', j)) j = Math.max(0, j - 10)
  for (const t of TYPES) {
    const at = j - t.folded.length
    if (at >= 0 && f.startsWith(t.folded, at) && (at === 0 || !isWordCode(f.charCodeAt(at - 1)))) return at
  }
  return -1
}

/** Where the number around a "/" starts ("803 /KH": at the 8), or -1. */
function numberStartBefore(f: string, slash: number): number {
  let j = slash
  let spaces = 0
  while (j > 0 && f[j - 1] === ' ' && spaces < 2) {
    j--
    spaces++
  }
  const letter = f.charCodeAt(j - 1)
  if (j > 1 && letter >= 0x61 && letter <= 0x7a && f.charCodeAt(j - 2) >= 0x30 && f.charCodeAt(j - 2) <= 0x39) j--
  let digits = 0
  while (j > 0 && digits < 7 && f.charCodeAt(j - 1) >= 0x30 && f.charCodeAt(j - 1) <= 0x39) {
    j--
    digits++
  }
  if (digits === 0 || digits > 6) return -1
  const before = f.charCodeAt(j - 1)
  if (j > 0 && (isWordCode(before) || before === 0x2f || before === 0x2d || before === 0x2e)) return -1
  return j
}

/**
 * The recogniser. It visits two kinds of candidate only: a capital that can
 * start a type name, and a "/" (a number, with the type word before it in any
 * case, or bare). Everything else is skipped with a table look-up a character.
 */
export const citations: InlineRecognizer = (ctx: Context, s: number, e: number) => {
  const text = ctx.text
  let out: InlineSpan[] | null = null
  let scan: Scan | null = null
  let done = s
  for (let at = s; at < e; at++) {
    const code = text.charCodeAt(at)
    const slash = code === 0x2f
    if (!slash && (code >= 0x2000 || TYPE_INITIALS[code] !== 1)) continue
    if (at < done) continue
    if (!slash && at > s && isWordCode(text.charCodeAt(at - 1))) continue
    scan ??= {text, f: ctx.folded.slice(s, e), base: s, end: e, shortForms: ctx.shortForms}
    const found = candidate(scan, at - s, done - s)
    if (found) {
      out ??= []
      found.mention.pin = pinBefore(scan, found.start)
      if (found.mention.sameDay) {
        const before = out[out.length - 1]?.node.props.mention as CitationMention | undefined
        if (before !== undefined && found.mention.date === null) {
          found.mention.date = before.date
          found.mention.year = before.year
        }
        delete found.mention.sameDay
      }
      out.push({s: s + found.start, e: s + found.end, node: leaf('citation', s + found.start, s + found.end, {mention: found.mention})})
      done = s + found.end
      at = done - 1
    }
  }
  if (out !== null && out.length > 1) shareTrailingDetails(text, out)
  return out ?? []
}

/**
 * "Nghị quyết số 01/NQ-CP và số 02/NQ-CP ngày 05/01/2024 của Chính phủ",
 * "Quyết định số 2151/QĐ-UBND, Quyết định số 2152/QĐ-UBND ngày 20/10/2023 của
 * UBND tỉnh": numbers listed one after another, of one type and one issuer
 * code, share the date and the issuer said once after the last.
 */
function shareTrailingDetails(text: string, spans: InlineSpan[]): void {
  for (let k = spans.length - 2; k >= 0; k--) {
    const a = spans[k]!.node.props.mention as CitationMention
    const b = spans[k + 1]!.node.props.mention as CitationMention
    if (a.date !== null || a.issuer !== null || a.title !== null || b.date === null || a.number === null || b.number === null) continue
    if (a.docType !== b.docType || a.issuerCode === null || a.issuerCode !== b.issuerCode) continue
    const between = text.slice(spans[k]!.e, spans[k + 1]!.s)
    if (between.length > 12 || !LISTED_BETWEEN.has(squash(between))) continue
    a.date = b.date
    a.year = b.year
    a.issuer = b.issuer
  }
}

/** What stands between two listed numbers, squashed: ", ", " và ", " và số " (the second span opens at its type or its number). */
const LISTED_BETWEEN: ReadonlySet<string> = new Set(['', ',', ';', 'và', ', và', 'số', ', số', '; số', 'và số', ', và số'])

/**
 * The part of an instrument cited just before it ("điểm a khoản 2 Điều 5",
 * "Điều 12 của", "Mục 3 Chương II"), read backwards from local index `at`; or null.
 */
function pinBefore(scan: Scan, at: number): string | null {
  const {f, text, base} = scan
  let j = at
  while (j > 0 && f[j - 1] === ' ') j--
  if (j >= 3 && f.startsWith('cua', j - 3) && (j === 3 || f[j - 4] === ' ')) {
    j -= 3
    while (j > 0 && f[j - 1] === ' ') j--
  }
  const end = j
  let start = -1
  // Up to four parts, innermost first: "Điều 5", then "khoản 2", then "điểm a".
  for (let parts = 0; parts < 4; parts++) {
    let k = j
    while (k > 0 && k > j - 6 && /[0-9a-zđ]/.test(f[k - 1]!)) k--
    // "5", "10a", "a" (a point), "ii" (a chapter in Roman numerals).
    if (!PIN_LABEL.test(f.slice(k, j))) break
    let w = k
    while (w > 0 && f[w - 1] === ' ') w--
    const word = PIN_WORDS.find((p) => w - p.length >= 0 && f.startsWith(p, w - p.length) && (w - p.length === 0 || !isWordCode(f.charCodeAt(w - p.length - 1))))
    if (word === undefined || w === k) break
    start = w - word.length
    j = start
    while (j > 0 && f[j - 1] === ' ') j--
  }
  return start === -1 ? null : squash(text.slice(base + start, base + end))
}

const PIN_WORDS = pinWords.map(fold).sort((a, b) => b.length - a.length)
const PIN_LABEL = /^(?:\d{1,3}[a-zđ]?|[a-zđ]|[ivx]{1,5})$/

/** Check the candidate at local index `i` (a "/" or a capital); `done` is where the last citation ended. */
function candidate(scan: Scan, i: number, done: number): Found | null {
  const {f} = scan
  if (f.charCodeAt(i) === 0x2f) {
    const numberStart = numberStartBefore(f, i)
    if (numberStart === -1 || numberStart < done) return null
    const typeStart = typeBefore(f, numberStart)
    if (typeStart !== -1 && typeStart >= done) {
      let w = typeStart
      while (w < f.length && isWordCode(f.charCodeAt(w))) w++
      return typed(scan, typeStart, f.slice(typeStart, w))
    }
    return bareNumber(scan, numberStart)
  }
  let w = i
  while (w < f.length && isWordCode(f.charCodeAt(w))) w++
  const word = f.slice(i, w)
  return TYPES_BY_WORD.has(word) ? typed(scan, i, word) : null
}

type Found = {start: number; end: number; mention: CitationMention}

/** Words after which a bare short number still reads as one, folded. */
const AFTER_SHORT = new Set(shortNumberFollowers.map(fold))

/**
 * "30/2020" (number and year) or a bare "30c" before punctuation or a word of
 * AFTER_SHORT: a short number with no codes, at local index `k`. Before any
 * other word it is `loose`: a short form only once the plan has used it so.
 */
function shortNumber(f: string, k: number): {number: string; end: number; loose?: boolean} | null {
  let i = k
  while (i < f.length && i - k < 6 && f.charCodeAt(i) >= 0x30 && f.charCodeAt(i) <= 0x39) i++
  if (i === k || i - k > 5) return null
  const letter = f.charCodeAt(i)
  if (letter >= 0x61 && letter <= 0x7a && !isWordCode(f.charCodeAt(i + 1))) i++
  const year = /^\/((?:19|20)\d\d)(?![\w/-])/.exec(f.slice(i, i + 7))
  if (year) return {number: f.slice(k, i) + year[0], end: i + year[0].length}
  const next = f.charCodeAt(i)
  if (isWordCode(next) || next === 0x2f || next === 0x2d || (next === 0x2e && isWordCode(f.charCodeAt(i + 1)))) return null
  let w = skipSpaces(f, i, f.length)
  if (w === i || !isWordCode(f.charCodeAt(w))) return f[w] === undefined || ',.;:)'.includes(f[w]!) ? {number: f.slice(k, i), end: i} : null
  const start = w
  while (w < f.length && isWordCode(f.charCodeAt(w))) w++
  const word = f.slice(start, w)
  // "Nghị quyết 30c ngày 08/11/2011", not "Chương trình 100 ngày".
  if (word === 'ngay' && !/^ \d/.test(f.slice(w, w + 2))) return null
  return {number: f.slice(k, i), end: i, loose: !AFTER_SHORT.has(word)}
}


/** "số 1173/KH-UBND" with no type word: the code names the type. */
function bareNumber(scan: Scan, i: number): Found | null {
  // "Số: 803/KH-UBND": a label, a document's own number (a header not read as one), not a citation.
  let w = i
  while (w > 0 && scan.f[w - 1] === ' ') w--
  if (scan.f[w - 1] === ':' && scan.f.startsWith('so', w - 3) && (w - 3 === 0 || !isWordCode(scan.f.charCodeAt(w - 4)))) return null
  const found = scanDocumentNumber(scan.text, scan.base + i, scan.base + scan.f.length)
  if (!found || found.parts.typeCode === null || found.parts.issuerCodes.length === 0) return null
  if (issuerNameForCode(found.parts.issuerCodes[0]!) === null) return null
  const mention = emptyMention(null)
  fromNumber(mention, found)
  const end = readTail(scan, found.end - scan.base, mention)
  readTitle(scan, end, mention)
  return {start: i, end, mention}
}

function typed(scan: Scan, i: number, word: string): Found | null {
  const {f, text, base} = scan
  const type = typeAt(f, i, word)
  if (!type) return null
  const upper = isUpperAt(text, base + i)
  let j = skipSpaces(f, i + type.folded.length, f.length)
  if (SELF.some((self) => phraseAt(f, j, self))) return null
  // "Chương trình hành động số 12-CTr/TU", "Kế hoạch hành động số …".
  if (phraseAt(f, j, 'hanh dong') && /^\s{1,2}(so\s|\d)/.test(f.slice(j + 9, j + 13))) j = skipSpaces(f, j + 9, f.length)
  let k = j
  // "Kế hoạch của UBND tỉnh số 45/KH-UBND": the issuer said before the number.
  let issuerBefore: string | null = null
  if (phraseAt(f, k, 'cua') && isUpperAt(text, base + skipSpaces(f, k + 3, f.length))) {
    const from = skipSpaces(f, k + 3, f.length)
    const so = f.slice(from, from + 80).search(/ so \d/)
    if (so > 0 && !/[,;.:]/.test(f.slice(from, from + so)) && namesOnlyIssuer(scan, from, from + so)) {
      issuerBefore = cleanIssuer(text.slice(base + from, base + from + so))
      k = from + so + 1
    }
  }
  if (phraseAt(f, k, 'so')) k = skipSpaces(f, k + 2, f.length)
  // "số76/NQ-CP": the number glued to its word.
  else if (f.startsWith('so', k) && isDigitCode(f.charCodeAt(k + 2))) k += 2
  if (f[k] === ':') k = skipSpaces(f, k + 1, f.length)
  const mention = emptyMention(type.name)
  mention.issuer = issuerBefore
  // "Hiến pháp 2013": one constitution a year, named by it; a year right after the type is no number.
  const yearOnly = type.name === CONSTITUTION && /^(?:19|20)\d\d(?![\d/.-])/.test(f.slice(k, k + 5))
  if (/\d/.test(f[k] ?? '') && !yearOnly) {
    const found = scanDocumentNumber(text, base + k, base + f.length)
    if (found) {
      fromNumber(mention, found)
      mention.docType = type.name
      const end = readTail(scan, found.end - base, mention)
      readTitle(scan, end, mention)
      return {start: i, end, mention}
    }
    const short = shortNumber(f, k)
    if (short === null) return null
    // "(gọi tắt là Đề án 06) … triển khai Đề án 06 hiệu quả": a short form said before reads as one before any word.
    const form = `${type.name}|${short.number.replace(/^0+(?=\d)/, '')}`
    if (short.loose === true && (!upper || scan.shortForms?.has(form) !== true)) return null
    if (upper) scan.shortForms?.add(form)
    mention.short = short.number
    const end = readTail(scan, short.end, mention)
    readTitle(scan, end, mention)
    return {start: i, end, mention}
  }
  if (!upper && !yearOnly) return null
  const withPeriod = NAMED_WITH_PERIOD.has(type.name)
  if (!NAMED.has(type.name) && !withPeriod) return null
  // "pháp Luật" is not a citation of a law.
  if (i >= 5 && f.slice(i - 5, i) === 'phap ') return null
  const named = readAmendingName(scan, j, mention) ?? readName(scan, j, withPeriod)
  if (!named || namesNothing(named.name)) return null
  mention.name = named.name
  if (named.year !== null) mention.year = named.year
  let end = named.end
  // "Luật Thủy sản số 18/2017/QH14": the number after the name.
  const after = skipSpaces(f, end, f.length)
  if (phraseAt(f, after, 'so')) {
    const digit = skipSpaces(f, after + 2, f.length)
    const found = /\d/.test(f[digit] ?? '') ? scanDocumentNumber(text, base + digit, base + f.length) : null
    if (found !== null) {
      fromNumber(mention, found)
      mention.docType = type.name
      end = found.end - base
    }
  }
  end = readTail(scan, end, mention)
  readTitle(scan, end, mention)
  return {start: i, end, mention}
}
