// The examples of examples/ in Chromium, as the demo server shows them (issue 7): a React 19 app and a Vue 3 app
// bundled from their sources with the package's per-element entries, and the WordPress and Drupal snippets unchanged
// inside pages laid out like those systems'. Run after `npm run build`:
//   node --test test/e2e/examples.e2e.test.mjs
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { eventually, useDemo, watch } from './page.mjs';

const LOAD_TIMEOUT_MS = 15_000;

const demo = useDemo('examples');

/** Opens an example; `check` uses it; then nothing may have gone wrong on the page. */
async function withExample(path, check) {
  const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = watch(page, new URL(demo.server.url).origin);
  try {
    const response = await page.goto(new URL(path, demo.server.url).href);
    assert.equal(response.status(), 200);
    await check(page);
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], [], 'no error in the console');
    assert.deepEqual(problems.foreignRequests, [], 'nothing leaves the site');
  } finally {
    await context.close();
  }
}

const cardsOf = (page, list = 'dc-project-list') => page.locator(`${list} dc-project-card article`);
const mapStatus = async (page) => ((await page.locator('dc-proximity-map [part~="status"]').first().textContent()) ?? '').trim();

/** Checks the filter's first checkbox: the list's count changes. */
async function filterNarrowsList(page) {
  const status = page.locator('dc-project-list [part~="status"]');
  const before = ((await status.textContent()) ?? '').trim();
  await page.locator('dc-area-filter input[type="checkbox"]').first().check();
  await eventually(async () => ((await status.textContent()) ?? '').trim() !== before, 'The list following the filter');
}

describe('the examples', () => {
  test('plain HTML: the two lines of the README', async () => {
    await withExample('/examples/html/', async (page) => {
      await cardsOf(page).first().waitFor({ timeout: LOAD_TIMEOUT_MS });
      assert.match(((await page.locator('dc-project-list [part~="status"]').textContent()) ?? '').trim(), /\d+ projects/);
    });
  });

  test('React 19: the app’s state sets the map’s home property, and the map’s dc-home-change event sets the app’s state', async () => {
    await withExample('/examples/react/', async (page) => {
      await cardsOf(page).first().waitFor({ timeout: LOAD_TIMEOUT_MS });
      await eventually(async () => /Sabadell/.test(await mapStatus(page)), 'The map near Sabadell, the app’s first home', LOAD_TIMEOUT_MS);
      // React → element: the app's select changes the `home` property.
      await page.locator('select#home').selectOption('es-ine:17079');
      await eventually(async () => /Girona/.test(await mapStatus(page)), 'The map near Girona');
      // Element → React: the visitor chooses a council in the map, the app hears dc-home-change.
      const field = page.locator('dc-proximity-map input[role="combobox"]');
      await field.fill('lleida');
      await field.press('ArrowDown');
      await field.press('Enter');
      await eventually(async () => (await page.locator('#home-id').textContent()) === 'es-ine:25120', 'The app hearing the map');
      assert.equal(await page.locator('select#home').inputValue(), 'es-ine:25120');
      await eventually(async () => /Lleida/.test(await mapStatus(page)), 'The map near Lleida');
      // The filter, the list and the map take the feed the observatory was given as a property.
      await filterNarrowsList(page);
    });
  });

  test('Vue 3: the elements render from a Vue template, and the app hears dc-assistant-feedback', async () => {
    await withExample('/examples/vue/', async (page) => {
      await cardsOf(page).first().waitFor({ timeout: LOAD_TIMEOUT_MS });
      assert.equal(await page.locator('dc-project-list dc-project-card').count(), 6, 'page-size="6" from the template');
      // `:inline="true"`: the assistant's launcher and panel sit in the page's flow.
      const launcher = page.locator('dc-assistant .launcher');
      await launcher.waitFor({ timeout: LOAD_TIMEOUT_MS });
      assert.equal(await page.locator('dc-assistant').evaluate((assistant) => assistant.hasAttribute('inline')), true);
      await launcher.click();
      const input = page.locator('dc-assistant #input');
      await input.waitFor({ state: 'visible', timeout: LOAD_TIMEOUT_MS });
      await input.fill('¿cómo pago el IBI?');
      await input.press('Enter');
      const answer = page.locator('dc-assistant [role="log"] .msg .feedback').last();
      await answer.waitFor({ timeout: 5000 });
      await answer.getByRole('button', { name: 'Sí' }).click();
      // The event's detail reached the app: the verdict and the id of the entry that answered.
      await eventually(async () => /Valoraciones: 1 \(la última: útil, [a-z-]+\)/.test((await page.locator('#feedback').textContent()) ?? ''), 'The app hearing the feedback');
    });
  });

  test('WordPress: the Custom HTML block works as pasted', async () => {
    await withExample('/examples/wordpress/', async (page) => {
      await cardsOf(page).first().waitFor({ timeout: LOAD_TIMEOUT_MS });
      assert.equal(await page.locator('dc-project-list dc-project-card').count(), 6);
      await filterNarrowsList(page);
    });
  });

  test('Drupal: the Full HTML block works as pasted', async () => {
    await withExample('/examples/drupal/', async (page) => {
      await page.locator('dc-proximity-map [part~="marker"], dc-proximity-map [part~="cluster"]').first().waitFor({ timeout: LOAD_TIMEOUT_MS });
      await eventually(async () => /Sabadell/.test(await mapStatus(page)), 'The map near Sabadell', LOAD_TIMEOUT_MS);
      assert.match(await mapStatus(page), /proyectos a menos de/, 'in the page’s language (Spanish)');
    });
  });
});
