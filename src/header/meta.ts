/**
 * Assemble `plan.meta` from the values every source proposed. Each field has
 * an order of trust (the official header over a portal's catalogue); where
 * two sources disagree the trusted one is kept and a diagnostic says so.
 */

import {adminLevels, untypedNumberType} from '../../grammars/index.js'
import {capitalize, fold, isMarkless, isUpperText, squash, stripEnd} from '../text/fold.js'
import {dateAt} from '../text/dates.js'
import {report, type Context, type MetaCandidate, type MetaSource} from '../tree/draft.js'
import {adminUnit, foldedTypeNames, parseDocumentNumber} from './values.js'

/** The header metadata of a plan; every field is null when the text does not say it. */
export interface MetaDraft {
  documentNumber: string | null
  documentType: string | null
  documentTypeFull: string | null
  issuedDate: string | null
  effectiveDate: string | null
  issuer: string | null
  place: string | null
  signer: string | null
  signerTitle: string | null
  field: string | null
  title: string | null
  period: {from: number; to: number} | null
}

type Field = Exclude<keyof MetaDraft, 'period'>

const TRUST: Readonly<Record<Field, readonly MetaSource[]>> = {
  documentNumber: ['header', 'lead', 'catalogue', 'title'],
  documentType: ['title', 'catalogue', 'lead', 'inferred'],
  documentTypeFull: ['title'],
  issuedDate: ['header', 'lead', 'catalogue', 'title', 'inferred'],
  effectiveDate: ['catalogue'],
  issuer: ['header', 'lead', 'catalogue'],
  place: ['header', 'lead'],
  signer: ['signature', 'catalogue', 'lead'],
  signerTitle: ['signature', 'catalogue', 'lead'],
  field: ['catalogue'],
  title: ['title', 'header', 'lead', 'catalogue']
}

/** Fields where a disagreement is worth a diagnostic. */
const CHECKED: ReadonlySet<Field> = new Set(['documentNumber', 'documentType', 'issuedDate', 'signer'])

const TYPE_NAMES = new Map(foldedTypeNames.map((t) => [t.folded, t.name] as const))

function comparable(field: Field, value: unknown): string {
  const text = String(value)
  if (field === 'documentNumber') return fold(text.replace(/\s+/g, ''))
  return squash(fold(text))
}

/** Assemble meta and its provenance from the candidates of `ctx`. */
export function assembleMeta(ctx: Context): {meta: MetaDraft; sources: Record<string, MetaSource>} {
  const byField = new Map<string, MetaCandidate[]>()
  for (const c of ctx.candidates) {
    if (c.field === 'documentType' && c.source === 'catalogue') {
      // Catalogues file plans under vague types ("Văn bản khác"): keep known types only.
      const known = TYPE_NAMES.get(squash(fold(String(c.value))))
      if (!known || known === 'Văn bản') continue
      c.value = known
    }
    const list = byField.get(c.field) ?? []
    list.push(c)
    byField.set(c.field, list)
  }
  const sources: Record<string, MetaSource> = {}
  const pick = (field: Field): string | null => {
    const list = byField.get(field) ?? []
    let chosen: MetaCandidate | undefined
    for (const source of TRUST[field]) {
      chosen = list.find((c) => c.source === source)
      if (chosen) break
    }
    if (!chosen) return null
    sources[field] = chosen.source
    if (CHECKED.has(field)) {
      const want = comparable(field, chosen.value)
      // Two signature blocks naming different people are co-signers (a joint plan, "liên tịch"), no conflict.
      const cosigned = (c: MetaCandidate): boolean => c.source === 'signature' && chosen.source === 'signature' && (field === 'signer' || field === 'signerTitle')
      const other = list.find((c) => comparable(field, c.value) !== want && c.source !== 'inferred' && !cosigned(c))
      if (other) {
        report(
          ctx,
          'meta-conflict',
          `Unexpected ${field} "${String(other.value)}" from the ${other.source}, expected "${String(chosen.value)}" as the ${chosen.source} says: kept the ${chosen.source}'s`,
          other.s,
          other.e
        )
      }
    }
    return String(chosen.value)
  }

  const meta: MetaDraft = {
    documentNumber: pick('documentNumber'),
    documentType: pick('documentType'),
    documentTypeFull: pick('documentTypeFull'),
    issuedDate: pick('issuedDate'),
    effectiveDate: pick('effectiveDate'),
    issuer: pick('issuer'),
    place: pick('place'),
    signer: pick('signer'),
    signerTitle: pick('signerTitle'),
    field: pick('field'),
    title: pick('title'),
    period: null
  }
  // No type said (a catalogue's "Văn bản khác"): the number's type code says it ("1234/KH-UBND" → Kế hoạch).
  if (meta.documentType === null && meta.documentNumber !== null) {
    const parts = parseDocumentNumber(meta.documentNumber)
    // "3456/UBND-KT": a Công văn has no type code, only its issuer's and its unit's (Nghị định 30/2020/NĐ-CP).
    const type = parts?.typeCode ? parts.typeName : parts !== null && parts.term === null && parts.issuerCodes.length > 0 ? untypedNumberType : null
    if (type !== null) {
      meta.documentType = type
      sources.documentType = 'inferred'
    }
  }
  if (meta.documentTypeFull === null && meta.documentType !== null) meta.documentTypeFull = meta.documentType
  meta.title = caseTitle(meta.title, byField)
  // A portal's page title alone ("Kế hoạch 156/KH-UBND năm 2023 thực hiện …" over the body): its subject is the trích yếu.
  const caption = byField.get('captionTitle')?.[0]
  if (meta.title === null && caption !== undefined) {
    meta.title = capitalize(String(caption.value))
    sources.title = caption.source
  }
  meta.period = periodOf(meta.title, meta.issuedDate ? Number(meta.issuedDate.slice(0, 4)) : null)
  // A catalogue says "Tỉnh An Giang" for the province's People's Committee when the number says UBND.
  if (sources.issuer === 'catalogue' && meta.issuer !== null && meta.documentNumber !== null) {
    const code = parseDocumentNumber(meta.documentNumber)?.issuerCodes[0]
    const unit = adminUnit(meta.issuer)
    if (unit !== null && (code === 'UBND' || code === 'HĐND')) {
      meta.issuer = `${code === 'UBND' ? 'Ủy ban nhân dân' : 'Hội đồng nhân dân'} ${unit}`
      sources.issuer = 'inferred'
    }
  }
  if (meta.effectiveDate === null) {
    const stated = effectiveFromText(ctx.text, ctx.folded, meta.issuedDate)
    if (stated !== null) {
      meta.effectiveDate = stated
      sources.effectiveDate = 'inferred'
    }
  }
  const completed = completeIssuer(meta, ctx.text, ctx.folded, sources.place === 'lead')
  if (completed !== meta.issuer) {
    meta.issuer = completed
    sources.issuer = 'inferred'
  }
  return {meta, sources}
}

/** Type names, folded, that name the document itself right before "có hiệu lực" (a cited one has its number there). */
const SELF_TYPES = foldedTypeNames.map((t) => `${t.folded} `)

/**
 * "Kế hoạch này có hiệu lực kể từ ngày ký" (the issue date), "Quyết định này
 * có hiệu lực thi hành từ ngày 01/01/2024": the effective date the document
 * states of itself ("này" just before), or null.
 */
function effectiveFromText(text: string, folded: string, issued: string | null): string | null {
  for (let at = folded.indexOf('co hieu luc'); at !== -1; at = folded.indexOf('co hieu luc', at + 11)) {
    // Of itself: "… này có hiệu lực", or its type right before ("Kế hoạch có hiệu lực từ …"), not a cited instrument.
    const before = folded.slice(Math.max(0, at - 24), at)
    if (!before.includes(' nay ') && !SELF_TYPES.some((t) => before.endsWith(t))) continue
    let i = at + 11
    const skip = (word: string): void => {
      if (folded.startsWith(` ${word}`, i)) i += word.length + 1
    }
    skip('thi hanh')
    skip('ke tu')
    skip('tu')
    if (folded.startsWith(' ngay ky', i) || folded.startsWith(' ngay ban hanh', i)) return issued
    if (folded.startsWith(' ngay', i)) {
      const date = dateAt(text, i + 1) ?? dateAt(text, i + 6)
      if (date?.iso) return date.iso
    }
  }
  return null
}

/**
 * A trích yếu in capitals takes its case from a mixed-case copy of the same
 * words (the catalogue caption, the lead), when there is one.
 */
function caseTitle(title: string | null, byField: Map<string, MetaCandidate[]>): string | null {
  if (title === null || !isUpperText(title)) return title
  const key = squash(fold(title).replace(/[^a-z0-9 ]/g, ' '))
  const copies = [...(byField.get('captionTitle') ?? []), ...(byField.get('title') ?? [])]
  for (const copy of copies) {
    const text = String(copy.value)
    if (isUpperText(text)) continue
    const copyKey = squash(fold(text).replace(/[^a-z0-9 ]/g, ' '))
    if (copyKey === key) return capitalize(text)
    // A page title puts the year before the subject ("Kế hoạch 156/KH-UBND năm 2023 thực hiện …"), the title after it.
    const year = / nam ((?:19|20)\d\d)$/.exec(key)
    if (year !== null && `${copyKey} nam ${year[1]}` === key) return `${capitalize(text)} năm ${year[1]}`
  }
  return title
}

/**
 * The period a plan covers, from its title: "giai đoạn 2021 - 2025",
 * "2021-2030", "từ năm 2023 đến năm 2025", a single "năm 2022", or "đến năm 2025" from the year it is
 * issued (`issuedYear`). The last range or year counts: a title that names
 * the instrument it implements gives that instrument's period first ("Thực
 * hiện Đề án … giai đoạn 2022 - 2025, tầm nhìn đến năm 2030 … năm 2022-2023"),
 * unless the two are joined by "và": "giai đoạn 2026 - 2030 và năm 2026" covers the period.
 */
export function periodOf(title: string | null, issuedYear: number | null = null): {from: number; to: number} | null {
  if (title === null) return null
  const folded = squash(fold(title))
  let best: {at: number; end: number; from: number; to: number} | null = null
  const ranges = [
    ...folded.matchAll(/(?:^|\D)((?:19|20)\d{2})\s{0,3}[-–—]\s{0,3}((?:19|20)\d{2})(?!\d)/g),
    // "từ năm 2023 đến năm 2025"
    ...folded.matchAll(/(?:^|\s)tu (?:nam )?((?:19|20)\d{2}) (?:den|toi) (?:het )?(?:nam )?((?:19|20)\d{2})(?!\d)/g)
  ].sort((a, b) => a.index - b.index)
  for (const range of ranges) {
    const from = Number(range[1])
    const to = Number(range[2])
    if (to >= from) best = {at: range.index, end: range.index + range[0].length, from, to}
  }
  const years = [...folded.matchAll(/(?:^|\s)nam\s{1,3}((?:19|20)\d{2})(?!\d)/g)]
  for (let k = years.length - 1; k >= 0; k--) {
    const m = years[k]!
    if (best !== null && m.index < best.end) break
    const before = folded.slice(Math.max(0, m.index - 14), m.index)
    if (/thang\s{1,3}\d{1,2}\s{0,3},?$/.test(before)) continue
    if (/den\s{0,2}$/.test(before)) continue
    const year = Number(m[1])
    // "giai đoạn 2026 - 2030 và năm 2026": the plan's own period and its first year, both covered.
    if (best !== null && /^\s{0,3}(?:va|,)\s{0,3}$/.test(folded.slice(best.end, m.index))) return {from: Math.min(best.from, year), to: Math.max(best.to, year)}
    return {from: year, to: year}
  }
  if (best !== null) return {from: best.from, to: best.to}
  // "… đến năm 2025, định hướng đến năm 2030": from the year it is issued to the first
  // horizon that is no orientation ("định hướng", "tầm nhìn").
  if (issuedYear === null) return null
  for (const m of folded.matchAll(/(?:^|\s)den\s{1,3}nam\s{1,3}((?:19|20)\d{2})(?!\d)/g)) {
    if (/(?:dinh huong|tam nhin)\s{0,3}$/.test(folded.slice(Math.max(0, m.index - 14), m.index))) continue
    const to = Number(m[1])
    return to >= issuedYear ? {from: issuedYear, to} : null
  }
  return null
}

const LEVELS = adminLevels.map((level) => ({level, folded: fold(level)}))

/**
 * A name as its words are compared with a level: lower case with its marks,
 * so "Hà Tĩnh" does not end on "tỉnh"; without them in markless text.
 */
function levelForm(name: string): string {
  return isMarkless() ? fold(name) : name.toLowerCase()
}

/** A level as `levelForm` writes it. */
const levelOf = (l: (typeof LEVELS)[number]): string => (isMarkless() ? l.folded : l.level)

/** Does a place name its own level ("Quận 1", "Thành phố Hồ Chí Minh", "TP. Cao Lãnh")? */
function opensWithLevel(place: string): boolean {
  const form = levelForm(place)
  return /^tp\.?\s/.test(fold(place)) || LEVELS.some((l) => form === levelOf(l) || form.startsWith(`${levelOf(l)} `))
}

/**
 * Complete a generic issuer from the text: "Ủy ban nhân dân huyện" +
 * "huyện Tây Sơn" in the title → "Ủy ban nhân dân huyện Tây Sơn"; a bare
 * "Ủy ban nhân dân" + place "Lạng Sơn" + "tỉnh Lạng Sơn" in the text.
 */
export function completeIssuer(meta: MetaDraft, text: string, foldedText: string, placeFromLead: boolean): string | null {
  const issuer = meta.issuer
  if (issuer === null) return null
  const folded = fold(issuer)
  const head = Math.min(6000, text.length)
  const haystack = [
    {source: meta.title ?? '', folded: fold(meta.title ?? '')},
    {source: text.slice(0, head), folded: foldedText.slice(0, head)}
  ]
  const form = levelForm(issuer)
  const trailing = LEVELS.find((l) => form.endsWith(' ' + levelOf(l)))
  if (trailing) {
    // "Chủ tịch UBND tỉnh Nguyễn Văn Thắng ký …": the words after the level are the signer, no place.
    const signer = meta.signer
    const notSigner = (name: string): boolean => signer === null || !signer.startsWith(name)
    for (const {source, folded: f} of haystack) {
      const name = placeAfter(source, f, trailing.level, notSigner)
      if (name !== null) return `${issuer} ${name}`
    }
    // "UBND tỉnh" in a news lead filed from "(Ninh Thuận)": the place names the province
    // (not a place that names its own level: "Quận 1", "Thành phố Hồ Chí Minh").
    if (meta.place !== null && placeFromLead && !opensWithLevel(meta.place)) return `${issuer} ${meta.place}`
    return issuer
  }
  if (meta.place !== null && (folded === 'uy ban nhan dan' || folded === 'hoi dong nhan dan')) {
    for (const {folded: f} of haystack) {
      for (const l of LEVELS) {
        if (f.includes(`${l.folded} ${fold(meta.place)}`)) return `${issuer} ${l.level} ${meta.place}`
      }
    }
  }
  return issuer
}

/** The capitalised words after "huyện" in `source`: "huyện Tây Sơn giai đoạn" → "Tây Sơn". */
function placeAfter(source: string, f: string, level: string, accept: (name: string) => boolean): string | null {
  const key = fold(level) + ' '
  let at = f.indexOf(key)
  while (at !== -1) {
    // The level as written ("TỈNH", not the "TĨNH" of "HÀ TĨNH"), its name on the same line.
    if ((at === 0 || f[at - 1] === ' ') && levelForm(source.slice(at, at + level.length)) === (isMarkless() ? key.trimEnd() : level)) {
      const end = source.indexOf('\n', at)
      const words = source.slice(at + key.length, end === -1 ? source.length : end).split(/\s+/)
      const name: string[] = []
      for (const w of words) {
        if (w.length === 0 || w[0] === w[0]!.toLowerCase() || /\d/.test(w)) break
        name.push(stripEnd(w, ',.;:', false))
        if (/[,.;:]$/.test(w) || name.length >= 4) break
      }
      if (name.length > 0 && !isUpperText(name.join(' ')) && accept(name.join(' '))) return name.join(' ')
    }
    at = f.indexOf(key, at + 1)
  }
  return null
}
