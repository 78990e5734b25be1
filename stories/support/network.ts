/**
 * Story feeds. Valid documents are primed into the feed store; the states a real server causes
 * (a request that never ends, a 404, an HTML page) come from a fetch that answers a few story
 * URLs itself and passes every other request to the network.
 */
import { feedStore } from '../../src/feed/index.js';

type Answer = (signal: AbortSignal | undefined) => Promise<Response>;

const answers = new Map<string, Answer>();

function never(signal: AbortSignal | undefined): Promise<Response> {
  return new Promise((_, reject) => {
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

feedStore.configure({
  fetch: (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const answer = answers.get(url);
    if (answer) return answer(init?.signal ?? (input instanceof Request ? input.signal : undefined));
    return globalThis.fetch(input, init);
  },
});

/** Story URLs are absolute so they are the same key the elements give the store. */
export function storyUrl(name: string): string {
  return new URL(`story-feeds/${name}`, document.baseURI).href;
}

/** A feed URL whose request never finishes: the loading state stays on screen. */
export function loadingFeed(name: string): string {
  const url = storyUrl(name);
  answers.set(url, never);
  return url;
}

/** A feed URL that answers with this status, body and content type. */
export function answeringFeed(name: string, status: number, body: string, contentType: string): string {
  const url = storyUrl(name);
  answers.set(url, async () => new Response(body, { status, headers: { 'Content-Type': contentType } }));
  return url;
}

/** A feed URL whose document is `json`, read and validated as if it had been fetched. */
export function primedFeed(name: string, json: unknown): string {
  const url = storyUrl(name);
  feedStore.prime(url, json);
  return url;
}

/** The example feed, served by Storybook from demo/ (see .storybook/main.ts). */
export const exampleFeed = (): string => new URL('demo/feed.json', document.baseURI).href;
