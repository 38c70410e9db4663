/**
 * Document-wide pass over citation mentions: one registry entry per distinct
 * instrument (keyed by its normalised number, or type + name), short later
 * mentions resolved to the full first one (inheriting date and issuer),
 * relations linked to the instrument they name, preamble clauses linked to
 * the instruments they cite. Conflicting details become diagnostics.
 */

import {aliasPhrases, centralIssuerOpenings, fixedIssuers, localScopeEndings, nameAbbreviations, soleIssuerTypes, type RelationType} from '../../grammars/index.js'
import {editSimilarity} from '../adapters/natural.js'
import {foldedTypeNames, issuerNameForCode} from '../header/values.js'
import {CONSTITUTION, type CitationMention} from '../inline/citation.js'
import {fold, isUpperCode, isUpperText, squash} from '../text/fold.js'
import {report, type Context, type Draft} from '../tree/draft.js'

/** Where a mention stands. */
export type CitationOrigin = 'preamble' | 'body' | 'header' | 'footnote' | 'related'

/** A registry entry before positions are mapped. */
export interface CitationEntryDraft extends Omit<CitationMention, 'relations' | 'titleSpan' | 'pin'> {
  key: string
  /** The short number an instrument is known by when nothing cites it in full ("05" in "Chỉ thị 05"). */
  shortNumber: string | null
  relations: Array<{type: RelationType; target: string | null; text: string}>
  /** Roles from preamble clauses: basis (Căn cứ), implementing (Thực hiện), proposal. */
  roles: Array<'basis' | 'implementing' | 'proposal'>
  origins: CitationOrigin[]
  mentions: Array<{s: number; e: number; origin: CitationOrigin; pin: string | null}>
}

const ORIGIN_BY_ANCESTOR: Readonly<Record<string, CitationOrigin>> = {
  relatedDocument: 'related',
  footnote: 'footnote',
  clause: 'preamble',
  catalogue: 'header',
  header: 'header',
  titleBlock: 'header',
  lead: 'header',
  field: 'header'
}

interface Found {
  /** Inside another citation's title ("ban hành Chương trình …"): part of that title. */
  nested?: boolean
  /** The citation whose title this one is inside. */
  within?: Found
  node: Draft
  mention: CitationMention
  origin: CitationOrigin
  clause: Draft | null
  block: Draft
}

/** Collect citation drafts in document order with their context. */
function collect(nodes: Draft[], ancestors: Draft[], out: Found[]): void {
  for (const node of nodes) {
    if (node.type === 'citation') {
      let origin: CitationOrigin = 'body'
      let clause: Draft | null = null
      for (let k = ancestors.length - 1; k >= 0; k--) {
        const a = ancestors[k]!
        const o = ORIGIN_BY_ANCESTOR[a.type]
        if (o !== undefined) {
          origin = o
          if (a.type === 'clause') clause = a
          break
        }
      }
      out.push({node, mention: node.props.mention as CitationMention, origin, clause, block: ancestors[ancestors.length - 1]!})
    } else if (node.children) {
      ancestors.push(node)
      collect(node.children, ancestors, out)
      ancestors.pop()
    }
  }
}

const ABBREVIATIONS = Object.entries(nameAbbreviations).map(([abbr, full]) => ({abbr: fold(abbr), full: fold(full)}))
const TYPE_WORDS = foldedTypeNames.map((t) => t.folded)

/** Key of an unnumbered instrument: type and folded name, abbreviations expanded. */
function nameKey(mention: CitationMention): string {
  // One constitution a year, however it is named ("Hiến pháp năm 2013", "Hiến pháp nước Cộng hòa … năm 2013").
  if (mention.docType === CONSTITUTION && mention.year !== null) return `${CONSTITUTION}:${mention.year}`
  let name = ` ${fold(mention.name ?? '')} `
  for (const {abbr, full} of ABBREVIATIONS) name = name.split(` ${abbr} `).join(` ${full} `)
  return `${mention.docType ?? ''}:${squash(name.replace(/\s*[-–]\s*/g, '-'))}`
}

/**
 * A cheap lower bound on the edit distance (twice it, at most): letters one
 * string has more of than the other. Spares the quadratic Levenshtein.
 */
function histogramDistance(a: string, b: string): number {
  const counts = new Int32Array(128)
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i) & 127]!++
  for (let i = 0; i < b.length; i++) counts[b.charCodeAt(i) & 127]!--
  let total = 0
  for (let i = 0; i < 128; i++) total += Math.abs(counts[i]!)
  return total
}

/**
 * The key of an instrument a relation names by type and name ("Luật Tổ chức
 * Chính phủ"), when the plan cites it elsewhere; else null.
 */
function namedKey(text: string, entries: ReadonlyMap<string, unknown>): string | null {
  const folded = fold(text)
  const type = foldedTypeNames.find((t) => folded.startsWith(`${t.folded} `))
  if (type === undefined) return null
  let name = text.slice(type.folded.length + 1)
  // "Luật Đầu tư công 2019", "… năm 2019": the year is not part of the name key.
  if (/ \d{4}$/.test(name)) name = name.slice(0, -5)
  if (name.endsWith(' năm')) name = name.slice(0, -4)
  const key = nameKey({docType: type.name, name} as CitationMention)
  return entries.has(key) ? key : null
}

/** Does an uncited relation target name an instrument ("Chương trình hành động …")? */
function namesInstrument(text: string): boolean {
  const folded = fold(text)
  return text.length > 0 && text[0] !== text[0]!.toLowerCase() && TYPE_WORDS.some((t) => folded.startsWith(`${t} `))
}

/** "030c" → "30c", "05/2020" → "5/2020": the key a short number and a full one share. */
function shortKey(value: string): string {
  return value.replace(/^0+(?=\d)/, '')
}

/**
 * Numbered mentions by type and short form: "30/2020/NĐ-CP" under "30/2020"
 * and "30", "05-CT/TU" under "5". A short form that two numbers share maps to
 * `false` (ambiguous).
 */
function numbersByShort(all: readonly Found[]): Map<string, string | false> {
  const out = new Map<string, string | false>()
  const add = (key: string, number: string): void => {
    const known = out.get(key)
    out.set(key, known === undefined || known === number ? number : false)
  }
  for (const {mention} of all) {
    const number = mention.number
    if (number === null || mention.docType === null) continue
    const head = /^(\d{1,5}[a-z]?)(?:\/((?:19|20)\d\d)\/)?/.exec(number)
    if (head === null) continue
    add(`${mention.docType}|${shortKey(head[1]!)}`, number)
    if (head[2] !== undefined) add(`${mention.docType}|${shortKey(head[1]!)}/${head[2]}`, number)
  }
  return out
}

/**
 * "Nghị định 30/2020" never cited in full: only the Chính phủ issues a Nghị
 * định, so its number is "30/2020/NĐ-CP" (grammars/citation.ts).
 */
function completeShort(mention: CitationMention, short: string): void {
  const sole = mention.docType === null ? undefined : soleIssuerTypes[mention.docType]
  const parts = /^(\d{1,4}[a-z]?)\/((?:19|20)\d\d)$/i.exec(short)
  if (sole === undefined || parts === null) return
  mention.number = `${parts[1]}/${parts[2]}/${sole.codes}`
  mention.year ??= Number(parts[2])
  mention.issuerCode ??= sole.issuerCode
  mention.issuer ??= issuerNameForCode(sole.issuerCode)
}

/**
 * Where a local scope ends a title ("… trên địa bàn tỉnh", "… trên địa bàn
 * tỉnh Phú Thọ": the ending, then at most five capitalised words), or -1.
 */
function localScopeAt(title: string): number {
  for (const ending of localScopeEndings) {
    const at = title.lastIndexOf(` ${ending}`)
    if (at === -1) continue
    const rest = title.slice(at + 1 + ending.length).trim()
    const words = rest === '' ? [] : rest.split(' ')
    if (words.length <= 5 && words.every((w) => /^\p{Lu}/u.test(w))) return at
  }
  return -1
}

/**
 * Fill entries from mentions, resolve relations and short forms; return the
 * registry. The issuer a mention of the plan's own number names goes to `own`.
 */
export function resolveCitations(ctx: Context, drafts: Draft[], ownNumber: string | null, own: {issuer: string | null} = {issuer: null}): CitationEntryDraft[] {
  const all: Found[] = []
  collect(drafts, [], all)
  // The plan's own number ("ban hành Kế hoạch số 155/KH-UBND", "Kèm theo Kế hoạch số …") is not a citation.
  const found: Found[] = []
  let numbers: Map<string, string | false> | null = null
  for (const item of all) {
    const short = item.mention.short
    let unknown = false
    if (short !== undefined) {
      // "Nghị định 30/2020": the one numbered instrument of that type it abbreviates, if any.
      numbers ??= numbersByShort(all)
      const number = numbers.get(`${item.mention.docType}|${shortKey(short)}`)
      if (typeof number === 'string') item.mention.number = number
      else completeShort(item.mention, short)
      if (item.mention.number === null) {
        // "Chỉ thị 05 của Thủ tướng Chính phủ", "Quyết định 12/2021" cited by nothing longer: an instrument
        // known by its short number. Not one two cited numbers share (ambiguous), a year alone ("Luật 2019
        // về …") or one in lower case ("chương trình 1 và chương trình 2", no name).
        unknown = number === false || /^(?:19|20)\d\d$/.test(short) || !isUpperCode(ctx.text.charCodeAt(item.node.s))
        const year = /\/((?:19|20)\d\d)$/.exec(short)
        if (!unknown && year !== null) item.mention.year ??= Number(year[1])
      }
    }
    if ((ownNumber !== null && item.mention.number === ownNumber) || unknown) {
      // "(Kèm theo Kế hoạch số 215/KH-UBND … của UBND huyện Châu Thành)": the plan's own issuer, said of it.
      if (!unknown && own.issuer === null) own.issuer = item.mention.issuer
      item.node.type = 'text'
      item.node.props = {}
    } else {
      found.push(item)
    }
  }
  const entries = new Map<string, CitationEntryDraft>()
  const keyOf = new Map<Draft, string>()
  for (let n = 0; n < found.length; n++) {
    const span = found[n]!.mention.titleSpan
    if (!span) continue
    for (let k = n + 1; k < found.length && found[k]!.node.s < span[1]; k++) {
      if (found[k]!.block === found[n]!.block && found[k]!.node.s >= span[0]) {
        found[k]!.nested = true
        found[k]!.within = found[n]!
      }
    }
  }

  for (const item of found) {
    const m = item.mention
    const shortNumber = m.number === null ? m.short ?? null : null
    let key = m.number ?? (shortNumber !== null ? `${m.docType ?? ''}:${shortKey(shortNumber)}` : nameKey(m))
    if (m.number === null && shortNumber === null && !entries.has(key)) {
      // "tng thể" for "tổng thể": a named instrument close enough to a known one.
      for (const entry of entries.values()) {
        // Cheap checks first: same type, same ending (the period), similar length.
        if (entry.number !== null || entry.docType !== m.docType || entry.key.slice(-9) !== key.slice(-9)) continue
        if (Math.abs(entry.key.length - key.length) > key.length * 0.05 + 1) continue
        if (histogramDistance(entry.key, key) > key.length * 0.1 || editSimilarity(entry.key, key) < 0.95) continue
        {
          key = entry.key
          break
        }
      }
    }
    keyOf.set(item.node, key)
    let entry = entries.get(key)
    if (!entry) {
      entry = {
        key,
        docType: m.docType,
        number: m.number,
        shortNumber,
        name: m.name,
        date: m.date,
        year: m.year,
        issuer: m.issuer,
        issuerCode: m.issuerCode,
        title: m.title,
        relations: [],
        roles: [],
        origins: [],
        mentions: []
      }
      entries.set(key, entry)
    } else {
      merge(ctx, entry, m, item.node)
    }
    entry.mentions.push({s: item.node.s, e: item.node.e, origin: item.origin, pin: item.mention.pin})
    if (!entry.origins.includes(item.origin)) entry.origins.push(item.origin)
    const role = item.nested ? undefined : item.clause?.props.kind
    if ((role === 'basis' || role === 'implementing' || role === 'proposal') && !entry.roles.includes(role)) entry.roles.push(role)
    if (item.clause) {
      const list = (item.clause.props.citations as string[] | undefined) ?? []
      if (!list.includes(key)) list.push(key)
      item.clause.props.citations = list
    }
  }

  // Relations: the first citation inside the title after the phrase. Only
  // mentions with relations look ahead, and only within their own title.
  for (let n = 0; n < found.length; n++) {
    const item = found[n]!
    const m = item.mention
    if (m.relations.length === 0) continue
    // An amending law's relations are in its name, with no title after it.
    const [spanStart, spanEnd] = m.titleSpan ?? [item.node.e, item.node.e]
    const inside: Found[] = []
    for (let k = n + 1; k < found.length && found[k]!.node.s < spanEnd; k++) {
      const other = found[k]!
      if (other.block === item.block && other.node.s >= spanStart) inside.push(other)
    }
    const entry = entries.get(keyOf.get(item.node)!)!
    // Phrases after the first nested citation belong to that citation's own title.
    const firstNested = inside[0]
    const ownRelations = new Set<CitationEntryDraft['relations'][number]>()
    for (let r = 0; r < m.relations.length; r++) {
      const rel = m.relations[r]!
      if (firstNested && rel.at > firstNested.node.s) break
      const limit = m.relations[r + 1]?.at ?? spanEnd
      const target = inside.find((other) => other.node.s >= rel.at && other.node.s < limit)
      const targetKey = target ? keyOf.get(target.node)! : namedKey(rel.text, entries)
      // "Nghị định 52/2013/NĐ-CP …, được sửa đổi, bổ sung bởi Nghị định 85/2021/NĐ-CP": the later one amends the former.
      if (rel.passive === true) {
        const holder = targetKey === null ? undefined : entries.get(targetKey)
        const own = keyOf.get(item.node)!
        if (holder !== undefined && holder !== entry && !holder.relations.some((x) => x.type === rel.type && x.target === own)) holder.relations.push({type: rel.type, target: own, text: ''})
        continue
      }
      if (targetKey === null && !namesInstrument(rel.text)) continue
      const text = targetKey === null ? rel.text : ''
      // One mention may name two instruments with no entry ("… của Luật Cán bộ, công chức và Luật Viên chức"):
      // they differ by their words. A later mention that words the same relation again adds nothing.
      if (!entry.relations.some((x) => x.type === rel.type && x.target === targetKey && (targetKey !== null || x.text === text || !ownRelations.has(x)))) {
        const relation = {type: rel.type, target: targetKey, text}
        entry.relations.push(relation)
        ownRelations.add(relation)
      }
    }
  }

  // "phê duyệt Đề án phát triển … (gọi tắt là Đề án 06)": the short name's instrument is the one the title names.
  for (const item of found) {
    const entry = entries.get(keyOf.get(item.node)!)!
    if (entry.title === null && item.within !== undefined) entry.title = aliasedTitle(ctx, item)
  }

  for (const entry of entries.values()) {
    // "… ban hành Chương trình … giai đoạn 2021-2030 trên địa bàn tỉnh": a national instrument's title
    // does not end on the citing plan's locality.
    const {title, issuer} = entry
    if (title !== null && issuer !== null && centralIssuerOpenings.some((o) => issuer.startsWith(o))) {
      const cut = localScopeAt(title)
      if (cut !== -1) entry.title = title.slice(0, cut).trimEnd()
    }
    // "Luật Đầu tư công 2019" said with no issuer: a law is the Quốc hội's.
    if (issuer === null && entry.issuerCode === null && entry.docType !== null) entry.issuer = fixedIssuers[entry.docType] ?? null
  }

  // Nodes carry the resolved instrument (short mentions inherit date, issuer).
  for (const item of found) {
    const key = keyOf.get(item.node)!
    const entry = entries.get(key)!
    const m = item.mention
    item.node.props = {
      key,
      docType: entry.docType,
      number: entry.number,
      name: entry.name,
      date: entry.date,
      issuer: entry.issuer,
      origin: item.origin,
      title: m.title,
      pin: m.pin
    }
  }
  return [...entries.values()]
}

const ALIASES = aliasPhrases.map((a) => fold(a))

/**
 * The name an alias stands for, from the title it is given in: "phê duyệt Đề
 * án phát triển ứng dụng … năm 2030 (gọi tắt là Đề án 06)" → "phát triển ứng
 * dụng … năm 2030" for "Đề án 06". Null unless the alias phrase (or a bracket
 * of its own, "(Đề án 06)") is right before the mention and the title names an
 * instrument of the same type.
 */
function aliasedTitle(ctx: Context, item: Found): string | null {
  const type = item.mention.docType
  const span = item.within!.mention.titleSpan
  if (type === null || !span) return null
  const before = ctx.folded.slice(Math.max(span[0], item.node.s - 24), item.node.s).trimEnd()
  const alias = ALIASES.find((a) => before.endsWith(` ${a}`) || before.endsWith(`(${a}`))
  // "… tầm nhìn đến năm 2030 (Đề án 06)": the bracket alone gives the alias.
  const bracketed = before.endsWith('(') && /^\s?\)/.test(ctx.text.slice(item.node.e, item.node.e + 2))
  if (alias === undefined && !bracketed) return null
  // The bracket is looked for within the title only (bounded).
  let open = item.node.s - 1
  while (open >= span[0] && ctx.text[open] !== '(') open--
  if (open < span[0]) return null
  const named = fold(ctx.text.slice(span[0], open)).indexOf(` ${fold(type)} `)
  if (named === -1) return null
  const title = squash(ctx.text.slice(span[0] + named + type.length + 2, open))
  return title.length > 0 ? title : null
}

function merge(ctx: Context, entry: CitationEntryDraft, m: CitationMention, node: Draft): void {
  const label = entry.number ?? `${entry.docType ?? ''} ${entry.shortNumber ?? entry.name ?? ''}`.trim()
  if (m.date !== null) {
    if (entry.date === null) entry.date = m.date
    else if (entry.date !== m.date) {
      report(ctx, 'citation-conflict', `Unexpected date ${m.date} for ${label}, expected ${entry.date} as first cited: kept the first`, node.s, node.e)
    }
  }
  if (m.year !== null && entry.year === null) entry.year = m.year
  if (m.docType !== null && entry.docType !== null && m.docType !== entry.docType) {
    report(ctx, 'citation-conflict', `Unexpected type "${m.docType}" for ${label}, expected "${entry.docType}" as first cited: kept the first`, node.s, node.e)
  }
  if (entry.docType === null) entry.docType = m.docType
  if (m.issuer !== null) {
    if (entry.issuer === null) entry.issuer = m.issuer
    else {
      const a = fold(entry.issuer)
      const b = fold(m.issuer)
      // Keep the more specific of "UBND tỉnh" / "Ủy ban nhân dân tỉnh Bình Định".
      if (b.length > a.length && b.startsWith(a.split(' ').slice(0, 3).join(' '))) entry.issuer = m.issuer
    }
  }
  if (entry.issuerCode === null) entry.issuerCode = m.issuerCode
  if (m.title !== null && (entry.title === null || (isUpperText(entry.title) && !isUpperText(m.title)))) entry.title = m.title
}
