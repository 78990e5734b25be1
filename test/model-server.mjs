/**
 * An OpenAI-compatible chat-completions endpoint for the assistant's language-model connector, in the test runner at
 * `/model/v1/chat/completions`: no model runs here, so it answers as a careful one would, from the first numbered entry
 * of the system message (its first sentence, citing it as [1]), streamed in server-sent events a few words at a time.
 * `/model/fail/…` answers 500, `/model/silent/…` streams nothing but `[DONE]`, `/model/slow/…` waits 3 s after its first
 * words (a visitor can do something else meanwhile), `/model/whole/…` does not stream: one JSON body, as servers that
 * ignore `stream` answer. The last request's body is kept
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
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
    const text = ctx.path.startsWith('/model/silent/') ? '' : `${answer} [1]`;
    const slow = ctx.path.startsWith('/model/slow/');
    let first = true;
    for (const piece of text.match(/\S+\s*/g) ?? []) {
      if (res.destroyed) return;
      res.write(`data: ${JSON.stringify({ choices: [{ delta: { content: piece } }] })}\n\n`);
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
