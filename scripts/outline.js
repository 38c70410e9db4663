// Print a human-readable outline of a parsed plan (used for golden review).
import {readFileSync} from 'node:fs'
import {parsePlan, toSource} from '../dist/src/index.js'
import {outline} from '../dist/src/outline.js'

for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8')
  const plan = parsePlan(text)
  console.log(`=== ${file} lossless=${toSource(plan) === text}`)
  console.log(outline(plan))
}
