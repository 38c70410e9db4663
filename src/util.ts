/**
 * Helpers users expect on the tree: the text of a node, the sections around
 * a node, sections by kind, a depth-first walk.
 */

import type {Node, Plan, Section, SectionKind} from './schema.js'

type AnyNode = {type: string; value?: unknown; children?: AnyNode[]}

/**
 * The exact source text of a node: its leaves' values concatenated. For the
 * root this is the input itself.
 */
export function toSource(node: Node): string {
  const n = node as AnyNode
  if (typeof n.value === 'string') return n.value
  let out = ''
  for (const child of n.children ?? []) out += toSource(child as Node)
  return out
}

/**
 * The readable text of a node: NFC, plain spaces, white space collapsed.
 *
 * @example toText(heading) === "II. MỤC TIÊU"
 */
export function toText(node: Node): string {
  return readable(node)
    .normalize('NFC')
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ')
    .trim()
}

/** The source of a node without the page numbers inside it. */
function readable(node: Node): string {
  const n = node as AnyNode
  if (n.type === 'pageNumber') return ''
  if (typeof n.value === 'string') return n.value
  let out = ''
  for (const child of n.children ?? []) out += readable(child as Node)
  return out
}

/** Visit every node depth-first, with its ancestors (outermost first). */
export function walk(node: Node, visitor: (node: Node, ancestors: readonly Node[]) => void): void {
  const stack: Array<{node: AnyNode; ancestors: Node[]}> = [{node: node as AnyNode, ancestors: []}]
  while (stack.length > 0) {
    const {node: current, ancestors} = stack.pop()!
    visitor(current as Node, ancestors)
    const children = current.children
    if (children) {
      const next = [...ancestors, current as Node]
      for (let i = children.length - 1; i >= 0; i--) stack.push({node: children[i]!, ancestors: next})
    }
  }
}

/** The sections enclosing `target` (outermost first), or null when it is not in `plan`. */
export function sectionPath(plan: Plan, target: Node): Section[] | null {
  let found: Section[] | null = null
  walk(plan, (node, ancestors) => {
    if (found === null && node === target) {
      found = ancestors.filter((a): a is Section => a.type === 'section')
    }
  })
  return found
}

/** All sections of the given kind, in document order. @example findSections(plan, 'implementation') */
export function findSections(plan: Plan, kind: SectionKind): Section[] {
  const out: Section[] = []
  walk(plan, (node) => {
    if (node.type === 'section' && (node as Section).kind === kind) out.push(node as Section)
  })
  return out
}

/** A short label for a section: "II. MỤC TIÊU", "2.1.", "(implicit)". */
export function sectionLabel(section: Section): string {
  const label = section.numbering?.label ?? (section.implicit ? '(implicit)' : '')
  return section.title ? `${label} ${section.title}`.trim() : label
}
