/**
 * Agency names: their lexicon names (abbreviations expanded, typos matched
 * with string distance from natural) and the split of a list of agencies,
 * shared by tasks and responsibilities.
 */

import {agencyAbbreviations, agencyNames, agencyVariants, issuerHeads, listedAgencyHeads, listedCollectives} from '../../grammars/index.js'
import {editDistance, similarity} from '../adapters/natural.js'
import {capitalize, fold, squash, stripEnd, stripStart} from '../text/fold.js'

/** The lexicon's names and their other spellings, each with the name it stands for; longest first. */
const NAMES = [...agencyNames.map((name) => [name, name] as const), ...agencyVariants]
  .map(([spelled, name]) => ({name, folded: fold(spelled), words: spelled.split(' ').length}))
  .sort((a, b) => b.folded.length - a.folded.length)
const ABBREVIATIONS = Object.entries(agencyAbbreviations).sort((a, b) => b[0].length - a[0].length)

/** "Sở TT&TT" → "Sở Thông tin và Truyền thông"; "VP UBND tỉnh" → "Văn phòng Ủy ban nhân dân tỉnh". */
export function expand(name: string): string {
  let out = ` ${name} `
  for (const [abbr, full] of ABBREVIATIONS) out = out.split(` ${abbr} `).join(` ${full} `)
  return squash(out)
}

/** Each lexicon name's spellings, folded: its own and its variants. */
const SPELLINGS = new Map<string, string[]>()
for (const n of NAMES) SPELLINGS.set(n.name, [...(SPELLINGS.get(n.name) ?? []), n.folded])

/** Do `words` spell the lexicon name `canonical` whole, or another spelling of it ("Phòng Kinh tế - Hạ tầng")? No typo is read. */
export function spellsAgency(words: string, canonical: string): boolean {
  return SPELLINGS.get(canonical)?.includes(fold(expand(words))) ?? false
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
    // Jaro–Winkler rewards a shared start: "uy ban nhan dan cac" is not "uy ban nhan dan xa".
    // A typo is one or two edits, so the edit distance bounds it too.
    if (score >= 0.94 && editDistance(head, n.folded) <= Math.max(1, Math.floor(n.folded.length / 10)) && sameShortWords(head, n.folded) && (best === null || score > best.score)) best = {name: n.name, score}
  }
  return best?.name ?? null
}

/**
 * A typo changes a letter of a long word, not a short word for another:
 * "Văn phòng Sở" is not "Văn phòng Bộ", "UBND xã" not "UBND sở".
 */
function sameShortWords(a: string, b: string): boolean {
  const left = a.split(' ')
  const right = b.split(' ')
  for (let k = 0; k < left.length && k < right.length; k++) {
    const x = left[k]!
    const y = right[k]!
    if (x !== y && Math.min(x.length, y.length) <= 3) return false
  }
  return true
}

const HEADS = [...issuerHeads, ...listedAgencyHeads].map((h) => fold(h))

const COLLECTIVES = listedCollectives.map((c) => fold(c))

/** Does `piece` open a new agency ("Sở Tài chính", "UBND cấp huyện", "Các sở", "các tổ chức chính trị - xã hội")? */
function opensListedAgency(piece: string): boolean {
  const text = piece.trim()
  if (text.length === 0) return false
  const folded = fold(text)
  if (text[0] === text[0]!.toLowerCase()) return COLLECTIVES.some((c) => folded.startsWith(c + ' '))
  return HEADS.some((h) => folded === h || folded.startsWith(h + ' '))
}

/**
 * Split agencies: at ";" always; at "," and "và" only where a new agency
 * starts, so "Các sở, ban, ngành" and "Sở Thông tin và Truyền thông" stay whole.
 */
export function agencies(raw: string): string[] {
  const out: string[] = []
  for (const part of squash(raw).split(/;|\n/u)) {
    const pieces = part.split(/(,\s|\svà\s|\svới\s)/u)
    let current = pieces[0] ?? ''
    for (let k = 1; k < pieces.length; k += 2) {
      const next = pieces[k + 1] ?? ''
      if (opensListedAgency(next) && !jointOffice(current, pieces[k]!)) {
        out.push(current)
        // "… và các tổ chức chính trị - xã hội": an agency of its own, named as one.
        current = capitalize(next)
      } else {
        current += pieces[k]! + next
      }
    }
    out.push(current)
  }
  return out.map((a) => stripEnd(stripStart(a, '-+•'), '.')).filter((a) => a.length > 0)
}

/** "Văn phòng HĐND và UBND huyện" is one office, not two agencies. */
function jointOffice(current: string, separator: string): boolean {
  const folded = fold(current.trim())
  return separator.trim() === 'và' && (folded.startsWith('van phong ') || folded.startsWith('vp ')) && (folded.endsWith(' hdnd') || folded.endsWith(' hoi dong nhan dan'))
}
