import { execFile } from 'node:child_process'
import { createSocket, type Socket as UdpSocket } from 'node:dgram'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sandboxCommand, systemSandbox, type SandboxLayers } from './sandbox'

/**
 * The PDF reader's sandbox against a hostile script run exactly where pdf.js runs: the reader's
 * command, flags, lockdown, environment and system sandbox, with the script in the reader's
 * place. This test listens on a loopback TCP port, a Unix socket and a UDP port, and counts what
 * reaches them: a way out is closed only when nothing arrives. Run with each layer alone too, so
 * that the table below says what each one holds; and with no layer but the permission model, to
 * show that the script's attempts do work where nothing stops them.
 */

const HOSTILE = fileURLToPath(
  new URL('../../../test/fixtures/sandbox/hostile-child.mjs', import.meta.url)
)

interface Arrivals {
  tcp: number
  unix: number
  udp: number
  dns: number
}

let tcpServer: Server
let unixServer: Server
let udpSocket: UdpSocket
let folder: string
let arrivals: Arrivals = { tcp: 0, unix: 0, udp: 0, dns: 0 }
const open = new Set<Socket>()
const SENTINEL = 'sentinel from the test'
const sentinelSeen: Partial<Record<'tcp' | 'unix' | 'udp', () => void>> = {}
const savedPassword = process.env['SIGNING_PASSWORD']
/** What each run saw, by its layers: written to test-results/sandbox-layers.md for reading. */
const table = new Map<string, { said: Record<string, string>; arrived: Arrivals }>()

beforeAll(async () => {
  // What a hostile reader would most like to send home.
  process.env['SIGNING_PASSWORD'] = 'fake-signing-password'
  folder = mkdtempSync(join(tmpdir(), 'reader-sandbox-'))
  // Every connection is counted and answered as a web server would, so fetch and http succeed;
  // the test's own sentinel (see settled) is not counted.
  const counting = (key: 'tcp' | 'unix') =>
    createServer((socket) => {
      arrivals[key]++
      open.add(socket)
      socket.on('close', () => open.delete(socket))
      socket.on('error', () => undefined)
      socket.once('data', (data) => {
        if (data.toString() !== SENTINEL) return
        arrivals[key]--
        sentinelSeen[key]?.()
      })
      socket.end('HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n')
    })
  tcpServer = counting('tcp')
  unixServer = counting('unix')
  udpSocket = createSocket('udp4')
  udpSocket.on('message', (message) => {
    if (message.toString() === SENTINEL) sentinelSeen.udp?.()
    else if (message.toString() === 'hello') arrivals.udp++
    else arrivals.dns++
  })
  await Promise.all([
    new Promise<void>((done) => tcpServer.listen(0, '127.0.0.1', done)),
    new Promise<void>((done) => unixServer.listen(join(folder, 'listener.sock'), done)),
    new Promise<void>((done) => udpSocket.bind(0, '127.0.0.1', done))
  ])
})

afterAll(async () => {
  if (savedPassword === undefined) delete process.env['SIGNING_PASSWORD']
  else process.env['SIGNING_PASSWORD'] = savedPassword
  for (const socket of open) socket.destroy()
  await Promise.all([
    new Promise((done) => tcpServer.close(done)),
    new Promise((done) => unixServer.close(done)),
    new Promise((done) => udpSocket.close(() => done(undefined)))
  ])
  rmSync(folder, { recursive: true, force: true })
  writeLayerTable()
})

function writeLayerTable(): void {
  const runs = [...table.entries()]
  if (runs.length === 0) return
  const lines = [
    `| attempt | ${runs.map(([name]) => name).join(' | ')} |`,
    `| --- |${' --- |'.repeat(runs.length)}`,
    ...ATTEMPTS.map(
      (attempt) => `| ${attempt} | ${runs.map(([, run]) => run.said[attempt] ?? '').join(' | ')} |`
    ),
    `| reached the listeners (TCP, Unix, UDP, DNS) | ${runs
      .map(([, { arrived }]) => `${arrived.tcp}, ${arrived.unix}, ${arrived.udp}, ${arrived.dns}`)
      .join(' | ')} |`
  ]
  const results = fileURLToPath(new URL('../../../test-results/', import.meta.url))
  mkdirSync(results, { recursive: true })
  writeFileSync(join(results, 'sandbox-layers.md'), `${lines.join('\n')}\n`)
}

/** Runs the hostile script with these layers: what it says, and what reached the listeners. */
async function runHostile(layers: SandboxLayers): Promise<{
  said: Record<string, string>
  arrived: Arrivals
}> {
  arrivals = { tcp: 0, unix: 0, udp: 0, dns: 0 }
  const { command, args, env } = sandboxCommand(HOSTILE, layers)
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(
      command,
      [
        ...args,
        String((tcpServer.address() as AddressInfo).port),
        join(folder, 'listener.sock'),
        String(udpSocket.address().port),
        String(process.pid)
      ],
      { env, encoding: 'utf8' },
      (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out))
    )
  })
  await settled()
  const run = { said: JSON.parse(stdout) as Record<string, string>, arrived: { ...arrivals } }
  table.set(layerName(layers), run)
  return run
}

/**
 * Waits until everything the script sent has reached the listeners: the test's own connection
 * and datagram, sent after the script ended, arrive after anything the script sent (connections
 * are accepted, and datagrams read, in the order they came), so once they are seen the counts
 * are final, on any machine.
 */
async function settled(): Promise<void> {
  const seen = (key: 'tcp' | 'unix' | 'udp') =>
    new Promise<void>((resolve) => {
      sentinelSeen[key] = resolve
    })
  const waits = [seen('tcp'), seen('unix'), seen('udp')]
  for (const target of [
    { host: '127.0.0.1', port: (tcpServer.address() as AddressInfo).port },
    { path: join(folder, 'listener.sock') }
  ]) {
    connect(target)
      .on('error', () => undefined)
      .end(SENTINEL)
  }
  udpSocket.send(SENTINEL, udpSocket.address().port, '127.0.0.1')
  await Promise.all(waits)
}

function layerName({ lockdown, system }: SandboxLayers): string {
  if (lockdown && system) return `all layers (${systemSandbox()?.name ?? 'no system sandbox here'})`
  if (lockdown) return 'lockdown, no system sandbox'
  if (system) return `${systemSandbox()?.name ?? 'no system sandbox'}, no lockdown`
  return 'neither (permission model, empty environment, flags)'
}

const blocked = (said: Record<string, string>): string[] =>
  Object.entries(said)
    .filter(([, outcome]) => outcome.startsWith('blocked'))
    .map(([name]) => name)

const ATTEMPTS = [
  'tcp (import node:net)',
  'tcp (process.getBuiltinModule)',
  'tcp (createRequire)',
  'tcp (Module._load)',
  'tcp (a later resolve hook)',
  'tcp (the class of process.stdout)',
  'tcp (process.binding)',
  'unix socket',
  'fetch',
  'fetch dispatcher (after new Response)',
  'WebSocket',
  'http',
  'udp',
  'dns',
  'environment',
  "the parent's environment (/proc)",
  'signal the parent',
  'sqlite (import)',
  'sqlite (process.getBuiltinModule)',
  'child process',
  'undo the lockdown'
]

describe("the PDF reader's sandbox, against a hostile script in the reader's place", () => {
  it('holds with every layer: each attempt fails, and nothing reaches a listener', async () => {
    const { said, arrived } = await runHostile({ lockdown: true, system: true })
    expect(blocked(said).sort()).toEqual([...ATTEMPTS].sort())
    expect(arrived).toEqual({ tcp: 0, unix: 0, udp: 0, dns: 0 })
    expect(JSON.stringify(said)).not.toContain('fake-signing-password')
  })

  it('holds with the lockdown alone (what Windows has): no socket, no signal', async () => {
    const { said, arrived } = await runHostile({ lockdown: true, system: false })
    expect(blocked(said).sort()).toEqual([...ATTEMPTS].sort())
    expect(arrived).toEqual({ tcp: 0, unix: 0, udp: 0, dns: 0 })
  })

  it.skipIf(process.platform !== 'linux' || !systemSandbox())(
    "holds the network with Linux's namespaces alone, except a Unix socket in the file system",
    async () => {
      const { said, arrived } = await runHostile({ lockdown: false, system: true })
      // A network namespace has a loopback of its own, down: no TCP, UDP, DNS or HTTP out. A Unix
      // socket is a file, reached whatever the namespace: that one the lockdown closes.
      expect(arrived).toEqual({ tcp: 0, unix: 1, udp: 0, dns: 0 })
      expect(said['unix socket']).toMatch(/^allowed/)
      // The PID namespace: no process outside it can be named, so none can be signalled.
      expect(said['signal the parent']).toMatch(/^blocked/)
      for (const name of ['tcp (import node:net)', 'fetch', 'http', 'udp', 'dns']) {
        expect(said[name], name).toMatch(/^blocked/)
      }
    }
  )

  it('without the lockdown and the system sandbox, the same attempts do get out: the test can fail', async () => {
    const { said, arrived } = await runHostile({ lockdown: false, system: false })
    expect(arrived.tcp).toBeGreaterThan(0)
    expect(arrived).toMatchObject({ unix: 1, udp: 1, dns: 1 })
    for (const name of ['tcp (import node:net)', 'fetch', 'http', 'unix socket', 'udp']) {
      expect(said[name], name).toMatch(/^allowed/)
    }
    expect(said['signal the parent']).toMatch(/^allowed/)
    // What the other layers hold on their own: an empty environment, Node's permission model
    // (no file outside pdf.js, no child process, no process.binding), no node:sqlite.
    expect(blocked(said)).toEqual(
      expect.arrayContaining([
        'environment',
        "the parent's environment (/proc)",
        'tcp (process.binding)',
        'sqlite (import)',
        'sqlite (process.getBuiltinModule)',
        'child process'
      ])
    )
  })
})
