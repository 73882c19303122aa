/**
 * Loaded (`--import`) into the PDF reader's process before the reader and pdf.js: takes away
 * every way a script in this process could open a socket or signal another process, so that a
 * PDF which found a flaw in pdf.js could do no more there than answer wrongly. Node 24 has no
 * `--allow-net`; this is the layer that holds on every system (sandbox.ts lists the others).
 *
 * What is taken away, and why each:
 * - Modules: only those pdf.js and the reader use may be loaded (fs, url, module, stream, path,
 *   buffer, util, events, string_decoder). net, tls, http(s), http2, dgram, dns, tty (whose
 *   streams are sockets), child_process, worker_threads, cluster, inspector, sqlite, v8, vm, os
 *   and the rest are refused to `import`, `require`, `createRequire`, `Module._load` (one
 *   resolve hook sees them all) and `process.getBuiltinModule` (which no hook sees: replaced).
 *   The hook cannot be outrun by a later one: `module.register` and `module.registerHooks` are
 *   replaced too.
 * - Globals: `fetch` and `WebSocket` are replaced; the dispatcher `fetch` would use is set, for
 *   good, to one that refuses, so that loading `Request` or `Response` cannot make a working one.
 * - The process: `process.stdin`, `stdout` and `stderr` would be sockets when they are pipes, and
 *   a socket's class can connect anywhere: they are replaced by plain streams over the file
 *   descriptors (standard input reads as empty: the reader reads descriptor 0 itself; anything
 *   written to `stdout`, `console.log` included, goes to standard error, so that standard output
 *   holds only the reader's answer). `process.kill` and the functions behind it,
 *   `process.binding` and `process.dlopen` are refused.
 * Every replacement is a property that can be neither written nor redefined.
 *
 * Node runs this file as it is (its types are only erased): it imports nothing of the project.
 */
import { writeSync } from 'node:fs'
import Module, { registerHooks, syncBuiltinESMExports } from 'node:module'
import { Readable, Writable } from 'node:stream'

const ALLOWED = new Set([
  'fs',
  'fs/promises',
  'url',
  'module',
  'stream',
  'path',
  'buffer',
  'util',
  'events',
  'string_decoder',
  // mammoth's docx/files.js loads os (for linked files, which are never opened here); os opens
  // no socket. Only for the Word reader.
  ...(process.argv[1]?.endsWith('docx-html-reader.ts') ? ['os'] : [])
])

function refused(what: string): Error {
  const error = new Error(`${what} is not available to the PDF reader`)
  ;(error as NodeJS.ErrnoException).code = 'ERR_ACCESS_DENIED'
  return error
}

/** `node:net`, `net` → 'net'; null for anything that is not a builtin's name. */
function builtinName(specifier: string): string | null {
  const name = specifier.startsWith('node:') ? specifier.slice(5) : specifier
  return specifier.startsWith('node:') || Module.isBuiltin(name) ? name : null
}

function allowedBuiltin(specifier: string): boolean {
  const name = builtinName(specifier)
  return name === null || ALLOWED.has(name)
}

function lock(target: object, key: PropertyKey, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    writable: false,
    configurable: false,
    enumerable: false
  })
}

/** A stream that writes to a file descriptor, for Node's own code and pdf.js's warnings. */
function descriptorWriter(fd: number): Writable {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      try {
        writeSync(fd, chunk)
        done()
      } catch (error) {
        done(error as Error)
      }
    }
  })
  return Object.assign(stream, { fd, isTTY: false })
}

// Modules: one resolve hook for import, require and Module._load…
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (!allowedBuiltin(specifier)) throw refused(`the module "${specifier}"`)
    return nextResolve(specifier, context)
  }
})
// …that no later hook can go round…
lock(Module, 'registerHooks', () => {
  throw refused('module.registerHooks')
})
lock(Module, 'register', () => {
  throw refused('module.register')
})
syncBuiltinESMExports()
// …and the one way to a builtin that no hook sees.
const getBuiltinModule = process.getBuiltinModule.bind(process)
lock(process, 'getBuiltinModule', (id: string) => {
  if (!allowedBuiltin(id)) throw refused(`the module "${id}"`)
  return getBuiltinModule(id)
})

// Globals that reach the network (functions, so that `new WebSocket(…)` is refused too).
for (const name of ['fetch', 'WebSocket', 'EventSource']) {
  lock(globalThis, name, function refusedGlobal() {
    throw refused(name)
  })
}
// undici (behind fetch) keeps its dispatcher here and makes one when first loaded, unless set.
const refuseNetwork = (): never => {
  throw refused('the network')
}
const refusingDispatcher = Object.freeze({
  dispatch: refuseNetwork,
  request: refuseNetwork,
  stream: refuseNetwork,
  pipeline: refuseNetwork,
  connect: refuseNetwork,
  upgrade: refuseNetwork,
  close: async () => undefined,
  destroy: async () => undefined
})
lock(globalThis, Symbol.for('undici.globalDispatcher.1'), refusingDispatcher)

// The process: no sockets from its standard streams, no signals, no bindings.
lock(process, 'stdin', Object.assign(Readable.from([]), { fd: 0, isTTY: false }))
lock(process, 'stdout', descriptorWriter(2))
lock(process, 'stderr', descriptorWriter(2))
for (const name of [
  'kill',
  '_kill',
  '_debugProcess',
  '_debugEnd',
  'binding',
  '_linkedBinding',
  'dlopen',
  'openStdin',
  '_getActiveHandles',
  '_getActiveRequests'
]) {
  lock(process, name, () => {
    throw refused(`process.${name}`)
  })
}
