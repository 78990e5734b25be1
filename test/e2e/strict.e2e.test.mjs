// Every element on the two pages a council's site can be hardest on (issue 7): demo/strict.html, served with
// `Content-Security-Policy: default-src 'self'; style-src 'self'; require-trusted-types-for 'script'`, and
// demo/hostile.html, under a global stylesheet of resets and !important rules. Run after `npm run build`:
//   node --test test/e2e/strict.e2e.test.mjs
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { STRICT_POLICY } from '../../tools/serve.mjs';
import { eventually, useDemo, watch } from './page.mjs';

const LOAD_TIMEOUT_MS = 15_000;

const demo = useDemo('strict');

async function open(path, viewport = { width: 1280, height: 900 }) {
  const context = await demo.browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = watch(page, new URL(demo.server.url).origin);
  // Before any script of the page: every report of a blocked script, style or HTML sink (Trusted Types included).
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}: ${event.sample}`);
    });
  });
  const response = await page.goto(new URL(path, demo.server.url).href);
  return { context, page, problems, response };
}

/** Waits until each element on the strict or hostile page shows its content. */
async function waitForEveryElement(page) {
  const shown = (selector) => page.locator(selector).first().waitFor({ timeout: LOAD_TIMEOUT_MS });
  await shown('dc-project-list dc-project-card article');
  await shown('dc-project-card[project-id] article');
  await shown('dc-area-filter input[type="checkbox"]');
  await shown('dc-proximity-map [part~="marker"], dc-proximity-map [part~="cluster"]');
  await eventually(async () => (await page.locator('dc-proximity-map svg path[data-part="es-08"]').count()) > 0, 'Drawing the municipalities', LOAD_TIMEOUT_MS);
  await shown('dc-forum-thread .thread-row button');
  await shown('dc-assistant .launcher');
}

describe('a page with a strict Content Security Policy and Trusted Types', () => {
  test('every element works, and the browser reports no violation', async () => {
    const { context, page, problems, response } = await open('/demo/strict.html');
    try {
      assert.equal(response.headers()['content-security-policy'], STRICT_POLICY, 'the page comes with the policy');
      // The policy is in force: a plain string into an HTML sink, and an inline style attribute, are refused.
      const enforced = await page.evaluate(async () => {
        const probe = document.createElement('div');
        let refusedHtml = false;
        try {
          // eslint-disable-next-line no-restricted-syntax -- the probe: a plain string into an HTML sink must be refused
          probe.innerHTML = '<b>x</b>';
        } catch {
          refusedHtml = true;
        }
        probe.setAttribute('style', 'color: red');
        document.body.append(probe);
        const refusedStyle = getComputedStyle(probe).color !== 'rgb(255, 0, 0)';
        probe.remove();
        await new Promise((wake) => setTimeout(wake, 100)); // reports arrive as events, after the fact
        const seen = window.violations.length;
        window.violations = [];
        return { refusedHtml, refusedStyle, seen };
      });
      assert.deepEqual(enforced, { refusedHtml: true, refusedStyle: true, seen: 2 }, 'the browser enforces the policy and reports what it refuses');
      problems.consoleErrors.length = 0; // the browser also logged the two refusals

      await waitForEveryElement(page);

      // The list and the filter: choosing an area narrows the list.
      const list = page.locator('dc-project-list');
      const count = async () => (await list.locator('[part~="status"]').textContent()).trim();
      const before = await count();
      await page.locator('dc-area-filter input[type="checkbox"]').first().check();
      await eventually(async () => (await count()) !== before, 'The list following the filter');

      // The card on its own shows its details (the feed's HTML, sanitized through the library's Trusted Types policy);
      // a card of the list opens them on demand.
      const card = page.locator('dc-project-card[project-id]');
      await eventually(async () => (await card.locator('article').innerText()).length > 400, 'The card’s details');
      const listed = list.locator('dc-project-card').first();
      await listed.locator('button.disclosure').click();
      await eventually(async () => (await listed.locator('#details').innerText()).length > 100, 'A listed card’s details');

      // The map: markers are placed where their councils are (a style attribute would be refused: they would all sit
      // in the corner), and a marker opens its popup of cards.
      const map = page.locator('dc-proximity-map');
      await map.scrollIntoViewIfNeeded();
      const placed = await map.locator('[part~="marker"], [part~="cluster"]').evaluateAll((markers) =>
        markers.map((marker) => getComputedStyle(marker).transform),
      );
      assert.ok(placed.length > 1 && placed.every((transform) => transform !== 'none'), `markers placed: ${placed.join(', ')}`);
      assert.ok(new Set(placed).size > 1, 'markers at different places');
      await map.locator('[part~="marker"], [part~="cluster"]').first().click();
      const popup = map.locator('[part~="popup"]');
      await popup.waitFor({ state: 'visible', timeout: 5000 });
      await eventually(async () => (await popup.locator('dc-project-card').count()) > 0, 'The popup’s cards');
      const box = await popup.boundingBox();
      assert.ok(box && box.y > 0 && box.x > 0, 'the popup is placed beside its marker, not at the corner of the window');
      await page.keyboard.press('Escape');

      // The forum: a discussion opens and its posts show (Discourse-style HTML goes through the sanitizer).
      const forum = page.locator('dc-forum-thread');
      await forum.locator('.thread-row button').first().click();
      await eventually(async () => (await forum.locator('article.post').count()) > 0, 'The discussion’s posts');

      // The assistant: its panel opens where Floating UI puts it and answers.
      const assistant = page.locator('dc-assistant');
      await assistant.locator('.launcher').click();
      await assistant.locator('#input').fill('com pago els impostos?');
      await assistant.locator('#input').press('Enter');
      await eventually(async () => (await assistant.locator('[role="log"] .msg').count()) >= 3, 'The assistant’s answer');
      const panel = await assistant.locator('[part~="panel"]').boundingBox();
      assert.ok(panel && panel.width > 200 && panel.y >= 0, 'the panel is placed in the window');

      await page.waitForLoadState('networkidle');
      assert.deepEqual(await page.evaluate(() => window.violations), [], 'no violation reported');
      assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], [], 'no error in the console');
      assert.deepEqual(problems.foreignRequests, [], 'nothing leaves the site');
    } finally {
      await context.close();
    }
  });
});

const MEASURED = ['dc-area-filter', 'dc-project-list', 'dc-project-card', 'dc-proximity-map', 'dc-forum-thread', 'dc-assistant'];

/**
 * Everything that makes up the elements' layout, measured inside their shadow roots (nested ones included): for each
 * element on the page, its box, whether anything in it runs past its right edge, the boxes of its cards, map viewport,
 * markers and icons, the box-sizing its insides use, and every control smaller than a 24 px target.
 */
function measure(page) {
  return page.evaluate((tags) => {
    const round = (value) => Math.round(value);
    const rect = (element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return { x: round(x), y: round(y), width: round(width), height: round(height) };
    };
    const inside = (root) => {
      const all = [];
      const walk = (node) => {
        for (const element of node.querySelectorAll('*')) {
          all.push(element);
          if (element.shadowRoot) walk(element.shadowRoot);
        }
      };
      walk(root);
      return all;
    };
    const visible = (element) => {
      const { width, height } = element.getBoundingClientRect();
      return width > 0 && height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    return Object.fromEntries(
      tags.map((tag) => {
        const host = document.querySelector(tag === 'dc-project-card' ? 'dc-project-card[project-id]' : tag);
        const box = host.getBoundingClientRect();
        const elements = inside(host.shadowRoot).filter(visible);
        // Whatever is clipped by an ancestor that scrolls or hides overflow (the map's viewport), or floats in the
        // window (the assistant's launcher and panel, popups), is not laid out in the element's box.
        const free = (element) => {
          if (getComputedStyle(element).position === 'fixed') return true;
          for (let parent = element.parentElement ?? element.getRootNode().host; parent && parent !== host; parent = parent.parentElement ?? parent.getRootNode().host) {
            const style = getComputedStyle(parent);
            if (style.overflowX !== 'visible' || style.position === 'fixed') return true;
          }
          return false;
        };
        const overflowing = elements
          .filter((element) => element.getBoundingClientRect().right > box.right + 1 && !free(element))
          .map((element) => `${element.localName}.${element.className?.baseVal ?? element.className}`);
        const targets = elements
          .filter((element) => element.matches('button, input, select, summary, [role="option"]') && getComputedStyle(element).position !== 'fixed')
          .filter((element) => {
            // A checkbox's target includes its label (a click on the label checks it).
            const boxes = [element, ...(element.labels ?? [])].map((target) => target.getBoundingClientRect());
            const width = Math.max(...boxes.map((box) => box.width));
            const height = Math.max(...boxes.map((box) => box.height));
            // Hidden from everyone (the forum's honeypot for robots) is not a target.
            return (width < 24 || height < 24) && !element.closest('.visually-hidden, [aria-hidden="true"]');
          })
          .map((element) => `${element.localName}#${element.id}.${element.className} ${rect(element).width}×${rect(element).height}`);
        // Relative to the element: the hostile sheet moves the page's own boxes around it.
        const layout = (selector) =>
          elements.filter((element) => element.matches(selector)).map((element) => ({ ...rect(element), x: round(element.getBoundingClientRect().x - box.x) }));
        return [
          tag,
          {
            host: { x: round(box.x), width: round(box.width) },
            overflowing,
            targets,
            boxSizing: [...new Set(elements.map((element) => getComputedStyle(element).boxSizing))],
            cards: layout('article').map(({ x, width }) => ({ x, width })),
            fixed: layout('.viewport, [part~="marker"], [part~="cluster"], .launcher, svg:not(.shapes svg):not([part~="map"]):not(.bar-track)').map(({ width, height }) => ({ width, height })),
            columns: new Set(layout('article').map(({ x }) => x)).size,
          },
        ];
      }),
    );
  }, MEASURED);
}

/**
 * The measures once the elements have settled after a change of their width or of the page's styles: the map refits
 * its view and clusters its markers again after a resize, so two measures a moment apart must agree.
 */
async function settled(page) {
  let last = await measure(page);
  for (let tries = 0; tries < 20; tries++) {
    await page.waitForTimeout(250);
    const next = await measure(page);
    if (JSON.stringify(next) === JSON.stringify(last)) return next;
    last = next;
  }
  assert.fail('the elements did not settle within 5 s');
}

/** The same boxes, to 2 px (text measured in another letter spacing rounds differently). */
function assertClose(actual, expected, what) {
  assert.equal(actual.length, expected.length, `${what}: as many`);
  actual.forEach((box, index) => {
    for (const [key, value] of Object.entries(box)) {
      assert.ok(Math.abs(value - expected[index][key]) <= 2, `${what}: ${key} ${value} instead of ${expected[index][key]} (#${index})`);
    }
  });
}

describe('a page with hostile global CSS', () => {
  test('the elements keep their layout under resets and !important rules on *, button, a and svg', async () => {
    const { context, page, problems } = await open('/demo/hostile.html');
    try {
      await waitForEveryElement(page);
      // The hostile sheet also changes the page's own layout (its margins and paddings), and with it the room the
      // elements get: both measures give every element the same width, so that only what happens inside them counts.
      await page.addStyleTag({ content: `${MEASURED.join(', ')} { width: 720px !important; }` });
      const hostile = await settled(page);
      await page.evaluate(() => {
        document.getElementById('hostile').disabled = true;
      });
      const clean = await settled(page);
      for (const [tag, under] of Object.entries(hostile)) {
        const without = clean[tag];
        assert.deepEqual(under.overflowing, [], `${tag}: nothing runs past its right edge`);
        assert.deepEqual(under.targets, [], `${tag}: every control is at least 24×24 px`);
        assert.deepEqual(under.boxSizing, ['border-box'], `${tag}: its insides keep border-box sizing`);
        assert.equal(under.host.width, without.host.width, `${tag}: the same width`);
        assertClose(under.cards, without.cards, `${tag}: cards in the same columns, of the same widths`);
        assert.equal(under.columns, without.columns, `${tag}: as many columns`);
        assertClose(under.fixed, without.fixed, `${tag}: map, markers, icons and launcher of the same sizes`);
      }
      assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
    } finally {
      await context.close();
    }
  });
});
