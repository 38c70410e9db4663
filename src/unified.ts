/**
 * A unified parser plugin: `unified().use(vanbanParse).parse(text)` yields
 * the same tree as `parsePlan`, and diagnostics become VFile messages with
 * positions (`file.messages`).
 */

import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {fromText, type ParseOptions} from './parse.js'
import type {Plan} from './schema.js'

/** Plugin: set vanban as the processor's parser. */
export function vanbanParse(this: Processor<Plan>, options?: ParseOptions): void {
  this.parser = (document: string, file: VFile): Plan => {
    const plan = fromText(document, options)
    for (const d of plan.diagnostics) {
      const message = d.severity === 'info' ? file.info(d.message, {place: d.position, ruleId: d.ruleId, source: 'vanban'}) : file.message(d.message, {place: d.position, ruleId: d.ruleId, source: 'vanban'})
      message.fatal = d.severity === 'error' ? false : message.fatal
    }
    return plan
  }
}

export default vanbanParse
