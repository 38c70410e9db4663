/** The worker-thread entry for piscina: one job in, one outcome out. */

import {convert, type Job, type Outcome} from './convert.js'

export default function run(job: Job): Promise<Outcome> {
  return convert(job)
}
