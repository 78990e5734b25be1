/**
 * An OpenAI-compatible chat-completions endpoint for the assistant's language-model connector, in the test runner at
 * `/model/v1/chat/completions`: no model runs here, so it answers as a careful one would, from the first numbered entry
 * of the system message (its first sentence, citing it as [1]), streamed in server-sent events a few words at a time.
 * `/model/fail/…` answers 500, `/model/silent/…` streams nothing but `[DONE]`, `/model/slow/…` waits 3 s after its first
 * words (a visitor can do something else meanwhile), `/model/whole/…` does not stream: one JSON body, as servers that
 * ignore `stream` answer; `/model/raw/…` streams with CRLF, comments and pieces that cut lines and characters in two;
 * `/model/broken/…` sends three words and an error, `/model/cut/…` three words and closes; `/model/page/…` answers an
 * HTML page; `/model/none/…` says the entries do not answer the question (`[0]`, as the instructions ask, streamed as
 * `[`, `0]`); `/model/mixed/…` answers citing [1] and writes a [0] beside it. The last request's body is kept
 * for the `model-last-request` command.
 */
let lastRequest;

async function readBody(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

export function modelServerPlugin() {
  async function middleware(ctx, next) {
    if (!ctx.path.startsWith('/model/') || ctx.method !== 'POST') return next();
    const body = JSON.parse(await readBody(ctx.req));
    lastRequest = body;
    if (ctx.path.startsWith('/model/fail/')) {
      ctx.status = 500;
      ctx.body = { error: { message: 'deliberate failure' } };
      return;
    }
    const system = body.messages?.find((message) => message.role === 'system')?.content ?? '';
    const answer = /\[1\] Q: [^\n]*\nA: ([^\n]*?[.!?])(?:\s|$)/.exec(system)?.[1] ?? '';
    if (ctx.path.startsWith('/model/whole/')) {
      ctx.body = { object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: `${answer} [1]` }, finish_reason: 'stop' }] };
      return;
    }
    ctx.respond = false;
    const res = ctx.res;
    if (ctx.path.startsWith('/model/page/')) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Bad gateway</title><p>data: {"choices":[{"delta":{"content":"x"}}]}</p>');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
    const event = (content) => `data: ${JSON.stringify({ choices: [{ delta: { content } }] })}`;
    const pieces = `${answer} [1]`.match(/\S+\s*/g) ?? [];
    if (ctx.path.startsWith('/model/raw/')) {
      // As some servers and proxies send it: CRLF line ends, comments and event lines, and pieces of 7 bytes that cut
      // lines and characters (a "·" is two bytes) in two.
      const whole = Buffer.from(`: keep-alive\r\n\r\nevent: message\r\n${pieces.map((piece) => `${event(piece)}\r\n\r\n`).join('')}data: [DONE]\r\n\r\n`);
      for (let i = 0; i < whole.length; i += 7) {
        res.write(whole.subarray(i, i + 7));
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      res.end();
      return;
    }
    if (ctx.path.startsWith('/model/broken/') || ctx.path.startsWith('/model/cut/')) {
      // Three words, then an error (an overloaded server), or nothing: the connection closes without [DONE].
      for (const piece of pieces.slice(0, 3)) res.write(`${event(piece)}\n\n`);
      if (ctx.path.startsWith('/model/broken/')) res.write(`data: ${JSON.stringify({ error: { message: 'The server is overloaded', type: 'server_error' } })}\n\n`);
      res.end();
      return;
    }
    if (ctx.path.startsWith('/model/none/')) {
      res.end(`${event('[')}\n\n${event('0]')}\n\ndata: [DONE]\n\n`);
      return;
    }
    const text = ctx.path.startsWith('/model/silent/') ? '' : `${answer} [1]${ctx.path.startsWith('/model/mixed/') ? ' [0]' : ''}`;
    const slow = ctx.path.startsWith('/model/slow/');
    let first = true;
    for (const piece of text.match(/\S+\s*/g) ?? []) {
      if (res.destroyed) return;
      res.write(`${event(piece)}\n\n`);
      await new Promise((resolve) => setTimeout(resolve, slow && first ? 3000 : 5));
      first = false;
    }
    if (res.destroyed) return;
    res.write('data: [DONE]\n\n');
    res.end();
  }

  return {
    name: 'model-server',
    middleware,
    executeCommand({ command }) {
      if (command !== 'model-last-request') return undefined;
      return lastRequest ?? null;
    },
  };
}
