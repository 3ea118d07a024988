import { z } from 'zod'
import { localisedSchema } from '../programmes/localised.ts'
import { factsSchema } from '../screening/facts.ts'
import { reviewStages } from './statuses.ts'

const idSchema = z.string().regex(/^[a-z][a-z0-9_-]*$/)
const factNames = factsSchema.keyof()

/** A document the form asks for; `multiple` takes several files (an album of invoices). */
const documentSchema = z.strictObject({
  type: idSchema,
  required: z.boolean(),
  multiple: z.boolean(),
})

/**
 * A yes/no style question of the form's own; `refuseWhen` stops the
 * application with `refusal` (a message key), e.g. a child already funded.
 */
const questionSchema = z.strictObject({
  id: idSchema,
  prompt: z.string().min(1),
  why: z.string().min(1),
  options: z.array(idSchema).min(2),
  refuseWhen: idSchema.optional(),
  refusal: z.string().min(1).optional(),
})

/**
 * One programme's application: the screening facts it reuses (asked only
 * when screening did not already learn them), its own questions, the
 * documents and the review chain. `via: "events"` sends the worker to event
 * sign-up instead of an application.
 */
export const formSchema = z.strictObject({
  answers: z.array(factNames),
  questions: z.array(questionSchema),
  documents: z.array(documentSchema),
  review: z.array(z.enum(reviewStages)),
  oneOpen: z.boolean(),
  via: z.literal('events').optional(),
})

export const formsFileSchema = z.strictObject({
  version: z.string().min(1),
  notes: z.string(),
  limits: z.strictObject({
    maxFileBytes: z.number().int().positive(),
    mimeTypes: z.array(z.string().regex(/^[\w.+-]+\/[\w.+-]+$/)).min(1),
  }),
  documentTypes: z.record(idSchema, localisedSchema),
  forms: z.record(idSchema, formSchema),
})

export type Form = z.infer<typeof formSchema>
export type FormDocument = z.infer<typeof documentSchema>
export type FormQuestion = z.infer<typeof questionSchema>
export type Forms = z.infer<typeof formsFileSchema>
