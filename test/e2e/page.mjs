/**
 * What the end-to-end tests do to a page as a visitor would, and what they watch on it: shared by the demo's tests
 * and the strict pages' tests.
 */
import assert from 'node:assert/strict';

/** Polls `check` (in Node) until it holds, for what the page does after an event. */
export async function eventually(check, what, timeoutMs = 5000) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) assert.fail(`${what} did not happen within ${timeoutMs} ms`);
    await new Promise((wake) => setTimeout(wake, 50));
  }
}

/** The focused element, looking inside open shadow roots. */
export function deepFocus(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element) return null;
    const host = (node) => node.getRootNode() instanceof ShadowRoot ? node.getRootNode().host : null;
    const hosts = [];
    for (let h = host(element); h; h = host(h)) hosts.push(h.localName);
    return {
      tag: element.localName,
      id: element.id,
      role: element.getAttribute('role') ?? '',
      focusVisible: element.matches(':focus-visible'),
      text: element.textContent?.trim().replace(/\s+/g, ' ') ?? '',
      label: element.getAttribute('aria-label') ?? '',
      part: element.getAttribute('part') ?? '',
      value: 'value' in element ? element.value : undefined,
      hosts,
    };
  });
}

/** Presses Tab until `accept(focus)` holds, as a keyboard user would; fails after `limit` presses. */
export async function tabUntil(page, accept, what, limit = 80) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const focus = await deepFocus(page);
    if (focus && accept(focus)) return focus;
  }
  assert.fail(`${what} is not reachable with Tab`);
}

/**
 * Records what a visitor would not see but must not happen on `page`: console errors, uncaught exceptions and
 * requests to any origin other than `origin`.
 */
export function watch(page, origin) {
  const problems = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) {
      problems.foreignRequests.push(request.url());
    }
  });
  return problems;
}
