// npm run bench: parse throughput of vanban next to remark-parse on the same
// bytes, and the time to import the package. Speed is measured here, never in
// tests. Run after a build (npm run bench builds first).
import {execFileSync} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {parsePlan} from '../dist/src/index.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const corpusDir = join(root, 'corpus')
const docs = readdirSync(corpusDir)
  .filter((n) => n.endsWith('.txt') || n.endsWith('.md'))
  .map((n) => readFileSync(join(corpusDir, n), 'utf8'))
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0)

/** Run `fn` over the corpus until `minMs` has passed; return MB/s and docs/s. */
function measure(fn, minMs = 2000) {
  for (let i = 0; i < 3; i++) for (const d of docs) fn(d) // warm up
  let rounds = 0
  const start = performance.now()
  let elapsed = 0
  while (elapsed < minMs) {
    for (const d of docs) fn(d)
    rounds++
    elapsed = performance.now() - start
  }
  const seconds = elapsed / 1000
  return {mbps: (bytes * rounds) / 1e6 / seconds, docsps: (docs.length * rounds) / seconds}
}

const remark = unified().use(remarkParse)
const vanban = measure((d) => parsePlan(d))
const markdown = measure((d) => remark.parse(d))
const scan = measure((d) => {
  let lines = 0
  for (let i = 0; i < d.length; i++) if (d.charCodeAt(i) === 10) lines++
  return lines
})

function importMs() {
  const script = `const t=performance.now();await import(${JSON.stringify(join(root, 'dist/src/index.js'))});console.log(performance.now()-t)`
  const runs = []
  for (let i = 0; i < 5; i++) runs.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8'}).trim()))
  runs.sort((a, b) => a - b)
  return runs[2]
}

const fmt = (n) => n.toFixed(2).padStart(9)
console.log(`corpus: ${docs.length} documents, ${(bytes / 1024).toFixed(1)} KiB`)
console.log(`                      MB/s     docs/s`)
console.log(`vanban parsePlan  ${fmt(vanban.mbps)} ${fmt(vanban.docsps)}`)
console.log(`remark-parse      ${fmt(markdown.mbps)} ${fmt(markdown.docsps)}`)
console.log(`line scan (floor) ${fmt(scan.mbps)} ${fmt(scan.docsps)}`)
console.log(`vanban / remark-parse: ${(vanban.mbps / markdown.mbps).toFixed(1)}x`)
console.log(`import vanban: ${importMs().toFixed(1)} ms (median of 5 fresh processes)`)
