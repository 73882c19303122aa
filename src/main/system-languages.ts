/**
 * The system's preferred languages, most preferred first. A development run (the tests) may set
 * them with READER_SYSTEM_LANGUAGES=ru,en, as a user would in the system's settings; a packaged app
 * always asks the system.
 */
export function systemLanguages(options: {
  preferred: () => string[]
  isPackaged: boolean
  env: Readonly<Record<string, string | undefined>>
}): string[] {
  const override = options.isPackaged ? undefined : options.env['READER_SYSTEM_LANGUAGES']
  if (override)
    return override
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean)
  return options.preferred()
}
