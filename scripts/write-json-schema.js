// Write schema/plan.schema.json from the zod schemas (run after a build).
import {writeFileSync} from 'node:fs'
import {planJsonSchema} from '../dist/src/json-schema.js'

const target = new URL('../schema/plan.schema.json', import.meta.url)
writeFileSync(target, `${JSON.stringify(planJsonSchema(), null, 2)}\n`)
console.log(`wrote ${target.pathname}`)
