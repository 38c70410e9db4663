#!/usr/bin/env node
/**
 * The `vanban` command: convert plan texts to JSON.
 *
 *   vanban corpus --out out          every .txt/.md under corpus/ → out/<name>.json
 *   vanban a.txt b.txt --jsonl       one JSON document per line on stdout
 *   cat a.txt | vanban - --pretty    stdin
 */

import {mkdir, readdir, readFile, rename, stat, writeFile} from 'node:fs/promises'
import {basename, dirname, extname, join, relative, resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {parsePlan} from '../index.js'
import {outline} from '../outline.js'

const HELP = `Usage: vanban [options] <file|dir|->...

Convert Vietnamese administrative plans (plain text) to JSON syntax trees.

Inputs: files, directories (searched recursively for .txt and .md), or - for stdin.

Options:
  -o, --out DIR     write one <name>.json per input under DIR (structure kept)
      --jsonl       write one JSON document per line to stdout
      --pretty      indent JSON output
      --outline     print a readable outline instead of JSON
  -q, --quiet       no summary on stderr
  -h, --help        show this help

Examples:
  vanban corpus --out out
  vanban corpus/000_de54b253d014f3ae.txt --pretty
  cat plan.txt | vanban - --jsonl
`

interface Input {
  path: string
  /** Path relative to its input root, for the output tree. */
  relative: string
}

async function collect(arg: string): Promise<Input[]> {
  const info = await stat(arg)
  if (!info.isDirectory()) return [{path: arg, relative: basename(arg)}]
  const out: Input[] = []
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, {withFileTypes: true})
    entries.sort((a, b) => a.name.localeCompare(b.name))
    for (const entry of entries) {
      const full = join(dir, entry.name)
      if (entry.isDirectory()) await walk(full)
      else if (entry.isFile() && (extname(entry.name) === '.txt' || extname(entry.name) === '.md')) {
        out.push({path: full, relative: relative(arg, full)})
      }
    }
  }
  await walk(arg)
  return out
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** Write atomically: a temp file in the same directory, then rename. */
async function writeAtomic(path: string, data: string): Promise<void> {
  await mkdir(dirname(path), {recursive: true})
  const temp = `${path}.${process.pid}.tmp`
  await writeFile(temp, data)
  await rename(temp, path)
}

async function main(argv: string[]): Promise<number> {
  let args
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: {type: 'string', short: 'o'},
        jsonl: {type: 'boolean'},
        pretty: {type: 'boolean'},
        outline: {type: 'boolean'},
        quiet: {type: 'boolean', short: 'q'},
        help: {type: 'boolean', short: 'h'}
      }
    })
  } catch (error) {
    process.stderr.write(`vanban: ${(error as Error).message}\nRun "vanban --help" for usage.\n`)
    return 2
  }
  const {values, positionals} = args
  if (values.help) {
    process.stdout.write(HELP)
    return 0
  }
  if (positionals.length === 0) {
    process.stderr.write('vanban: no input given. Name files or directories, or - for stdin.\nRun "vanban --help" for usage.\n')
    return 2
  }
  const started = performance.now()
  let failures = 0
  let documents = 0
  let diagnostics = 0
  const emit = (name: string, text: string): string => {
    const plan = parsePlan(text)
    documents++
    diagnostics += plan.diagnostics.length
    if (values.outline) return `${outline(plan)}\n`
    return JSON.stringify(plan, null, values.pretty ? 2 : undefined)
  }
  for (const arg of positionals) {
    if (arg === '-') {
      const out = emit('stdin', await readStdin())
      process.stdout.write(`${out}\n`)
      continue
    }
    let inputs: Input[]
    try {
      inputs = await collect(arg)
    } catch (error) {
      failures++
      process.stderr.write(`vanban: cannot read ${arg}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}. Check the path.\n`)
      continue
    }
    for (const input of inputs) {
      let text: string
      try {
        text = await readFile(input.path, 'utf8')
      } catch (error) {
        failures++
        process.stderr.write(`vanban: cannot read ${input.path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`)
        continue
      }
      const out = emit(input.path, text)
      if (values.out !== undefined) {
        const target = resolve(values.out, input.relative.replace(/\.(txt|md)$/, values.outline ? '.outline.txt' : '.json'))
        await writeAtomic(target, `${out}\n`)
      } else {
        process.stdout.write(`${out}\n`)
      }
    }
  }
  if (!values.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(2)
    process.stderr.write(`vanban: ${documents} documents, ${diagnostics} diagnostics, ${failures} failures in ${seconds}s\n`)
  }
  return failures > 0 ? 1 : 0
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`vanban: ${(error as Error).stack ?? String(error)}\n`)
    process.exitCode = 1
  }
)
