/**
 * An appendix heading: "PHỤ LỤC", "Phụ lục I", "PHỤ LỤC 01: …", usually
 * followed by "(Kèm theo Kế hoạch số … ngày … của …)".
 */

import type {Line} from '../lines/classify.js'
import {inlines} from '../inline/index.js'
import {isUpperText, squash} from '../text/fold.js'
import {parent, type Context, type Draft} from '../tree/draft.js'

/** Does an appendix start on this line? */
export function startsAppendix(line: Line): boolean {
  if (line.blank || line.text.length > 200 || (line.text[0] !== 'P' && line.text[0] !== 'p')) return false
  const f = line.folded
  if (!f.startsWith('phu luc')) return false
  const rest = f.slice(7)
  return rest.length === 0 || /^(\s{1,3}([ivx]{1,6}|\d{1,3}|so\s)|\s{0,3}[:.])/.test(rest) || isUpperText(line.text)
}

/**
 * Read the heading lines of an appendix from line `i`: the "Phụ lục" line,
 * upper-case title lines and the "(Kèm theo …)" line. Returns the appendix
 * node (to which the caller adds the body) and the next line.
 */
export function readAppendixHead(ctx: Context, i: number): {node: Draft; next: number} | null {
  const lines = ctx.lines
  const head = lines[i]
  if (!head || !startsAppendix(head)) return null
  const heading: Draft[] = [parent('heading', inlines(ctx, head.cs, head.ce))]
  let title: string | null = null
  let attachedTo: string | null = null
  let j = i + 1
  let last = j
  while (j < lines.length && j - i < 8) {
    const line = lines[j]!
    if (line.blank) {
      j++
      continue
    }
    if (line.marker !== null) break
    if (/^\((ban hanh )?kem theo\b/.test(line.folded)) {
      // "(Kèm theo Kế hoạch số … của UBND\ntỉnh)": the bracket wrapped over up to three lines.
      let end = j
      while (!lines[end]!.text.includes(')') && end + 1 < lines.length && end - j < 2 && !lines[end + 1]!.blank && lines[end + 1]!.marker === null) end++
      if (!lines[end]!.text.includes(')')) end = j
      heading.push(parent('paragraph', inlines(ctx, line.cs, lines[end]!.ce)))
      attachedTo = squash(ctx.text.slice(line.cs, lines[end]!.ce).replace(/^\(|\)$/g, ''))
      j = end + 1
      last = j
      break
    }
    if (!isUpperText(line.text) || title !== null) break
    heading.push(parent('heading', inlines(ctx, line.cs, line.ce)))
    title = squash(line.text)
    j++
    last = j
  }
  const label = squash(head.text)
  return {node: parent('appendix', heading, {label, title, attachedTo}), next: last}
}
