// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const nodeBuiltins = ['node:*', 'fs', 'path', 'crypto', 'os', 'child_process', 'http', 'url']

/** Layer boundaries: the folder a file lives in decides what it may import. */
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }]
})

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'resources/generated/**',
      'test-results/**',
      'playwright-report/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: restrict(
      ['electron', 'electron-store', 'react', 'react-dom', ...nodeBuiltins],
      'src/shared is pure domain code shared by main, renderer and build scripts: no Electron, Node or DOM.'
    )
  },
  {
    files: ['src/content/**/*.ts', 'scripts/**/*.ts'],
    rules: restrict(
      ['electron', 'electron-store', 'react', 'react-dom', '**/main/**', '**/renderer/**'],
      'The content pipeline runs at build time in Node: no Electron, no app code.'
    )
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/json-store-file.ts'],
    rules: restrict(
      ['electron-store'],
      "Only json-store-file.ts opens electron-store files, to read them: every write goes through durable-write.ts (electron-store's writer renames a short file over the good one on a full disk)."
    )
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: restrict(
      [...nodeBuiltins, 'electron-store', 'react', '**/main/**', '**/renderer/**'],
      'The sandboxed preload only maps the typed IPC contract onto ipcRenderer.'
    )
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        ['electron', 'electron-store', ...nodeBuiltins, '**/main/**', '**/content/**'],
        'The renderer is sandboxed web code: it reaches main only through window.reader.'
      )
    }
  }
)
