/**
 * The one way feed HTML (`content_html`) reaches the page.
 *
 * The input is parsed by `DOMParser` into an inert document (no scripts run, nothing loads), then a
 * NEW fragment is built from it, element by element, keeping only an allowlist. Nothing is ever
 * serialized and parsed again, so parser round-trip tricks (mXSS) have no second parse to exploit.
 */
import { resolveUrl } from './feed/url.js';

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Kept as they are, without attributes (except `a[href]`). */
const ALLOWED = new Set([
  'p', 'br', 'hr', 'div', 'strong', 'b', 'em', 'i', 'u', 's', 'mark', 'q', 'cite', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'blockquote', 'code', 'pre', 'a', 'abbr', 'small', 'sub', 'sup', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
]);

/** Sectioning and other blocks become plain `div`s: they keep the text apart without adding landmarks to the page. */
const BLOCKS = new Set(['section', 'article', 'header', 'footer', 'aside', 'main', 'nav', 'figure', 'figcaption', 'address', 'details', 'summary', 'center']);

/** Dropped with everything inside: code, styles, embedded documents, foreign markup, forms. */
const DROPPED = new Set([
  'script', 'style', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'form', 'noscript',
  'frame', 'frameset', 'noembed', 'noframes', 'head', 'title', 'link', 'meta', 'base',
  'textarea', 'select', 'button', 'input', 'canvas', 'video', 'audio', 'picture', 'source',
]);

/** Headings in a description would break the card's outline, so they become bold paragraphs. */
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Deeper nesting is flattened to text: no honest description needs it, and it bounds the recursion. */
const MAX_DEPTH = 32;

/**
 * Past these, the HTML is not parsed at all but shown as text: the browser's parser takes quadratic time on deeply
 * nested markup (tens of thousands of tags freeze the page for seconds), and no project description needs as much.
 */
const MAX_LENGTH = 100_000;
const MAX_TAGS = 3_000;

const LINK_REL = 'noopener noreferrer nofollow';

type Policy = { createHTML(input: string): unknown };
let policy: Policy | null | undefined;

/**
 * The HTML as `DOMParser` takes it on a page that requires Trusted Types (`require-trusted-types-for 'script'`): through
 * a policy of our own, which passes it unchanged, as it only ever becomes an inert document that is walked, never
 * inserted. Without Trusted Types (or if the page's `trusted-types` list does not allow the name), the string itself.
 */
function inert(html: string): unknown {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createHTML(input: string): string }): Policy } }).trustedTypes;
    try {
      policy = factory?.createPolicy('digicanvis', { createHTML: (input) => input }) ?? null;
    } catch {
      policy = null;
    }
  }
  return policy ? policy.createHTML(html) : html;
}

/**
 * Turns untrusted HTML into a fragment of safe nodes owned by the current document.
 * `baseUrl` resolves relative links; links that are not https, http, mailto or tel lose their
 * `href` and keep their text.
 */
export function sanitizeHtml(html: string, baseUrl: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  if (html.length > MAX_LENGTH || (html.match(/</g)?.length ?? 0) > MAX_TAGS) {
    const paragraph = fragment.appendChild(document.createElement('p'));
    paragraph.textContent = html.replace(/<[^>]*>?/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_LENGTH);
    return fragment;
  }
  const parsed = new DOMParser().parseFromString(inert(html) as string, 'text/html');
  copyChildren(parsed.body, fragment, baseUrl, 0);
  return fragment;
}

/** The text a reader would see in an element: what is inside dropped elements (scripts, styles) does not count. */
function visibleText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.nodeValue ?? '';
  if (node.nodeType !== Node.ELEMENT_NODE || DROPPED.has((node as Element).localName)) return '';
  let text = '';
  for (const child of Array.from(node.childNodes)) text += visibleText(child);
  return text;
}

function copyChildren(from: Node, to: Node, baseUrl: string, depth: number) {
  for (const child of Array.from(from.childNodes)) copyNode(child, to, baseUrl, depth);
}

function copyNode(node: Node, to: Node, baseUrl: string, depth: number) {
  if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) {
    to.appendChild(document.createTextNode(node.nodeValue ?? ''));
    return;
  }
  // Comments and processing instructions carry nothing a reader needs.
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const element = node as Element;
  // SVG and MathML elements only appear inside <svg>/<math>, which are dropped whole; checking the
  // namespace too means an odd parse can never smuggle a foreign element through by its name.
  if (element.namespaceURI !== HTML_NS) return;
  const name = element.localName;
  if (DROPPED.has(name)) return;
  if (depth >= MAX_DEPTH) {
    to.appendChild(document.createTextNode(visibleText(element)));
    return;
  }
  if (name === 'img') {
    // An image is not shown (it would load from anywhere), but what it says is kept: a linked image keeps its link text.
    const alt = element.getAttribute('alt')?.trim();
    if (alt) to.appendChild(document.createTextNode(alt));
    return;
  }

  let copy: Element | undefined;
  if (HEADINGS.has(name)) {
    const paragraph = document.createElement('p');
    copy = paragraph.appendChild(document.createElement('strong'));
    to.appendChild(paragraph);
  } else if (name === 'a') {
    const href = resolveUrl(element.getAttribute('href'), baseUrl);
    if (href) {
      copy = document.createElement('a');
      copy.setAttribute('href', href);
      copy.setAttribute('rel', LINK_REL);
      to.appendChild(copy);
    }
  } else if (ALLOWED.has(name) || BLOCKS.has(name)) {
    copy = to.appendChild(document.createElement(BLOCKS.has(name) ? 'div' : name));
  }
  // Unknown (or unlinkable) elements are unwrapped: their text stays, the element does not.
  copyChildren(element, copy ?? to, baseUrl, depth + 1);
  // A link with nothing to read would be an unnamed tab stop: keep whatever it holds, drop the link.
  if (copy?.localName === 'a' && !copy.textContent?.trim()) copy.replaceWith(...Array.from(copy.childNodes));
}
