import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyTemplateLiterals } from '../../tools/minify-literals.mjs';

test('html templates lose indentation and newlines, keep every expression, and the code keeps its lines', () => {
  const source = 'const t = html`\n    <p class="a  b">\n      ${x ? html`<b>  ${y}  </b>` : nothing}  text\n    </p>\n  `;\nf();';
  const out = minifyTemplateLiterals(source);
  // The template's newlines move into the code after its text: `x` and `f()` stay on their lines (source maps).
  assert.equal(out, 'const t = html` <p class="a b"> ${\n\nx ? html`<b> ${y} </b>` : nothing} text </p> `\n\n;\nf();');
  assert.equal(out.split('\n').length, source.split('\n').length);
});

test('html attribute values lose quotes they do not need, only where they are certainly whole attribute values', () => {
  const source =
    'html`<div part="map" class="a b" tabindex="-1" ${ref(x)} r=\'s\' t="u ${v} w" x="y">He said x="hi"</div>' +
    '<!-- a="b" --><svg viewBox="0 0 2"><path d="M1"/><path d="M1" /></svg><i a="b"${c} f="" g = "h">`';
  assert.equal(
    minifyTemplateLiterals(source),
    'html`<div part=map class="a b" tabindex=-1 ${ref(x)} r=s t="u ${v} w" x=y>He said x="hi"</div>' +
      '<!-- a="b" --><svg viewBox="0 0 2"><path d="M1"/><path d=M1 /></svg><i a="b"${c} f="" g = "h">`',
  );
});

test('css templates lose comments, spaces around punctuation and zeros before a decimal point', () => {
  const source = 'css`\n  /* why */\n  :host {\n    color: var(--x, red);\n  }\n  a :is(b, c) > d ~ e { margin: 0 calc(1rem + 2px) 0.5rem; }\n`';
  assert.equal(minifyTemplateLiterals(source), 'css`:host{color:var(--x,red)}a :is(b,c)>d~e{margin:0 calc(1rem + 2px) .5rem}`\n\n\n\n\n\n');
});

test('css strings stay as they are; comments go even with a quote in them; plain attribute values lose their quotes', () => {
  const source = "css`/* the marker's ring */ .a[aria-selected='true'] , .b[x='1 2'] { content: ' , ' / ''; color: rgb(0 0 0 / 0.5); }`";
  assert.equal(minifyTemplateLiterals(source), "css`.a[aria-selected=true],.b[x='1 2']{content:' , '/'';color:rgb(0 0 0/.5)}`");
});

test('strings, comments, untagged templates and braces in expressions are left alone', () => {
  const source = "const s = '`  html`'; // html`  x`\nconst u = `  keep  ${ {a: 1}.a }  `;\nconst h = html`${ {b: '}'}.b }  z`;";
  assert.equal(minifyTemplateLiterals(source), "const s = '`  html`'; // html`  x`\nconst u = `  keep  ${ {a: 1}.a }  `;\nconst h = html`${ {b: '}'}.b } z`;");
});
