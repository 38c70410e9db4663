/**
 * Turn drafts into public nodes: offsets mapped back to the original text,
 * unist positions, literal values sliced from the original, depths, and
 * every gap between children filled with a `whitespace` leaf (or a `text`
 * leaf when a recogniser left text unclaimed), so the tree is lossless.
 */

import type {MarkupRange, NormalizedText} from '../text/normalize.js'
import type {LineIndex} from '../text/source.js'
import type {Draft, DraftDiagnostic} from './draft.js'
import {firstAtLeast} from '../text/phrases.js'

/** A public node before typing (the schema describes each type). */
export interface OutNode {
  type: string
  value?: string
  children?: OutNode[]
  position: ReturnType<LineIndex['position']>
  [key: string]: unknown
}

interface Finalizer {
  original: string
  norm: NormalizedText
  index: LineIndex
  diagnostics: DraftDiagnostic[]
  /** Markdown syntax ranges (sorted): a gap made of them only is markup, not dropped text. */
  markup: readonly MarkupRange[]
  /** The ranges' ends, for the binary search. */
  markupEnds: number[]
}

const LEAF_TYPES = new Set(['text', 'whitespace', 'marker', 'footnoteReference', 'citation', 'quantity', 'pageNumber'])

/** White space, invisible characters, or escapes a scraper wrote out ("\\r\\n"). */
function isGapWhite(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code === 0x5c && (value[i + 1] === 'r' || value[i + 1] === 'n')) {
      i++
      continue
    }
    if (code > 0x20 && code !== 0xa0 && code !== 0xfeff && code !== 0x200b && !(code >= 0x2000 && code <= 0x200d) && code !== 0x202f && code !== 0x205f && code !== 0x3000 && code !== 0x2028 && code !== 0x2029 && code !== 0x85 && code !== 0x1680 && code !== 0x2060 && code !== 0xad) return false
  }
  return true
}

/** Letters or digits in a gap mean a recogniser dropped text. */
function hasWords(value: string): boolean {
  return /[\p{L}\p{N}]/u.test(value.replace(/\\[rn]/g, ''))
}

function gapLeaf(f: Finalizer, start: number, end: number): OutNode {
  const value = f.original.slice(start, end)
  const type = isGapWhite(value) ? 'whitespace' : 'text'
  return {type, value, position: f.index.position(start, end)}
}

/** Finalize `draft` into a node; `depth` counts enclosing sections and items. */
function finalizeNode(f: Finalizer, draft: Draft, depth: number): {node: OutNode; start: number; end: number} {
  if (draft.children === undefined || LEAF_TYPES.has(draft.type)) {
    const start = f.norm.toOriginal(draft.s)
    const end = f.norm.toOriginal(draft.e)
    const node: OutNode = {type: draft.type, value: f.original.slice(start, end), ...draft.props, position: f.index.position(start, end)}
    return {node, start, end}
  }
  const nested = draft.type === 'section' || draft.type === 'item'
  // An empty parent (an empty table cell) keeps its own place.
  const out =
    draft.children.length === 0
      ? {children: [] as OutNode[], start: f.norm.toOriginal(draft.s), end: f.norm.toOriginal(draft.s)}
      : fillChildren(f, draft.children, nested ? depth + 1 : depth, null)
  const node: OutNode = {type: draft.type} as OutNode
  if (nested) node.depth = depth + 1
  Object.assign(node, normalizeProps(draft))
  node.children = out.children
  node.position = f.index.position(out.start, out.end)
  return {node, start: out.start, end: out.end}
}

/** Section props in their public shape. */
function normalizeProps(draft: Draft): Record<string, unknown> {
  if (draft.type === 'clause') return {kind: draft.props.kind, citations: draft.props.citations ?? []}
  if (draft.type !== 'section') return draft.props
  return {
    numbering: draft.props.numbering ?? null,
    title: draft.props.title ?? null,
    kind: draft.props.kind ?? null,
    kindInferred: draft.props.kindInferred === true,
    implicit: draft.props.implicit === true
  }
}

/**
 * Finalize children and fill the gaps between them. A parent spans its
 * children; the root passes `range` (the whole text) to fill up to its ends.
 */
function fillChildren(
  f: Finalizer,
  drafts: Draft[],
  depth: number,
  range: {from: number; to: number} | null
): {children: OutNode[]; start: number; end: number} {
  const children: OutNode[] = []
  let start = range ? range.from : -1
  let at = start
  for (const draft of drafts) {
    const done = finalizeNode(f, draft, depth)
    if (at === -1) {
      start = done.start
      at = start
    }
    if (done.start > at) children.push(gap(f, at, done.start))
    children.push(done.node)
    at = Math.max(at, done.end)
  }
  if (range && range.to > at) {
    children.push(gap(f, Math.max(at, 0), range.to))
    at = range.to
  }
  if (start === -1) return {children, start: 0, end: 0}
  return {children, start, end: at}
}

/** The text of [start, end) outside Markdown syntax ("<p>", "## " are not words the parser dropped). */
function unmarked(f: Finalizer, start: number, end: number): string {
  if (f.markup.length === 0) return f.original.slice(start, end)
  let out = ''
  let at = start
  let k = firstAtLeast(f.markupEnds, start + 1)
  for (; k < f.markup.length && f.markup[k]![0] < end; k++) {
    const [a, b] = f.markup[k]!
    if (a > at) out += f.original.slice(at, a)
    at = Math.max(at, b)
  }
  if (at < end) out += f.original.slice(at, end)
  return out
}

/** The leaf for a gap; text with letters in it means a recogniser dropped it. */
function gap(f: Finalizer, start: number, end: number): OutNode {
  const node = gapLeaf(f, start, end)
  if (node.type === 'text' && hasWords(unmarked(f, start, end))) {
    f.diagnostics.push({
      ruleId: 'unclaimed-text',
      message: 'Unexpected text outside any block, expected it to belong to one: kept as text',
      severity: 'info',
      s: -1,
      e: -1,
      original: {start, end}
    })
  }
  return node
}

/** Finalize the root's children over the whole original text. */
export function finalizeRoot(
  original: string,
  norm: NormalizedText,
  index: LineIndex,
  drafts: Draft[],
  diagnostics: DraftDiagnostic[],
  markup: readonly MarkupRange[] = []
): OutNode[] {
  const f: Finalizer = {original, norm, index, diagnostics, markup, markupEnds: markup.map((r) => r[1])}
  return fillChildren(f, drafts, 0, {from: 0, to: original.length}).children
}
