/**
 * Pass 2, the body: nest numbered and bulleted blocks into sections and
 * items. Styles nest in the order they open (no scheme is prescribed); a
 * style seen before closes back to its level. Tolerant by design:
 *
 * - a gap ("III." then "V.", "4.2." then "4.4.") is a diagnostic;
 * - a restart ("1." after "2.4." with no "II." between) means a heading was
 *   lost: an implicit section is added where it should be;
 * - a decimal whose parent is missing ("4.1." after "3.3.") gets an implicit
 *   parent "4.".
 */

import {listIntroEndings, numberingStyles, type NumberingStyle} from '../../grammars/index.js'
import type {Line} from '../lines/classify.js'
import {isWeak, labelFor, levelKey, levelRank, type Marker} from '../lines/markers.js'
import {inlines} from '../inline/index.js'
import {squash} from '../text/fold.js'
import {leaf, parent, report, type Context, type Draft} from './draft.js'

/** Numbering of a section or item, as stored on the node. */
export interface NumberingDraft {
  style: NumberingStyle
  label: string | null
  value: number | null
  path: number[] | null
}

interface Open {
  node: Draft
  key: string
  rank: number
  weak: boolean
  value: number | null
  path: readonly number[] | null
  label: string | null
  /** The last child value seen per level key, for gap checks. */
  last: Map<string, {value: number | null; label: string | null}>
  /** The number its decimals were mistyped with ("1.1" under "2."), read as its own. */
  alias?: number
}

const IMPLICIT_KEY = 'implicit'
const UNNUMBERED_KEY = 'unnumbered'

/** The ranks of list styles ("a)", "1)"), below headings and above bullets. */
function isListRank(rank: number): boolean {
  return rank >= 10 && rank < 20
}

/** Builds the section tree of one container (the plan or an appendix). */
export class SectionBuilder {
  private readonly stack: Open[]
  /** The last article number, for continuity across chapters. */
  private lastArticle: number | null = null

  constructor(
    private readonly ctx: Context,
    container: Draft
  ) {
    this.stack = [{node: container, key: 'root', rank: -1, weak: false, value: null, path: null, label: null, last: new Map()}]
  }

  private get top(): Open {
    return this.stack[this.stack.length - 1]!
  }

  /** Is any section open? */
  get depth(): number {
    return this.stack.length - 1
  }

  /** Add a non-numbered block (a paragraph, a table) to the nearest section. */
  block(node: Draft): void {
    while (this.stack.length > 1 && this.top.weak) this.stack.pop()
    this.top.node.children!.push(node)
  }

  /** Add a block to whatever is open, bullets included. */
  blockInItem(node: Draft): void {
    this.top.node.children!.push(node)
  }

  /** Close every open section. */
  closeAll(): void {
    this.stack.length = 1
  }

  /** Open a section or item for the marker line spanning [line.cs, end). */
  marker(line: Line, marker: Marker, end: number): void {
    const s = line.cs
    const markerEnd = s + marker.end
    const weak = isWeak(marker.style)
    const head = [leaf('marker', s, markerEnd), ...inlines(this.ctx, markerEnd, end)]
    const numbering: NumberingDraft = {
      style: marker.style,
      label: marker.label,
      value: marker.value,
      path: marker.path ? [...marker.path] : null
    }
    let node: Draft
    if (weak) {
      node = parent('item', [parent('paragraph', head)], {numbering})
    } else {
      // Only a short heading can be a title; skip the work for long sentences.
      const contentStart = s + marker.contentStart
      const title = end - contentStart > 400 ? null : titleOf(squash(this.ctx.text.slice(contentStart, end)))
      node = parent('section', [parent('heading', head)], {numbering, title, kind: null, implicit: false})
    }
    const key = levelKey(marker)
    const rank = levelRank(marker)
    let host: Open
    if (marker.style === 'decimal' && marker.path && marker.path.length >= 2) {
      host = this.decimalParent(marker.path.slice(0, -1), marker, s, end)
    } else {
      host = this.hostFor(key, rank, weak)
    }
    host = this.checkSequence(host, key, marker.value, marker.label, s, end)
    host.node.children!.push(node)
    host.last.set(key, {value: marker.value, label: marker.label})
    this.stack.push({node, key, rank, weak, value: marker.value, path: marker.path, label: marker.label, last: new Map()})
  }

  /**
   * Open a top-level part for a heading without a number ("MỤC ĐÍCH, YÊU
   * CẦU" on its own line in a plan that numbers no parts): what follows, up
   * to the next such heading, is its content, and its numbering starts afresh.
   */
  unnumbered(s: number, e: number): void {
    this.stack.length = 1
    const title = titleOf(squash(this.ctx.text.slice(s, e)))
    const node = parent('section', [parent('heading', inlines(this.ctx, s, e))], {numbering: null, title, kind: null, implicit: false})
    this.top.node.children!.push(node)
    this.stack.push({node, key: UNNUMBERED_KEY, rank: numberingStyles.roman.rank, weak: false, value: null, path: null, label: null, last: new Map()})
  }

  /** The open entry a new block of level `key` goes under, popping the stack to it. */
  private hostFor(key: string, rank: number, weak: boolean): Open {
    for (let j = this.stack.length - 1; j > 0; j--) {
      if (this.stack[j]!.key === key) {
        this.stack.length = j
        return this.top
      }
    }
    if (!weak) {
      // List styles (a), 1)) nest in the order they open, either way round: "1) … a. … b. … 2)".
      while (this.stack.length > 1 && (this.top.weak || (this.top.rank >= rank && !(isListRank(this.top.rank) && isListRank(rank))))) this.stack.pop()
    }
    return this.top
  }

  /**
   * Check the number against the previous sibling; on a restart, add the
   * implicit section the lost heading stood for and return it as the host.
   */
  private checkSequence(host: Open, key: string, value: number | null, label: string | null, s: number, e: number): Open {
    if (value === null) return host
    // Articles (Điều) number on through chapters: check against the last one anywhere.
    if (key === 'article') {
      const prevArticle = this.lastArticle
      this.lastArticle = value
      if (prevArticle !== null && value > prevArticle + 1) {
        report(this.ctx, 'numbering-gap', `Unexpected "${label ?? value}", expected "Điều ${prevArticle + 1}.": numbering skips`, s, e)
      } else if (prevArticle === null && value !== 1) {
        report(this.ctx, 'numbering-gap', `Unexpected "${label ?? value}", expected "Điều 1.": numbering does not start at 1`, s, e)
      }
      return host
    }
    const prev = host.last.get(key)
    if (prev === undefined || prev.value === null) {
      if (value !== 1 && prev === undefined) {
        const expected = this.expectedLabel(key, 1, label)
        report(this.ctx, 'numbering-gap', `Unexpected "${label ?? value}", expected "${expected}": numbering does not start at 1`, s, e)
      }
      return host
    }
    if (value < prev.value || (value === prev.value && value === 1)) {
      return this.restart(host, value, label, prev.label, s, e)
    }
    if (value === prev.value) {
      report(this.ctx, 'numbering-duplicate', `Unexpected "${label ?? value}" again, expected "${this.expectedLabel(key, prev.value + 1, label)}"`, s, e)
    } else if (value > prev.value + 1) {
      report(this.ctx, 'numbering-gap', `Unexpected "${label ?? value}", expected "${this.expectedLabel(key, prev.value + 1, label)}": numbering skips`, s, e)
    }
    return host
  }

  private expectedLabel(key: string, value: number, label: string | null): string {
    if (key.startsWith('decimal')) {
      const parts = (label ?? '').replace(/\.$/, '').split('.')
      parts[parts.length - 1] = String(value)
      return `${parts.join('.')}.`
    }
    return labelFor(key as NumberingStyle, value)
  }

  /**
   * Numbering restarted under `host`: a heading at host's level is missing.
   * Add an implicit sibling of host (or, at the top, group what came before
   * and what follows into implicit parts) and return it.
   */
  private restart(host: Open, value: number, label: string | null, prevLabel: string | null, s: number, e: number): Open {
    report(
      this.ctx,
      'missing-heading',
      `Unexpected "${label ?? value}" after "${prevLabel ?? '?'}", expected a new heading first: numbering restarts, so a heading is probably missing`,
      s,
      e
    )
    const index = this.stack.indexOf(host)
    if (index === 0) {
      // At the top: wrap the run so far into an implicit part, open another.
      // Only the current run: the trailing body blocks since the last implicit
      // part or non-body block (wrapping earlier parts again would nest them).
      const container = host.node.children!
      let first = container.length
      while (first > 0) {
        const c = container[first - 1]!
        const body = c.type === 'section' || c.type === 'item' || c.type === 'paragraph' || c.type === 'table' || c.type === 'leftover'
        if (!body || (c.type === 'section' && c.props.implicit === true && c.props.numbering === null)) break
        first--
      }
      while (first < container.length && container[first]!.type !== 'section' && container[first]!.type !== 'item') first++
      const run = first >= container.length ? [] : container.splice(first)
      const implicitProps = {numbering: null, title: null, kind: null, implicit: true}
      if (run.length > 0) container.push(parent('section', run, {...implicitProps}))
      const group = parent('section', [], {...implicitProps})
      container.push(group)
      host.last = new Map([[IMPLICIT_KEY, {value: null, label: null}]])
      this.stack.length = 1
      const open: Open = {node: group, key: IMPLICIT_KEY, rank: -0.5, weak: false, value: null, path: null, label: null, last: new Map()}
      this.stack.push(open)
      return open
    }
    // Below the top: an implicit sibling of host.
    this.stack.length = index
    const grand = this.top
    const nextValue = host.value === null ? null : host.value + 1
    return this.implicit(grand, host.key, nextValue, host.rank, host.path)
  }

  /** Create and open an implicit section under `under`. */
  private implicit(under: Open, key: string, value: number | null, rank: number, path: readonly number[] | null): Open {
    const style: NumberingStyle | null = key === IMPLICIT_KEY || key === UNNUMBERED_KEY ? null : key.startsWith('decimal') ? 'decimal' : (key as NumberingStyle)
    const numbering: NumberingDraft | null =
      style === null ? null : {style, label: null, value, path: path && value !== null ? [...path.slice(0, -1), value] : null}
    const node = parent('section', [], {numbering, title: null, kind: null, implicit: true})
    under.node.children!.push(node)
    under.last.set(key, {value, label: value === null || style === null ? null : labelFor(style, value, numbering?.path)})
    const open: Open = {node, key, rank, weak: false, value, path: numbering?.path ?? null, label: null, last: new Map()}
    this.stack.push(open)
    return open
  }

  /** The host for a decimal with parent path `path` ([4] for "4.1."), creating it when lost. */
  private decimalParent(path: readonly number[], marker: Marker, s: number, e: number): Open {
    const key = path.length === 1 ? 'arabic' : `decimal${path.length}`
    const rank = path.length === 1 ? levelRank({style: 'arabic', path: null}) : levelRank({style: 'decimal', path})
    const want = path[path.length - 1]!
    for (let j = this.stack.length - 1; j > 0; j--) {
      const open = this.stack[j]!
      if (open.key !== key) continue
      const samePrefix = path.length === 1 || sameNumbers(open.path?.slice(0, -1) ?? [], path.slice(0, -1))
      if ((open.value === want || open.alias === want) && samePrefix) {
        this.stack.length = j + 1
        return open
      }
      // "2. Mục tiêu cụ thể" then "1.1 Về chính quyền số": a first decimal under an Arabic part whose
      // first number is an earlier one is a typo for "2.1", not a restart after two lost headings.
      const childKey = `decimal${path.length + 1}`
      if (path.length === 1 && open.value !== null && want < open.value && marker.value === 1 && !open.last.has(childKey) && open.alias === undefined) {
        report(this.ctx, 'numbering-mismatch', `Unexpected "${marker.label}" under "${open.label ?? labelFor('arabic', open.value)}", expected "${labelFor('decimal', 1, [open.value, 1])}": read as its first item`, s, e)
        open.alias = want
        this.stack.length = j + 1
        return open
      }
      // The parent is missing: go to its level and add it.
      this.stack.length = j
      let host = this.top
      host = this.checkSequence(host, key, want, labelFor(key.startsWith('decimal') ? 'decimal' : 'arabic', want, path), s, e)
      report(this.ctx, 'missing-heading', `Unexpected "${marker.label}" under "${open.label ?? labelFor('arabic', open.value ?? 0)}", expected "${labelFor(key.startsWith('decimal') ? 'decimal' : 'arabic', want, path)}" before it: added an implicit section`, s, e, 'info')
      return this.implicit(host, key, want, rank, path.length === 1 ? null : path)
    }
    // No open section of that level: add one under the nearest outer section.
    const host = path.length === 1 ? this.hostFor(key, rank, false) : this.decimalParent(path.slice(0, -1), marker, s, e)
    // "II. NHIỆM VỤ" then "2.1 …": the decimal's first number repeats the part's, no gap in the numbering.
    const mirrors = path.length === 1 && host.key === 'roman' && host.value === want
    const checked = mirrors ? host : this.checkSequence(host, key, want, null, s, e)
    return this.implicit(checked, key, want, rank, path.length === 1 ? null : path)
  }
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i])
}

/**
 * The title of a heading: short text that is not a full sentence.
 * "Mục đích" and "Về cải cách thể chế:" are titles; "Triển khai kịp thời … ."
 * is a numbered paragraph (null).
 */
export function titleOf(content: string): string | null {
  let end = content.length
  // Trailing ":" and Markdown emphasis ("**I. MỤC TIÊU**").
  while (end > 0 && (content[end - 1] === ':' || content[end - 1] === ' ' || content[end - 1] === '*' || content[end - 1] === '_')) end--
  const text = content.slice(0, end)
  if (text.length === 0) return null
  if (text.length <= 200 && !/[.;]$/.test(text)) return text
  // "1. Cải cách thể chế: tiếp tục rà soát …": a sentence led in by its title.
  return leadTitle(text)
}

/** The words before an early ": " of a heading sentence (at most 10 words, a quoted name one; not a list's lead-in), or null. */
function leadTitle(text: string): string | null {
  const colon = text.indexOf(': ')
  if (colon < 2 || colon > 100) return null
  const lead = text.slice(0, colon).trimEnd()
  // A quoted name counts as one word: 'Nội dung "Tham gia của người dân ở cấp cơ sở"'.
  if (lead.replace(/"[^"]*"|“[^”]*”/g, 'Q').split(' ').length > 10 || /[.;]/.test(lead)) return null
  const lower = lead.toLowerCase()
  if (LIST_INTROS.some((w) => lower === w || lower.endsWith(` ${w}`))) return null
  return lead
}

const LIST_INTROS = listIntroEndings.map((w) => w.toLowerCase())
