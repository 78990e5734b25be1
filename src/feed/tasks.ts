/** Giving the event loop a turn, for work split into slices (reading a feed, building an index). */

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
