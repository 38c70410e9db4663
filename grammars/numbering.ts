/**
 * Numbering styles of plan bodies, from the outermost by convention:
 * `PHẦN I.` › `Chương I` › `Điều 1.` › `A.` › `I.` › `1.` › `1.1.` › `1.1.1.` › `a)` ›
 * `i)` › `1)` › `-` › `+` › `•`. Chương and Điều come from Quy chế / Quy định text
 * attached to plans.
 * No scheme is prescribed by law, so the section builder nests by the order
 * the styles appear in, using `rank` only to settle a style it has not seen
 * open yet. Bullets (`weak`) never close a numbered section.
 */

/** A numbering style. */
export type NumberingStyle =
  | 'part'
  | 'chapter'
  | 'article'
  | 'upperLetter'
  | 'roman'
  | 'arabic'
  | 'decimal'
  | 'letter'
  | 'lowerRoman'
  | 'arabicParen'
  | 'dash'
  | 'plus'
  | 'bullet'

export interface NumberingStyleInfo {
  /** Conventional rank, 0 outermost. Decimal adds its depth. */
  readonly rank: number
  /** Bullets: unnumbered, never close a numbered section. */
  readonly weak: boolean
}

export const numberingStyles: Readonly<Record<NumberingStyle, NumberingStyleInfo>> = {
  part: {rank: 0, weak: false},
  chapter: {rank: 0.5, weak: false},
  article: {rank: 0.8, weak: false},
  upperLetter: {rank: 0.9, weak: false},
  roman: {rank: 1, weak: false},
  arabic: {rank: 2, weak: false},
  decimal: {rank: 3, weak: false},
  letter: {rank: 10, weak: false},
  lowerRoman: {rank: 10.5, weak: false},
  arabicParen: {rank: 11, weak: false},
  dash: {rank: 20, weak: true},
  plus: {rank: 21, weak: true},
  bullet: {rank: 22, weak: true}
}

/** Letters used for `a)` lists, in order (no ă, â, ê, ô, ơ, ư). */
export const vietnameseLetters = 'abcdđeghiklmnopqrstuvxy'

/**
 * Characters that open a bulleted item (style `bullet`), as Word, PDF text and
 * portals write them: •, ●, ▪, ◦, ·, *, the Symbol and Wingdings bullets of
 * Word's private-use area (\uf0b7, \uf0a7, \uf0d8, \uf076), arrows and
 * diamonds (➢, ►, ❖, ◆), check marks, squares, ○ (Word's second level) and §
 * (its third).
 */
export const bulletChars = '•●○▪◦·*\uf0b7\uf0a7\uf0d8\uf076\uf0fc\u2023\u2043\u25e6\u25aa\u25cf➢➤►▸❖◆◇✓✔■□§'

/**
 * Characters that open a dashed item (style `dash`): the hyphen, en and em
 * dashes, the minus sign PDF text gives for them, and the Symbol font's dash
 * of Word's private-use area (\uf02d).
 */
export const dashChars = '-–—\u2212\uf02d'
