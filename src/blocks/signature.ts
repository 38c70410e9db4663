/**
 * The signature block: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH /
 * (Đã ký) / Nguyễn Văn A", as lines or flattened into a `|` row
 * ("| KT. CHỦ TỊCH |").
 */

import {familyNames, signaturePrefixes, signedNotes, signerTitles} from '../../grammars/index.js'
import type {Line} from '../lines/classify.js'
import {splitCells, type Cell} from '../header/official.js'
import {bodyName, looksLikePersonName, personName} from '../header/values.js'
import {fold, isUpperText, squash} from '../text/fold.js'
import {leaf, parent, propose, type Context, type Draft} from '../tree/draft.js'
import {isPageNumber} from './leftover.js'

const PREFIXES = signaturePrefixes.map((p) => fold(p)).sort((a, b) => b.length - a.length)
const TITLES = signerTitles.map((t) => ({title: t, folded: fold(t)})).sort((a, b) => b.folded.length - a.folded.length)
/** The notes by their letters only: "(Đã ký)", "[daky]" and "Đã ký" are one note. */
const NOTES = new Set(signedNotes.map((n) => fold(n).replace(/[^a-z]/g, '')))

type SignatureCellKind = 'authority' | 'title' | 'note' | 'name'

/** The prefix of "KT. CHỦ TỊCH" ("kt"), or null. */
function prefixOf(folded: string): string | null {
  for (const p of PREFIXES) {
    if (folded.startsWith(p) && (folded[p.length] === '.' || folded[p.length] === ' ')) return p
  }
  return null
}

function titleOf(folded: string): string | null {
  const hit = TITLES.find((t) => folded === t.folded)
  return hit ? hit.title : null
}

/**
 * "GIÁM ĐỐC SỞ NỘI VỤ", "PHÓ CHỦ TỊCH UBND TỈNH": a title with its body
 * (at most eight words after it); the title and the body's words, or null.
 */
function qualifiedTitleOf(folded: string): {title: string; rest: number} | null {
  const hit = TITLES.find((t) => folded.startsWith(`${t.folded} `))
  if (!hit || folded.slice(hit.folded.length + 1).split(' ').length > 8) return null
  return {title: hit.title, rest: hit.folded.length + 1}
}

function cellKind(cell: Cell, allowName: boolean): SignatureCellKind | null {
  const folded = squash(fold(cell.text))
  if (cell.text.length > 80) return null
  const prefix = prefixOf(folded)
  if (prefix !== null && isUpperText(cell.text)) return 'authority'
  if (isUpperText(cell.text) && (titleOf(folded) !== null || qualifiedTitleOf(folded) !== null)) return 'title'
  if (cell.text.length <= 40 && NOTES.has(folded.replace(/[^a-z]/g, ''))) return 'note'
  if (allowName && looksLikePersonName(withoutSignedNote(cell.text)) && (!isUpperText(cell.text) || FAMILY_NAMES.has(firstWordFolded(cell.text)))) return 'name'
  return null
}

/** Family names folded: "NGUYỄN VĂN AN" in capitals is a name, "PHỤ LỤC" is not. */
const FAMILY_NAMES: ReadonlySet<string> = new Set(familyNames.map(fold))

function firstWordFolded(text: string): string {
  const words = squash(fold(text)).split(' ')
  // "TS. NGUYỄN VĂN AN": past an honorific with its dot.
  return words.find((w) => !w.endsWith('.')) ?? ''
}

const SIGNED_NOTES = signedNotes.map((n) => n.toLowerCase())

/** A name without a note of signing after it: "Đinh Văn Em (ký)", "… (Đã ký)", "… [đã ký]". */
function withoutSignedNote(text: string): string {
  const lower = text.toLowerCase()
  const note = SIGNED_NOTES.find((n) => lower.endsWith(n))
  return note === undefined ? text : text.slice(0, text.length - note.length).trimEnd()
}

/** What a text is in a signature: authority ("KT. CHỦ TỊCH"), title, note ("(Đã ký)"), a name; or null. */
export function signatureCell(text: string): 'authority' | 'title' | 'note' | 'name' | null {
  return cellKind({s: 0, e: text.length, text}, true)
}

/** Propose meta from signature parts read elsewhere (a two-column Nơi nhận). */
export function proposeSignature(ctx: Context, parts: ReadonlyArray<{kind: string; text: string; s: number; e: number}>): void {
  const titles = parts.filter((p) => p.kind === 'authority' || p.kind === 'title').map((p) => ({...p, ...titleLine(p.kind, p.text)}))
  const title = chooseTitle(titles)
  if (title) propose(ctx, 'signerTitle', title.text, 'signature', title.s, title.e)
  const name = parts.find((p) => p.kind === 'name')
  if (name) propose(ctx, 'signer', personName(withoutSignedNote(name.text)), 'signature', name.s, name.e)
}

/**
 * A run of capacities and titles written on one line ("TM. ỦY BAN NHÂN DÂN KT.
 * CHỦ TỊCH PHÓ CHỦ TỊCH", table cells joined by a scraper): one cell per part,
 * cut before each prefix and before a title that ends the part ("KT. CHỦ TỊCH"
 * | "PHÓ CHỦ TỊCH"). Any other cell is returned as it is.
 */
function splitRun(text: string, cell: Cell): Cell[] {
  if (cell.text.length > 160) return [cell]
  // Only a run that opens with a capacity or a title ("I. MỤC TIÊU" is turned away here, unsplit).
  const whole = squash(fold(cell.text))
  if (prefixOf(whole) === null && !TITLES.some((t) => whole.startsWith(`${t.folded} `))) return [cell]
  const words: Array<{s: number; e: number}> = []
  for (let i = cell.s; i < cell.e; ) {
    while (i < cell.e && text[i] === ' ') i++
    const from = i
    while (i < cell.e && text[i] !== ' ') i++
    if (i > from) words.push({s: from, e: i})
  }
  const lower = words.findIndex((w) => !isUpperText(text.slice(w.s, w.e)) && /\p{Ll}/u.test(text.slice(w.s, w.e)))
  if (lower === 0) return [cell]
  return lower > 0 ? splitName(text, cell, words, lower) : splitCapacities(text, cell, words)
}

type Word = {s: number; e: number}

function slice(text: string, s: number, e: number): Cell {
  return {s, e, text: text.slice(s, e)}
}

/** "KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Nguyễn Văn A": the capitals split, then a note and the name after them. */
function splitName(text: string, cell: Cell, words: readonly Word[], lower: number): Cell[] {
  let noteEnd = -1
  for (let k = lower; k < Math.min(words.length, lower + 3) && noteEnd === -1; k++) {
    if (NOTES.has(fold(text.slice(words[lower]!.s, words[k]!.e)).replace(/[^a-z]/g, ''))) noteEnd = k
  }
  const nameStart = noteEnd === -1 ? words[lower]!.s : (words[noteEnd + 1]?.s ?? cell.e)
  const name = slice(text, nameStart, cell.e)
  if (name.text.length === 0 || !looksLikePersonName(withoutSignedNote(name.text))) return [cell]
  const note = noteEnd === -1 ? [] : [slice(text, words[lower]!.s, words[noteEnd]!.e)]
  return [...splitCapacities(text, slice(text, cell.s, words[lower - 1]!.e), words.slice(0, lower)), ...note, name]
}

/** "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH": cut before each prefix and before a title that ends a part. */
function splitCapacities(text: string, cell: Cell, words: readonly Word[]): Cell[] {
  const folded = (from: number, to: number): string => squash(fold(text.slice(words[from]!.s, words[to - 1]!.e)))
  const starts = [0]
  for (let k = 1; k < words.length; k++) if (prefixOf(folded(k, k + 1)) !== null && text[words[k]!.e - 1] === '.') starts.push(k)
  const parts: Array<[number, number]> = []
  starts.forEach((from, n) => {
    const to = starts[n + 1] ?? words.length
    // "KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "TUQ. CHỦ TỊCH GIÁM ĐỐC SỞ NỘI VỤ": the shortest head whose tail is a title of its own.
    const head = prefixOf(folded(from, from + 1)) !== null ? from + 1 : from
    let cut = -1
    for (let k = head + 1; k < to && cut === -1; k++) {
      const tail = folded(k, to)
      if ((titleOf(tail) !== null || qualifiedTitleOf(tail) !== null) && (titleOf(folded(head, k)) !== null || head > from)) cut = k
    }
    if (cut === -1) parts.push([from, to])
    else parts.push([from, cut], [cut, to])
  })
  if (parts.length < 2) return [cell]
  return parts.map(([from, to]) => slice(text, words[from]!.s, words[to - 1]!.e))
}

/**
 * The cells of a signature line; a lone run of capacities split into its
 * parts, which then stand one under the other as if on lines of their own.
 */
function signatureCells(ctx: Context, line: Line): {cells: Cell[]; stacked: boolean} {
  const cells = splitCells(ctx.text, line.cs, line.ce)
  return cells.length === 1 ? {cells: splitRun(ctx.text, cells[0]!), stacked: true} : {cells, stacked: false}
}

/** Does a signature block start on this line? */
export function startsSignature(ctx: Context, line: Line): boolean {
  if (line.blank || line.text.length > 200) return false
  const first = line.text[0]!
  const second = line.text[1] ?? ''
  if (first !== '|' && (first === first.toLowerCase() || second !== second.toUpperCase())) return false
  const {cells, stacked} = signatureCells(ctx, line)
  // A run on one line may end with the name ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn A").
  const own = stacked && cells.length > 1 ? cells.filter((c, k) => k < cells.length - 1 || cellKind(c, true) !== 'name') : cells
  return own.length > 0 && own.every((c) => {
    const k = cellKind(c, false)
    return k === 'authority' || k === 'title' || (stacked && k === 'note')
  })
}

/** "KT. CHỦ TỊCH" → "KT. Chủ tịch"; "TM. ỦY BAN NHÂN DÂN", "T/M ỦY BAN NHÂN DÂN" → "TM. Ủy ban nhân dân". */
function cleanTitle(text: string): string {
  const value = squash(text)
  const folded = fold(value)
  const prefix = prefixOf(folded)
  if (prefix === null) {
    const qualified = titleOf(folded) === null ? qualifiedTitleOf(folded) : null
    return qualified ? `${qualified.title} ${bodyName(value.slice(qualified.rest))}` : (titleOf(folded) ?? value)
  }
  const cut = value.indexOf('.') !== -1 && value.indexOf('.') <= prefix.length ? value.indexOf('.') + 1 : prefix.length
  const rest = value.slice(cut).trim()
  const restTitle = titleOf(fold(rest)) ?? bodyName(rest)
  // "T/M BAN THƯỜNG VỤ", "K/T CHỦ TỊCH": the slashed spelling written the usual way, "TM.", "KT.".
  return `${prefix.replace('/', '').toUpperCase()}. ${restTitle}`
}

/** One signer of a block: joint plans (liên tịch) sign side by side, one column each. */
export interface Signer {
  signer: string | null
  signerTitle: string | null
  /** The capacities signed in, outermost first: ["TM. Ủy ban nhân dân", "KT. Chủ tịch"]. */
  capacities: string[]
}

interface SignatureCell {
  kind: SignatureCellKind
  cell: Cell
  /** Index among the cells of its line, and how many its line has. */
  index: number
  count: number
  /** Offset of the cell from its line's start. */
  offset: number
  /** In a "|" row, the column by the pipes before it (an empty cell counts); else null. */
  slot: number | null
}

function pipesBetween(text: string, s: number, e: number): number {
  let n = 0
  for (let i = s; i < e; i++) if (text.charCodeAt(i) === 0x7c) n++
  return n
}

/**
 * The column of each cell: a line of two cells or more sets the columns
 * ("TM. BAN THƯỜNG VỤ … | TM. ỦY BAN NHÂN DÂN"); a lone cell goes to the
 * column whose start is nearest ("          PHÓ CHỦ TỊCH" under the right one).
 */
function columnsOf(cells: readonly SignatureCell[]): number[] {
  const widest = cells.reduce((n, c) => Math.max(n, c.count), 1)
  const starts: number[] = []
  for (const c of cells) if (c.count === widest && starts[c.index] === undefined) starts[c.index] = c.offset
  return cells.map((c) => {
    if (c.slot !== null) return c.slot
    if (c.count === widest) return c.index
    let best = 0
    for (let k = 1; k < widest; k++) if (Math.abs(starts[k]! - c.offset) < Math.abs(starts[best]! - c.offset)) best = k
    return best
  })
}

/** A title line cleaned, and whether it names its body too ("GIÁM ĐỐC SỞ NỘI VỤ", not a bare "GIÁM ĐỐC"). */
function titleLine(kind: string, text: string): {text: string; qualified: boolean} {
  return {text: cleanTitle(text), qualified: kind === 'title' && titleOf(squash(fold(text))) === null}
}

/**
 * The signer's own title among a block's authority and title lines: the last,
 * not "TM. …" (the body signed for) unless alone; when the last also names a
 * body ("GIÁM ĐỐC SỞ NỘI VỤ") and a bare title stands before it ("PHÓ CHỦ
 * TỊCH"), the bare one.
 */
function chooseTitle<T extends {text: string; qualified: boolean}>(all: readonly T[]): T | undefined {
  const titles = all.filter((t) => !t.text.startsWith('TM.') || all.length === 1)
  const last = titles[titles.length - 1]
  const bare = titles.length > 1 ? titles[titles.length - 2] : undefined
  return last?.qualified && bare && !bare.qualified && !/^[A-ZĐ]+\./u.test(bare.text) ? bare : last
}

function signerOf(cells: readonly SignatureCell[]): Signer {
  const all = cells.filter((c) => c.kind === 'authority' || c.kind === 'title').map((c) => titleLine(c.kind, c.cell.text))
  const chosen = chooseTitle(all)
  const name = cells.find((c) => c.kind === 'name')
  return {
    signer: name ? personName(withoutSignedNote(name.cell.text)) : null,
    signerTitle: chosen?.text ?? null,
    capacities: all.filter((t) => t !== chosen && /^[A-ZĐ]+\./u.test(t.text)).map((t) => t.text)
  }
}

/** One signature block's fields, its signers left to right and the cell of the last one's name. */
interface SignatureRead {
  children: Draft[]
  signers: Signer[]
  name: SignatureCell | undefined
  next: number
}

/**
 * Read a signature block from line `i`. A second block right after it (only
 * blank lines between) is the other body's of a joint plan whose columns were
 * stacked, left one first: one node, both signers, the right one the plan's.
 */
export function readSignature(ctx: Context, i: number): {node: Draft; next: number} | null {
  const first = readBlock(ctx, i)
  if (first === null) return null
  const {children, signers} = first
  let {name, next} = first
  for (let more = 0; more < 3; more++) {
    let k = next
    while (k < ctx.lines.length && ctx.lines[k]!.blank) k++
    const other = k < ctx.lines.length ? readBlock(ctx, k) : null
    // Only a block that is signed (a name) and opens with a capacity ("TM. …", "T/M …") joins: not a stray title line.
    if (other === null || other.name === undefined || prefixOf(ctx.lines[k]!.folded.trimStart()) === null) break
    children.push(...other.children)
    signers.push(...other.signers)
    name = other.name
    next = other.next
  }
  const lead = signers[signers.length - 1]!
  // Joint plans: the lead body signs on the right (Nghị định 30/2020/NĐ-CP), its signer is the plan's.
  propose(ctx, 'signerTitle', lead.signerTitle, 'signature', children[0]!.s, children[children.length - 1]!.e)
  if (lead.signer !== null && name) propose(ctx, 'signer', lead.signer, 'signature', name.cell.s, name.cell.e)
  return {node: parent('signature', children, {signer: lead.signer, signerTitle: lead.signerTitle, signers}), next}
}

function readBlock(ctx: Context, i: number): SignatureRead | null {
  const lines = ctx.lines
  if (!lines[i] || !startsSignature(ctx, lines[i]!)) return null
  const children: Draft[] = []
  const pages: Draft[] = []
  const read: SignatureCell[] = []
  let named = false
  let j = i
  let last = i
  let blanks = 0
  // Room for the signature itself: four or five blank lines, doubled in a copy with a blank line after every line.
  while (j < lines.length && j - i < 30) {
    const line = lines[j]!
    if (line.blank) {
      blanks++
      if (blanks > 10) break
      j++
      continue
    }
    // A page break inside the block: its page number between the title and the name, kept once a line of the block follows.
    if (children.length > 0 && !named && isPageNumber(line)) {
      pages.push(leaf('pageNumber', line.cs, line.ce))
      j++
      continue
    }
    const {cells, stacked} = signatureCells(ctx, line)
    const kinds = cells.map((c) => cellKind(c, !named))
    if (kinds.length === 0 || kinds.some((k) => k === null)) break
    children.push(...pages.splice(0))
    blanks = 0
    const piped = line.text.includes('|')
    cells.forEach((cell, k) => {
      const kind = kinds[k]!
      children.push(parent('field', [leaf('text', cell.s, cell.e)], {key: kind, label: null, content: squash(cell.text)}))
      const slot = piped ? pipesBetween(ctx.text, line.cs, cell.s) - (line.text[0] === '|' ? 1 : 0) : null
      read.push({kind, cell, index: stacked ? 0 : k, count: stacked ? 1 : cells.length, offset: (stacked ? cells[0]!.s : cell.s) - line.start, slot})
      if (kind === 'name') named = true
    })
    j++
    last = j
    if (named) break
  }
  const first = children[0]
  if (!first) return null
  const columns = columnsOf(read)
  const groups: SignatureCell[][] = []
  read.forEach((cell, n) => (groups[columns[n]!] ??= []).push(cell))
  const own = groups.filter((group) => group !== undefined)
  return {children, signers: own.map(signerOf), name: own[own.length - 1]!.find((c) => c.kind === 'name'), next: last}
}
