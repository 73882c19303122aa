import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Why a Syncthing test cannot run here, or null when Debian's `syncthing` is installed. */
export function syncthingMissing(): string | null {
  const probe = spawnSync('syncthing', ['--version'], { encoding: 'utf8' })
  if (probe.error || probe.status !== 0) {
    return 'syncthing is not installed (Debian: apt-get install syncthing; .ci/run installs it)'
  }
  return null
}

const FOLDER_ID = 'team-notes'

interface Instance {
  name: string
  home: string
  folder: string
  deviceId: string
  listenPort: number
  guiPort: number
  apiKey: string
  process?: ChildProcess
  log: string[]
}

/** A free port on loopback, found by listening on port 0 and closing again. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/**
 * Two Syncthing instances on loopback only, each with a temporary home of its own, sharing one
 * folder between them: no global or local discovery, no relays, no NAT traversal, no usage
 * reports, no upgrades; the GUI/API on 127.0.0.1 on a random port. Started and stopped by the test.
 */
export async function startSyncthingPair(): Promise<{
  folders: [string, string]
  /** Asks an instance to look at its folder now (its file watcher would, a moment later). */
  scan: (which: 0 | 1) => Promise<void>
  stop: () => Promise<void>
}> {
  const root = mkdtempSync(join(tmpdir(), 'reader-syncthing-'))
  const instances: Instance[] = []
  for (const name of ['amina', 'bo']) {
    const home = join(root, `${name}-home`)
    const folder = join(root, `${name}-team-folder`)
    mkdirSync(join(folder, '.stfolder'), { recursive: true })
    const generated = spawnSync(
      'syncthing',
      ['generate', `--home=${home}`, '--no-default-folder'],
      {
        encoding: 'utf8',
        env: quietEnv(root)
      }
    )
    if (generated.status !== 0) throw new Error(`syncthing generate failed: ${generated.stderr}`)
    const id = spawnSync('syncthing', ['serve', `--home=${home}`, '--device-id'], {
      encoding: 'utf8',
      env: quietEnv(root)
    }).stdout.trim()
    instances.push({
      name,
      home,
      folder,
      deviceId: id,
      listenPort: await freePort(),
      guiPort: await freePort(),
      apiKey: randomBytes(16).toString('hex'),
      log: []
    })
  }
  const [a, b] = instances as [Instance, Instance]
  writeConfig(a, b)
  writeConfig(b, a)
  for (const instance of instances) {
    const child = spawn(
      'syncthing',
      [
        'serve',
        `--home=${instance.home}`,
        '--no-browser',
        '--no-restart',
        '--no-upgrade',
        '--no-default-folder'
      ],
      { env: quietEnv(root), stdio: ['ignore', 'pipe', 'pipe'] }
    )
    child.stdout?.on('data', (chunk: Buffer) => instance.log.push(chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => instance.log.push(chunk.toString()))
    instance.process = child
  }
  const api = async (instance: Instance, method: string, path: string) =>
    fetch(`http://127.0.0.1:${instance.guiPort}${path}`, {
      method,
      headers: { 'X-API-Key': instance.apiKey }
    })
  // Up when its API answers (a hang's bound, not a speed target).
  for (const instance of instances) {
    await until(
      async () => (await api(instance, 'GET', '/rest/system/ping').catch(() => null))?.ok === true,
      120_000,
      () => `${instance.name}'s syncthing did not start:\n${instance.log.join('')}`
    )
  }
  return {
    folders: [a.folder, b.folder],
    scan: async (which) => {
      await api(instances[which] as Instance, 'POST', `/rest/db/scan?folder=${FOLDER_ID}`)
    },
    stop: async () => {
      await Promise.all(instances.map((instance) => stopProcess(instance.process)))
      rmSync(root, { recursive: true, force: true })
    }
  }
}

function writeConfig(self: Instance, peer: Instance): void {
  const xml = `<configuration version="36">
    <folder id="${FOLDER_ID}" label="Team notes" path="${self.folder}" type="sendreceive" rescanIntervalS="3600" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
        <device id="${self.deviceId}"></device>
        <device id="${peer.deviceId}"></device>
        <markerName>.stfolder</markerName>
    </folder>
    <device id="${self.deviceId}" name="${self.name}" compression="metadata"><address>dynamic</address></device>
    <device id="${peer.deviceId}" name="${peer.name}" compression="metadata"><address>tcp://127.0.0.1:${peer.listenPort}</address></device>
    <gui enabled="true" tls="false" debugging="false">
        <address>127.0.0.1:${self.guiPort}</address>
        <apikey>${self.apiKey}</apikey>
    </gui>
    <options>
        <listenAddress>tcp://127.0.0.1:${self.listenPort}</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <startBrowser>false</startBrowser>
        <urAccepted>-1</urAccepted>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <crashReportingEnabled>false</crashReportingEnabled>
        <reconnectionIntervalS>1</reconnectionIntervalS>
        <announceLANAddresses>false</announceLANAddresses>
    </options>
</configuration>
`
  writeFileSync(join(self.home, 'config.xml'), xml)
}

/** Its own HOME, so nothing of the machine's user is read or written; no upgrade checks. */
function quietEnv(root: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: root,
    STNOUPGRADE: '1',
    STNORESTART: '1'
  }
}

async function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const killed = setTimeout(() => child.kill('SIGKILL'), 30_000)
  await exited
  clearTimeout(killed)
}

/** Waits for `condition`, looking again every 250 ms; fails after `boundMs` (a hang, not a slow machine). */
export async function until(
  condition: () => Promise<boolean> | boolean,
  boundMs: number,
  failure: () => string
): Promise<void> {
  const deadline = Date.now() + boundMs
  for (;;) {
    if (await condition()) return
    if (Date.now() > deadline) throw new Error(failure())
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
