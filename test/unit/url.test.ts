import { expect } from '@open-wc/testing';
import { resolveHttpUrl, resolveUrl } from '../../src/feed/url.js';
import { mailtoUrl, telUrl } from '../../src/feed/links.js';

describe('links from the feed', () => {
  it('links only https, http, mailto and tel, resolving relative URLs', () => {
    expect(resolveUrl('doc.pdf', 'https://a.example/feed/')).to.equal('https://a.example/feed/doc.pdf');
    expect(resolveUrl('//b.example/x', 'https://a.example/')).to.equal('https://b.example/x');
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x', 'vbscript:x', 'file:///etc/passwd', '']) {
      expect(resolveUrl(bad, 'https://a.example/'), bad).to.equal(undefined);
    }
    expect(resolveHttpUrl('mailto:a@b.example')).to.equal(undefined);
  });

  it('reads a URL written as the parser writes it without parsing, and every other one through the parser', () => {
    const urls = [
      'https://ajuntament.example/projectes/xat?lang=ca&x=1#top',
      'https://a.example/',
      'http://a.example/x%20y/%zz',
      'https://a.example/x?',
      'https://a.example/x#',
      'https://A.example/X',
      'HTTPS://a.example/x',
      'https://a.example',
      'https://a.example:443/x',
      'https://a.example/./x',
      'https://a.example/a/../x',
      'https://a.example/a/%2E%2e/x',
      'https://a.example/.well-known/x',
      'https://xn--mnich-kva.example/x',
      'https://a.xn--p1ai/x',
      'https://a.0x7f/x',
      'https://127.0.0.1/x',
      'https://user@a.example/x',
      'https://a.example/x y',
      "https://a.example/x?it's",
      'https://a.example/x?a=<b>',
      'https://a..example/x',
      'https://a.example./x',
      'https://a.example/x\\y',
      'https://a.example/ü',
      'https://a.example/x#a b',
    ];
    for (const url of urls) {
      let expected: string | undefined;
      try {
        expected = new URL(url).href;
      } catch {
        expected = undefined;
      }
      expect(resolveUrl(url), url).to.equal(expected);
      expect(resolveHttpUrl(` ${url} `, 'https://base.example/'), url).to.equal(expected);
    }
  });

  it('dials the number people wrote, extension included, and nothing when it has letters or is two numbers', () => {
    expect(telUrl('+34 93 000 00 00')).to.equal('tel:+34930000000');
    expect(telUrl('(93) 000-00-00')).to.equal('tel:930000000');
    expect(telUrl('+34 93 000 00 00 ext. 45')).to.equal('tel:+34930000000;ext=45');
    expect(telUrl('930 000 000 x12')).to.equal('tel:930000000;ext=12');
    expect(telUrl('1-800-FLOWERS')).to.equal(undefined);
    expect(telUrl('010')).to.equal('tel:010');
    expect(telUrl('call us')).to.equal(undefined);
    // Two numbers would be dialled as one: no link (a number has at most 15 digits).
    expect(telUrl('93 000 00 00 / 93 000 00 01')).to.equal(undefined);
    expect(telUrl('93 000 00 00 - 600 000 000')).to.equal(undefined);
    expect(telUrl('012 / 93 000 00 00')).to.equal(undefined);
    expect(telUrl('112 / 061')).to.equal(undefined);
    expect(telUrl('+34 600 000 000 000')).to.equal('tel:+34600000000000');
  });

  it('writes mailto links with an encoded subject, and refuses what is not an address', () => {
    expect(mailtoUrl('oac@girona.example', 'Visita: OAC & co')).to.equal('mailto:oac@girona.example?subject=Visita%3A%20OAC%20%26%20co');
    expect(mailtoUrl('not an address')).to.equal(undefined);
    expect(mailtoUrl('a@b.example?bcc=x@y.example')).to.equal(undefined);
  });
});
