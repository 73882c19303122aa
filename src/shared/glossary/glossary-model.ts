import * as v from 'valibot'

/**
 * A report's glossary: each acronym the report uses, what it stands for and where it is first
 * used. Built at build time (src/content) from the definitions in the text and the edition's
 * glossary file, written to glossary.json beside the library, served to the reader by main.
 */

/** An acronym as a glossary file may name it: letters and digits, with & / - . between. */
export const TERM_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}&/.-]*$/u

export const GlossaryTermSchema = v.object({
  /** The acronym as written ("KNB", "FTFs"). */
  term: v.pipe(v.string(), v.nonEmpty(), v.maxLength(40), v.regex(TERM_PATTERN)),
  /** What it stands for ("Committee for National Security"). */
  expansion: v.pipe(v.string(), v.nonEmpty(), v.maxLength(200)),
  reportId: v.string(),
  /** The paragraph id where the report first uses the acronym (or defines it). */
  firstUse: v.string(),
  /** Where the expansion comes from: the report's own text, or the edition's glossary file. */
  source: v.picklist(['text', 'edition']),
  /**
   * Set when only the expansion's first letter is the acronym's (the rest from another language:
   * "Federal Security Service", FSB): likely, not certain. The glossary command flags it.
   */
  firstLetterOnly: v.optional(v.literal(true))
})
export type GlossaryTerm = v.InferOutput<typeof GlossaryTermSchema>

/** The generated glossary.json: every report's terms, by report id, then term. */
export const GlossaryFileSchema = v.object({ terms: v.array(GlossaryTermSchema) })
export type GlossaryFile = v.InferOutput<typeof GlossaryFileSchema>

/** An entry of an edition's own glossary file: a term the text uses but never spells out. */
export const EditionGlossaryEntrySchema = v.strictObject(
  {
    term: v.pipe(
      v.string('term must be text in double quotes'),
      v.trim(),
      v.nonEmpty('term is empty'),
      v.maxLength(40, 'term is longer than 40 characters'),
      v.regex(TERM_PATTERN, 'term must be a word of letters or digits, such as "CT" or "API/PNR"')
    ),
    expansion: v.pipe(
      v.string('expansion must be text in double quotes'),
      v.trim(),
      v.nonEmpty('expansion is empty'),
      v.maxLength(200, 'expansion is longer than 200 characters')
    )
  },
  'each term must look like {"term": "CT", "expansion": "counterterrorism"}'
)
export type EditionGlossaryEntry = v.InferOutput<typeof EditionGlossaryEntrySchema>

export const EditionGlossarySchema = v.strictObject(
  {
    terms: v.array(
      EditionGlossaryEntrySchema,
      'terms must be a list: [{"term": …, "expansion": …}]'
    )
  },
  'the file must hold one JSON object: {"terms": [{"term": "CT", "expansion": "counterterrorism"}]}'
)
