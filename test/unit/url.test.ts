import { expect } from '@open-wc/testing';
import { mailtoUrl, resolveHttpUrl, resolveUrl, telUrl } from '../../src/feed/url.js';

describe('links from the feed', () => {
  it('links only https, http, mailto and tel, resolving relative URLs', () => {
    expect(resolveUrl('doc.pdf', 'https://a.example/feed/')).to.equal('https://a.example/feed/doc.pdf');
    expect(resolveUrl('//b.example/x', 'https://a.example/')).to.equal('https://b.example/x');
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x', 'vbscript:x', 'file:///etc/passwd', '']) {
      expect(resolveUrl(bad, 'https://a.example/'), bad).to.equal(undefined);
    }
    expect(resolveHttpUrl('mailto:a@b.example')).to.equal(undefined);
  });

  it('dials the number people wrote, extension included, and nothing when it has letters', () => {
    expect(telUrl('+34 93 000 00 00')).to.equal('tel:+34930000000');
    expect(telUrl('(93) 000-00-00')).to.equal('tel:930000000');
    expect(telUrl('+34 93 000 00 00 ext. 45')).to.equal('tel:+34930000000;ext=45');
    expect(telUrl('930 000 000 x12')).to.equal('tel:930000000;ext=12');
    expect(telUrl('1-800-FLOWERS')).to.equal(undefined);
    expect(telUrl('010')).to.equal('tel:010');
    expect(telUrl('call us')).to.equal(undefined);
  });

  it('writes mailto links with an encoded subject, and refuses what is not an address', () => {
    expect(mailtoUrl('oac@girona.example', 'Visita: OAC & co')).to.equal('mailto:oac@girona.example?subject=Visita%3A%20OAC%20%26%20co');
    expect(mailtoUrl('not an address')).to.equal(undefined);
    expect(mailtoUrl('a@b.example?bcc=x@y.example')).to.equal(undefined);
  });
});
