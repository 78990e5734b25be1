// Every story of the static Storybook, in headless Chromium: it renders without an exception,
// passes axe-core (the a11y addon's 'error' mode, enforced here without a test-runner addon),
// and hostile text stays text. Run after `npm run build-storybook`:
//   node --test test/e2e/storybook.e2e.test.mjs
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../chromium.mjs';
import { startDemoForum, startServer } from '../../tools/serve.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const staticDir = join(repoRoot, 'storybook-static');
const indexFile = join(staticDir, 'index.json');
const stories = existsSync(indexFile)
  ? Object.values(JSON.parse(readFileSync(indexFile, 'utf8')).entries).filter((entry) => entry.type === 'story')
  : [];

let server;
let browser;
let forum;
let forumData;

before(async () => {
  assert.ok(stories.length > 0, 'storybook-static/index.json lists no stories: run `npm run build-storybook` first');
  // The forum stories talk to the real forum at /forum/, on a folder of its own.
  forumData = await mkdtemp(join(tmpdir(), 'digicanvis-storybook-forum-'));
  forum = await startDemoForum({ dataDir: forumData });
  server = await startServer({ mounts: { '/storybook/': staticDir, '/forum/': forum.handle } });
  browser = await chromium.launch(chromiumLaunchOptions);
});

after(async () => {
  await browser?.close();
  await server?.close();
  await forum?.close();
  if (forumData) await rm(forumData, { recursive: true, force: true });
});

/** Everything under the story root, through open shadow roots: tags, attributes and text. */
function collectNodes() {
  const nodes = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      nodes.push({ tag: element.localName, attributes: element.getAttributeNames(), href: element.getAttribute('href') ?? '' });
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document.getElementById('storybook-root'));
  return nodes;
}

/**
 * Renders one story (with Storybook globals such as `theme:dark`, if given) and checks it: no exception, no axe-core
 * violation, no markup from the feed, and no sideways scrolling in the 320 px stories.
 */
async function checkStory(story, globals) {
  const narrow = story.name.includes('320 px');
  const page = await browser.newPage({ viewport: narrow ? { width: 320, height: 640 } : { width: 1024, height: 768 } });
  const failures = [];
  page.on('pageerror', (error) => failures.push(`uncaught: ${error.message}`));
  page.on('dialog', (dialog) => {
    failures.push(`a dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  try {
    await page.goto(`${server.url}storybook/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story${globals ? `&globals=${globals}` : ''}`);
    // (Any of the story's elements: a filter whose feed failed renders nothing, and leaves the list to say why.)
    await page.waitForFunction(() =>
      [...document.querySelectorAll('#storybook-root :is(dc-project-list, dc-project-card, dc-area-filter, dc-proximity-map, dc-forum-thread, dc-assistant)')].some(
        (element) => element.shadowRoot?.querySelector('*'),
      ),
    );
    // Primed and synthetic feeds settle in a few tasks; the example feed needs one request.
    await page.waitForLoadState('networkidle');

    if (globals === 'theme:dark') assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme), 'dark', 'the dark scheme is on');
    if (globals === 'theme:council') assert.ok(await page.evaluate(() => document.getElementById('dc-council-theme') !== null), 'the council theme is on');
    await page.addScriptTag({ path: join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js') });
    const violations = await page.evaluate(async () => {
      // The a11y addon runs axe on the story too, and axe runs one check at a time: wait for its run to end.
      for (let attempt = 0; ; attempt++) {
        try {
          const results = await window.axe.run('#storybook-root');
          return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        } catch (error) {
          if (attempt >= 50 || !/already running/.test(String(error))) throw error;
          await new Promise((wake) => setTimeout(wake, 200));
        }
      }
    });
    assert.deepEqual(violations, [], 'axe-core violations');

    const nodes = await page.evaluate(collectNodes);
    const injected = nodes.filter(
      (node) => node.tag === 'script' || node.attributes.some((name) => name.startsWith('on')) || /^\s*(javascript|data):/i.test(node.href),
    );
    assert.deepEqual(injected, [], 'no markup, handler or script URL from the feed reaches the page');
    if (narrow) {
      const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
      assert.ok(width <= 320, `the story reflows at 320 px (it is ${width} px wide)`);
    }
    assert.deepEqual(failures, []);
  } finally {
    await page.close();
  }
}

describe('the Storybook stories', { concurrency: 2 }, () => {
  for (const story of stories) {
    test(`${story.title} / ${story.name}`, () => checkStory(story));
  }
});

// The themes of the toolbar, on the first story of each element: the dark scheme and the council's theme must pass
// axe too (contrast above all).
describe('the Storybook stories in the dark scheme and the council theme', { concurrency: 2 }, () => {
  const firstOfEach = stories.filter((story, index) => stories.findIndex((other) => other.title === story.title) === index);
  for (const theme of ['dark', 'council']) {
    for (const story of firstOfEach) {
      test(`${story.title} / ${story.name} (${theme})`, () => checkStory(story, `theme:${theme}`));
    }
  }
});
