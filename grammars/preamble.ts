/**
 * Openings of preamble clauses: legal bases (Căn cứ), instruments the plan
 * implements (Thực hiện), proposals (Theo đề nghị).
 */

/** Kinds of preamble clause. */
export type ClauseKind = 'basis' | 'implementing' | 'proposal' | 'intro'

export const clauseOpenings: ReadonlyArray<readonly [opening: string, kind: ClauseKind]> = [
  ['Căn cứ', 'basis'],
  ['Trên cơ sở', 'basis'],
  ['Thực hiện', 'implementing'],
  ['Triển khai', 'implementing'],
  ['Theo đề nghị', 'proposal'],
  ['Xét đề nghị', 'proposal'],
  ['Theo chỉ đạo', 'implementing']
]

/**
 * Closing formulas of a letter or a report ("Trân trọng./.", "Trân trọng cảm
 * ơn!"): the body's last words, never a preamble clause. Matched at a line's
 * start, in any case.
 */
export const closingFormulas: readonly string[] = ['Trân trọng', 'Xin trân trọng cảm ơn', 'Kính chúc']
