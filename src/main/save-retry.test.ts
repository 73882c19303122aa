import { afterEach, describe, expect, it, vi } from 'vitest'
import { RetryTimer, whyNotWritten } from './save-retry'

afterEach(() => vi.useRealTimers())

describe('retrying a failed write', () => {
  it('waits 1, 5, 15 and 60 s by default, then every 60 s, until a write lands', () => {
    vi.useFakeTimers()
    const at: number[] = []
    const start = Date.now()
    const timer: RetryTimer = new RetryTimer(() => {
      at.push((Date.now() - start) / 1000)
      timer.schedule() // The write failed again.
    })
    timer.schedule()
    vi.advanceTimersByTime(1000 + 5000 + 15000 + 60000 + 60000 + 60000)
    expect(at).toEqual([1, 6, 21, 81, 141, 201])
    timer.succeeded()
    expect(vi.getTimerCount()).toBe(0)
    timer.schedule() // A later failure starts from the first wait again.
    vi.advanceTimersByTime(1000)
    expect(at).toHaveLength(7)
  })

  it('stops for good when stopped: nothing is tried after the store closes', () => {
    vi.useFakeTimers()
    const retry = vi.fn()
    const timer = new RetryTimer(retry, [10])
    timer.schedule()
    timer.stop()
    timer.schedule()
    vi.advanceTimersByTime(1000)
    expect(retry).not.toHaveBeenCalled()
    expect(timer.waiting).toBe(false)
  })
})

describe('why a write failed, in words', () => {
  const error = (code: string) => Object.assign(new Error(code), { code })
  it.each([
    [
      'ENOSPC',
      'The disk is full: your last change is kept in memory and saved when there is room. Nothing on disk was damaged.'
    ],
    [
      'EDQUOT',
      'The disk is full: your last change is kept in memory and saved when there is room. Nothing on disk was damaged.'
    ],
    ['EROFS', 'The disk is read-only, so /x/1.json could not be written.'],
    [
      'EACCES',
      'The app was not allowed to write /x/1.json; another program (such as antivirus) may be holding it, or the folder’s permissions changed.'
    ]
  ])('%s', (code, words) => {
    expect(whyNotWritten(error(code), '/x/1.json')).toBe(words)
  })
})
