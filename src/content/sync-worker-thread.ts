/**
 * The worker thread of sync-worker.ts. Node runs this file as it is (its types are only erased),
 * so it imports nothing of the project: it registers tsx, the TypeScript loader the build runs
 * under, then loads the task module and answers each task posted on its port, in turn: the answer
 * is posted first, then the shared counter set to its id and the waiting thread woken.
 *
 * An answer is `{ id, value }`, or `{ id, failed }` with the error's name and message when the
 * task threw or the module could not be loaded: the build then says what failed, never waits.
 */
import { workerData, type MessagePort } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

interface Setup {
  taskModule: string
  answered: Int32Array
  port: MessagePort
}

type HandleTask = (task: unknown) => Promise<unknown>

const { taskModule, answered, port } = workerData as Setup

let handleTask: HandleTask | null = null
let loadFailure = ''
try {
  register()
  handleTask = ((await import(taskModule)) as { handleTask: HandleTask }).handleTask
} catch (error) {
  loadFailure = `the build's reader could not start (${describe(error)})`
}

port.on('message', (message: { id: number; task: unknown }) => {
  const answer = (reply: object): void => {
    port.postMessage({ id: message.id, ...reply })
    Atomics.store(answered, 0, message.id)
    Atomics.notify(answered, 0)
  }
  if (!handleTask) {
    answer({ failed: loadFailure })
    return
  }
  handleTask(message.task).then(
    (value) => answer({ value }),
    (error: unknown) => answer({ failed: describe(error) })
  )
})

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error)
}
