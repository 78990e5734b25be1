import { expect } from '@open-wc/testing';
import { sanitizeHtml } from '../../src/sanitize.js';

/*
 * A page that requires Trusted Types for script sinks (its own window: the runner gives each test file one). Without a
 * policy, DOMParser.parseFromString refuses a plain string there; the sanitizer brings its own.
 */
describe('the sanitizer on a page that requires Trusted Types', () => {
  before(() => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "require-trusted-types-for 'script'";
    document.head.append(meta);
  });

  it('the page really refuses a plain string where HTML is parsed', () => {
    expect(() => new DOMParser().parseFromString('<p>x</p>', 'text/html')).to.throw(TypeError);
  });

  it('still turns feed HTML into safe nodes, with no violation', () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
    const fragment = sanitizeHtml('<p>Hola <a href="javascript:alert(1)">món</a> <img src=x onerror=alert(1)><script>alert(1)</script></p>', 'https://example.org/');
    const wrapper = document.createElement('div');
    wrapper.append(fragment);
    expect(wrapper.innerHTML).to.equal('<p>Hola món </p>');
    expect(violations).to.deep.equal([]);
  });
});
