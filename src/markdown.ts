/**
 * Markdown input. remark-parse (with remark-gfm for tables) finds the
 * characters that are only syntax: heading hashes, emphasis delimiters, link
 * brackets and URLs, blockquote ">" prefixes, escapes, setext underlines.
 * The normaliser drops those, keeping its map to the original, so the plain
 * pipeline yields the same tree as for the text and every position still
 * points into the Markdown. remark loads on the first Markdown document
 * (require of ESM, Node 20.19+), never at import.
 */

import {createRequire} from 'node:module'
import type {MarkupRange} from './text/normalize.js'

interface MdPoint {
  offset?: number
}

/** The bullet each depth of a Markdown list reads as, as a plan nests them in plain text. */
const NESTED_BULLETS = ['-', '+', '•']

interface MdNode {
  type: string
  ordered?: boolean | null
  position?: {start: MdPoint; end: MdPoint}
  children?: MdNode[]
  value?: string
}

type Processor = {parse(text: string): MdNode}
let processors: {plain: Processor; gfm: Processor} | null = null

/**
 * remark-parse, with remark-gfm when the text has GFM syntax that changes what
 * is markup: a table delimiter row, "~~" or a footnote "[^". remark-gfm more
 * than doubles the parse time, so plain Markdown goes without it.
 */
function load(text: string): Processor {
  if (processors === null) {
    const require = createRequire(import.meta.url)
    const {unified} = require('unified') as {unified: () => {use(plugin: unknown): Processor & {use(plugin: unknown): Processor}}}
    const remarkParse = (require('remark-parse') as {default: unknown}).default
    const remarkGfm = (require('remark-gfm') as {default: unknown}).default
    processors = {plain: unified().use(remarkParse), gfm: unified().use(remarkParse).use(remarkGfm)}
  }
  return GFM_SYNTAX.test(text) ? processors.gfm : processors.plain
}

const GFM_SYNTAX = /\|[ \t]{0,8}:?-{3}|~~|\[\^/

function start(node: MdNode | undefined): number | null {
  return node?.position?.start.offset ?? null
}

function end(node: MdNode | undefined): number | null {
  return node?.position?.end.offset ?? null
}

/** An HTML tag a scraper left in plain text: "<br>", "<br />", "</p>", "<strong>", "<span class=…>". */
const STRAY_TAG_NAME = /^<\/?(?:br|p|div|span|strong|b|i|em|u|font|sup|sub)(?=[\s/>])/i
const BLOCK_TAG = /^<\/?(?:br|p|div)[\s/>]/i

/**
 * The HTML tags left in a plain text ("UBND TỈNH AN GIANG<br>"), to be looked
 * through like Markdown syntax: a line break or paragraph tag inside a line
 * stands for a new line, one at a line's end and any inline tag for nothing.
 * Empty when the text has no "<" (one native search).
 */
export function strayTags(text: string): MarkupRange[] {
  const ranges: MarkupRange[] = []
  for (let i = text.indexOf('<'); i !== -1; i = text.indexOf('<', i + 1)) {
    const name = STRAY_TAG_NAME.exec(text.slice(i, i + 10))
    if (name === null) continue
    // Its attributes, up to the ">" on the same line (bounded).
    let gt = i + name[0].length
    while (gt < text.length && gt - i < 140 && text[gt] !== '>' && text[gt] !== '<' && text[gt] !== '\n') gt++
    if (text[gt] !== '>') continue
    const e = gt + 1
    const atLineEnd = e >= text.length || text[e] === '\n' || text[e] === '\r'
    ranges.push(BLOCK_TAG.test(name[0] + text[i + name[0].length]) && !atLineEnd && i > 0 && text[i - 1] !== '\n' ? [i, e, '\n'] : [i, e])
    i = e - 1
  }
  return ranges
}

/**
 * Syntax-only ranges [start, end) of a Markdown text, sorted and merged. A
 * range with a third element stands for that text ("<br>" for a space).
 */
export function markupRanges(text: string): MarkupRange[] {
  const tree = load(text).parse(text)
  const ranges: Array<[number, number, string?]> = []
  const add = (a: number | null, b: number | null, replacement?: string): void => {
    if (a !== null && b !== null && b > a) ranges.push(replacement === undefined ? [a, b] : [a, b, replacement])
  }
  const around = (node: MdNode): void => {
    const children = node.children ?? []
    if (children.length === 0) return add(start(node), end(node))
    add(start(node), start(children[0]))
    add(end(children[children.length - 1]), end(node))
  }
  const visit = (node: MdNode, inCell = false, depth = 0): void => {
    switch (node.type) {
      case 'list': {
        // A nested list is read as the plain text nests its bullets: "-" at the top, then "+", then "•".
        if (node.ordered !== true) {
          const bullet = NESTED_BULLETS[Math.min(depth, NESTED_BULLETS.length - 1)]!
          for (const item of node.children ?? []) {
            const s = start(item)
            // Not an empty item: "*" alone between the party's header lines is a separator.
            if (s !== null && (item.children?.length ?? 0) > 0 && '*-+'.includes(text[s]!) && text[s] !== bullet) add(s, s + 1, bullet)
          }
        }
        for (const child of node.children ?? []) visit(child, inCell, depth + 1)
        return
      }
      case 'heading':
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
      case 'linkReference':
        around(node)
        break
      case 'html': {
        // Only the tags are markup: the text of "<p>Căn cứ …</p>" is the plan's.
        const s = start(node)
        const e = end(node)
        if (s !== null && e !== null) {
          if (startsTable(text.slice(s, Math.min(e, s + 200)))) htmlTable(text, s, e, add)
          else htmlTags(text, s, e, add, inCell ? ' ' : '\n')
        }
        return
      }
      case 'image':
      case 'imageReference':
      case 'thematicBreak':
      case 'definition':
        add(start(node), end(node))
        return
      case 'inlineCode': {
        const s = start(node)
        const e = end(node)
        if (s !== null && e !== null && node.value !== undefined) {
          const ticks = Math.max(1, Math.floor((e - s - node.value.length) / 2))
          add(s, s + ticks)
          add(e - ticks, e)
        }
        return
      }
      case 'blockquote': {
        const s = start(node)
        const e = end(node)
        if (s !== null && e !== null) {
          for (let i = s; i < e; i = text.indexOf('\n', i) === -1 ? e : text.indexOf('\n', i) + 1) {
            let j = i
            while (j < e && (text[j] === ' ' || text[j] === '\t')) j++
            if (text[j] === '>') add(i, text[j + 1] === ' ' ? j + 2 : j + 1)
          }
        }
        break
      }
      case 'break': {
        // A hard line break written as a backslash at the line end (pandoc): the backslash is markup, the line break stays.
        const s = start(node)
        if (s !== null && text[s] === '\\') add(s, s + 1)
        return
      }
      case 'text': {
        // Escapes: "\*" is a literal "*"; drop the backslash.
        const s = start(node)
        const e = end(node)
        if (s !== null && e !== null) {
          for (let i = s; i < e - 1; i++) {
            if (text[i] === '\\' && /[!-/:-@[-`{-~]/.test(text[i + 1]!)) {
              add(i, i + 1)
              i++
            }
          }
        }
        return
      }
      default:
        break
    }
    for (const child of node.children ?? []) visit(child, inCell || node.type === 'tableCell', depth)
  }
  visit(tree)
  ranges.sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number, string?]> = []
  for (const r of ranges) {
    const last = merged[merged.length - 1]
    if (last && r[0] <= last[1]) {
      last[1] = Math.max(last[1], r[1])
      if (r[2] !== undefined && last[2] === undefined) last[2] = r[2]
    } else merged.push(r[2] === undefined ? [r[0], r[1]] : [r[0], r[1], r[2]])
  }
  return merged
}

/**
 * The tags and comments of raw HTML in [s, e): dropped, except "<br>", which
 * stands for `lineBreak`: a new line, or a space inside a table cell (whose
 * row must stay one line).
 */
function htmlTags(text: string, s: number, e: number, add: (a: number, b: number, replacement?: string) => void, lineBreak: string): void {
  let i = s
  while (i < e) {
    while (i < e && text.charCodeAt(i) !== 0x3c) i++
    if (i >= e) return
    if (text.startsWith('<!--', i)) {
      let close = i + 4
      while (close < e && !text.startsWith('-->', close)) close++
      const end = Math.min(e, close + 3)
      add(i, end)
      i = end
      continue
    }
    const gt = tagEnd(text, i, e)
    if (gt === -1) {
      i++
      continue
    }
    add(i, gt + 1, /^<br\s*\/?>$/i.test(text.slice(i, gt + 1)) ? lineBreak : undefined)
    i = gt + 1
  }
}

/** The ">" that closes the tag opening at `i` (before `e` and before another "<"), or -1. */
function tagEnd(text: string, i: number, e: number): number {
  let gt = i + 1
  while (gt < e && text.charCodeAt(gt) !== 0x3e && text.charCodeAt(gt) !== 0x3c) gt++
  return gt < e && text.charCodeAt(gt) === 0x3e ? gt : -1
}

/** Is the HTML block a table, maybe in a wrapper or two: "<table>", "<figure class=\"table\"><table>"? */
function startsTable(head: string): boolean {
  let rest = head
  for (let n = 0; n < 2; n++) {
    const wrapper = WRAPPER.exec(rest)
    if (wrapper === null) break
    rest = rest.slice(wrapper[0].length)
  }
  return /^<table[\s>]/i.test(rest)
}
const WRAPPER = /^<(?:div|figure|center)\b[^<>]{0,80}>\s{0,4}/i

/**
 * An HTML table in [s, e) ("<table><tr><td>STT</td><td>Nội dung</td>…", as
 * pandoc writes a Word table whose cells hold paragraphs) read as "|" rows:
 * each row one line "| STT | Nội dung |", a cell's paragraphs and line breaks
 * spaces, the tags and the white space between cells dropped. The cells' text
 * keeps its place in the original.
 */
function htmlTable(text: string, s: number, e: number, add: (a: number, b: number, replacement?: string) => void): void {
  // Adjacent pieces ("</td><td>", a tag and the white space after it) are one range, their replacements joined:
  // ranges that touch are merged later, and only the first replacement of a merge would stay.
  let pendingStart = -1
  let pendingEnd = -1
  let pending = ''
  const flush = (): void => {
    if (pendingStart !== -1) add(pendingStart, pendingEnd, pending.length > 0 ? pending : undefined)
  }
  const drop = (a: number, b: number, replacement = ''): void => {
    if (a === pendingEnd) {
      pendingEnd = b
      pending += replacement
      return
    }
    flush()
    pendingStart = a
    pendingEnd = b
    pending = replacement
  }
  let inRow = false
  let inCell = false
  // Merged cells: how many rows below each column is still covered by a cell with "rowspan", and the
  // "colspan" of the open cell. Each covered place is an empty cell, so the columns stay in line.
  const covered: number[] = []
  let column = 0
  let span = 1
  const skipCovered = (): string => {
    let cells = ''
    while ((covered[column] ?? 0) > 0) {
      covered[column]!--
      column++
      cells += '|  '
    }
    return cells
  }
  let i = s
  while (i < e) {
    const code = text.charCodeAt(i)
    if (code !== 0x3c) {
      // White space outside a cell is layout; inside one, a line break is a space.
      if (!inCell || code === 0x0a || code === 0x0d) {
        let j = i
        while (j < e && text.charCodeAt(j) !== 0x3c && (!inCell || /\s/.test(text[j]!))) j++
        if (j > i) drop(i, j, inCell ? ' ' : '')
        i = Math.max(j, i + 1)
        continue
      }
      i++
      continue
    }
    const gt = tagEnd(text, i, e)
    if (gt === -1) {
      i++
      continue
    }
    const tag = /^<\/?([a-z0-9]+)/i.exec(text.slice(i, Math.min(gt + 1, i + 12)))?.[1]?.toLowerCase() ?? ''
    const closing = text[i + 1] === '/'
    let replacement = ''
    if (tag === 'table') replacement = '\n'
    else if (tag === 'tr') {
      if (closing && inRow) {
        // Places covered from above at the end of the row.
        let cells = ''
        for (; column < covered.length; column++) {
          if ((covered[column] ?? 0) > 0) {
            covered[column]!--
            cells += '|  '
          }
        }
        replacement = `${cells}|\n`
      }
      inRow = !closing
      inCell = false
      column = 0
    } else if ((tag === 'td' || tag === 'th') && inRow) {
      if (closing) replacement = ` ${'|  '.repeat(span - 1)}`
      else {
        const attributes = text.slice(i, gt)
        const rows = Math.min(50, Number(/rowspan\s?=\s?"?(\d{1,3})/i.exec(attributes)?.[1] ?? 1))
        span = Math.max(1, Math.min(20, Number(/colspan\s?=\s?"?(\d{1,2})/i.exec(attributes)?.[1] ?? 1)))
        replacement = `${skipCovered()}| `
        for (let k = 0; k < span; k++) covered[column + k] = rows - 1
        column += span
      }
      inCell = !closing
    } else if (inCell && (tag === 'p' || tag === 'br' || tag === 'div' || tag === 'li')) {
      replacement = ' '
    }
    drop(i, gt + 1, replacement)
    i = gt + 1
  }
  flush()
}

/** A line that opens with an HTML block or emphasis tag. */
const HTML_LINE = /^<(?:p|div|br|table|tr|td|th|strong|b|span|h[1-6])[\s>/]/i

/**
 * Does this text look like Markdown? ATX headings, emphasis-only lines, a
 * table delimiter row, blockquotes, links. Plain plans have none of these at
 * line starts.
 */
export function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, 65536)
  let hits = 0
  let at = 0
  while (at < head.length && hits < 2) {
    let next = head.indexOf('\n', at)
    if (next === -1) next = head.length
    const line = head.slice(at, next).trimStart()
    if (/^#{1,6} \S/.test(line) || /^\*\*\S/.test(line) || /^> \S/.test(line) || /^\|? {0,3}:?-{3,}:? {0,3}\|/.test(line) || HTML_LINE.test(line)) hits++
    at = next + 1
  }
  // Text scraped with its HTML line breaks and paragraphs ("…;<br>Căn cứ …") is read as Markdown, which looks through them.
  return hits >= 2 || /\]\(https?:\/\/\S+\)/.test(head) || (head.match(/<br\s{0,3}\/?>|<\/p>/gi)?.length ?? 0) >= 3
}
