#!/usr/bin/env node
/**
 * The `vanban` command: convert plan texts to JSON, at any scale.
 * Inputs: files, directories (recursive, .txt and .md), glob patterns, or -
 * for stdin. Work is spread over worker threads (piscina); output order of
 * --jsonl and of the CSV files follows input order.
 */

import {createWriteStream} from 'node:fs'
import {stat} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import {basename, dirname, extname, relative, resolve, sep} from 'node:path'
import {parseArgs} from 'node:util'
import {glob} from 'tinyglobby'
import {citationColumns, targetColumns, taskColumns} from '../csv.js'
import {decodeBytes} from '../text/encoding.js'
import {convert, makeDirectory, type Job, type Outcome} from './convert.js'

const HELP = `Usage: vanban [options] <file | directory | glob | ->...

Convert Vietnamese administrative plans (plain text or Markdown; UTF-8, or UTF-16 as Word saves it)
to JSON syntax trees.

Inputs
  file            a .txt or .md file
  directory       every .txt and .md file below it
  glob            a quoted pattern, e.g. "archive/**/*.txt"
  -               standard input

Output (choose one; default: JSON documents on stdout, one a line)
  -o, --out DIR           write DIR/<name>.json for every input, keeping the directory structure
                          (plan.txt and plan.md side by side: plan.txt.json and plan.md.json)
      --jsonl             one JSON document a line on stdout, in input order
      --outline           a readable outline instead of JSON

Also
      --targets-csv FILE    one row per target, with the plan's number and issuer
      --citations-csv FILE  one row per cited instrument
      --tasks-csv FILE      one row per task (appendix tables and task lists)
                            (FILE - is stdout, when --out takes the JSON)
      --pretty              indent JSON
  -j, --jobs N              worker threads (default: the number of cores, once the
                            inputs reach 8 MB; smaller runs stay in-process, where
                            workers cannot pay for their start-up; 1 runs in-process)
      --resume              skip inputs whose output is already newer than the input
  -q, --quiet               no progress bar, no summary
  -h, --help                this help

Exit status: 0 when every input converted, 1 when any failed (each failure is
named on stderr and the run goes on), 2 on a usage error.

Examples
  vanban corpus --out out
  vanban "archive/**/*.txt" --out json --jobs 4 --targets-csv targets.csv
  vanban plan.txt --pretty
  cat plan.txt | vanban - --jsonl
  vanban corpus --out out --resume
  vanban corpus --out out --quiet --targets-csv - > targets.csv
`

class UsageError extends Error {}

interface Input {
  path: string
  /** Path under the output directory. */
  relative: string
}

const GLOB_CHARS = /[*?[\]{}]/

function isTextFile(path: string): boolean {
  const ext = extname(path).toLowerCase()
  return ext === '.txt' || ext === '.md'
}

/** Expand the arguments into inputs, in a stable order. */
async function expand(args: string[]): Promise<{inputs: Input[]; missing: string[]; roots: string[]}> {
  const inputs: Input[] = []
  const missing: string[] = []
  const roots: string[] = []
  for (const arg of args) {
    if (GLOB_CHARS.test(arg)) {
      const files = (await glob(arg, {absolute: false, onlyFiles: true})).filter(isTextFile).sort()
      const prefix = arg.slice(0, arg.search(GLOB_CHARS))
      const base = prefix.slice(0, Math.max(prefix.lastIndexOf('/'), prefix.lastIndexOf('\\')) + 1) || '.'
      roots.push(resolve(base))
      for (const file of files) inputs.push({path: file, relative: relative(base, file)})
      if (files.length === 0) missing.push(arg)
      continue
    }
    let info
    try {
      info = await stat(arg)
    } catch {
      missing.push(arg)
      continue
    }
    if (info.isDirectory()) {
      roots.push(resolve(arg))
      const files = (await glob('**/*.{txt,md,TXT,MD}', {cwd: arg, onlyFiles: true})).sort()
      for (const file of files) inputs.push({path: `${arg.replace(/[/\\]$/, '')}${sep}${file}`, relative: file})
    } else {
      roots.push(resolve(dirname(arg)))
      inputs.push({path: arg, relative: basename(arg)})
    }
  }
  return {inputs, missing, roots}
}

/**
 * Below this much input, one thread in-process is as fast as workers: they
 * each load the parser first (measured on two cores: 400 plans, 7.8 MB, ran
 * 0.9× as fast with two workers; 10 000 plans, 190 MB, 1.24× as fast).
 */
const WORKER_MIN_BYTES = 8 * 1024 * 1024

/** Do the inputs add up to `limit` bytes? Stats only as many as it takes. */
async function reaches(inputs: readonly Input[], limit: number): Promise<boolean> {
  let bytes = 0
  for (const input of inputs) {
    try {
      bytes += (await stat(input.path)).size
    } catch {
      // Unreadable: reported when it is converted.
    }
    if (bytes >= limit) return true
  }
  return false
}

/** A progress bar on stderr, redrawn at most ten times a second. */
class Progress {
  private last = 0
  constructor(
    private readonly total: number,
    private readonly started: number,
    private readonly enabled: boolean
  ) {}
  /** Is the bar drawn (stderr is a terminal and not --quiet)? */
  get active(): boolean {
    return this.enabled
  }

  update(done: number, bytes: number, force = false): void {
    if (!this.enabled) return
    const now = performance.now()
    if (!force && now - this.last < 100) return
    this.last = now
    const seconds = (now - this.started) / 1000
    const width = 24
    const filled = this.total === 0 ? width : Math.round((done / this.total) * width)
    const rate = seconds > 0 ? bytes / 1e6 / seconds : 0
    const eta = done > 0 ? ((this.total - done) * seconds) / done : 0
    process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${this.total} files  ${rate < 1 ? rate.toFixed(2) : rate.toFixed(1)} MB/s  ETA ${eta.toFixed(0)}s `)
  }
  end(): void {
    if (this.enabled) process.stderr.write('\n')
  }
}

/** Standard input, decoded as files are (UTF-8 or UTF-16; an empty, binary or legacy-encoded input is named). */
async function readStdin(): Promise<ReturnType<typeof decodeBytes>> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return decodeBytes(Buffer.concat(chunks))
}

/** A CSV output: its stream, the flag that named it, and the first write error. */
interface CsvOutput {
  stream: NodeJS.WritableStream
  /** Standard output: flushed at the end, never closed. */
  stdout: boolean
  flag: string
  path: string
  error: NodeJS.ErrnoException | null
}

/**
 * Open a CSV output, creating its directory ("--targets-csv out/targets.csv"
 * before out/ exists). A path that cannot be written is a usage error,
 * found before any document is read.
 */
async function openCsv(path: string | undefined, flag: string, header: readonly string[]): Promise<CsvOutput | null> {
  if (path === undefined) return null
  if (path === '-') {
    const output: CsvOutput = {stream: process.stdout, stdout: true, flag, path: 'stdout', error: null}
    process.stdout.write(`${header.join(',')}\r\n`)
    return output
  }
  const full = resolve(path)
  const reason = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? (error as Error).message
  try {
    await makeDirectory(dirname(full))
    const stream = createWriteStream(full)
    await new Promise<void>((opened, failed) => {
      stream.once('open', () => opened())
      stream.once('error', failed)
    })
    const output: CsvOutput = {stream, stdout: false, flag, path, error: null}
    stream.on('error', (error: NodeJS.ErrnoException) => {
      output.error ??= error
    })
    stream.write(`${header.join(',')}\r\n`)
    return output
  } catch (error) {
    throw new UsageError(`${flag} ${path}: cannot write there (${reason(error)}); choose another path`)
  }
}

/**
 * Standard output's reader went away ("vanban corpus | head" closes the pipe):
 * nothing more is written there, and no stack trace is printed.
 */
const stdout = {gone: false}

function watchStdout(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    stdout.gone = true
  })
}

function writeCsv(output: CsvOutput | null, rows: string): void {
  if (output !== null && !(output.stdout && stdout.gone)) output.stream.write(rows)
}

/** Close a CSV output; a write error is reported with its path and counts as a failure. */
async function closeCsv(output: CsvOutput | null): Promise<number> {
  if (output === null || (output.stdout && stdout.gone)) return 0
  await new Promise<void>((done) => (output.stdout ? output.stream.write('', () => done()) : output.stream.end(() => done())))
  if (output.error === null) return 0
  process.stderr.write(`vanban: ${output.flag} ${output.path}: writing failed (${output.error.code ?? output.error.message}); the file is incomplete\n`)
  return 1
}

async function main(argv: string[]): Promise<number> {
  let values
  let positionals: string[]
  try {
    const parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: {type: 'string', short: 'o'},
        jsonl: {type: 'boolean'},
        pretty: {type: 'boolean'},
        outline: {type: 'boolean'},
        'targets-csv': {type: 'string'},
        'citations-csv': {type: 'string'},
        'tasks-csv': {type: 'string'},
        jobs: {type: 'string', short: 'j'},
        resume: {type: 'boolean'},
        quiet: {type: 'boolean', short: 'q'},
        help: {type: 'boolean', short: 'h'}
      }
    })
    values = parsed.values
    positionals = parsed.positionals
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  if (values.help) {
    process.stdout.write(HELP)
    return 0
  }
  if (positionals.length === 0) throw new UsageError('no input given: name files, directories or globs, or - for standard input')
  if (values.out !== undefined && values.jsonl) throw new UsageError('--out and --jsonl both say where JSON goes: choose one')
  if (values.resume && values.out === undefined) throw new UsageError('--resume needs --out: it compares each output with its input')
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs)
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new UsageError(`--jobs takes a whole number from 1 to 256, not "${values.jobs}"`)

  const started = performance.now()
  watchStdout()
  const quiet = values.quiet === true
  const stdinArg = positionals.includes('-')
  const {inputs, missing, roots} = await expand(positionals.filter((p) => p !== '-'))
  let failures = missing.length
  for (const arg of missing) process.stderr.write(`vanban: ${arg}: no such file, directory or matching file. Check the path.\n`)

  const outDir = values.out === undefined ? null : resolve(values.out)
  if (outDir !== null && roots.some((root) => root === outDir)) {
    throw new UsageError(`--out ${values.out} is where the inputs are: choose another directory (vanban never writes next to its inputs)`)
  }
  if (outDir !== null) {
    await makeDirectory(outDir).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`--out ${values.out}: cannot create the directory (${error.code ?? error.message}); choose another path`)
    })
  }
  // "--targets-csv -": CSV on stdout, which only the JSON could take otherwise.
  const toStdout = (['targets-csv', 'citations-csv', 'tasks-csv'] as const).filter((flag) => values[flag] === '-')
  if (toStdout.length > 1) throw new UsageError(`${toStdout.map((f) => `--${f}`).join(' and ')} both write to stdout: give one of them a file`)
  if (toStdout.length === 1 && outDir === null) throw new UsageError(`--${toStdout[0]} - writes CSV to stdout, where the JSON goes too: give --out DIR for the JSON`)
  const targetsCsv = await openCsv(values['targets-csv'], '--targets-csv', targetColumns)
  const citationsCsv = await openCsv(values['citations-csv'], '--citations-csv', citationColumns)
  const tasksCsv = await openCsv(values['tasks-csv'], '--tasks-csv', taskColumns)
  const suffix = values.outline ? '.outline.txt' : '.json'
  const plainTarget = (input: Input): string => resolve(outDir!, input.relative.replace(/\.(txt|md)$/i, suffix))
  // "plan.txt" and "plan.md" side by side would both write plan.json: such pairs keep their extension (plan.txt.json, plan.md.json).
  const shared = new Map<string, number>()
  if (outDir !== null) for (const input of inputs) shared.set(plainTarget(input), (shared.get(plainTarget(input)) ?? 0) + 1)
  const targetOf = (input: Input): string | null => {
    if (outDir === null) return null
    const target = plainTarget(input)
    return (shared.get(target) ?? 0) > 1 ? resolve(outDir, input.relative + suffix) : target
  }

  const base = {pretty: values.pretty === true, outline: values.outline === true, targetsCsv: targetsCsv !== null, citationsCsv: citationsCsv !== null, tasksCsv: tasksCsv !== null, resume: values.resume === true}
  const allJobs: Array<{name: string; job: Job}> = inputs.map((input) => ({name: input.path, job: {...base, path: input.path, target: targetOf(input)}}))
  if (stdinArg) {
    const stdin = await readStdin()
    if (stdin.ok) allJobs.push({name: '<stdin>', job: {...base, path: null, text: stdin.text, target: null}})
    else {
      failures++
      process.stderr.write(`vanban: <stdin>: ${stdin.message}\n`)
    }
  }

  const progress = new Progress(allJobs.length, started, !quiet && process.stderr.isTTY === true)
  const summary = {documents: 0, skipped: 0, targets: 0, citations: 0, bytes: 0, diagnostics: {} as Record<string, number>}

  // Results come back in any order; they are emitted in input order.
  const results = new Map<number, Outcome>()
  let next = 0
  let done = 0
  const emit = (): void => {
    while (results.has(next)) {
      const outcome = results.get(next)!
      const name = allJobs[next]!.name
      results.delete(next)
      next++
      if (!outcome.ok) {
        failures++
        process.stderr.write(`${progress.active ? '\n' : ''}vanban: ${name}: ${outcome.error}\n`)
        continue
      }
      if (outcome.skipped) {
        summary.skipped++
        continue
      }
      summary.documents++
      summary.targets += outcome.targets
      summary.citations += outcome.citations
      summary.bytes += outcome.bytes
      for (const [rule, count] of Object.entries(outcome.diagnostics)) summary.diagnostics[rule] = (summary.diagnostics[rule] ?? 0) + count
      if (outcome.output !== undefined && !stdout.gone) process.stdout.write(outcome.output)
      if (outcome.targetsCsv) writeCsv(targetsCsv, outcome.targetsCsv)
      if (outcome.citationsCsv) writeCsv(citationsCsv, outcome.citationsCsv)
      if (outcome.tasksCsv) writeCsv(tasksCsv, outcome.tasksCsv)
    }
    // "vanban corpus | head": the reader has gone and stdout was all there was to write.
    if (stdout.gone && outDir === null && [targetsCsv, citationsCsv, tasksCsv].every((csv) => csv === null || csv.stdout)) process.exit(failures > 0 ? 1 : 0)
  }

  const useWorkers = jobs > 1 && allJobs.length > 1 && (values.jobs !== undefined || (await reaches(inputs, WORKER_MIN_BYTES)))
  let pool: {run: (job: Job) => Promise<Outcome>; destroy: () => Promise<void>} | null = null
  if (useWorkers) {
    const {Piscina} = await import('piscina')
    const piscina = new Piscina({filename: new URL('./worker.js', import.meta.url).href, maxThreads: jobs, minThreads: Math.min(jobs, allJobs.length), concurrentTasksPerWorker: 2})
    pool = {run: (job) => piscina.run(job) as Promise<Outcome>, destroy: () => piscina.destroy()}
  }
  // Keep a bounded number of jobs in flight so memory stays flat on huge corpora.
  const window = Math.max(4, jobs * 4)
  let issued = 0
  await new Promise<void>((finish) => {
    if (allJobs.length === 0) return finish()
    const issue = (): void => {
      while (issued < allJobs.length && issued - done < window) {
        const index = issued++
        const run = pool ? pool.run(allJobs[index]!.job) : convert(allJobs[index]!.job)
        run
          .catch((error: unknown): Outcome => ({ok: false, error: (error as Error).message, bytes: 0, targets: 0, citations: 0, diagnostics: {}}))
          .then((outcome) => {
            results.set(index, outcome)
            done++
            emit()
            progress.update(done, summary.bytes)
            if (done === allJobs.length) finish()
            else issue()
          })
      }
    }
    issue()
  })
  progress.update(done, summary.bytes, true)
  progress.end()
  await pool?.destroy()
  for (const failed of await Promise.all([closeCsv(targetsCsv), closeCsv(citationsCsv), closeCsv(tasksCsv)])) failures += failed

  if (!quiet) {
    const seconds = (performance.now() - started) / 1000
    const rules = Object.entries(summary.diagnostics)
      .sort((a, b) => b[1] - a[1])
      .map(([rule, count]) => `${rule} ${count}`)
      .join(', ')
    process.stderr.write(
      `vanban: ${summary.documents} documents${summary.skipped ? ` (${summary.skipped} up to date, skipped)` : ''}, ${summary.targets} targets, ${summary.citations} citations, ` +
        `diagnostics: ${rules || 'none'}; ${failures} failed; ${seconds.toFixed(2)}s, ${megabytesPerSecond(summary.bytes, seconds)} MB/s\n`
    )
  }
  return failures > 0 ? 1 : 0
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`vanban: ${error.message}\nRun "vanban --help" for usage.\n`)
      process.exitCode = 2
    } else {
      process.stderr.write(`vanban: unexpected error: ${(error as Error).stack ?? String(error)}\n`)
      process.exitCode = 1
    }
  }
)

/** A throughput for people: one decimal, two below 1 MB/s (a handful of small files). */
function megabytesPerSecond(bytes: number, seconds: number): string {
  const rate = bytes / 1e6 / Math.max(seconds, 1e-9)
  return rate < 1 ? rate.toFixed(2) : rate.toFixed(1)
}
