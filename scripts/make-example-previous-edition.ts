/**
 * Writes the example edition's previous Kazakhstan chapter from the bundled text
 * (see src/content/example-previous-edition.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { firstPrinting } from '../src/content/example-previous-edition'

const root = fileURLToPath(new URL('..', import.meta.url))
const source = readFileSync(`${root}resources/reports/crt2021-kazakhstan.txt`, 'utf8')
const target = `${root}examples/field-course/previous/crt2021-kazakhstan.txt`
writeFileSync(target, firstPrinting(source))
console.log(`example:previous-edition: wrote ${target}`)
