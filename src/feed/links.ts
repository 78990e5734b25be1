/**
 * Links made from what a feed writes as text: a phone number, an email address. Only the card's details and the
 * assistant make them, so they are a module apart from ./url.ts, which every page downloads with the feed reader.
 */
import { isEmail } from './url.js';

/**
 * A `tel:` URL for a phone number as people write it ("+34 93 000 00 00", "(93) 000-00-00"); an extension
 * ("ext. 45", "x45") becomes `;ext=45`. Numbers written with letters, two numbers ("012 / 93 000 00 00", or more
 * digits than a number has, 15), or anything else, get no link rather than a link that dials the wrong number.
 */
export function telUrl(phone: string): string | undefined {
  const [, number = '', extension] = /^\s*([+\d\s().-]+?)\s*(?:(?:ext\.?|extension|x|ext\u00e8nsi\u00f3|extensi\u00f3n)\s*(\d+))?\s*$/i.exec(phone) ?? [];
  const digits = number.replace(/[^\d+]/g, '');
  if (!/^\+?\d{3,15}$/.test(digits)) return undefined;
  return `tel:${digits}${extension ? `;ext=${extension}` : ''}`;
}

/** A `mailto:` URL for an address, with optional subject, or undefined when it is not an address. */
export function mailtoUrl(email: string, subject?: string): string | undefined {
  const address = email.trim();
  if (!isEmail(address)) return undefined;
  return `mailto:${encodeURIComponent(address).replace('%40', '@')}${subject ? `?subject=${encodeURIComponent(subject)}` : ''}`;
}
