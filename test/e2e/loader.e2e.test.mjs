// The one-script loader (dist/digicanvis.js) on pages as councils build them, in Chromium: elements inside the shadow
// roots of a council's own web components (a design system), and two copies of the library on one page (two
// plugins). Run after `npm run build`:
//   node --test test/e2e/loader.e2e.test.mjs
import assert from 'node:assert/strict';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../chromium.mjs';
import { startServer } from '../../tools/serve.mjs';
import { watch } from './page.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const LOAD_TIMEOUT_MS = 15_000;

// The list and the card come with the loader's core: the observatory, whose code only the loader downloads, is what
// tells whether it found the elements. The list shows its cards once the observatory gives it the feed.
const LIST = '<dc-observatory feed="/feed.json"><dc-project-list page-size="2"></dc-project-list></dc-observatory>';

/**
 * The test pages, by name: the loader in the head, the rest in the body. One case a page: once a copy has defined an
 * element, it upgrades wherever it is, found by the loader or not.
 */
const PAGES = {
  // A component defined after the loader has scanned the page (its shadow root is made on upgrade, which the loader
  // cannot see): it passes its root to `discover`.
  'discover-open': `
    <council-tabs></council-tabs>
    <script type="module">
      import { discover } from '/dist/digicanvis.js';
      customElements.define('council-tabs', class extends HTMLElement {
        connectedCallback() {
          const root = this.attachShadow({ mode: 'open' });
          root.innerHTML = '<section>${LIST}</section>';
          discover(root);
        }
      });
    </script>`,
  // The same with a closed root, rendered after it was passed: the loader watches it.
  'discover-closed': `
    <council-secret></council-secret>
    <script type="module">
      import { discover } from '/dist/digicanvis.js';
      customElements.define('council-secret', class extends HTMLElement {
        connectedCallback() {
          const root = (window.secretRoot = this.attachShadow({ mode: 'closed' }));
          discover(root);
          setTimeout(() => (root.innerHTML = '${LIST}'), 50);
        }
      });
    </script>`,
  // Open shadow roots the loader finds by itself: one declared in the HTML…
  declarative: `<council-box><template shadowrootmode="open"><div>${LIST}</div></template></council-box>`,
  // … and one a component made before it was put in the page (by script, after the loader ran), rendered a moment
  // later as Lit renders, and holding another component whose shadow root holds the elements.
  'late-host': `
    <script type="module">
      customElements.define('council-late', class extends HTMLElement {
        connectedCallback() {
          const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
          queueMicrotask(() => (root.innerHTML = '<article><council-inner></council-inner></article>'));
        }
      });
      customElements.define('council-inner', class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' }).innerHTML = '${LIST}';
        }
      });
      setTimeout(() => document.body.append(document.createElement('council-late')), 300);
    </script>`,
  // Two plugins, each with its copy of the library (the same build at two addresses).
  'two-copies': `
    <script type="module" src="/copy2/dist/digicanvis.js"></script>
    <dc-observatory feed="/feed.json">
      <dc-area-filter no-url></dc-area-filter>
      <dc-project-list page-size="2"></dc-project-list>
    </dc-observatory>
    <dc-project-card feed="/feed.json" project-id="girona-pressupostos-participatius"></dc-project-card>`,
};

function testPage(req, res) {
  const name = new URL(req.url, 'http://localhost').pathname.replace(/^\/loader\/|\.html$/g, '');
  const body = PAGES[name];
  if (!body) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>
<script type="module" src="/dist/digicanvis.js"></script></head><body>${body}</body></html>`);
}

let server;
let browser;

before(async () => {
  server = await startServer({ port: 0, mounts: { '/loader/': testPage, '/copy2/dist/': join(repoRoot, 'dist') } });
  browser = await chromium.launch(chromiumLaunchOptions);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a test page; `check` uses it; then nothing may have gone wrong on the page. */
async function withPage(name, check) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watch(page, new URL(server.url).origin);
  const warnings = [];
  const requests = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  try {
    const response = await page.goto(new URL(`/loader/${name}.html`, server.url).href);
    assert.equal(response.status(), 200);
    await check(page, { warnings, requests });
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], [], 'no error in the console');
  } finally {
    await context.close();
  }
}

/** The cards of the list of the observatory in `host`'s shadow root (Playwright's locators pierce open ones). */
const cardsIn = (page, host) => page.locator(`${host} dc-observatory dc-project-list dc-project-card article`);

describe('the one-script loader', () => {
  test('loads the elements in a shadow root passed to discover(), open or closed, and those added to it later', async () => {
    await withPage('discover-open', async (page) => {
      await cardsIn(page, 'council-tabs').first().waitFor({ timeout: LOAD_TIMEOUT_MS });
      assert.equal(await cardsIn(page, 'council-tabs').count(), 2);
    });
    await withPage('discover-closed', async (page) => {
      await page.waitForFunction(() => window.secretRoot.querySelector('dc-observatory dc-project-list')?.shadowRoot?.querySelectorAll('dc-project-card').length === 2, null, {
        timeout: LOAD_TIMEOUT_MS,
      });
    });
  });

  test('finds the elements in open shadow roots by itself: declared in the HTML, or made before their host is put in the page', async () => {
    await withPage('declarative', async (page) => {
      await cardsIn(page, 'council-box').first().waitFor({ timeout: LOAD_TIMEOUT_MS });
    });
    await withPage('late-host', async (page) => {
      // Two levels of the page's own components: the outer renders the inner after it is in the page.
      await cardsIn(page, 'council-late council-inner').first().waitFor({ timeout: LOAD_TIMEOUT_MS });
      assert.equal(await cardsIn(page, 'council-late council-inner').count(), 2);
    });
  });

  test('two copies on one page: an element the first cannot download (its address fails) is loaded by the second', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    // Only the first copy's observatory: the second copy's address serves it.
    await page.route((url) => url.pathname === '/dist/elements/observatory.js', (route) => route.abort('connectionfailed'));
    try {
      await page.goto(new URL('/loader/two-copies.html', server.url).href);
      await page.locator('dc-observatory dc-project-list dc-project-card article').first().waitFor({ timeout: LOAD_TIMEOUT_MS });
      assert.equal(await page.evaluate(() => !!customElements.get('dc-observatory')), true);
      // The first copy's failure is said (after the browser's own line on the request), and nothing else goes wrong.
      const ours = errors.filter((text) => !text.startsWith('Failed to load resource'));
      assert.deepEqual(ours.map((text) => text.split(' TypeError')[0]), ['[digicanvis] could not load <dc-observatory>']);
    } finally {
      await context.close();
    }
  });

  test('two copies on one page: the second says so once, and downloads no element code of its own', async () => {
    await withPage('two-copies', async (page, { warnings, requests }) => {
      await page.locator('dc-observatory dc-project-list dc-project-card article').first().waitFor({ timeout: LOAD_TIMEOUT_MS });
      await page.locator('dc-project-card[project-id] article').waitFor({ timeout: LOAD_TIMEOUT_MS });
      await page.locator('dc-area-filter input[type="checkbox"]').first().waitFor({ timeout: LOAD_TIMEOUT_MS });
      const notes = warnings.filter((text) => text.includes('another copy'));
      assert.deepEqual(notes, ['[digicanvis] <dc-project-card> is already defined by another copy of DigiCanvis on this page; this copy uses it.']);
      // The loader and the core it imports (the card and the list are in it): no element of its own, no strings.
      assert.deepEqual(requests.filter((path) => path.startsWith('/copy2/')).sort(), ['/copy2/dist/chunks/core.js', '/copy2/dist/digicanvis.js']);
      // The first copy's filter drives the first copy's list: the elements work together.
      const status = page.locator('dc-project-list [part~="status"]');
      const before = ((await status.textContent()) ?? '').trim();
      await page.locator('dc-area-filter input[type="checkbox"]').first().check();
      await page.waitForFunction(
        (shown) => document.querySelector('dc-project-list').shadowRoot.querySelector('[part~="status"]').textContent.trim() !== shown,
        before,
        { timeout: 5000 },
      );
    });
  });
});
