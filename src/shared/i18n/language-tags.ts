import * as v from 'valibot'

/**
 * The reader's choice of language as preferences keep it: `system` (follow the system's preferred
 * languages) or a language tag. Any well-formed tag is kept, so a preferences file written by a
 * later version with more languages still opens; a tag this version has no catalog for falls back
 * (choose-locale.ts). Kept free of the catalogs: the preload bundles this contract.
 */
export const LanguageChoiceSchema = v.pipe(
  v.string(),
  v.maxLength(35),
  v.regex(/^(system|[a-z]{2,3}(-[A-Za-z0-9]{2,8})*)$/, 'is not a language tag')
)
export type LanguageChoice = v.InferOutput<typeof LanguageChoiceSchema>

export const FOLLOW_THE_SYSTEM = 'system'
