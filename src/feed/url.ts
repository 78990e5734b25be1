const LINK_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);
const FETCH_SCHEMES = new Set(['https:', 'http:']);

/**
 * An absolute http(s) URL already written the way the URL parser would write it back: lower-case scheme and host
 * (no IDNA label, no IP address, no port, no user), a path without dot segments, and only characters no part of it
 * escapes. Most URLs of a feed are like this, and reading one takes a test instead of a parse: a feed of 100,000
 * projects holds several hundred thousand URLs.
 */
const CANONICAL = /^https?:\/\/(?!(?:[^/]*\.)?xn--)(?:[a-z0-9-]+\.)+[a-z][a-z0-9-]*(?![^?#]*(?:\/\.|%2[eE]))\/[\w\-.~/%]*(?:\?[\w\-.~%=&+]*)?(?:#[\w\-.~%=&+/]*)?$/;

function parse(url: string | undefined | null, base: string | undefined): Pick<URL, 'href' | 'protocol'> | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (!trimmed) return undefined;
  if (CANONICAL.test(trimmed)) {
    return { href: trimmed, protocol: trimmed[4] === 's' ? 'https:' : 'http:' };
  }
  try {
    return base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return undefined;
  }
}

/**
 * The absolute form of a URL from the feed when it may be shown as a link (https, http, mailto, tel);
 * `undefined` for every other scheme (`javascript:`, `data:`, …) and for what does not parse.
 */
export function resolveUrl(url: string | undefined | null, base?: string): string | undefined {
  const parsed = parse(url, base);
  return parsed && LINK_SCHEMES.has(parsed.protocol) ? parsed.href : undefined;
}

/** Like {@link resolveUrl}, for URLs that are fetched or shown as a page (images, feeds, APIs): http and https only. */
export function resolveHttpUrl(url: string | undefined | null, base?: string): string | undefined {
  const parsed = parse(url, base);
  return parsed && FETCH_SCHEMES.has(parsed.protocol) ? parsed.href : undefined;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}
