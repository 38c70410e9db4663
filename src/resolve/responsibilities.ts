/**
 * Who must do what: in the implementation part ("Tổ chức thực hiện"), each
 * agency named as a heading ("3. Sở Nội vụ", "2. Phòng Tư pháp huyện") or as
 * a lead-in ("- Sở Nội vụ: chủ trì, phối hợp …"), with the duties listed
 * under it and the instruments and targets those duties mention. Agency
 * names are matched against a lexicon, abbreviations expanded and typos
 * tolerated (Jaro–Winkler).
 */

import {agencyAbbreviations, agencyNames, agencyOpenings} from '../../grammars/index.js'
import {similarity} from '../adapters/natural.js'
import {fold, squash} from '../text/fold.js'
import type {Context, Draft} from '../tree/draft.js'

/** A responsibility before positions are mapped. */
export interface ResponsibilityDraft {
  /** The agency as written. @example "Phòng Tư pháp huyện" */
  agency: string
  /** Its lexicon name, when known. @example "Phòng Tư pháp" */
  canonical: string | null
  duties: string[]
  /** Keys of the instruments the duties cite. */
  citations: string[]
  /** Indices into `plan.targets` of the targets the duties state. */
  targets: number[]
  s: number
  e: number
}

const OPENINGS = agencyOpenings.map((o) => fold(o)).sort((a, b) => b.length - a.length)
const NAMES = agencyNames.map((name) => ({name, folded: fold(name), words: name.split(' ').length})).sort((a, b) => b.folded.length - a.folded.length)
const ABBREVIATIONS = Object.entries(agencyAbbreviations).sort((a, b) => b[0].length - a[0].length)

/** Does `text` open with an agency word ("Sở", "Phòng", "Văn phòng", …)? */
function opensAgency(text: string): boolean {
  if (text.length === 0 || text[0] === text[0]!.toLowerCase()) return false
  const folded = fold(text)
  return OPENINGS.some((o) => folded.startsWith(o) && !/[a-z0-9]/.test(folded[o.length] ?? ''))
}

/** "Sở TT&TT" → "Sở Thông tin và Truyền thông"; "VP UBND tỉnh" → "Văn phòng Ủy ban nhân dân tỉnh". */
function expand(name: string): string {
  let out = ` ${name} `
  for (const [abbr, full] of ABBREVIATIONS) out = out.split(` ${abbr} `).join(` ${full} `)
  return squash(out)
}

const CANONICAL_CACHE = new Map<string, string | null>()

/** The lexicon name of an agency, or null. Memoised: agency names repeat across plans. */
export function canonicalAgency(name: string): string | null {
  let hit = CANONICAL_CACHE.get(name)
  if (hit === undefined) {
    hit = matchAgency(name)
    if (CANONICAL_CACHE.size > 5000) CANONICAL_CACHE.clear()
    CANONICAL_CACHE.set(name, hit)
  }
  return hit
}

function matchAgency(name: string): string | null {
  const expanded = expand(name)
  const folded = fold(expanded)
  for (const n of NAMES) if (folded === n.folded || folded.startsWith(n.folded + ' ')) return n.name
  // Typos: compare the first words with each name of the same length.
  const words = folded.split(' ')
  let best: {name: string; score: number} | null = null
  for (const n of NAMES) {
    // Typos rarely hit the first letter.
    if (n.folded[0] !== folded[0]) continue
    const head = words.slice(0, n.words).join(' ')
    const score = similarity(head, n.folded)
    if (score >= 0.94 && (best === null || score > best.score)) best = {name: n.name, score}
  }
  return best?.name ?? null
}

function textOf(ctx: Context, node: Draft): string {
  return squash(ctx.text.slice(node.s, node.e))
}

/** Everything below a node, for citations and targets. */
function leaves(node: Draft, out: Draft[]): void {
  if (node.type === 'citation' || node.type === 'quantity') out.push(node)
  for (const child of node.children ?? []) leaves(child, out)
}

function build(ctx: Context, agency: string, duties: Draft[], span: Draft, targetIndex: Map<number, number>): ResponsibilityDraft {
  const found: Draft[] = []
  for (const d of duties) leaves(d, found)
  const citations: string[] = []
  const targets: number[] = []
  for (const leaf of found) {
    if (leaf.type === 'citation' && typeof leaf.props.key === 'string' && !citations.includes(leaf.props.key)) citations.push(leaf.props.key)
    const t = leaf.type === 'quantity' ? targetIndex.get(leaf.s) : undefined
    if (t !== undefined) targets.push(t)
  }
  // "Đề nghị Ủy ban Mặt trận …": a request to a body outside the issuer's command.
  const clean = squash(agency).replace(/[:.\s]+$/u, '').replace(/^Đề nghị\s+/u, '')
  return {
    agency: clean,
    canonical: canonicalAgency(clean),
    duties: duties.map((d) => textOf(ctx, d).replace(/^[-+•]\s*/u, '')).filter((d) => d.length > 0),
    citations,
    targets,
    s: span.s,
    e: span.e
  }
}

/** Responsibilities in every implementation part. */
export function resolveResponsibilities(ctx: Context, drafts: Draft[], targetStarts: number[]): ResponsibilityDraft[] {
  const targetIndex = new Map(targetStarts.map((s, i) => [s, i] as const))
  const out: ResponsibilityDraft[] = []
  const visit = (nodes: Draft[]): void => {
    for (const node of nodes) {
      if (node.type === 'section' && node.props.kind === 'implementation') implementation(ctx, node, targetIndex, out)
      else if (node.children && node.type !== 'section') continue
      else if (node.children) visit(node.children)
    }
  }
  visit(drafts)
  return out
}

function implementation(ctx: Context, section: Draft, targetIndex: Map<number, number>, out: ResponsibilityDraft[]): void {
  for (const child of section.children ?? []) {
    if (child.type === 'section') {
      const title = typeof child.props.title === 'string' ? child.props.title : null
      const body = (child.children ?? []).filter((c) => c.type !== 'heading' && c.type !== 'whitespace')
      // "3. Sở Nội vụ" over its duties.
      if (title !== null && opensAgency(title) && title.length <= 120) {
        out.push(build(ctx, title, body, child, targetIndex))
        continue
      }
      // "2. Văn phòng UBND tỉnh theo dõi, kiểm tra …": the agency opens the sentence.
      const heading = child.children?.[0]
      const marker = heading?.children?.[0]
      if (heading && marker) {
        const sentence = squash(ctx.text.slice(marker.e, heading.e))
        const canonical = opensAgency(sentence) ? canonicalAgency(sentence) : null
        if (canonical !== null) {
          out.push(build(ctx, agencyPrefix(sentence, canonical), [heading, ...body], child, targetIndex))
          continue
        }
      }
      implementation(ctx, child, targetIndex, out)
    } else if (child.type === 'item' || child.type === 'paragraph') {
      // "- Sở Nội vụ: chủ trì, phối hợp …".
      const text = textOf(ctx, child).replace(/^[-+•]\s*/u, '')
      const colon = text.indexOf(':')
      if (colon > 2 && colon < 100 && opensAgency(text.slice(0, colon))) out.push(build(ctx, text.slice(0, colon), [child], child, targetIndex))
    }
  }
}

/**
 * The words of `sentence` that name the agency `canonical`, in the sentence's
 * own spelling ("Văn phòng UBND tỉnh" for "Văn phòng Ủy ban nhân dân tỉnh"),
 * with a level word after it.
 */
function agencyPrefix(sentence: string, canonical: string): string {
  const words = sentence.split(' ')
  const want = fold(canonical)
  let n = 1
  while (n < words.length && n < 12 && fold(expand(words.slice(0, n).join(' '))).length < want.length) n++
  const level = ['tỉnh', 'huyện', 'thành phố', 'thị xã', 'xã'].includes(words[n] ?? '') && !want.endsWith(fold(words[n - 1] ?? '')) ? 1 : 0
  return words.slice(0, n + level).join(' ')
}
