/**
 * What the end-to-end tests do to a page as a visitor would, and what they watch on it: shared by the demo's tests
 * and the strict pages' tests.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../chromium.mjs';
import { startDemo } from '../../tools/serve.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The demo as `npm start` runs it (its forum on a folder of its own) and a headless Chromium, for the tests of one
 * file: started before them, stopped after. Read `demo.server` and `demo.browser` inside the tests.
 */
export function useDemo(name) {
  const demo = { server: undefined, browser: undefined, forumData: undefined };
  before(async () => {
    assert.ok(existsSync(join(repoRoot, 'dist', 'digicanvis.js')), 'dist/digicanvis.js is missing: run `npm run build` first');
    demo.forumData = await mkdtemp(join(tmpdir(), `digicanvis-${name}-forum-`));
    demo.server = await startDemo({ port: 0, forumDataDir: demo.forumData });
    demo.browser = await chromium.launch(chromiumLaunchOptions);
  });
  after(async () => {
    await demo.browser?.close();
    await demo.server?.close();
    if (demo.forumData) await rm(demo.forumData, { recursive: true, force: true });
  });
  return demo;
}

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
