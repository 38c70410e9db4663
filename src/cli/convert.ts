/**
 * Convert one input file: read, decode, parse, and produce what the command
 * asked for. Runs in worker threads (see worker.ts) and in the main thread
 * alike; returns plain data so results cross threads cheaply.
 */

import {mkdir, readFile, rename, stat, writeFile} from 'node:fs/promises'
import {dirname} from 'node:path'
import {citationsToCsv, targetsToCsv, tasksToCsv} from '../csv.js'
import {parsePlan} from '../index.js'
import {outline} from '../outline.js'
import {decodeBytes} from '../text/encoding.js'

/** What to do with one input. */
export interface Job {
  /** Path to read, or null with `text` for stdin. */
  path: string | null
  text?: string
  /** Where to write the JSON (atomically), or null to return it. */
  target: string | null
  pretty: boolean
  outline: boolean
  targetsCsv: boolean
  citationsCsv: boolean
  tasksCsv: boolean
  resume: boolean
}

/** What came of it. */
export interface Outcome {
  ok: boolean
  /** Why it failed, for the user. */
  error?: string
  skipped?: boolean
  bytes: number
  /** The output, when not written to a file. */
  output?: string
  targetsCsv?: string
  citationsCsv?: string
  tasksCsv?: string
  targets: number
  citations: number
  diagnostics: Record<string, number>
}

/**
 * Create `dir` and its missing parents, one level at a time. Node's
 * `mkdir(…, {recursive: true})` never returns under some pseudo file systems
 * ("/proc/x"); this fails there with the system's error instead.
 */
export async function makeDirectory(dir: string): Promise<void> {
  const missing: string[] = []
  for (let d = dir; ; d = dirname(d)) {
    try {
      if ((await stat(d)).isDirectory()) break
    } catch {
      // Missing: created below.
    }
    missing.push(d)
    if (dirname(d) === d) break
  }
  for (const d of missing.reverse()) {
    await mkdir(d).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error
    })
  }
}

/** Write atomically: a temp file in the same directory, then rename. */
export async function writeAtomic(path: string, data: string): Promise<void> {
  await makeDirectory(dirname(path))
  const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  await writeFile(temp, data)
  await rename(temp, path)
}

async function upToDate(input: string, output: string): Promise<boolean> {
  try {
    const [a, b] = await Promise.all([stat(input), stat(output)])
    return b.mtimeMs >= a.mtimeMs
  } catch {
    return false
  }
}

const EMPTY: Omit<Outcome, 'ok'> = {bytes: 0, targets: 0, citations: 0, diagnostics: {}}

/** Convert one input. Never throws: failures come back in the outcome. */
export async function convert(job: Job): Promise<Outcome> {
  if (job.resume && job.path !== null && job.target !== null && (await upToDate(job.path, job.target))) {
    return {...EMPTY, ok: true, skipped: true}
  }
  let text: string
  let bytes: number
  if (job.path === null) {
    text = job.text ?? ''
    bytes = Buffer.byteLength(text)
  } else {
    let buffer: Buffer
    try {
      buffer = await readFile(job.path)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message
      return {...EMPTY, ok: false, error: `cannot read it (${why})`}
    }
    bytes = buffer.length
    const decoded = decodeBytes(buffer)
    if (!decoded.ok) return {...EMPTY, bytes, ok: false, error: decoded.message}
    text = decoded.text
  }
  const plan = parsePlan(text)
  const diagnostics: Record<string, number> = {}
  for (const d of plan.diagnostics) diagnostics[d.ruleId] = (diagnostics[d.ruleId] ?? 0) + 1
  const output = job.outline ? `${outline(plan)}\n` : `${JSON.stringify(plan, null, job.pretty ? 2 : undefined)}\n`
  const outcome: Outcome = {ok: true, bytes, targets: plan.targets.length, citations: plan.citations.length, diagnostics}
  if (job.targetsCsv) outcome.targetsCsv = targetsToCsv(plan, {header: false})
  if (job.citationsCsv) outcome.citationsCsv = citationsToCsv(plan, {header: false})
  if (job.tasksCsv) outcome.tasksCsv = tasksToCsv(plan, {header: false})
  if (job.target !== null) {
    try {
      await writeAtomic(job.target, output)
    } catch (error) {
      return {...outcome, ok: false, error: `cannot write ${job.target} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`}
    }
  } else {
    outcome.output = output
  }
  return outcome
}
