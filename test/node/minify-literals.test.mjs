import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyTemplateLiterals } from '../../tools/minify-literals.mjs';

test('html templates lose indentation but keep every newline and every expression', () => {
  const source = 'const t = html`\n    <p class="a  b">\n      ${x ? html`<b>  ${y}  </b>` : nothing}  text\n    </p>\n  `;';
  const out = minifyTemplateLiterals(source);
  assert.equal(out, 'const t = html`\n<p class="a b">\n${x ? html`<b> ${y} </b>` : nothing} text\n</p>\n`;');
  assert.equal(out.split('\n').length, source.split('\n').length);
});

test('css templates lose comments and spaces around punctuation', () => {
  const source = 'css`\n  /* why */\n  :host {\n    color: var(--x, red);\n  }\n  a :is(b, c) > d { margin: 0 calc(1rem + 2px); }\n`';
  assert.equal(minifyTemplateLiterals(source), 'css` :host{color:var(--x,red)}a :is(b,c) > d{margin:0 calc(1rem + 2px)}`');
});

test('strings, comments, untagged templates and braces in expressions are left alone', () => {
  const source = "const s = '`  html`'; // html`  x`\nconst u = `  keep  ${ {a: 1}.a }  `;\nconst h = html`${ {b: '}'}.b }  z`;";
  assert.equal(minifyTemplateLiterals(source), "const s = '`  html`'; // html`  x`\nconst u = `  keep  ${ {a: 1}.a }  `;\nconst h = html`${ {b: '}'}.b } z`;");
});
