import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contrast, defaultPalettes, readRepoFile } from './theme-source.mjs';

const TEXT = 4.5; // WCAG 1.4.3, text of normal size
const UI = 3; // WCAG 1.4.11, boundaries of controls and the focus ring

/**
 * The pairs the elements draw, [foreground, background, minimum, where]: every token used as a colour of text or of a
 * control's boundary, on every token the elements put it on.
 */
const pairs = [
  ['--dc-color-text', '--dc-color-surface', TEXT, 'text'],
  ['--dc-color-text', '--dc-color-subtle', TEXT, 'text on tags, chips, posts, answers, the summary'],
  ['--dc-color-muted', '--dc-color-surface', TEXT, 'secondary text'],
  ['--dc-color-muted', '--dc-color-subtle', TEXT, 'dates and notes on posts and answers'],
  ['--dc-color-accent', '--dc-color-surface', TEXT, 'links, quick replies; the focus ring'],
  ['--dc-color-accent', '--dc-color-subtle', TEXT, 'links in posts and answers; markers on the land'],
  ['--dc-color-surface', '--dc-color-accent', TEXT, "launcher, send, the visitor's messages, numbers on markers"],
  ['--dc-color-error', '--dc-color-surface', TEXT, 'error messages'],
  ['--dc-color-error', '--dc-color-subtle', TEXT, "a post's error outcome"],
  ['--dc-color-text', '--dc-mark-background', TEXT, 'matched words'],
  ['--dc-color-muted', '--dc-mark-background', TEXT, "matched words in a card's council line"],
  ['--dc-color-accent', '--dc-mark-background', TEXT, 'matched words in links'],
  ['--dc-color-border', '--dc-color-surface', UI, 'borders of buttons and fields'],
  ['--dc-color-border', '--dc-color-subtle', UI, 'buttons on posts and answers, outlines on the land'],
];

function check(palette, name) {
  const failures = [];
  const ratios = {};
  for (const [fg, bg, minimum, where] of pairs) {
    const ratio = contrast(palette.get(fg), palette.get(bg));
    ratios[`${fg} on ${bg}`] = Number(ratio.toFixed(2));
    if (ratio < minimum) failures.push(`${name}: ${fg} ${palette.get(fg)} on ${bg} ${palette.get(bg)} is ${ratio.toFixed(2)}:1, under ${minimum}:1 (${where})`);
  }
  return { failures, ratios };
}

const { light, dark, fallback } = defaultPalettes();

describe('default palettes (src/styles/shared.styles.ts)', () => {
  it('has a light and a dark default for every colour token the pairs use', () => {
    for (const name of new Set(pairs.flatMap(([fg, bg]) => [fg, bg]))) {
      assert.ok(light.has(name) && dark.has(name), `${name} has no light-dark() default`);
    }
  });

  it('gives browsers without light-dark() the light palette', () => {
    assert.deepEqual(fallback, light);
  });

  for (const [name, palette] of [['light', light], ['dark', dark]]) {
    it(`${name}: text 4.5:1, borders and focus ring 3:1`, (t) => {
      const { failures, ratios } = check(palette, name);
      t.diagnostic(JSON.stringify(ratios));
      assert.deepEqual(failures, []);
    });
  }
});

describe('fixed colours of the project card', () => {
  it('phase badges: 4.5:1 for their text, 3:1 for their border against the badge', () => {
    const styles = readRepoFile('src/components/project-card/project-card.styles.ts');
    const badges = [...styles.matchAll(/\[data-phase='([a-z]+)'\]\s*\{([^}]*)\}/g)];
    assert.equal(badges.length, 3);
    for (const [, phase, body] of badges) {
      const value = (property) => new RegExp(`(?:^|\\s)${property}:\\s*(#[0-9a-f]{6})`, 'i').exec(body)?.[1];
      assert.ok(contrast(value('color'), value('background')) >= TEXT, `${phase} text`);
      assert.ok(contrast(value('border-color'), value('background')) >= UI, `${phase} border`);
    }
  });
});

describe('the example council theme (demo/themes/council.css)', () => {
  it('keeps every pair at AA on top of the defaults it does not change', (t) => {
    const css = readRepoFile('demo/themes/council.css');
    const palette = new Map(light);
    for (const [, name, value] of css.matchAll(/(--dc-[a-z-]+):\s*(#[0-9a-f]{3,6})\s*;/gi)) palette.set(name, value.toLowerCase());
    assert.notDeepEqual(palette, light, 'the theme sets no colour token');
    const { failures, ratios } = check(palette, 'council');
    t.diagnostic(JSON.stringify(ratios));
    assert.deepEqual(failures, []);
    // Its focus ring has its own colour: 3:1 on the surfaces it is drawn over.
    const ring = /--dc-focus-ring:\s*[^;]*?(#[0-9a-f]{6})/i.exec(css)?.[1];
    assert.ok(ring, 'the theme sets a focus ring colour');
    for (const bg of ['--dc-color-surface', '--dc-color-subtle']) assert.ok(contrast(ring, palette.get(bg)) >= UI, `focus ring on ${bg}`);
  });
});
