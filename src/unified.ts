/**
 * A unified parser plugin: `unified().use(vanbanParse).parse(text)` yields
 * the same tree as `parsePlan`, and diagnostics become VFile messages with
 * positions (`file.messages`): errors and warnings as messages, the rest as
 * info.
 */

import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import {fromText, type ParseOptions} from './parse.js'
import type {Plan} from './schema.js'

/** Plugin: set vanban as the processor's parser. */
export const vanbanParse: Plugin<[(ParseOptions | null | undefined)?], string, Plan> = function (this: Processor, options) {
  const self = this as unknown as Processor<Plan>
  self.parser = (document: string, file: VFile): Plan => {
    const plan = fromText(document, options ?? undefined)
    for (const d of plan.diagnostics) {
      const place = {place: d.position, ruleId: d.ruleId, source: 'vanban'}
      if (d.severity === 'info') file.info(d.message, place)
      else file.message(d.message, place)
    }
    return plan
  }
}
