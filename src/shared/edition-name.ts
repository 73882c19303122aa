/**
 * Checks for the edition names that reach file names, the product name and the app id.
 * `appName` is the app's name: its executable, its install folder, its Start-menu, Dock and
 * desktop entries. It must be safe in a file name and on a command line on Windows, macOS and
 * Linux alike, so it may hold letters of any script (accents included), digits, spaces and a few
 * punctuation marks; anything else is refused with a message naming the character and why.
 * `editionTitle` is shown in the window and names the installers' folder and the app id only
 * through its slug, so only invisible characters are refused in it.
 */

export type NameField = 'appName' | 'editionTitle'

const WHAT: Record<NameField, string> = {
  appName: "an app's name",
  editionTitle: "an edition's title"
}

const ADVICE =
  'Use letters, digits, spaces, hyphens, apostrophes, parentheses, commas or full stops.'

/**
 * Letters and marks of any script, digits, dashes, ordinary spaces and ' ’ ( ) , . _; plus the
 * zero-width joiner and non-joiner, which Persian and Indic names need.
 */
const ALLOWED = /^[\p{L}\p{M}\p{N}\p{Pd} '’(),._\u200c\u200d]$/u
/**
 * The ASCII characters ALLOWED lets through. Tried first: the window's title is checked at every
 * launch, and compiling the Unicode classes took 6–10 ms there for a name that is plain ASCII.
 */
const ALLOWED_ASCII = /^[A-Za-z0-9 '(),._-]$/

const NOT_ON_WINDOWS = 'which Windows does not allow in file names'
const WHY: Readonly<Record<string, string>> = {
  '<': `${NOT_ON_WINDOWS} (command lines read it as sending output to a file)`,
  '>': `${NOT_ON_WINDOWS} (command lines read it as sending output to a file)`,
  ':': `${NOT_ON_WINDOWS} (macOS shows it as a slash)`,
  '"': `${NOT_ON_WINDOWS} (it ends a quoted part of a command line)`,
  '/': 'which separates folders in a path',
  '\\': 'which separates folders in a Windows path',
  '|': `${NOT_ON_WINDOWS} (command lines read it as passing output to another program)`,
  '?': `${NOT_ON_WINDOWS} (command lines read it as a wildcard)`,
  '*': `${NOT_ON_WINDOWS} (command lines read it as a wildcard)`,
  '&': 'which Windows treats as a command separator',
  '^': "which Windows' command prompt treats as an escape character",
  '%': "which Windows' command prompt replaces with the value of a variable",
  '!': "which Windows' command prompt can replace with the value of a variable",
  '`': 'which command lines on macOS and Linux use to run another command',
  $: 'which command lines on macOS and Linux replace with the value of a variable',
  ';': 'which command lines on macOS and Linux treat as a command separator',
  '#': 'which command lines on macOS and Linux read as the start of a comment',
  '~': 'which command lines on macOS and Linux read as a home folder',
  '[': 'which command lines on macOS and Linux read as a pattern of file names',
  ']': 'which command lines on macOS and Linux read as a pattern of file names',
  '{': 'which command lines on macOS and Linux read as a pattern of file names',
  '}': 'which command lines on macOS and Linux read as a pattern of file names'
}

/** Device names Windows reserves: no file or folder can be called CON, CON.txt, LPT1… */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i

/** Whether Windows reserves this name (or the part before its first dot) for a device. */
export function isWindowsDeviceName(name: string): boolean {
  return WINDOWS_DEVICE.test(name.split('.')[0] ?? '')
}

/**
 * Every problem with a name, one plain sentence each; empty when the name is safe. appName must
 * be safe as a file name and on a command line; editionTitle is shown as written and reaches file
 * names and the app id only through its slug (a-z, 0-9 and hyphens), so it may hold any visible
 * character ("Reports 2021: Kazakhstan") but nothing invisible.
 */
export function nameProblems(field: NameField, name: string): string[] {
  return field === 'appName' ? fileNameProblems(field, name) : invisibleProblems(field, name)
}

function fileNameProblems(field: NameField, name: string): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  for (const char of name) {
    if (ALLOWED_ASCII.test(char) || ALLOWED.test(char) || seen.has(char)) continue
    seen.add(char)
    const { shown, why } = describe(char)
    problems.push(`${field} contains ${shown}, ${why} and ${cannotBeIn(field)}. ${ADVICE}`)
  }
  if (name.startsWith('.')) {
    problems.push(`${field} starts with ".", which hides files on macOS and Linux. ${ADVICE}`)
  }
  if (name.endsWith('.')) {
    problems.push(`${field} ends with ".", which Windows drops from file names. ${ADVICE}`)
  }
  if (/^\s/u.test(name)) {
    problems.push(
      `${field} starts with a space, which makes the name hard to find and type. Remove it.`
    )
  }
  if (/\s$/u.test(name)) {
    problems.push(`${field} ends with a space, which Windows drops from file names. Remove it.`)
  }
  if (isWindowsDeviceName(name)) {
    const device = name.split('.')[0] ?? ''
    problems.push(
      `${field} ${device === name ? 'is' : 'begins with'} "${device}", a name Windows reserves for a device, so no file or folder can have it. Choose another name.`
    )
  }
  return problems
}

/** Control characters, line breaks and invisible marks: a title must be what it looks like. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cn}\p{Co}\p{Cs}\u2028\u2029]/u
/** Printable ASCII, none of it invisible: tried first, as ALLOWED_ASCII is. */
const VISIBLE_ASCII = /^[\x20-\x7e]$/

function invisibleProblems(field: NameField, text: string): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  for (const char of text) {
    if (
      VISIBLE_ASCII.test(char) ||
      !INVISIBLE.test(char) ||
      /[\u200c\u200d]/u.test(char) ||
      seen.has(char)
    )
      continue
    seen.add(char)
    const { shown, why } = describe(char)
    problems.push(`${field} contains ${shown}, ${why} and ${cannotBeIn(field)}. Remove it.`)
  }
  return problems
}

function cannotBeIn(field: NameField): string {
  return `which cannot be used in ${WHAT[field]}`
}

function describe(char: string): { shown: string; why: string } {
  const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
  const invisible = 'which is invisible'
  if (char === '\t') return { shown: `a tab (${code})`, why: invisible }
  if (/[\n\r\u2028\u2029\u0085]/u.test(char))
    return { shown: `a line break (${code})`, why: invisible }
  if (/\p{Cc}/u.test(char)) return { shown: `a control character (${code})`, why: invisible }
  if (/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/u.test(char)) {
    return {
      shown: `an invisible direction mark (${code})`,
      why: 'which can make a name read differently from what it is (and hide a real file extension)'
    }
  }
  if (/\p{Zs}/u.test(char)) {
    return {
      shown: `a special space (${code})`,
      why: 'which looks like a space but is another character in file names'
    }
  }
  if (/[\p{Cf}\p{Cn}\p{Co}\p{Cs}]/u.test(char)) {
    return { shown: `an invisible or unassigned character (${code})`, why: invisible }
  }
  return {
    shown: `"${char}"`,
    why:
      WHY[char] ??
      'which is not a letter, a digit or a punctuation mark that is safe in file names and command lines on every system'
  }
}
