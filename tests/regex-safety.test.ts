/**
 * Every regular expression in src/ and grammars/ is checked against
 * catastrophic backtracking (safe-regex2), found with the TypeScript scanner
 * so none is missed, and against the quadratic "[…]+$" with no anchor.
 */

import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import safeRegex from 'safe-regex2'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'

const root = new URL('..', import.meta.url).pathname

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : []
  })
}

function regexes(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const found: string[] = []
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push(node.getText())
    if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp') found.push(node.getText())
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

const all = [...files(join(root, 'src')), ...files(join(root, 'grammars'))].flatMap((file) => regexes(file).map((re) => ({file: file.slice(root.length), re})))

describe('regular expressions are safe from catastrophic backtracking', () => {
  it('finds the regular expressions', () => {
    expect(all.length).toBeGreaterThan(20)
  })

  it.each(all.map((r) => [`${r.file}: ${r.re}`, r.re]))('%s', (_, literal) => {
    if (literal.startsWith('new RegExp')) throw new Error(`dynamic RegExp cannot be checked statically: ${literal}`)
    const body = literal.slice(1, literal.lastIndexOf('/'))
    const flags = literal.slice(literal.lastIndexOf('/') + 1)
    expect(safeRegex(new RegExp(body, flags))).toBe(true)
    // "[;,.]+$" unanchored tries every start of a run: quadratic on "a;;;;…;b" (safe-regex2
    // only catches exponential cases). Strip trailing characters with a loop (stripEnd).
    expect(/(^|\|)(\[[^\]]*\]|\\[sSdDwW])[+*]\$(\||$)/.test(body)).toBe(false)
  })
})

