/**
 * Posts broken on purpose, between a page and the real forum server: the test runner's forum (test/forum-server.mjs)
 * and the end-to-end proxy (test/e2e/forum.e2e.test.mjs) arm the same faults for the next posts.
 *
 * - `down`: the connection drops before the forum sees the post;
 * - `500`, `429` (Retry-After: 1, or the `retryAfter` it was armed with: seconds or an HTTP date): answered so, and
 *   the forum never sees the post;
 * - `400`: refused as bad input, with the `errors` it was armed with (the reasons a back end gives, by field), and the
 *   forum never sees the post;
 * - `403`: refused with no body (the contract defines none: a closed discussion, or an origin not allowed, as a
 *   back end or a proxy in front of it may say it), and the forum never sees the post;
 * - `slow`: the forum answers 2 s late;
 * - `lost`: the forum stores the post, and the connection drops before its answer.
 */
export function forumFaults() {
  let fault = null;
  let left = 0;
  let retryAfter = '1';
  let errors = {};
  return {
    /** The next `count` posts meet `fault` (null: none); `retryAfter` is what a 429 says, `errors` what a 400 does. */
    arm(name, count = 1, options = {}) {
      fault = name;
      left = name ? count : 0;
      retryAfter = String(options.retryAfter ?? '1');
      errors = options.errors ?? { text: 'Refused on purpose.' };
    },
    /**
     * Sends the request on with `forward()` (which has the forum answer on `res`), or breaks it as the armed fault
     * says when it is a post. Chromium sends a post again by itself once when a reused connection drops: arm such
     * faults for two.
     */
    async handle(req, res, forward) {
      const armed = req.method === 'POST' && left > 0 ? fault : null;
      if (armed) left--;
      if (armed === 'down') return void req.socket.destroy();
      if (armed === '500' || armed === '429') {
        res.writeHead(Number(armed), {
          'Content-Type': 'application/json',
          'Access-Control-Allow-Origin': req.headers.origin ?? '*',
          ...(armed === '429' ? { 'Retry-After': retryAfter, 'Access-Control-Expose-Headers': 'Retry-After' } : {}),
        });
        return void res.end(JSON.stringify({ errors: armed === '429' ? { rate: 'Too many posts.' } : { server: 'Broken on purpose.' } }));
      }
      if (armed === '400') {
        res.writeHead(400, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': req.headers.origin ?? '*' });
        return void res.end(JSON.stringify({ errors }));
      }
      if (armed === '403') {
        res.writeHead(403, { 'Access-Control-Allow-Origin': req.headers.origin ?? '*', 'Content-Length': '0' });
        return void res.end();
      }
      if (armed === 'slow') await new Promise((resolve) => setTimeout(resolve, 2000));
      if (armed === 'lost') {
        // Whatever the forum answers goes nowhere, and the connection drops when it is done.
        res.writeHead = () => res;
        res.write = () => true;
        res.end = () => (req.socket.destroy(), res);
      }
      return forward();
    },
  };
}
