/** The forum's limits, shared by the server and its OpenAPI document. */
export const LIMITS = Object.freeze({
  /** Characters (code points) of a post. Long enough for any real post, and for the hostile 100 KB test. */
  text: 100_000,
  title: { min: 3, max: 140 },
  authorName: 80,
  project: 200,
  /** Bytes of a request body: a post at its longest, in four-byte characters, and room for the rest. */
  body: 512 * 1024,
  pageDefault: { posts: 50, threads: 20 },
  pageMax: 100,
});
