/**
 * Draft nodes: what the passes build, in normalised offsets. `finalize`
 * turns them into public unist nodes with positions in the original text and
 * fills every gap with explicit white-space leaves, so the tree is lossless.
 */

import type {Line} from '../lines/classify.js'

/** A node under construction. */
export interface Draft {
  type: string
  /** Start offset in the normalised text. */
  s: number
  /** End offset in the normalised text. */
  e: number
  /** Node fields other than type/children/position/value. */
  props: Record<string, unknown>
  /** Children, for parents; undefined for literal leaves. */
  children?: Draft[]
}

/** A problem found while parsing, in normalised offsets. */
export interface DraftDiagnostic {
  ruleId: string
  message: string
  severity: 'error' | 'warning' | 'info'
  s: number
  e: number
  /** Offsets already in the original text, when known (overrides s/e). */
  original?: {start: number; end: number}
}

/** Where a meta value was read. */
export type MetaSource = 'catalogue' | 'header' | 'title' | 'lead' | 'signature' | 'inferred'

/** A value for one meta field, as one source states it. */
export interface MetaCandidate {
  field: string
  value: unknown
  source: MetaSource
  s: number
  e: number
}

/** Shared state of one parse. */
export interface Context {
  /** The normalised text. */
  readonly text: string
  /** `fold(text)`: same length, lower case, no marks; slice it instead of folding again. */
  readonly folded: string
  /** Its logical lines. */
  readonly lines: readonly Line[]
  /** Diagnostics found so far. */
  readonly diagnostics: DraftDiagnostic[]
  /** Meta values found so far, from every source. */
  readonly candidates: MetaCandidate[]
  /**
   * Lines of page numbers inside a sentence (and the blank lines around them),
   * by index: blanked out in `text` and `folded`, kept in their block as
   * `pageNumber` leaves. See `pageBreaksInSentences`.
   */
  readonly pageBreaks?: ReadonlySet<number>
  /** The same page-number lines as sorted [start, end) offsets, for the inline pass. */
  readonly pageSpans?: ReadonlyArray<readonly [number, number]>
  /** How lines join into blocks, worked out once (see `lineContinuation` in tree/build.ts). */
  readonly continuation?: {readonly continues: (p: Line, n: Line) => boolean; readonly isBackStart: (line: Line) => boolean}
  /** Page numbers and the running heads a PDF repeats beside them, by line index (null: none). See `pageFurniture`. */
  readonly pageFurniture?: Uint8Array | null
  /** Short citation forms seen so far in document order ("Đề án|06"): filled by the citation recogniser. */
  readonly shortForms?: Set<string>
}

/** Record a meta value. */
export function propose(
  ctx: Context,
  field: string,
  value: unknown,
  source: MetaSource,
  s: number,
  e: number
): void {
  if (value === null || value === undefined || value === '') return
  ctx.candidates.push({field, value, source, s, e})
}

/** A literal leaf over [s, e). */
export function leaf(type: string, s: number, e: number, props: Record<string, unknown> = {}): Draft {
  return {type, s, e, props}
}

/** A parent over its children (extent taken from them unless given). */
export function parent(
  type: string,
  children: Draft[],
  props: Record<string, unknown> = {},
  s?: number,
  e?: number
): Draft {
  const first = children[0]
  const last = children[children.length - 1]
  return {
    type,
    s: s ?? first?.s ?? 0,
    e: e ?? last?.e ?? s ?? 0,
    props,
    children
  }
}

/** Report a diagnostic. */
export function report(
  ctx: Context,
  ruleId: string,
  message: string,
  s: number,
  e: number,
  severity: DraftDiagnostic['severity'] = 'warning'
): void {
  ctx.diagnostics.push({ruleId, message, severity, s, e})
}
