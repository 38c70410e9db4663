/**
 * Decoding files for the CLI and for users who read Buffers: UTF-8 (with or
 * without BOM), UTF-16 (Word's "Unicode Text", by its BOM or its NUL
 * bytes) and Windows-1258 (by its tone-mark bytes) are decoded; anything else is named so the user knows what to
 * do: empty, binary, or a legacy Vietnamese 8-bit encoding (TCVN3/ABC, VNI)
 * that must be converted to Unicode first. Also catches TCVN3 text that was
 * already decoded as Latin-1 ("B¸o c¸o tµi chÝnh").
 */

/** The result of decoding a file's bytes. */
export type Decoded =
  | {ok: true; text: string}
  | {ok: false; reason: 'empty' | 'binary' | 'tcvn3' | 'vni' | 'utf8-as-latin1' | 'not-utf8'; message: string}

/** Bytes TCVN3 (ABC) uses for Vietnamese letters (á=0xB8, à=0xB5, ả=0xB6, ã=0xB7, ạ=0xB9, ă=0xA8, â=0xA9, ê=0xAA, ô=0xAB, ơ=0xAC, ư=0xAD, đ=0xAE, …). */
const TCVN3 = new Set([0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xcb, 0xcc, 0xce, 0xcf, 0xd0, 0xd1, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xdc, 0xdd, 0xde, 0xdf, 0xe0, 0xe1, 0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xeb, 0xec, 0xed, 0xee, 0xef, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe])

/** Bytes VNI uses after a base vowel for tone and vowel marks (aø, aù, aû, aõ, aï, aâ, aê, …). */
const VNI_MARKS = new Set([0xf8, 0xf9, 0xfb, 0xf5, 0xef, 0xe2, 0xea, 0xe0, 0xe1, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xeb, 0xec, 0xed, 0xee, 0xf2, 0xf3, 0xf4, 0xf6, 0xf7, 0xd8, 0xd9, 0xdb, 0xd5, 0xcf, 0xc2, 0xca])

function isAsciiVowel(byte: number): boolean {
  return 'aeiouyAEIOUY'.includes(String.fromCharCode(byte))
}

/** Windows-1258's combining tone marks: grave 0xCC, acute 0xEC, hook 0xD2, tilde 0xDE, dot below 0xF2. */
const CP1258_TONES = new Set([0xcc, 0xec, 0xd2, 0xde, 0xf2])

/** Windows-1258's vowels a tone mark follows besides the ASCII ones: â ê ô ă ơ ư and their capitals. */
const CP1258_VOWELS = new Set([0xe2, 0xea, 0xf4, 0xe3, 0xf5, 0xfd, 0xc2, 0xca, 0xd4, 0xc3, 0xd5, 0xdd])

/** VNI's tone bytes that Windows-1258 never puts after a vowel (à á ả ạ in VNI: "aø" "aù" "aû" "aï", and capitals). */
const VNI_ONLY_TONES = new Set([0xf8, 0xf9, 0xfb, 0xef, 0xd8, 0xd9, 0xdb, 0xcf])

/** Guess a legacy encoding from raw bytes, or null. */
export function legacyEncoding(bytes: Uint8Array): 'tcvn3' | 'vni' | 'windows-1258' | null {
  let high = 0
  let vni = 0
  let vniOnly = 0
  let cp1258 = 0
  let tcvn = 0
  const n = Math.min(bytes.length, 1 << 20)
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    if (b < 0x80) continue
    high++
    const before = i > 0 ? bytes[i - 1]! : 0
    if (isAsciiVowel(before) && VNI_MARKS.has(b)) vni++
    if (isAsciiVowel(before) && VNI_ONLY_TONES.has(b)) vniOnly++
    if (CP1258_TONES.has(b) && (isAsciiVowel(before) || CP1258_VOWELS.has(before))) cp1258++
    if (TCVN3.has(b) && (i === 0 || before < 0x80)) tcvn++
  }
  if (high < 3) return null
  // Windows-1258 writes tones as marks after the vowel, as VNI does, but with other bytes: named first.
  if (cp1258 >= 10 && cp1258 > vniOnly * 3) return 'windows-1258'
  if (vni >= high * 0.6) return 'vni'
  if (tcvn >= high * 0.6) return 'tcvn3'
  return null
}


/** Letters only Unicode Vietnamese has: ạ … ỹ, đ, ơ, ư. */
function isUnicodeVietnamese(c: number): boolean {
  return (c >= 0x1ea0 && c <= 0x1ef9) || c === 0x111 || c === 0x110 || c === 0x1a1 || c === 0x1a0 || c === 0x1b0 || c === 0x1af
}

/** VNI mark bytes as Latin-1 letters after a vowel: "Keá hoaïch caûi caùch" (á = "aù", ạ = "aï", ả = "aû", đ = "ñ", …). */
const VNI_AS_LATIN1 = new Set([0xf8, 0xf9, 0xfb, 0xf5, 0xef, 0xe2, 0xea, 0xf4, 0xf6, 0xf1, 0xd1, 0xd8, 0xd9, 0xdb, 0xd5, 0xcf])

function isAsciiVowelCode(c: number): boolean {
  // a e i o u y, either case.
  const lower = c | 0x20
  return lower === 0x61 || lower === 0x65 || lower === 0x69 || lower === 0x6f || lower === 0x75 || lower === 0x79
}

/**
 * A UTF-8 continuation byte (0x80–0xBF) as Latin-1 or Windows-1252 shows it:
 * the Latin-1 code itself, or Windows-1252's letters and signs for 0x80–0x9F
 * ("€", "…", "‰", "Š", "œ", …).
 */
function isContinuationShown(c: number): boolean {
  return (c >= 0x80 && c <= 0xbf) || CP1252_HIGH.has(c)
}

const CP1252_HIGH = new Set([0x20ac, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x17d, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x17e, 0x178])

/**
 * Is the code at `i` the lead of a Vietnamese letter's UTF-8 bytes shown as
 * Latin-1: "Ã" "Ä" "Å" "Æ" (0xC3–0xC6: à, ă, đ, ơ, ư, …) before a continuation,
 * or "á" (0xE1) before "º"/"»" (0xBA/0xBB: ạ … ỹ)?
 */
function utf8LeadShown(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  const next = text.charCodeAt(i + 1)
  if (c >= 0xc3 && c <= 0xc6) return isContinuationShown(next)
  return c === 0xe1 && (next === 0xba || next === 0xbb) && isContinuationShown(text.charCodeAt(i + 2))
}

/**
 * Does the start of `text` read as Vietnamese decoded with the wrong table:
 * at least 20 of its mark letters, three times more than Unicode Vietnamese
 * letters? TCVN3 ("B¸o c¸o tµi chÝnh": ¸ µ ¶ · ¹ ¨ © ª « ¬ ­ ®) and VNI ("Keá
 * hoaïch": mark letters after ASCII vowels) decoded as Latin-1, and UTF-8
 * decoded as Latin-1 or Windows-1252 ("Káº¿ hoáº¡ch", a crawler's or a
 * database's double encoding), are counted in one pass. UTF-8 is named
 * first: its continuation bytes fall among TCVN3's letters.
 */
export function latin1Mojibake(text: string, limit = 200000): 'tcvn3' | 'vni' | 'utf8' | null {
  let tcvn = 0
  let vni = 0
  let utf8 = 0
  let viet = 0
  const n = Math.min(text.length, limit)
  for (let i = 1; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c < 0xa8) continue
    if ((c >= 0xa8 && c <= 0xae) || (c >= 0xb5 && c <= 0xb9)) tcvn++
    else if (((c >= 0xc3 && c <= 0xc6) || c === 0xe1) && utf8LeadShown(text, i)) utf8++
    else if (c >= 0xcf && c <= 0xfb && VNI_AS_LATIN1.has(c) && isAsciiVowelCode(text.charCodeAt(i - 1))) vni++
    else if (isUnicodeVietnamese(c)) viet++
  }
  if (utf8 >= 20 && utf8 > viet * 3) return 'utf8'
  if (tcvn >= 20 && tcvn > viet * 3) return 'tcvn3'
  if (vni >= 20 && vni > viet * 3) return 'vni'
  return null
}

/** TCVN3 text decoded as Latin-1 ("B¸o c¸o"). */
export function looksLikeTcvn3Mojibake(text: string, limit = 200000): boolean {
  return latin1Mojibake(text, limit) === 'tcvn3'
}

/** VNI text decoded as Latin-1 ("Keá hoaïch"). */
export function looksLikeVniMojibake(text: string, limit = 200000): boolean {
  return latin1Mojibake(text, limit) === 'vni'
}

/** Words of Vietnamese with their marks stripped, common in any plan ("cua", "va", "thuc hien"), between any white space (NBSP too). */
const STRIPPED_WORDS = /\s(?:cua|va|cac|duoc|thuc hien|nhung|trong|theo|nam|dong|phan dau|toi thieu|ty le|ho so|thu tuc|hanh chinh|nguoi dan|muc tieu|nhiem vu|ke hoach|giai doan|chi so|dich vu|truc tuyen|dien tu|dat|tren|duoi|huyen|tinh)\s/g

/**
 * Vietnamese with its diacritics stripped ("Phan dau 100% ho so duoc giai quyet"):
 * hundreds of letters at its start, almost none with a mark, and the common
 * words in their stripped form.
 */
export function looksLikeStrippedVietnamese(text: string, limit = 4000): boolean {
  const head = text.length > limit ? text.slice(0, limit) : text
  let ascii = 0
  let marked = 0
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i)
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) ascii++
    else if ((c >= 0xc0 && c <= 0x1ef9) || (c >= 0x300 && c <= 0x323)) marked++
  }
  if (ascii < 40 || marked * 200 > ascii) return false
  const words = head.toLowerCase().match(STRIPPED_WORDS)?.length ?? 0
  // With no letter marked at all, a few words tell (a snippet, a one-section plan); a few marked letters need more.
  return marked === 0 ? words >= (ascii < 300 ? 2 : 3) : ascii >= 300 && words >= 8
}

// ignoreBOM keeps a BOM in the text, so positions match the file byte for byte.
const UTF8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})
const UTF16LE = new TextDecoder('utf-16le', {fatal: true, ignoreBOM: true})
const UTF16BE = new TextDecoder('utf-16be', {fatal: true, ignoreBOM: true})

/**
 * UTF-16, as Word saves "Unicode Text": by its BOM, or with none when the
 * NUL bytes fall on one side only (the high bytes of ASCII letters).
 */
function utf16Of(bytes: Uint8Array): 'le' | 'be' | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'be'
  // Without a BOM, only a text long enough to tell.
  if (bytes.length < 64) return null
  const n = Math.min(bytes.length, 8192)
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i + 1 < n; i += 2) {
    if (bytes[i] === 0) evenNul++
    if (bytes[i + 1] === 0) oddNul++
  }
  const pairs = n >> 1
  if (oddNul >= pairs * 0.3 && evenNul === 0) return 'le'
  if (evenNul >= pairs * 0.3 && oddNul === 0) return 'be'
  return null
}

/**
 * Decode a file's bytes. Never throws.
 *
 * @example decodeBytes(readFileSync('plan.txt'))
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return {ok: false, reason: 'empty', message: 'the file is empty'}
  const utf16 = utf16Of(bytes)
  if (utf16 !== null) {
    try {
      return {ok: true, text: (utf16 === 'le' ? UTF16LE : UTF16BE).decode(bytes)}
    } catch {
      return {ok: false, reason: 'binary', message: 'the file looks like UTF-16 but does not decode: convert it to UTF-8 first'}
    }
  }
  const probe = Math.min(bytes.length, 8192)
  for (let i = 0; i < probe; i++) {
    if (bytes[i] === 0) return {ok: false, reason: 'binary', message: 'the file is binary (it has NUL bytes): extract its text first (PDF, DOC and DOCX are not read)'}
  }
  let text: string
  try {
    text = UTF8.decode(bytes)
  } catch {
    const legacy = legacyEncoding(bytes)
    // Windows-1258 is a Vietnamese encoding the platform decodes: its tone marks come out combining, so compose them.
    // (Made here: a Node built with small ICU has no such decoder, and importing must not fail for it.)
    if (legacy === 'windows-1258') {
      try {
        return {ok: true, text: new TextDecoder('windows-1258').decode(bytes).normalize('NFC')}
      } catch {
        return {ok: false, reason: 'not-utf8', message: 'the file is in Windows-1258, which this Node cannot decode: convert it to UTF-8 first'}
      }
    }
    if (legacy === 'tcvn3') return {ok: false, reason: 'tcvn3', message: 'the file is in the legacy TCVN3 (ABC) encoding: convert it to Unicode (UTF-8) first'}
    if (legacy === 'vni') return {ok: false, reason: 'vni', message: 'the file is in the legacy VNI encoding: convert it to Unicode (UTF-8) first'}
    return {ok: false, reason: 'not-utf8', message: 'the file is not UTF-8 text: convert it to UTF-8 first'}
  }
  const mojibake = latin1Mojibake(text)
  if (mojibake === 'tcvn3') {
    return {ok: false, reason: 'tcvn3', message: 'the text is TCVN3 (ABC) decoded as Latin-1 ("B¸o c¸o"): convert it from TCVN3 to Unicode first'}
  }
  if (mojibake === 'vni') {
    return {ok: false, reason: 'vni', message: 'the text is VNI decoded as Latin-1 ("Keá hoaïch"): convert it from VNI to Unicode first'}
  }
  if (mojibake === 'utf8') {
    return {ok: false, reason: 'utf8-as-latin1', message: 'the text is UTF-8 that was read as Latin-1 and saved again ("Káº¿ hoáº¡ch"): undo it first (iconv -f utf-8 -t windows-1252, or -t latin1)'}
  }
  return {ok: true, text}
}
