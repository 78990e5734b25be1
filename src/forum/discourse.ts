/**
 * A Discourse topic, read only: what `/t/{id}.json` gives, for <dc-forum-thread discourse="…">. A council whose
 * discussions live on Discourse shows them on its page; replying happens on the forum itself (the link it gives).
 * The posts' `cooked` HTML is someone else's markup: the element passes it through the sanitizer, never as is.
 */

export interface DiscoursePost {
  id: string;
  number: number;
  author: string;
  created: string;
  /** The post's HTML as Discourse renders it: untrusted. */
  cooked: string;
  replyTo: number | null;
}

export interface DiscourseTopic {
  title: string;
  /** The topic's page on the forum: where a visitor replies. */
  url: string;
  /** The forum's address: relative links in the posts resolve against it. */
  base: string;
  closed: boolean;
  posts: DiscoursePost[];
  /** Posts the topic has in all (the first answer carries the first twenty or so). */
  total: number;
}

const TOPIC = /^(.*?)\/t\/(?:([^/?#]+)\/)?(\d+)(?:\.json)?(?:[/?#].*)?$/;

/** The JSON address of a topic given by its page (`…/t/slug/123`), its short form (`…/t/123`) or its JSON. */
export function discourseJsonUrl(given: string, base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(given, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:' && url.protocol !== 'blob:') return undefined;
  const match = TOPIC.exec(url.origin + url.pathname);
  return match ? `${match[1]}/t/${match[3]}.json` : url.href;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Reads a topic from its JSON; undefined when the document is not one. */
export function readDiscourseTopic(json: unknown, jsonUrl: string): DiscourseTopic | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const topic = json as Record<string, unknown>;
  const stream = topic.post_stream as { posts?: unknown } | undefined;
  if (!Array.isArray(stream?.posts) || typeof topic.id !== 'number') return undefined;
  const origin = jsonUrl.startsWith('blob:') ? new URL(jsonUrl.slice(5)).origin : new URL(jsonUrl).origin;
  const match = TOPIC.exec(jsonUrl.split('?')[0] ?? '');
  const base = match?.[1] ?? origin;
  const slug = text(topic.slug).replace(/[^\w-]/g, '');
  const posts: DiscoursePost[] = [];
  for (const raw of stream.posts as unknown[]) {
    if (typeof raw !== 'object' || raw === null) continue;
    const post = raw as Record<string, unknown>;
    if (typeof post.id !== 'number' || !text(post.created_at) || Number.isNaN(Date.parse(text(post.created_at)))) continue;
    posts.push({
      id: String(post.id),
      number: typeof post.post_number === 'number' ? post.post_number : posts.length + 1,
      author: text(post.name).trim() || text(post.display_username).trim() || text(post.username).trim() || '?',
      created: text(post.created_at),
      cooked: text(post.cooked),
      replyTo: typeof post.reply_to_post_number === 'number' ? post.reply_to_post_number : null,
    });
  }
  return {
    title: text(topic.title) || text(topic.fancy_title) || '?',
    url: `${base}/t/${slug ? `${slug}/` : ''}${topic.id}`,
    base: `${base}/`,
    closed: topic.closed === true || topic.archived === true,
    posts,
    total: typeof topic.posts_count === 'number' ? Math.max(topic.posts_count, posts.length) : posts.length,
  };
}
