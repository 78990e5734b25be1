import { expect } from '@open-wc/testing';
import { sanitizeHtml } from '../../src/sanitize.js';

const BASE = 'https://observatori.example/projectes/';

/** The sanitized markup as a string, to compare structure (never fed back into the DOM). */
function clean(html: string): string {
  const box = document.createElement('div');
  box.append(sanitizeHtml(html, BASE));
  return box.innerHTML;
}

declare global {
  interface Window {
    __pwned?: boolean;
  }
}

describe('sanitizeHtml', () => {
  afterEach(() => {
    delete window.__pwned;
  });

  it('keeps the allowed formatting elements', () => {
    expect(clean('<p>Un <strong>pas</strong> <em>més</em> <code>x</code><br>línia</p><ul><li>a</li></ul><ol><li>b</li></ol>')).to.equal(
      '<p>Un <strong>pas</strong> <em>més</em> <code>x</code><br>línia</p><ul><li>a</li></ul><ol><li>b</li></ol>',
    );
    expect(clean('<blockquote><p>cita</p></blockquote><pre>a  b</pre><abbr title="x">OAC</abbr><small>s</small><sub>1</sub><sup>2</sup>')).to.equal(
      '<blockquote><p>cita</p></blockquote><pre>a  b</pre><abbr>OAC</abbr><small>s</small><sub>1</sub><sup>2</sup>',
    );
  });

  it('drops scripts and their content', () => {
    expect(clean('<p>abans</p><script>window.__pwned = true</script><p>després</p>')).to.equal('<p>abans</p><p>després</p>');
  });

  it('drops event handler, style, id and class attributes', () => {
    const out = clean('<p id="x" class="y" style="color:red" onclick="window.__pwned=true" onmouseover="x()">text</p>');
    expect(out).to.equal('<p>text</p>');
  });

  it('drops images, so an onerror handler never runs', async () => {
    const fragment = sanitizeHtml('<img src="x" onerror="window.__pwned = true"><p>ok</p>', BASE);
    document.body.append(fragment);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.__pwned).to.equal(undefined);
    expect(document.body.querySelector('img')).to.equal(null);
    document.body.querySelector(':scope > p')?.remove();
  });

  it('unlinks javascript: and data: links but keeps their text', () => {
    expect(clean('<a href="javascript:window.__pwned=true">Vota</a>')).to.equal('Vota');
    expect(clean('<a href=" JaVaScRiPt:alert(1)">x</a>')).to.equal('x');
    expect(clean('<a href="java&#x09;script:alert(1)">y</a>')).to.equal('y');
    expect(clean('<a href="data:text/html,<script>alert(1)</script>">z</a>')).to.equal('z');
    expect(clean('<a>no href</a>')).to.equal('no href');
  });

  it('keeps https, http, mailto and tel links, absolute, with a safe rel and no target', () => {
    const box = document.createElement('div');
    box.append(
      sanitizeHtml(
        '<a href="reglament.html" target="_blank" onclick="x()">r</a><a href="http://a.example/">h</a><a href="mailto:oac@reus.example">m</a><a href="tel:+34977000000">t</a>',
        BASE,
      ),
    );
    const links = [...box.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://observatori.example/projectes/reglament.html',
      'http://a.example/',
      'mailto:oac@reus.example',
      'tel:+34977000000',
    ]);
    for (const a of links) {
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer nofollow');
      expect(a.getAttributeNames().sort()).to.deep.equal(['href', 'rel']);
    }
  });

  it('drops style, template, iframe, object, embed, form and noscript with their content', () => {
    expect(
      clean(
        '<style>p{display:none}</style><template><p>t</p></template><iframe src="https://evil.example"></iframe>' +
          '<object data="x">o</object><embed src="x"><form><p>f</p></form><noscript><p>n</p></noscript><p>kept</p>',
      ),
    ).to.equal('<p>kept</p>');
  });

  it('drops svg and math, including the nested tricks used for mutation XSS', () => {
    expect(clean('<svg><script>window.__pwned=true</script><a href="javascript:x">s</a></svg>')).to.equal('');
    expect(clean('<math><mi><style><img src=x onerror=window.__pwned=true></style></mi></math>')).to.equal('');
    expect(
      clean('<form><math><mtext></form><form><mglyph><style></math><img src onerror=window.__pwned=true>'),
    ).to.not.contain('<img');
    expect(clean('<svg></p><style><a id="</style><img src=1 onerror=window.__pwned=true>">')).to.not.contain('<img');
  });

  it('unwraps unknown elements and keeps their text', () => {
    expect(clean('<p><span class="x">hola</span> <font color="red">món</font></p>')).to.equal('<p>hola món</p>');
  });

  it('turns headings into bold paragraphs so they never outrank the card heading', () => {
    expect(clean('<h1>Un</h1><h2>Dos <em>i</em></h2><h6>Sis</h6>')).to.equal(
      '<p><strong>Un</strong></p><p><strong>Dos <em>i</em></strong></p><p><strong>Sis</strong></p>',
    );
  });

  it('keeps entities as text, never as markup', () => {
    const fragment = sanitizeHtml('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;cometes&quot; &eacute;</p>', BASE);
    expect(fragment.textContent).to.equal('<script>alert(1)</script> & "cometes" é');
    expect(fragment.querySelector('script')).to.equal(null);
  });

  it('drops comments', () => {
    expect(clean('<p>a<!-- <script>x</script> -->b</p>')).to.equal('<p>ab</p>');
  });

  it('flattens absurdly deep nesting to text instead of recursing', () => {
    const deep = '<em>'.repeat(5000) + 'fons' + '</em>'.repeat(5000);
    const fragment = sanitizeHtml(deep, BASE);
    expect(fragment.textContent).to.equal('fons');
  });

  it('builds nodes owned by this document', () => {
    const fragment = sanitizeHtml('<p>x</p>', BASE);
    expect(fragment.ownerDocument).to.equal(document);
    expect(fragment.firstChild?.ownerDocument).to.equal(document);
  });

  it('cleans the content_html of a real JSON Feed (jsonfeed.org podcast example)', async () => {
    const feed = await (await fetch('/test/fixtures/external/jsonfeed-1.1-podcast.json')).json();
    const item = feed.items[0];
    const box = document.createElement('div');
    box.append(sanitizeHtml(item.content_html, item.url));
    expect(box.textContent).to.equal(item.content_text);
    expect([...box.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
      ['Adobe', 'http://adobe.com/'],
      ['Napkin', 'http://aged-and-distilled.com/napkin/'],
      ['Bainbridge Island', 'http://www.ci.bainbridge-isl.wa.us/'],
    ]);
  });
});
