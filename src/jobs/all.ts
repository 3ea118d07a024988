import { reannounceJob } from './case-reannounce.ts'
import type { JobDefinition } from './definition.ts'

/** Every job kind the worker role runs. Add a definition here to have it processed. */
export const jobDefinitions: JobDefinition[] = [reannounceJob as JobDefinition]
