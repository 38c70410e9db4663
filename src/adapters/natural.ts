/**
 * The one door to `natural`. Its index loads database drivers and prints to
 * stdout, so only single modules are imported, here and nowhere else.
 */

// @ts-expect-error: natural's single modules ship no type declarations.
import jaroWinklerModule from 'natural/lib/natural/distance/jaro-winkler_distance.js'

type JaroWinkler = (a: string, b: string, dt?: number, ignoreCase?: boolean) => number

const jaroWinkler = jaroWinklerModule as JaroWinkler

/** Jaro–Winkler similarity of two strings, 0 (unlike) to 1 (equal). */
export function similarity(a: string, b: string): number {
  return jaroWinkler(a, b)
}
