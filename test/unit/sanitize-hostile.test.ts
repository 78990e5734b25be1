import { expect } from '@open-wc/testing';
import { sanitizeHtml } from '../../src/sanitize.js';

const base = 'https://council.example/projects/';
const render = (html: string): HTMLDivElement => {
  const div = document.createElement('div');
  div.append(sanitizeHtml(html, base));
  return div;
};

describe('sanitizeHtml against what real and hostile feeds send', () => {
  it('keeps the words of an image, and drops a link that would have no name', () => {
    const out = render('<a href="report.pdf"><img src="https://tracker.example/p.gif" alt="Annual report"></a><a href="x.html"><img src="y.png"></a>');
    expect(out.querySelectorAll('img')).to.have.length(0);
    const links = out.querySelectorAll('a');
    expect(links).to.have.length(1);
    expect(links[0].textContent).to.equal('Annual report');
    expect(links[0].getAttribute('href')).to.equal('https://council.example/projects/report.pdf');
  });

  it('keeps blocks, tables and definition lists apart instead of gluing their words', () => {
    const out = render('<div>Line one</div><section>Line two</section><table><tr><th>Cost</th><td>2000</td></tr></table><dl><dt>Term</dt><dd>Definition</dd></dl>');
    expect([...out.children].map((e) => e.localName)).to.deep.equal(['div', 'div', 'table', 'dl']);
    expect(out.querySelector('td')?.textContent).to.equal('2000');
    expect(out.querySelector('section'), 'no landmark elements from the feed').to.equal(null);
  });

  it('shows very large or tag-heavy HTML as text without parsing it', () => {
    const deep = `${'<div>'.repeat(40_000)}deep text${'</div>'.repeat(40_000)}`;
    const started = performance.now();
    const out = render(deep);
    expect(performance.now() - started, 'no multi-second parse').to.be.below(1000);
    expect(out.textContent?.trim()).to.equal('deep text');
    expect(out.querySelectorAll('div')).to.have.length(0);
  });

  it('never shows the text of scripts or styles, even past the nesting limit', () => {
    const nested = `${'<span>'.repeat(40)}<style>.x{color:red}</style><script>var secret=1</script>visible${'</span>'.repeat(40)}`;
    const out = render(nested);
    expect(out.textContent).to.equal('visible');
  });
});
