/** Work split into slices, with a turn of the event loop between them (reading a feed, building an index). */

/** Gives the event loop a turn: input and rendering go first. Not throttled in the background like `setTimeout`. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return yieldToTasks();
}

/**
 * Gives the event loop a turn behind the tasks already queued (a message posted to a channel of our own). In a
 * worker this rather than `scheduler.yield()`, whose continuation would run before the messages waiting.
 */
export function yieldToTasks(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Runs `work(count)` in batches until `left()` is 0, sizing batches to fill slices of `sliceMs`, pausing between slices. */
export async function inSlices(left: () => number, work: (count: number) => void, sliceMs: number, pause: () => Promise<void>, signal?: AbortSignal): Promise<void> {
  // Small at first: the first slice also pays for compiling the code it runs.
  let batch = 8;
  while (left() > 0) {
    signal?.throwIfAborted();
    const start = performance.now();
    const deadline = start + sliceMs;
    let done = 0;
    while (left() > 0 && performance.now() < deadline) {
      const count = Math.min(left(), batch);
      work(count);
      done += count;
    }
    const elapsed = performance.now() - start;
    if (elapsed > 0) batch = Math.max(4, Math.min(512, Math.round((done / elapsed) * sliceMs * 0.25)));
    if (left() > 0) await pause();
  }
}
