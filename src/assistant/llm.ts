/**
 * The optional connector to a language model the council chooses: an OpenAI-compatible chat-completions endpoint,
 * streamed (server-sent events). Off unless the page names the endpoint; only then does the question leave the page,
 * with the FAQ entries retrieved for it, and the model is told to answer from those entries alone and to cite them.
 * Loaded only when a page configures it.
 */
/** A FAQ entry as the model reads it: its texts in the language of the answer. */
export interface ModelSource {
  question: string;
  answer: string;
  links: string[];
}

export interface ModelRequest {
  endpoint: string;
  model?: string | undefined;
  /** Extra headers (a council's own proxy may want a key): set by the page's script, never from an attribute. */
  headers?: Record<string, string> | undefined;
  question: string;
  /** The entries retrieved for the question, best first: the only source the model may answer from. */
  sources: ModelSource[];
  /** The language to answer in. */
  language: string;
  signal?: AbortSignal | undefined;
  /** Called with the whole text so far, as it streams. */
  onText?: (text: string) => void;
}

/** The longest answer kept from a model: a runaway stream stops there. */
const MAX_ANSWER = 4_000;

/** The instructions and the numbered entries the model answers from. */
export function modelMessages(request: Pick<ModelRequest, 'question' | 'sources' | 'language'>): { role: string; content: string }[] {
  const sources = request.sources
    .map((source, i) => `[${i + 1}] Q: ${source.question}\nA: ${source.answer}${source.links.length ? `\nLinks: ${source.links.join('; ')}` : ''}`)
    .join('\n\n');
  return [
    {
      role: 'system',
      content:
        'You are the automated front-line assistant of a local council. Answer the citizen only with what the numbered FAQ entries below say; ' +
        'never add facts, dates, prices or links that are not in them. Cite the entries you use as [1], [2]. If they do not answer what the ' +
        'citizen asks, even if they are about the same subject, reply with [0] and nothing else. Answer briefly, in plain text, in the language whose code is ' +
        `"${request.language}".\n\n${sources}`,
    },
    { role: 'user', content: request.question },
  ];
}

/**
 * Asks the model and returns its whole answer; `onText` follows the stream (or has the whole answer at once from a
 * server that does not stream). Rejects on an HTTP error, a broken stream or a body that is not JSON.
 */
export async function askModel(request: ModelRequest): Promise<string> {
  const response = await fetch(request.endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream', ...request.headers },
    body: JSON.stringify({ ...(request.model ? { model: request.model } : {}), stream: true, temperature: 0.2, messages: modelMessages(request) }),
    credentials: 'omit',
    ...(request.signal ? { signal: request.signal } : {}),
  });
  if (!response.ok || !response.body) throw new Error(`the language model answered ${response.status}`);
  // A server that does not stream (some ignore `stream`) answers in one JSON body.
  if (/\bjson\b/i.test(response.headers.get('Content-Type') ?? '')) {
    const content = ((await response.json()) as { choices?: { message?: { content?: unknown } }[] }).choices?.[0]?.message?.content;
    const whole = typeof content === 'string' ? content.slice(0, MAX_ANSWER) : '';
    if (whole) request.onText?.(whole);
    return whole;
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  let pending = '';
  // Whether the model said it had finished (a finish reason, or [DONE]): a stream that ends before is cut short.
  let finished = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    pending += value;
    const lines = pending.split(/\r?\n/);
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith('data:')) continue;
      const data = line.slice(5).trim();
      if (data === '[DONE]') return text;
      let event: { error?: unknown; choices?: { delta?: { content?: unknown }; finish_reason?: unknown }[] };
      try {
        event = JSON.parse(data) as typeof event;
      } catch {
        // A line that is not JSON (a keep-alive) says nothing.
        continue;
      }
      // An error in the middle of the answer: what came is not the answer.
      if (event.error) throw new Error('the language model stopped with an error');
      const choice = event.choices?.[0];
      if (typeof choice?.delta?.content === 'string' && choice.delta.content) {
        text = (text + choice.delta.content).slice(0, MAX_ANSWER);
        request.onText?.(text);
      }
      if (choice?.finish_reason) finished = true;
    }
    if (text.length >= MAX_ANSWER) {
      void reader.cancel();
      return text;
    }
  }
  if (!finished) throw new Error('the language model’s answer was cut short');
  return text;
}

/** The positions of the sources an answer cites (`[2]` → 1), in order, each once. */
const citations = (text: string, count: number): number[] =>
  [...new Set([...text.matchAll(/\[(\d{1,2})\]/g)].map((match) => Number(match[1]) - 1))].filter((i) => i >= 0 && i < count);

/**
 * Whether the model says the entries do not answer the question: it writes [0] and cites none of them. The assistant
 * then says it is not sure, as when the FAQ alone finds no answer, and counts it as a miss.
 */
export const declined = (text: string, count: number): boolean => text.includes('[0]') && !citations(text, count).length;

/** The positions of the sources an answer cites (`[2]` → 1), in order, each once; when it cites none, all of them. */
export function citedSources(text: string, count: number): number[] {
  const cited = citations(text, count);
  return cited.length ? cited : Array.from({ length: count }, (_, i) => i);
}
