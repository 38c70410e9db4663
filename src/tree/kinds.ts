/**
 * The kind of a section ("purpose", "objectives", "tasks", "funding",
 * "implementation", …) from its title, matched at the start after folding,
 * with Jaro–Winkler for typos ("TỔ CHỨ THỰC HIỆN"). A top-level part whose
 * heading was lost gets the kind its neighbours leave for it.
 */

import {headingQualifiers, sectionKindOrder, sectionKindPhrases, type SectionKindName} from '../../grammars/index.js'
import {similarity} from '../adapters/natural.js'
import {fold, squash} from '../text/fold.js'
import {readMarker} from '../lines/markers.js'
import type {Draft} from './draft.js'

const PHRASES = (Object.entries(sectionKindPhrases) as Array<[SectionKindName, readonly string[]]>)
  .flatMap(([kind, phrases]) => phrases.map((p) => ({kind, folded: squash(fold(p).replace(/,/g, ' ')), words: p.split(' ').length})))
  .sort((a, b) => b.folded.length - a.folded.length)

const FUZZY_THRESHOLD = 0.94

/**
 * The kind a heading title names, or null.
 *
 * @example sectionKindOf("TỔ CHỨC THỤC HIỆN") === "implementation"
 */
export function sectionKindOf(title: string): SectionKindName | null {
  const cached = KIND_CACHE.get(title)
  if (cached !== undefined) return cached
  const kind = matchKind(title)
  if (KIND_CACHE.size > 5000) KIND_CACHE.clear()
  KIND_CACHE.set(title, kind)
  return kind
}

const KIND_CACHE = new Map<string, SectionKindName | null>()

const QUALIFIERS = headingQualifiers.map((q) => fold(q))
/** The longest part name with a qualifier: a longer line is no name alone (most lines are turned away here). */
const LONGEST_NAME = Math.max(...PHRASES.map((p) => p.folded.length)) + Math.max(...QUALIFIERS.map((q) => q.length)) + 6

/**
 * Does the whole title name a part, with nothing after the phrase but a
 * qualifier ("Mục đích, yêu cầu", "Mục tiêu cụ thể", "Tổ chức thực hiện")?
 * A sentence that only opens with one ("Mục tiêu là …") does not.
 */
export function namesKindWholly(title: string): boolean {
  if (title.length > LONGEST_NAME) return false
  const folded = squash(fold(title).replace(/[,;:.]/g, ' ')).replace(/^(cac|nhung) /, '')
  return PHRASES.some((p) => folded === p.folded || (folded.startsWith(p.folded + ' ') && QUALIFIERS.includes(folded.slice(p.folded.length + 1))))
}

function matchKind(title: string): SectionKindName | null {
  const folded = squash(fold(title).replace(/[,;:.]/g, ' ')).replace(/^(cac|nhung) /, '')
  for (const p of PHRASES) {
    if (folded === p.folded || folded.startsWith(p.folded + ' ')) return p.kind
  }
  const words = folded.split(' ')
  let best: {kind: SectionKindName; score: number} | null = null
  for (const p of PHRASES) {
    // Typos rarely hit the first letter; skip phrases that start otherwise.
    if (p.words < 2 || p.folded[0] !== folded[0]) continue
    const head = words.slice(0, p.words).join(' ')
    const score = similarity(head, p.folded)
    if (score >= FUZZY_THRESHOLD && (best === null || score > best.score)) best = {kind: p.kind, score}
  }
  return best?.kind ?? null
}

/** Set `kind` on every titled section; infer it for implicit top-level parts. */
export function assignKinds(children: Draft[], text: string): void {
  visit(children)
  inferTopLevel(children.filter((c) => c.type === 'section'), text)
}

function visit(nodes: Draft[]): void {
  for (const node of nodes) {
    if (node.type === 'section' && typeof node.props.title === 'string') {
      node.props.kind = sectionKindOf(node.props.title)
    }
    if (node.children) visit(node.children)
  }
}

/** First words of the first heading or paragraph inside a part. */
function leadingText(node: Draft, text: string): string {
  let current: Draft | undefined = node
  while (current?.children && current.children.length > 0) {
    const first: Draft = current.children[0]!
    if (first.type === 'heading' || first.type === 'paragraph') {
      return text.slice(first.s, Math.min(first.e, first.s + 120))
    }
    current = first
  }
  return ''
}

/**
 * Implicit top-level parts: take a kind from the part's first words when they
 * name one ("1. Kinh phí thực hiện …"), then fill the others from the usual
 * order of parts between known neighbours.
 */
function inferTopLevel(parts: Draft[], text: string): void {
  const implicit = parts.filter((p) => p.props.implicit === true && p.props.numbering === null)
  if (implicit.length === 0) return
  for (const part of implicit) {
    const lead = leadingText(part, text).trim()
    const marker = readMarker(lead)
    const words = marker ? lead.slice(marker.contentStart) : lead
    const kind = sectionKindOf(words)
    if (kind !== null) {
      part.props.kind = kind
      part.props.kindInferred = true
    }
  }
  // Fill gaps between known kinds from the conventional order.
  const known = parts.map((p) => (typeof p.props.kind === 'string' ? sectionKindOrder.indexOf(p.props.kind as SectionKindName) : -1))
  let k = 0
  while (k < parts.length) {
    if (known[k] !== -1 || !implicit.includes(parts[k]!)) {
      k++
      continue
    }
    let end = k
    while (end < parts.length && known[end] === -1 && implicit.includes(parts[end]!)) end++
    // Parts whose kind is outside the order (basis, schedule, monitoring) are looked past.
    const outside = (m: number): boolean => known[m] === -1 && typeof parts[m]!.props.kind === 'string'
    let b = k - 1
    while (b >= 0 && outside(b)) b--
    let a = end
    while (a < parts.length && outside(a)) a++
    const before = b >= 0 ? known[b]! : -1
    const after = a < parts.length ? known[a]! : sectionKindOrder.length
    const slots = sectionKindOrder.slice(before + 1, after).filter((kind) => kind !== 'viewpoints' && kind !== 'situation' && kind !== 'reporting')
    const count = end - k
    if (slots.length === count || (end === parts.length && slots.length >= count && before !== -1)) {
      for (let m = 0; m < count; m++) {
        parts[k + m]!.props.kind = slots[m]!
        parts[k + m]!.props.kindInferred = true
      }
    }
    k = end
  }
}
