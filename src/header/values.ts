/**
 * Cleaning of header values: document numbers, body names from capitals,
 * person names.
 */

import {
  adminLevels,
  bodyAbbreviations,
  fixedBodyNames,
  instrumentTypes,
  issuerCodeAliases,
  issuerCodes,
  issuerHeads,
  levelAbbreviations,
  lookAlikeLetters,
  nameHonorifics
} from '../../grammars/index.js'
import {fold, isMarkless, isUpperCode, squash} from '../text/fold.js'

/** The parts of a số ký hiệu. */
export interface DocumentNumberParts {
  /** The whole number, spaces removed. @example "41/2019/QĐ-UBND" */
  number: string
  /** The serial before the first separator. @example "41", "30c", "19" */
  serial: string
  /** Year embedded in normative numbers, else null. */
  year: number | null
  /** Type abbreviation. @example "QĐ" */
  typeCode: string | null
  /** The type it names, read as a party code in a party number ("04-TT/TW" is a Thông tri). @example "Quyết định" */
  typeName: string | null
  /** Issuer codes after the type. @example ["UBND"], ["VPCP", "KSTT"] */
  issuerCodes: string[]
  /** Term of a law's number ("QH14"), else null. */
  term: string | null
}

const TYPE_BY_CODE: ReadonlyMap<string, string> = new Map(
  instrumentTypes.flatMap((t) =>
    t.code === null ? [] : [t.code, ...(t.aliases ?? [])].map((c) => [c.toUpperCase(), t.name] as const)
  )
)

const PARTY_TYPE_BY_CODE: ReadonlyMap<string, string> = new Map(
  instrumentTypes.flatMap((t) => (t.partyCodes ?? []).map((c) => [c.toUpperCase(), t.name] as const))
)

/** An instrument type name with its folded form. */
export interface FoldedTypeName {
  readonly name: string
  readonly folded: string
  /** The written form folded here, in the lexicon's spelling: "Kế hoạch hành động". */
  readonly written: string
}

/** Instrument type names, folded, longest first so a prefix never wins over the whole name. */
export const foldedTypeNames: readonly FoldedTypeName[] = instrumentTypes
  .flatMap((t) => [t.name, ...(t.names ?? [])].map((written) => ({name: t.name, folded: fold(written), written})))
  .sort((a, b) => b.folded.length - a.folded.length)

const ISSUER_BY_CODE: ReadonlyMap<string, string> = new Map(
  Object.entries(issuerCodes).map(([code, name]) => [code.toUpperCase(), name] as const)
)

const CANONICAL_CODES: ReadonlyMap<string, string> = new Map(Object.keys(issuerCodes).map((code) => [code.toUpperCase(), code] as const))

/** Canonical spelling of an issuer code ("TTG" → "TTg"). */
export function canonicalIssuerCode(code: string): string {
  const alias = issuerCodeAliases[code] ?? issuerCodeAliases[code.toUpperCase()]
  if (alias !== undefined) return alias
  return CANONICAL_CODES.get(code.toUpperCase()) ?? code
}

/** Instrument type name for a type code ("KH" → "Kế hoạch"). */
export function typeNameForCode(code: string): string | null {
  return TYPE_BY_CODE.get(code.toUpperCase()) ?? null
}

/** Cyrillic look-alikes ("КН", "С") as the Latin letters they stand for; other text as it is. */
export function latinLetters(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code >= 0x400 && code <= 0x52f) return [...value].map((ch) => lookAlikeLetters[ch] ?? ch).join('')
  }
  return value
}

/** Body name for an issuer code ("CP" → "Chính phủ"). */
export function issuerNameForCode(code: string): string | null {
  const byCode = (c: string): string | undefined => ISSUER_BY_CODE.get(canonicalIssuerCode(c).toUpperCase())
  const name = byCode(code)
  if (name !== undefined || !code.includes('-')) return name ?? null
  // "BTC-BNV", the issuers of a joint circular (TTLT): "Bộ Tài chính và Bộ Nội vụ".
  const names = code.split('-').map(byCode)
  if (names.some((n) => n === undefined)) return null
  return `${names.slice(0, -1).join(', ')} và ${names[names.length - 1]}`
}

/**
 * Split a số ký hiệu into its parts.
 *
 * @example parseDocumentNumber("803 /KH-UBND")?.typeCode === "KH"
 * @example parseDocumentNumber("19-NQ/TW")?.issuerCodes[0] === "TW"
 */
export function parseDocumentNumber(raw: string): DocumentNumberParts | null {
  // "12/КН-UBND" typed with Cyrillic К and Н: the Latin letters they stand for.
  const number = latinLetters(raw.replace(/\s+/g, ''))
  if (!/^\d/.test(number)) return null
  const slash = number.indexOf('/')
  if (slash === -1) return null
  const head = number.slice(0, slash)
  const tail = number.slice(slash + 1)
  // Party form "19-NQ/TW": serial-TYPE/ISSUER.
  const dash = head.indexOf('-')
  if (dash !== -1) {
    const typeCode = head.slice(dash + 1)
    return {
      number,
      serial: head.slice(0, dash),
      year: null,
      typeCode: typeCode || null,
      typeName: typeCode ? (PARTY_TYPE_BY_CODE.get(typeCode.toUpperCase()) ?? typeNameForCode(typeCode)) : null,
      issuerCodes: tail.split('-').filter(Boolean),
      term: null
    }
  }
  let rest = tail
  let year: number | null = null
  const yearMatch = /^(\d{4})\//.exec(rest)
  if (yearMatch) {
    year = Number(yearMatch[1])
    rest = rest.slice(5)
  }
  const groups = rest.split('-').filter(Boolean)
  // Laws: "57/2014/QH13", "653/2019/UBTVQH14".
  const termMatch = /^(QH|UBTVQH)(\d{1,2})$/.exec(rest)
  if (termMatch) {
    return {number, serial: head, year, typeCode: null, typeName: null, issuerCodes: [termMatch[1]!], term: rest}
  }
  const first = groups[0] ?? null
  const typeName = first === null ? null : typeNameForCode(first)
  if (typeName !== null) {
    return {number, serial: head, year, typeCode: first, typeName, issuerCodes: groups.slice(1), term: null}
  }
  // Công văn "123/UBND-VP" has no type code.
  return {number, serial: head, year, typeCode: null, typeName: null, issuerCodes: groups, term: null}
}

const LEVELS_FOLDED = adminLevels.map((level) => ({level, folded: fold(level)}))
const FIXED_FOLDED = fixedBodyNames
  .map((name) => ({name, folded: fold(name)}))
  .sort((a, b) => b.folded.length - a.folded.length)
const ABBREVIATIONS = Object.entries(bodyAbbreviations).sort((a, b) => b[0].length - a[0].length)

/** "AN GIANG" → "An Giang". */
export function titleCaseWords(value: string): string {
  return value
    .toLowerCase()
    .split(' ')
    .map((w) => (w.length === 0 ? w : w[0]!.toUpperCase() + w.slice(1)))
    .join(' ')
}

function startsWithWord(folded: string, prefix: string): boolean {
  return folded.startsWith(prefix) && (folded.length === prefix.length || folded[prefix.length] === ' ')
}

const LEVEL_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries(levelAbbreviations))

/**
 * The length of the abbreviated level at `at` of `text`, its dot and a space
 * after it included ("TP. ", "Tx."), or 0: "TP." (thành phố), "TX." (thị xã).
 */
export function levelAbbreviationAt(text: string, at = 0): number {
  const code = text.slice(at, at + 2).toUpperCase()
  if (!LEVEL_ABBREVIATIONS.has(code) || text[at] !== code[0] || text[at + 2] !== '.') return 0
  return text[at + 3] === ' ' ? 4 : 3
}

/** "tỉnh An Giang" from "TỈNH AN GIANG", "thành phố Hồ Chí Minh" from "TP. HỒ CHÍ MINH"; null when it does not start with a level. */
export function adminUnit(value: string): string | null {
  const text = squash(value)
  // "TP. HỒ CHÍ MINH", "TX. KIẾN TƯỜNG": the level abbreviated.
  const short = levelAbbreviationAt(text)
  if (short > 0 && text.length > short) {
    const rest = text.slice(short)
    return `${LEVEL_ABBREVIATIONS.get(text.slice(0, 2).toUpperCase())!} ${rest === rest.toUpperCase() ? titleCaseWords(rest) : rest}`
  }
  const folded = fold(text)
  for (const {level, folded: f} of LEVELS_FOLDED) {
    if (startsWithWord(folded, f)) {
      const rest = text.slice(f.length).trim()
      if (rest.length === 0) return level
      const place = rest === rest.toUpperCase() ? titleCaseWords(rest) : rest
      return `${level} ${place}`
    }
  }
  return null
}

/**
 * The locality a body's name ends with, from the level words of the
 * grammar: "Ủy ban nhân dân tỉnh Quảng Ngãi" → "tỉnh Quảng Ngãi"; null for
 * "Sở Nội vụ". The place is capitalised letters and spaces, at most 41.
 */
export function localityOf(name: string): string | null {
  let best = -1
  for (const level of adminLevels) {
    for (let at = name.indexOf(`${level} `); at !== -1; at = name.indexOf(`${level} `, at + 1)) {
      if ((at === 0 || name[at - 1] === ' ') && (best === -1 || at < best) && isPlace(name.slice(at + level.length + 1))) best = at
    }
  }
  return best === -1 ? null : name.slice(best)
}

function isPlace(rest: string): boolean {
  if (rest.length === 0 || rest.length > 41 || !isUpperCode(rest.charCodeAt(0))) return false
  // Letters and spaces, and the dash of a joined name ("Bà Rịa - Vũng Tàu").
  for (const ch of rest) if (ch !== ' ' && ch !== '-' && ch.toLowerCase() === ch.toUpperCase()) return false
  return true
}

/** Body types that open a name ("SỞ NỘI VỤ", "VĂN PHÒNG UBND"), lower case, longest first. */
const BODY_TYPES = ['tổng cục', 'chi cục', 'văn phòng', 'trung tâm', 'sở', 'bộ', 'ban', 'phòng', 'cục', 'viện', 'trường', 'đài', 'báo', 'hội']
const FOLDED_BODY_TYPES = BODY_TYPES.map(fold)

/**
 * Vietnamese case for a body name in capitals: the type and the first word of
 * the proper name upper case, the rest lower, a capital again after "và" and
 * "-". "SỞ KẾ HOẠCH VÀ ĐẦU TƯ" → "Sở Kế hoạch và Đầu tư".
 */
function bodyProperCase(value: string): string {
  // "THƯỜNG TRỰC HĐND TỈNH HÀ TĨNH": an abbreviated body inside a name is written out.
  const words = value
    .split(' ')
    .map((w) => ABBREVIATIONS_IN_CAPS.get(w) ?? w)
    .join(' ')
    .toLowerCase()
    .split(' ')
  const lower = words.join(' ')
  // Without marks ("SO NOI VU"), the types are matched folded.
  const markless = isMarkless()
  const key = markless ? fold(lower) : lower
  const type = (markless ? FOLDED_BODY_TYPES : BODY_TYPES).find((t) => key === t || key.startsWith(t + ' '))
  const nameStart = type ? type.split(' ').length : 0
  const cap = (w: string): string => (w.length === 0 ? w : w[0]!.toUpperCase() + w.slice(1))
  // "… TỈNH LONG AN": the place after the last administrative level is a proper name
  // ("xã" of "xã hội" is no level).
  let place = words.length
  for (let i = words.length - 2; i > 0; i--) {
    const levels = markless ? FOLDED_LEVEL_WORDS : LEVEL_WORDS
    if ((levels.has(words[i]!) || levels.has(`${words[i - 1]} ${words[i]}`)) && !((words[i] === 'xã' || words[i] === 'xa') && (words[i + 1] === 'hội' || words[i + 1] === 'hoi'))) {
      place = i + 1
      break
    }
  }
  // "TRƯỜNG THCS LÊ LỢI": a school level keeps its capitals, and the name after it is a proper name.
  const acronym = words.findIndex((w, i) => i > 0 && BODY_ACRONYMS.has(w))
  if (acronym !== -1) place = Math.min(place, acronym + 1)
  for (let i = 0; i < words.length; i++) {
    if (i === acronym) words[i] = words[i]!.toUpperCase()
    else if (i === 0 || i === nameStart || i >= place || words[i - 1] === 'và' || (markless && words[i - 1] === 'va') || words[i - 1] === '-') words[i] = cap(words[i]!)
  }
  return withFixedNames(words.join(' '))
}

/** One-word abbreviations of bodies ("HĐND", "UBND"), written out in capitals. */
const ABBREVIATIONS_IN_CAPS: ReadonlyMap<string, string> = new Map(ABBREVIATIONS.filter(([abbr]) => !abbr.includes(' ')).map(([abbr, full]) => [abbr, full.toUpperCase()]))

/** Fixed body names inside a cased name in their usual case: "Thường trực Hội đồng nhân dân tỉnh …". */
function withFixedNames(name: string): string {
  const lower = name.toLowerCase()
  let out = name
  for (const {name: fixed} of FIXED_FOLDED) {
    const want = fixed.toLowerCase()
    for (let at = lower.indexOf(want, 1); at !== -1; at = lower.indexOf(want, at + 1)) {
      const end = at + want.length
      if (lower[at - 1] === ' ' && (end === lower.length || lower[end] === ' ')) out = out.slice(0, at) + fixed + out.slice(end)
    }
  }
  return out
}

/** Acronyms inside body names that stay in capitals (school levels and kinds). */
const BODY_ACRONYMS = new Set(['thcs', 'thpt', 'th', 'mn', 'ptdtbt', 'ptdtnt', 'gdnn-gdtx', 'gdtx', 'th&thcs', 'thcs&thpt'])

/** The first words of bodies' names, folded ("uy ban nhan dan", "so", "phong"). */
const HEADS = issuerHeads.map(fold)

/** Administrative levels ("tỉnh", "thành phố"), one or two words. */
const LEVEL_WORDS = new Set(adminLevels)
const FOLDED_LEVEL_WORDS = new Set(adminLevels.map(fold))

/**
 * A body's name in its usual case, abbreviations expanded.
 *
 * @example bodyName("ỦY BAN NHÂN DÂN TỈNH AN GIANG") === "Ủy ban nhân dân tỉnh An Giang"
 * @example bodyName("UBND huyện") === "Ủy ban nhân dân huyện"
 * @example bodyName("SỞ NỘI VỤ") === "Sở Nội vụ"
 */
export function bodyName(raw: string): string {
  let text = squash(raw)
  // "SỞ TƯ PHÁP - SỞ GIÁO DỤC VÀ ĐÀO TẠO": bodies issuing together (a joint plan), each named
  // in its case; not "Phòng Tài chính - Kế hoạch", one body whose name has a dash.
  const parts = text.split(' - ')
  if (parts.length > 1 && parts.every((part) => HEADS.some((head) => startsWithWord(fold(part), head)))) return parts.map(bodyName).join(' - ')
  for (const [abbr, full] of ABBREVIATIONS) {
    if (text === abbr || text.startsWith(`${abbr} `)) {
      text = full + text.slice(abbr.length)
      break
    }
  }
  const folded = fold(text)
  for (const {name, folded: f} of FIXED_FOLDED) {
    if (startsWithWord(folded, f)) {
      const rest = text.slice(f.length).trim()
      if (rest.length === 0) return name
      return `${name} ${adminUnit(rest) ?? (rest === rest.toUpperCase() ? titleCaseWords(rest) : rest)}`
    }
  }
  const unit = adminUnit(text)
  if (unit !== null) return unit[0]!.toUpperCase() + unit.slice(1)
  if (text !== text.toUpperCase()) return text
  return bodyProperCase(text)
}

/** A person's name in title case: "NGUYỄN THANH BÌNH" → "Nguyễn Thanh Bình". */
export function personName(raw: string): string {
  const text = withoutHonorific(squash(raw))
  return text === text.toUpperCase() ? titleCaseWords(text) : text
}

const HONORIFICS = nameHonorifics.map((h) => h.toLowerCase()).sort((a, b) => b.length - a.length)

/** A name without the titles before it: "PGS.TS Phạm Minh Đức" → "Phạm Minh Đức", "Đại tá Nguyễn Văn Em" → "Nguyễn Văn Em". */
export function withoutHonorific(name: string): string {
  let text = name
  for (let round = 0; round < 4; round++) {
    const lower = text.toLowerCase()
    const hit = HONORIFICS.find((h) => lower.startsWith(h) && (text[h.length] === '.' || text[h.length] === ' '))
    if (hit === undefined) break
    let i = hit.length
    while (text[i] === '.' || text[i] === ' ' || text[i] === ',') i++
    text = text.slice(i)
  }
  return text
}

/** Does `value` look like a person's name (2–6 capitalised words, no digits), titles before it aside? */
export function looksLikePersonName(value: string): boolean {
  const words = withoutHonorific(squash(value)).split(' ')
  if (words.length < 2 || words.length > 6) return false
  for (const w of words) {
    const first = w[0]
    if (first === undefined || first === first.toLowerCase() || /[\d.,;:()/]/.test(w)) return false
  }
  return true
}
