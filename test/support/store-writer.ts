// Child process for the kill loop (test/support/kill-loop.ts). Opens the real
// annotation store in the folder given, then creates annotations as fast as it can, printing
// `ack <id>` after each create has resolved with the store saved (its write has landed), until it
// is killed. Run with the electron stub:
//   node --import tsx --import ./test/support/register-electron-stub.mjs test/support/store-writer.ts <dir>
import { writeSync } from 'node:fs'
import { AnnotationStore } from '../../src/main/annotation-store'

const dir = process.argv[2]
if (!dir) {
  process.stderr.write('usage: store-writer.ts <user-data-dir>\n')
  process.exit(2)
}

const store = await AnnotationStore.open(dir)
for (const notice of store.notices) writeSync(1, `notice ${JSON.stringify(notice)}\n`)
writeSync(1, `ready ${store.list().length}\n`)

for (let i = 0; ; i++) {
  const annotation = await store.create({
    reportId: 'crt2021-kazakhstan',
    editionHash: 'b'.repeat(64),
    target: {
      kind: 'text',
      paragraphId: `overview-p${(i % 9) + 1}`,
      position: { start: i % 100, end: (i % 100) + 20 },
      quote: { exact: 'counterterrorism cooperation', prefix: 'continued its ', suffix: ' with' }
    },
    color: 'green',
    note: `Note ${i}: ${'border security and financing of terrorism '.repeat(4)}`,
    tags: ['kill-loop', `batch-${i % 5}`]
  })
  const state = store.saveState()
  // One line per write(2) on a pipe is atomic: the parent never sees half a line from us.
  writeSync(1, state.state === 'saved' ? `ack ${annotation.id}\n` : `unsaved ${annotation.id}\n`)
}
