/**
 * The one door to string-distance libraries. `natural`'s index loads database
 * drivers and prints to stdout, so only its single modules are imported, here
 * and nowhere else.
 */

import {createRequire} from 'node:module'

type JaroWinkler = (a: string, b: string, dt?: number, ignoreCase?: boolean) => number
type Levenshtein = (a: string, b: string) => number

/*
 * Both libraries are CommonJS and needed only once a name is compared, not
 * by every document: they are required on first use, so importing vanban
 * does not pay for loading them (about 20 ms).
 */
const require = createRequire(import.meta.url)
let jaroWinkler: JaroWinkler | null = null
let levenshtein: Levenshtein | null = null

/** Jaro–Winkler similarity of two strings, 0 (unlike) to 1 (equal). */
export function similarity(a: string, b: string): number {
  jaroWinkler ??= require('natural/lib/natural/distance/jaro-winkler_distance.js') as JaroWinkler
  return jaroWinkler(a, b)
}

/** Levenshtein distance: the edits that turn one string into the other. */
export function editDistance(a: string, b: string): number {
  levenshtein ??= (require('fastest-levenshtein') as {distance: Levenshtein}).distance
  return levenshtein(a, b)
}

/**
 * 1 − Levenshtein distance / longer length: 1 for equal strings. Robust on
 * long names. Uses fastest-levenshtein: natural's version walks every cell
 * through underscore and costs about 0.1 ms a call on a 70-letter name.
 */
export function editSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length)
  if (longer === 0) return 1
  return 1 - editDistance(a, b) / longer
}


/** A trained text classifier. */
export interface Classifier {
  classify(text: string): string
}

interface NaturalBayes {
  addDocument(text: string | string[], label: string): void
  train(): void
  classify(text: string | string[]): string
}

/**
 * Train natural's naive Bayes classifier on labelled phrases. Loaded on first
 * use (synchronously: natural is CommonJS), never at import. Documents are
 * given as token arrays, so natural's English tokenizer and stemmer are not
 * applied to Vietnamese.
 */
export function trainClassifier(examples: ReadonlyArray<readonly [text: string, label: string]>, tokenize: (text: string) => string[]): Classifier {
  const Bayes = require('natural/lib/natural/classifiers/bayes_classifier.js') as new () => NaturalBayes
  const classifier = new Bayes()
  for (const [text, label] of examples) classifier.addDocument(tokenize(text), label)
  classifier.train()
  return {classify: (text: string) => classifier.classify(tokenize(text))}
}
