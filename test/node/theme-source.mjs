// What the theme tests read from the sources: the default palettes of src/styles/shared.styles.ts, and WCAG's
// contrast ratio. Parsed from the source itself, so that the tests check the colours the elements really ship.

import { readFileSync } from 'node:fs';
import { repoFile } from './helpers.mjs';

export const readRepoFile = (path) => readFileSync(repoFile(path), 'utf8');

/**
 * The default colour of each public token, light and dark, from the shared styles: `{ light, dark, fallback }`, each a
 * map from the public name (`--dc-color-text`) to a hex colour. `fallback` is what a browser without `light-dark()` gets.
 */
export function defaultPalettes(source = readRepoFile('src/styles/shared.styles.ts')) {
  const light = new Map();
  const dark = new Map();
  const fallback = new Map();
  for (const [, name, value] of source.matchAll(/--_dc-[a-z-]+:\s*var\((--dc-[a-z0-9-]+),\s*(#[0-9a-f]{3,8}|light-dark\([^)]*\))\)/gi)) {
    const pair = /^light-dark\(\s*(#[0-9a-f]+),\s*(#[0-9a-f]+)\s*\)$/i.exec(value);
    if (pair) {
      light.set(name, pair[1].toLowerCase());
      dark.set(name, pair[2].toLowerCase());
    } else {
      fallback.set(name, value.toLowerCase());
    }
  }
  return { light, dark, fallback };
}

function channels(hex) {
  let digits = hex.replace('#', '');
  if (digits.length === 3) digits = [...digits].map((d) => d + d).join('');
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16) / 255);
}

/** Relative luminance (WCAG 2.2, with the sRGB threshold of IEC 61966-2-1). */
export function luminance(hex) {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two opaque colours, from 1 to 21. */
export function contrast(a, b) {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}
