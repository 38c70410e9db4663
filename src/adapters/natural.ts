/**
 * The one door to string-distance libraries. `natural`'s index loads database
 * drivers and prints to stdout, so only its single modules are imported, here
 * and nowhere else.
 */

// @ts-expect-error: natural's single modules ship no type declarations.
import jaroWinklerModule from 'natural/lib/natural/distance/jaro-winkler_distance.js'

import {createRequire} from 'node:module'
import {distance} from 'fastest-levenshtein'

type JaroWinkler = (a: string, b: string, dt?: number, ignoreCase?: boolean) => number

const jaroWinkler = jaroWinklerModule as JaroWinkler

/** Jaro–Winkler similarity of two strings, 0 (unlike) to 1 (equal). */
export function similarity(a: string, b: string): number {
  return jaroWinkler(a, b)
}

/** Levenshtein distance: the edits that turn one string into the other. */
export function editDistance(a: string, b: string): number {
  return distance(a, b)
}

/**
 * 1 − Levenshtein distance / longer length: 1 for equal strings. Robust on
 * long names. Uses fastest-levenshtein: natural's version walks every cell
 * through underscore and costs about 0.1 ms a call on a 70-letter name.
 */
export function editSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length)
  if (longer === 0) return 1
  return 1 - distance(a, b) / longer
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
  const require = createRequire(import.meta.url)
  const Bayes = require('natural/lib/natural/classifiers/bayes_classifier.js') as new () => NaturalBayes
  const classifier = new Bayes()
  for (const [text, label] of examples) classifier.addDocument(tokenize(text), label)
  classifier.train()
  return {classify: (text: string) => classifier.classify(tokenize(text))}
}
