// The demo council page as a visitor gets it: the built one-script bundle, the example feed,
// the site's own global CSS, in headless Chromium. Run after `npm run build`:
//   node --test test/e2e/
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { deepFocus, eventually, tabUntil, useDemo, watch } from './page.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The demo page shows a filter and a list: the list alone is held to 22 kB by size-limit. */
const JS_BUDGET_BYTES = 36 * 1024;
const CARD_TIMEOUT_MS = 15_000;

const feed = JSON.parse(readFileSync(join(repoRoot, 'demo', 'feed.json'), 'utf8'));
const feedTitles = new Set(feed.items.map((item) => item.title));

const demo = useDemo('demo');

/**
 * Opens a page of the demo in a fresh context and records what a visitor would not see but
 * must not happen: console errors, uncaught exceptions, requests to other origins.
 */
async function openDemo(path = '/', viewport = { width: 1280, height: 900 }) {
  const context = await demo.browser.newContext({ viewport });
  const page = await context.newPage();
  const origin = new URL(demo.server.url).origin;
  const problems = watch(page, origin);
  const scripts = [];
  page.on('response', (response) => {
    const type = response.headers()['content-type'] ?? '';
    // Redirects and 304s have no body to weigh (the body arrives with the response they lead to, or came before).
    if ((type.includes('javascript') || new URL(response.url()).pathname.endsWith('.js')) && response.status() < 300) {
      // A test that does not weigh its scripts may close the page before a late one (the map's geometry) is read.
      scripts.push(response.body().then((body) => ({ url: response.url(), gzip: gzipSync(body).length }), () => ({ url: response.url(), gzip: 0 })));
    }
  });
  await page.goto(new URL(path, demo.server.url).href);
  return { context, page, problems, scripts };
}

/** What only <dc-proximity-map> downloads: its code, the libraries it draws with (Lit's Directive class, shared with the forum, too), its strings and its geometry. */
const isMapScript = (url) => /\/(elements\/proximity-map|chunks\/(map-libraries|lit-directive|floating-ui|distance|geometry-parts|(ca|es|en)-map|europe|es-\d\d))\.js$/.test(new URL(url).pathname);
/** What only <dc-forum-thread> downloads: its code and its strings (held to a budget of their own by size-limit). */
const isForumScript = (url) => /\/(elements\/forum-thread|chunks\/(ca|es|en)-forum)\.js$/.test(new URL(url).pathname);
/** What only <dc-assistant> downloads: its code, its strings, its language data and the phone and email links it shares with a card's details (held to budgets of their own by size-limit). */
const isAssistantScript = (url) => /\/(elements\/assistant|chunks\/((ca|es|en)-assistant|language|links))\.js$/.test(new URL(url).pathname);
/**
 * The map element's own code, without the libraries and geometry it loads: issue 4 asks for 15 KB. Gzipped here at
 * zlib's default level, it is 14.98 KB (size-limit, at the highest level, counts 14.95).
 */
const MAP_OWN_CODE_BYTES = 15 * 1000;

const cards = (page) => page.locator('dc-project-list dc-project-card article');
const cardTitles = (page) => page.locator('dc-project-list dc-project-card article [part~="title"]');
const shownTitles = async (page) => (await cardTitles(page).allTextContents()).map((title) => title.trim());

const status = (page) => page.locator('dc-project-list [part~="status"]');

async function waitForCards(page) {
  await cards(page).first().waitFor({ state: 'visible', timeout: CARD_TIMEOUT_MS });
}

describe('the demo council page', () => {
  test('shows the feed as cards, with the count, no errors, nothing from another origin and at most 36 KiB of JavaScript', async () => {
    const { context, page, problems, scripts } = await openDemo();
    try {
      await waitForCards(page);
      const titles = await shownTitles(page);
      assert.ok(titles.length > 1, 'several cards are shown');
      for (const title of titles.slice(0, 3)) assert.ok(feedTitles.has(title), `"${title}" is a project of the feed`);

      const count = feed.items.length;
      const statusText = await status(page).first().textContent();
      assert.match(statusText, new RegExp(`(^|\\D)${count}(\\D|$)`), `the status line gives the ${count} projects`);

      await page.waitForLoadState('networkidle');
      assert.deepEqual(problems.consoleErrors, [], 'no console errors');
      assert.deepEqual(problems.pageErrors, [], 'no uncaught exceptions');
      assert.deepEqual(problems.foreignRequests, [], 'no request leaves the site');

      // The map further down the page has budgets of its own (the test below, and size-limit).
      const downloaded = (await Promise.all(scripts)).filter((script) => !isMapScript(script.url) && !isForumScript(script.url) && !isAssistantScript(script.url));
      const total = downloaded.reduce((sum, script) => sum + script.gzip, 0);
      assert.ok(
        total <= JS_BUDGET_BYTES,
        `JavaScript is ${total} bytes gzipped, over ${JS_BUDGET_BYTES}:\n${downloaded.map((s) => `  ${s.gzip} ${s.url}`).join('\n')}`,
      );
    } finally {
      await context.close();
    }
  });

  test('works with the keyboard alone: sort, then page, and focus follows the results', async () => {
    const { context, page, problems } = await openDemo();
    try {
      await waitForCards(page);
      const sort = await tabUntil(page, (focus) => focus.tag === 'select' && focus.hosts.includes('dc-project-list'), 'The sort control');
      assert.ok(sort.focusVisible, 'the focused sort control shows its focus');

      // On Linux and Windows an arrow key changes a closed select's value directly.
      let chosen = sort;
      for (let presses = 0; presses < 5 && chosen.value !== 'title'; presses += 1) {
        await page.keyboard.press('ArrowDown');
        chosen = await deepFocus(page);
      }
      assert.equal(chosen.value, 'title', 'the sort select reaches "title" with arrow keys');
      const byTitle = (titles) => titles.length > 1 && titles.every((title, i) => i === 0 || titles[i - 1].localeCompare(title, 'ca') <= 0);
      await eventually(async () => byTitle(await shownTitles(page)), 'Sorting the cards by title');
      const [firstTitle] = await shownTitles(page);

      const pagerButton = await tabUntil(
        page,
        (focus) => focus.tag === 'button' && focus.hosts.length === 1 && focus.hosts[0] === 'dc-project-list',
        'The pager',
        400,
      );
      assert.ok(pagerButton.focusVisible, 'the focused pager button shows its focus');
      await page.keyboard.press('Enter');
      await eventually(async () => (await shownTitles(page))[0] !== firstTitle, 'Showing the next page');
      assert.ok(byTitle(await shownTitles(page)), 'the next page keeps the order by title');

      const landed = await deepFocus(page);
      assert.ok(
        landed.hosts.includes('dc-project-list') && (landed.role === 'status' || landed.hosts.includes('dc-project-card')),
        `focus moves from the pager to the results (it is on <${landed.tag}> "${landed.text}")`,
      );
      assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
    } finally {
      await context.close();
    }
  });

  test('searches from the keyboard, keeps the search in the address, and Back goes back', async () => {
    const { context, page, problems } = await openDemo();
    try {
      await waitForCards(page);
      const field = await tabUntil(page, (focus) => focus.tag === 'input' && focus.hosts.includes('dc-area-filter'), 'The search field');
      assert.ok(field.focusVisible, 'the focused search field shows its focus');
      // No accents and one letter short, as people type it.
      await page.keyboard.type('teleasistencia');
      const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      const onlyTelecare = async () => {
        const titles = await shownTitles(page);
        return titles.length > 0 && titles.every((title) => /teleassist/.test(fold(title)));
      };
      await eventually(onlyTelecare, 'Showing only the telecare projects');
      assert.ok((await page.locator('dc-project-list dc-project-card mark').count()) > 0, 'the matching words are marked');
      assert.match(new URL(page.url()).search, /dc-q=teleasistencia/);
      const announced = page.locator('dc-area-filter [role="status"]');
      await eventually(async () => /\d/.test((await announced.textContent()) ?? ''), 'Announcing the count');
      // Enter lands on the results: the first card's heading.
      await page.keyboard.press('Enter');
      const [firstTitle] = await shownTitles(page);
      await eventually(async () => {
        const focus = await deepFocus(page);
        return focus?.hosts[0] === 'dc-project-card' && focus.text === firstTitle.replace(/\s+/g, ' ');
      }, 'Enter moving focus to the first result');

      await page.goBack();
      await eventually(async () => !(await onlyTelecare()), 'Back showing every project again');
      assert.doesNotMatch(new URL(page.url()).search, /dc-q=/);

      await page.goto(new URL('/?dc-q=teleasistencia', demo.server.url).href);
      await waitForCards(page);
      await eventually(onlyTelecare, 'A shared link showing the same search');
      assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
    } finally {
      await context.close();
    }
  });

  test('has no axe-core violations', async () => {
    const { context, page } = await openDemo();
    try {
      await waitForCards(page);
      await page.addScriptTag({ path: join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js') });
      const violations = await page.evaluate(async () => {
        const results = await window.axe.run(document);
        return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
      });
      assert.deepEqual(violations, []);
    } finally {
      await context.close();
    }
  });

  test('reflows at 320 px with no horizontal scrolling', async () => {
    const { context, page } = await openDemo('/', { width: 320, height: 640 });
    try {
      await waitForCards(page);
      const scrollWidth = await page.evaluate(() => document.scrollingElement.scrollWidth);
      assert.ok(scrollWidth <= 320, `the page is ${scrollWidth} px wide`);
    } finally {
      await context.close();
    }
  });

  test('opens a permalink to a card on the second page, shows it and focuses it', async () => {
    const ids = await secondPageIds();
    const id = ids[Math.floor(ids.length / 2)];
    const title = feed.items.find((item) => item.id === id).title;
    const { context, page, problems } = await openDemo(`/#dc-project-${encodeURIComponent(id)}`);
    try {
      const heading = cardTitles(page).filter({ hasText: title });
      await heading.waitFor({ state: 'visible', timeout: CARD_TIMEOUT_MS });
      await page.waitForFunction(
        (wanted) => {
          let element = document.activeElement;
          while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
          return element?.textContent.trim() === wanted;
        },
        title,
        { timeout: 5000 },
      );
      const focus = await deepFocus(page);
      assert.deepEqual(focus.hosts, ['dc-project-card', 'dc-project-list'], 'focus is inside the linked card');
      assert.ok(await heading.isVisible(), 'the linked card is shown');
      // The site scrolls smoothly, so the card may still be on its way.
      await heading.evaluate(
        (node) =>
          new Promise((resolveInView, rejectInView) => {
            const started = performance.now();
            const check = () => {
              const box = node.getBoundingClientRect();
              if (box.bottom > 0 && box.top < innerHeight) resolveInView();
              else if (performance.now() - started > 3000) rejectInView(new Error('the linked card is not scrolled into view'));
              else requestAnimationFrame(check);
            };
            check();
          }),
      );
      assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
    } finally {
      await context.close();
    }
  });

  test('the proximity map: the visitor chooses a council, moves between markers and opens one with the keyboard, and nothing leaves the site', async () => {
    const { context, page, problems, scripts } = await openDemo();
    try {
      const map = page.locator('dc-proximity-map');
      await map.scrollIntoViewIfNeeded();
      await page.locator('dc-proximity-map [part~="marker"], dc-proximity-map [part~="cluster"]').first().waitFor({ timeout: CARD_TIMEOUT_MS });
      // Shapes of the place: the province's municipalities (Sabadell's, 25 km around) and the countries.
      await eventually(async () => (await page.locator('dc-proximity-map svg path[data-part="es-08"]').count()) > 0, 'Drawing the municipalities of Barcelona');

      const field = await tabUntil(page, (focus) => focus.tag === 'input' && focus.hosts.includes('dc-proximity-map'), 'The council field', 400);
      assert.ok(field.focusVisible, 'the council field shows its focus');
      await page.keyboard.type('girona');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      const status = map.locator('[part~="status"]');
      await eventually(async () => /de Girona$/.test((await status.textContent()).trim()), 'Showing the projects near Girona');
      const nearby = await map.locator('[part~="nearby"] .row-title').allTextContents();
      assert.ok(nearby.length > 0, 'projects near Girona are listed');

      const marker = await tabUntil(page, (focus) => focus.hosts.includes('dc-proximity-map') && /marker|cluster/.test(focus.part ?? ''), 'A marker', 40);
      assert.ok(marker.focusVisible, 'the focused marker shows its focus');
      await page.keyboard.press('End');
      const last = await deepFocus(page);
      await page.keyboard.press('Home');
      const first = await deepFocus(page);
      assert.notEqual(first.label, last.label, 'Home and End move between markers');
      await page.keyboard.press('Enter');
      const popup = map.locator('[part~="popup"]');
      await popup.waitFor({ state: 'visible', timeout: 5000 });
      await eventually(async () => (await popup.locator('dc-project-card').count()) > 0, 'Showing the cards of the council');
      await page.keyboard.press('Escape');
      await popup.waitFor({ state: 'hidden', timeout: 5000 });
      const back = await deepFocus(page);
      assert.equal(back.label, first.label, 'Escape closes the popup and focus goes back to its marker');

      await page.keyboard.press('+');
      await page.keyboard.press('-');
      await page.waitForLoadState('networkidle');
      assert.deepEqual(problems.foreignRequests, [], 'no request leaves the site');
      assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);

      const downloaded = await Promise.all(scripts);
      const own = downloaded.find((script) => new URL(script.url).pathname.endsWith('/elements/proximity-map.js'));
      assert.ok(own, 'the map element was downloaded');
      assert.ok(own.gzip <= MAP_OWN_CODE_BYTES, `the map element's own code is ${own.gzip} bytes gzipped, over ${MAP_OWN_CODE_BYTES}`);
    } finally {
      await context.close();
    }
  });

  test('the forum: a visitor opens a discussion and replies with the keyboard; the post waits for the moderator, once, and then shows', async () => {
    const { context, page, problems } = await openDemo();
    const text = `Quants usuaris el fan servir cada mes? (${Date.now()})`;
    try {
      const forum = page.locator('dc-forum-thread');
      await forum.scrollIntoViewIfNeeded();
      await forum.locator('.thread-row button').first().waitFor({ timeout: CARD_TIMEOUT_MS });
      const opener = await tabUntil(page, (focus) => focus.hosts.includes('dc-forum-thread') && focus.id === 'thread-capafonts-assistent-virtual', 'The discussion about Capafonts', 600);
      assert.ok(opener.focusVisible, 'the discussion button shows its focus');
      await page.keyboard.press('Enter');
      await eventually(async () => (await forum.locator('article.post').count()) === 4, 'Opening the discussion');
      await eventually(async () => (await deepFocus(page))?.id === 'heading', 'Focus on the discussion heading');
      await tabUntil(page, (focus) => focus.id === 'text', 'The message field', 40);
      await page.keyboard.type(text);
      await page.keyboard.press('Tab');
      await page.keyboard.type('Rosa Pons');
      await tabUntil(page, (focus) => focus.tag === 'button' && focus.hosts.includes('dc-forum-thread') && /Envia/.test(focus.text ?? ''), 'The Post button', 5);
      await page.keyboard.press('Enter');
      await eventually(async () => /moderador/.test((await forum.locator('#outcome').textContent()) ?? ''), 'Sending the post');
      assert.equal(await forum.locator('article.post.pending').count(), 1, 'shown to its author, marked as pending');

      const api = new URL('forum/', demo.server.url);
      const moderator = { Authorization: `Bearer ${demo.server.moderatorToken}` };
      const queue = await (await fetch(new URL('moderation/queue', api), { headers: moderator })).json();
      const queued = queue.posts.filter((post) => post.text === text);
      assert.equal(queued.length, 1, 'in the queue once');
      const approved = await fetch(new URL(`moderation/posts/${queued[0].id}/approve`, api), { method: 'POST', headers: moderator });
      assert.equal(approved.status, 200);
      await page.reload();
      const again = page.locator('dc-forum-thread');
      await again.locator('.thread-row button').first().waitFor({ timeout: CARD_TIMEOUT_MS });
      await again.locator('#thread-capafonts-assistent-virtual').click();
      await eventually(async () => (await again.locator('article.post').count()) === 5, 'The approved post shown');
      assert.equal(await again.locator('article.post.pending').count(), 0, 'no longer marked');
      assert.deepEqual(problems.foreignRequests, [], 'no request leaves the site');
      assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
    } finally {
      await context.close();
    }
  });
});

describe('the demo council page’s assistant', () => {
  test('with the keyboard alone: open, ask, follow the answer’s link and come back to the same conversation, ask for a person, close', async () => {
    const { context, page, problems } = await openDemo();
    // The answer's links go to the council's (example) website: the browser is given a page for it.
    const site = 'https://www.ajuntament.example/';
    await page.route(`${site}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html lang="ca"><title>Tributs</title><h1>Tributs</h1></html>' }));
    try {
      const assistant = page.locator('dc-assistant');
      await assistant.locator('.launcher').waitFor({ timeout: CARD_TIMEOUT_MS });
      // The launcher is the last control of the page's main content: one Shift+Tab back from the aside's first link.
      await page.locator('aside a').first().focus();
      await page.keyboard.press('Shift+Tab');
      const launcher = await deepFocus(page);
      assert.ok(launcher.hosts.includes('dc-assistant') && /Pregunta a l’assistent/.test(launcher.text), `focus is on ${launcher.text}`);
      assert.ok(launcher.focusVisible, 'the launcher shows its focus');
      await page.keyboard.press('Enter');
      await eventually(async () => (await deepFocus(page))?.id === 'input', 'Focus in the question field');

      await page.keyboard.type('on pago la contribució?');
      await page.keyboard.press('Enter');
      await eventually(async () => (await assistant.locator('[role="log"] .msg').count()) === 3, 'The answer');
      assert.equal((await deepFocus(page)).id, 'input', 'focus stays in the field');
      await page.keyboard.press('ArrowUp');
      assert.match((await deepFocus(page)).text, /Pots pagar amb targeta/, 'the up arrow reads the answer');
      const link = await tabUntil(page, (focus) => focus.tag === 'a', 'The answer’s link', 3);
      assert.match(link.text, /Pagament de tributs/);
      await Promise.all([page.waitForURL(`${site}tributs/pagament`), page.keyboard.press('Enter')]);
      await page.goBack();

      await assistant.locator('.launcher').waitFor({ timeout: CARD_TIMEOUT_MS });
      await page.locator('aside a').first().focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter');
      await eventually(async () => (await deepFocus(page))?.id === 'input', 'Focus in the question field again');
      assert.equal(await assistant.locator('[role="log"] .msg').count(), 3, 'the conversation survived leaving the page');
      await page.keyboard.type('vull parlar amb una persona');
      await page.keyboard.press('Enter');
      await eventually(async () => (await assistant.locator('[role="log"] .msg a[href^="tel:"]').count()) === 1, 'The hand-over with the phone');
      assert.equal(await assistant.locator('[role="log"] .msg a[href^="tel:"]').getAttribute('href'), 'tel:+34930000000');

      await page.addScriptTag({ path: join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js') });
      const violations = await page.evaluate(async () => (await window.axe.run('dc-assistant')).violations.map((v) => `${v.id}: ${v.help}`));
      assert.deepEqual(violations, [], 'the open panel has no axe-core violation');

      await page.keyboard.press('Escape');
      await eventually(async () => (await deepFocus(page))?.text?.includes('Pregunta a l’assistent'), 'Focus back on the launcher');
      assert.equal(await assistant.locator('.launcher').getAttribute('aria-expanded'), 'false');
      assert.deepEqual(problems.foreignRequests.filter((url) => !url.startsWith(site)), [], 'nothing else leaves the site');
      assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
    } finally {
      await context.close();
    }
  });
});

describe('the demo council page’s assistant, offline', () => {
  test('answers from the FAQ once the page has loaded, with no network, and reads its language data when back online', async () => {
    const { context, page, problems } = await openDemo();
    try {
      const assistant = page.locator('dc-assistant');
      await assistant.locator('.launcher').waitFor({ timeout: CARD_TIMEOUT_MS });
      // The visitor's connection drops (a train in a tunnel) before they first open the assistant: its language data,
      // loaded on first opening, cannot come.
      await context.setOffline(true);
      await assistant.locator('.launcher').click();
      const input = assistant.locator('#input');
      await input.waitFor();
      const messages = assistant.locator('[role="log"] .msg');
      const ask = async (question, what) => {
        const before = await messages.count();
        await input.fill(question);
        await input.press('Enter');
        await eventually(async () => (await messages.count()) === before + 2, what);
        return (await messages.last().textContent()).replace(/\s+/g, ' ');
      };
      assert.match(await ask('on pago la contribució?', 'An answer offline'), /Pots pagar amb targeta/);
      assert.match(await ask('How can I pay the IBI tax?', 'An answer in English offline'), /You can pay by card/);
      await ask('vull parlar amb una persona', 'The hand-over offline');
      assert.equal(await messages.last().locator('a[href^="tel:"]').getAttribute('href'), 'tel:+34930000000');
      assert.ok(problems.consoleErrors.some((error) => /language data; it answers from the FAQ alone/.test(error)), 'it says it answers from the FAQ alone');

      // Back online: the language data comes, and with it what the FAQ alone cannot tell (this entry names the gual's
      // fee, not how much it is: not sure, with the closest questions).
      const languageData = page.waitForResponse((response) => /\/chunks\/language\.js$/.test(new URL(response.url()).pathname) && response.ok());
      await context.setOffline(false);
      await languageData;
      await eventually(async () => /No estic segur/.test(await ask('Quant es paga de gual?', 'An answer online')), 'Not sure of the gual’s fee, with the language data');
      assert.deepEqual(problems.pageErrors, []);
      assert.deepEqual(problems.foreignRequests, [], 'nothing leaves the site');
    } finally {
      await context.close();
    }
  });
});

/** The project ids the list shows on its second page, reached as a visitor would. */
async function secondPageIds() {
  const { context, page } = await openDemo();
  const shownIds = () =>
    page.locator('dc-project-list dc-project-card a.permalink').evaluateAll((links) =>
      links.map((link) => decodeURIComponent(new URL(link.href).hash.slice('#dc-project-'.length))),
    );
  try {
    await waitForCards(page);
    const firstIds = await shownIds();
    const firstTitle = (await cardTitles(page).first().textContent()).trim();
    await page.locator('dc-project-list nav').getByRole('button', { name: 'Següent' }).click();
    await page.waitForFunction(
      (firstTitle) => {
        const card = document.querySelector('dc-project-list').shadowRoot.querySelector('dc-project-card');
        const title = card?.shadowRoot?.querySelector('[part~="title"]')?.textContent.trim();
        return title && title !== firstTitle;
      },
      firstTitle,
      { timeout: 5000 },
    );
    const ids = await shownIds();
    assert.ok(ids.length > 0 && !ids.some((id) => firstIds.includes(id)), 'the second page shows other projects');
    return ids;
  } finally {
    await context.close();
  }
}
