import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/components/forum-thread/forum-thread.js';
import type { DcForumThread, ForumPostEvent } from '../../src/components/forum-thread/forum-thread.js';
import { ForumClient, ForumError, readTime, retryAfterSeconds } from '../../src/forum/client.js';
import { container } from './mount.js';

/*
 * <dc-forum-thread> against the real forum server (server/, in the test runner at /forum/, on an embedded PostgreSQL
 * database seeded with the example discussions), with faults injected between the two on purpose: a dropped
 * connection, a 500, a 429, a slow answer, an answer lost after the forum stored the post. After each, the posts that
 * exist are exactly those the visitor wrote, once each.
 */

const API = '/forum/';
const DEMO = '/demo/feed.json';

interface StoredPost {
  id: string;
  text: string;
  status: string;
  reply_to: string | null;
}

const stored = (thread: string) => executeServerCommand<StoredPost[], { thread: string }>('forum-posts', { thread });
/** What the page sent to the forum (test/forum-server.mjs notes every POST, before any fault): key, token or not, body. */
interface SentPost {
  path: string;
  key: string | null;
  member: boolean;
  body: Record<string, unknown>;
}
const sentTo = (path: string) => executeServerCommand<SentPost[], { path: string }>('forum-sent', { path });
const fault = (name: string | null, count = 1, retryAfter?: string, errors?: Record<string, string>) =>
  executeServerCommand('forum-fault', { fault: name, count, ...(retryAfter === undefined ? {} : { retryAfter }), ...(errors ? { errors } : {}) });
const member = (name: string, council?: string) => executeServerCommand<string, { name: string; council?: string }>('forum-member', { name, ...(council ? { council } : {}) });

/** A discussion of its own for a test (a member starts it, so that it is published), with one post. */
async function newThread(title: string): Promise<string> {
  const token = await member('Organitzadora', 'es-ine:08019');
  const response = await fetch(`${API}threads`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), Authorization: `Bearer ${token}` },
    body: JSON.stringify({ title, text: `Primer missatge de «${title}»` }),
  });
  expect(response.status, `starting ${title}`).to.equal(201);
  return ((await response.json()) as { thread: { id: string } }).thread.id;
}

/** A post by a member, straight to the forum (someone else writing meanwhile). */
async function memberPost(thread: string, text: string, token: string): Promise<void> {
  const response = await fetch(`${API}threads/${thread}/posts`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), Authorization: `Bearer ${token}` },
    body: JSON.stringify({ text }),
  });
  expect(response.status, `posting to ${thread}`).to.equal(201);
}

async function mount(attributes: Record<string, string>, lang = 'ca'): Promise<DcForumThread> {
  const div = container(lang);
  const forum = document.createElement('dc-forum-thread');
  for (const [name, value] of Object.entries(attributes)) forum.setAttribute(name, value);
  div.append(forum);
  await waitUntil(() => forum.shadowRoot?.querySelector('.posts, .threads, .empty, .status.error'), 'the forum never rendered', { timeout: 5000 });
  await forum.updateComplete;
  return forum;
}

const root = (forum: DcForumThread) => forum.shadowRoot!;
const posts = (forum: DcForumThread) => [...root(forum).querySelectorAll<HTMLElement>('article.post')];
const textOf = (post: HTMLElement) => post.querySelector('.text')!.textContent!;
const field = (forum: DcForumThread, id: string) => root(forum).querySelector<HTMLInputElement & HTMLTextAreaElement>(`#${id}`)!;
const outcome = (forum: DcForumThread) => root(forum).querySelector('#outcome')!.textContent!.trim();
const sendButton = (forum: DcForumThread) => root(forum).querySelector<HTMLButtonElement>('button.send')!;

/** Types into a field as a person would (real key events), so that the draft is saved as it is typed. */
async function type(forum: DcForumThread, id: string, text: string): Promise<void> {
  field(forum, id).focus();
  await sendKeys({ type: text });
}

/** A new discussion, the element showing it, and a reply typed in it (not sent) with the visitor's name. */
async function drafted(title: string, text: string, name = 'Pere'): Promise<{ thread: string; forum: DcForumThread }> {
  const thread = await newThread(title);
  const forum = await mount({ api: API, thread });
  await type(forum, 'text', text);
  await type(forum, 'name', name);
  return { thread, forum };
}

async function send(forum: DcForumThread): Promise<void> {
  sendButton(forum).click();
  await waitUntil(() => outcome(forum) !== '' && !root(forum).querySelector('button.send')!.textContent!.includes('Enviant'), 'no outcome', { timeout: 8000 });
  await forum.updateComplete;
}

beforeEach(() => localStorage.clear());
afterEach(() => fault(null));

describe('<dc-forum-thread>', () => {
  describe('accessibility (axe)', () => {
    it('the list, a discussion, and a form with its errors', async () => {
      const list = await mount({ api: API, feed: DEMO });
      await expect(list).to.be.accessible();
      const forum = await mount({ api: API, feed: DEMO, thread: 'capafonts-assistent-virtual' });
      await expect(forum).to.be.accessible();
      sendButton(forum).click();
      await waitUntil(() => root(forum).querySelector('[aria-invalid="true"]'), 'no errors shown');
      await expect(forum).to.be.accessible();
    });
  });

  describe('reading', () => {
    it('shows a discussion oldest first: author, council from the feed, relative time, and what each post answers', async () => {
      const forum = await mount({ api: API, feed: DEMO, thread: 'capafonts-assistent-virtual' }, 'en');
      const heading = root(forum).querySelector('[role="heading"]')!;
      expect(heading.textContent!.trim()).to.equal('Assistent virtual en un municipi petit: val la pena?');
      expect(heading.getAttribute('aria-level')).to.equal('2');
      const shown = posts(forum);
      expect(shown.map((post) => post.id)).to.deep.equal(['post-capafonts-assistent-virtual-1', 'post-capafonts-assistent-virtual-2', 'post-capafonts-assistent-virtual-3', 'post-capafonts-assistent-virtual-4']);
      expect(shown[1]!.querySelector('.author')!.textContent!.replace(/\s+/g, ' ')).to.match(/^ ?Jordi Ferré, Capafonts · .+ ago/);
      expect(shown[1]!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-10-06T11:15:00.000Z');
      const answers = shown[1]!.querySelector<HTMLButtonElement>('.answers button')!;
      expect(answers.textContent!.trim()).to.equal('In reply to Núria Vidal');
      answers.click();
      expect(root(forum).activeElement, 'focus goes to the post it answers').to.equal(shown[0]);
    });

    it('says a discussion that is not there does not exist, and a forum address that answers 404 that it is wrong', async () => {
      const gone = await mount({ api: API, thread: 'no-such-discussion' }, 'en');
      expect(root(gone).querySelector('.status.error')!.textContent!.trim()).to.equal('This discussion does not exist, or it awaits moderation.');
      // The forum never answers its list of discussions with a 404: what did is not the forum.
      const wrong = await mount({ api: '/no-forum-here/' }, 'en');
      expect(root(wrong).querySelector('.status.error')!.textContent!.trim()).to.equal('No forum answers at this address: the page or the feed gives a wrong one.');
    });

    it('writes a post’s full time as Spanish does on a Basque page (the browser has no Basque dates)', async () => {
      const forum = await mount({ api: API, feed: DEMO, thread: 'capafonts-assistent-virtual' }, 'eu');
      const time = posts(forum)[1]!.querySelector('time')!;
      expect(time.title).to.equal(new Date('2026-10-06T11:15:00.000Z').toLocaleString('es'));
    });

    it('lists the discussions newest activity first, opens one in place and comes back', async () => {
      const forum = await mount({ api: API, feed: DEMO }, 'en');
      const titles = [...root(forum).querySelectorAll('.thread-row button')].map((button) => button.textContent!.trim());
      expect(titles).to.include('Fill-level sensors: battery life and winter');
      root(forum).querySelector<HTMLButtonElement>('#thread-residus-sensors-ompliment')!.click();
      await waitUntil(() => posts(forum).length === 4, 'the discussion did not open');
      await forum.updateComplete;
      expect(root(forum).activeElement?.id, 'focus on the discussion heading').to.equal('heading');
      root(forum).querySelector<HTMLButtonElement>('button.back')!.click();
      await waitUntil(() => root(forum).querySelector('.threads'), 'not back on the list');
    });

    it('opens the discussion a project card’s link names (#dc-thread-…), and focus can find it', async () => {
      const forum = await mount({ api: API, feed: DEMO }, 'en');
      location.hash = '#dc-thread-ciberseguretat-ens';
      try {
        await waitUntil(() => posts(forum).length === 4, 'the discussion did not open');
        expect(root(forum).querySelector('[role="heading"]')!.textContent!.trim()).to.equal('Adecuación al ENS en un ayuntamiento mediano');
        await waitUntil(() => root(forum).activeElement?.id === 'heading', 'focus not on the heading');
        root(forum).querySelector<HTMLButtonElement>('button.back')!.click();
        await waitUntil(() => root(forum).querySelector('.threads'), 'not back on the list');
        expect(location.hash, 'the same link opens it again').to.equal('');
      } finally {
        history.replaceState(null, '', location.pathname + location.search);
      }
    });

    it('shows only the discussions of `project`, from the feed’s forum address when the page gives none', async () => {
      const feed = await (await fetch(DEMO)).json();
      feed._digicanvis.forum.api = new URL(API, location.href).href;
      const url = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
      const forum = await mount({ feed: url, project: 'granollers-residus-sensors' });
      expect([...root(forum).querySelectorAll('.thread-row button')].map((button) => button.id)).to.deep.equal(['thread-residus-sensors-ompliment']);
    });

    it('shows hostile text as text, and folds a very long post', async () => {
      const thread = await newThread('Text hostil');
      const token = await member('Provador');
      for (const text of ['<img src=x onerror="window.__hacked=1"><script>window.__hacked=2</script>', 'x'.repeat(100_000)]) await memberPost(thread, text, token);
      const forum = await mount({ api: API, thread });
      const [, hostile, long] = posts(forum);
      expect(textOf(hostile!)).to.contain('<script>');
      expect(hostile!.querySelector('img, script')).to.equal(null);
      expect((window as { __hacked?: number }).__hacked).to.equal(undefined);
      expect(textOf(long!).length).to.be.lessThan(2000);
      const toggle = long!.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
      toggle.click();
      await forum.updateComplete;
      expect(textOf(posts(forum)[2]!).length).to.equal(100_000);
      expect(posts(forum)[2]!.querySelector('button[aria-expanded]')!.getAttribute('aria-expanded')).to.equal('true');
    });

    it('fetches new posts when the page becomes visible again, and announces them once without moving focus', async () => {
      const thread = await newThread('Missatges nous');
      const forum = await mount({ api: API, thread });
      await memberPost(thread, 'Un missatge nou', await member('Algú altre'));
      field(forum, 'text').focus();
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(() => posts(forum).length === 2, 'the new post did not come');
      await forum.updateComplete;
      expect(root(forum).querySelector('[aria-live="polite"][role="status"]')!.textContent!.trim()).to.equal('1 missatge nou');
      expect(root(forum).activeElement?.id, 'focus stays in the form').to.equal('text');
    });

    it('fetches and announces a post written after a full first page (the forum gives it a next page)', async () => {
      const thread = await newThread('Pàgina plena');
      const token = await member('Algú');
      // The forum's pages are of 50 posts: the first post and 49 more fill the first.
      for (let i = 2; i <= 50; i++) await memberPost(thread, `Missatge ${i}`, token);
      const forum = await mount({ api: API, thread });
      expect(posts(forum)).to.have.length(50);
      await memberPost(thread, 'El cinquanta-u', token);
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(() => posts(forum).length === 51, 'the new post did not come');
      await forum.updateComplete;
      expect(root(forum).querySelector('[aria-live="polite"][role="status"]')!.textContent!.trim()).to.equal('1 missatge nou');
      expect(root(forum).querySelector('button.more'), 'nothing later to show').to.equal(null);
      // Later pages the visitor has not opened stay theirs to open: not loaded, nor said to be new.
      for (let i = 52; i <= 60; i++) await memberPost(thread, `Missatge ${i}`, token);
      const again = await mount({ api: API, thread });
      expect(posts(again)).to.have.length(50);
      root(again).querySelector<HTMLButtonElement>('button.more')!.focus();
      document.dispatchEvent(new Event('visibilitychange'));
      await new Promise((resolve) => setTimeout(resolve, 500));
      await again.updateComplete;
      expect(posts(again)).to.have.length(50);
      expect(root(again).activeElement?.classList.contains('more')).to.equal(true);
    });

    it('polls as poll-seconds says when it is set after loading: 0 stops (the return to the page too), a number starts', async () => {
      const thread = await newThread('Cada quant');
      const forum = await mount({ api: API, thread, 'poll-seconds': '10' });
      const started: number[] = [];
      const realSet = window.setInterval;
      window.setInterval = ((handler: TimerHandler, ms?: number) => (started.push(ms ?? 0), realSet(handler, ms))) as typeof setInterval;
      try {
        forum.setAttribute('poll-seconds', '0');
        await forum.updateComplete;
        await memberPost(thread, 'Un missatge nou', await member('Algú altre'));
        document.dispatchEvent(new Event('visibilitychange'));
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(posts(forum), 'fetched with poll-seconds="0"').to.have.length(1);
        expect(started).to.deep.equal([]);
        forum.setAttribute('poll-seconds', '15');
        await forum.updateComplete;
        expect(started).to.deep.equal([15_000]);
      } finally {
        window.setInterval = realSet;
      }
    });

    it('keeps focus in the element when Retry loads a discussion that failed, and moves it to the discussion once loaded', async () => {
      const thread = await newThread('Torna-ho a provar');
      const realFetch = window.fetch;
      let failures = 1;
      window.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
        String(input).includes(`/forum/threads/${thread}`) && failures-- > 0 ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(input, init)) as typeof fetch;
      try {
        const forum = await mount({ api: API, thread });
        root(forum).querySelector<HTMLButtonElement>('.status.error + button')!.focus();
        await sendKeys({ press: 'Enter' });
        await forum.updateComplete;
        expect(document.activeElement, 'focus dropped to the page while loading').to.equal(forum);
        await waitUntil(() => posts(forum).length === 1, 'Retry did not load the discussion');
        await waitUntil(() => root(forum).activeElement?.id === 'heading', 'focus did not move to the discussion');
      } finally {
        window.fetch = realFetch;
      }
    });

    it('says when a discussion is closed while the visitor is in its form, and keeps focus in the element', async () => {
      const thread = await newThread('Tancada amb el focus');
      const forum = await mount({ api: API, thread });
      field(forum, 'text').focus();
      await executeServerCommand('forum-close', { thread });
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(() => root(forum).querySelector('p.meta')!.textContent!.includes('tancada'), 'the discussion did not close');
      await forum.updateComplete;
      expect(root(forum).querySelector('[aria-live="polite"][role="status"]')!.textContent).to.contain('tancada');
      expect(root(forum).activeElement?.id).to.equal('heading');
      // A text kept in a discussion closed meanwhile, cleared: the form stays under the keyboard while it is there.
      const other = await drafted('Tancada amb esborrany', 'ab');
      await executeServerCommand('forum-close', { thread: other.thread });
      await send(other.forum);
      field(other.forum, 'text').focus();
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      await other.forum.updateComplete;
      expect(root(other.forum).activeElement?.id).to.equal('text');
    });
  });

  it('brings its relative times up to date at a render, though the posts render again only when they change', async () => {
    const thread = await newThread(`times ${Date.now()}`);
    const forum = document.createElement('dc-forum-thread') as DcForumThread;
    forum.setAttribute('api', API);
    forum.setAttribute('thread', thread);
    // Not polled: nothing but the visitor's typing renders it.
    forum.setAttribute('poll-seconds', '0');
    container('en').append(forum);
    await waitUntil(() => forum.shadowRoot?.querySelector('article.post time'), 'no post', { timeout: 8000 });
    await forum.updateComplete;
    const time = () => forum.shadowRoot!.querySelector('article.post time')!.textContent!.trim();
    const before = time();
    const realNow = Date.now;
    // Three hours later: the visitor kept the page open, and now writes a reply.
    Date.now = () => realNow() + 3 * 3600_000;
    try {
      forum.shadowRoot!.querySelector<HTMLTextAreaElement>('#text')!.focus();
      await sendKeys({ type: 'Hi' });
      await forum.updateComplete;
      expect(time()).to.not.equal(before);
      expect(time()).to.match(/3 hours ago/);
    } finally {
      Date.now = realNow;
    }
  });

  describe('a long discussion (2,000 posts)', () => {
    it('typing in the form leaves the posts alone: none is rendered again, no node of the list changes', async function () {
      this.timeout(90_000);
      const thread = await newThread('Discussió llarga');
      await executeServerCommand('forum-fill', { thread, count: 1999 });
      const forum = await mount({ api: API, thread });
      // The whole discussion, as a visitor reaches it: "Show later posts" until there are none.
      for (let more = root(forum).querySelector<HTMLButtonElement>('button.more'); more; more = root(forum).querySelector('button.more')) {
        const shown = posts(forum).length;
        more.click();
        await waitUntil(() => posts(forum).length > shown, 'the later posts did not come', { timeout: 10_000 });
        await forum.updateComplete;
      }
      expect(posts(forum)).to.have.length(2000);
      const list = root(forum).querySelector('.posts')!;
      const changed: MutationRecord[] = [];
      const observer = new MutationObserver((records) => changed.push(...records));
      observer.observe(list, { subtree: true, childList: true, attributes: true, characterData: true });
      // Each post's render works out its time ("fa 2 minuts", and the date in full): counted while the visitor types.
      const realFormat = Intl.RelativeTimeFormat.prototype.format;
      let timesWorkedOut = 0;
      // (The clock held still: the posts' times come up to date when the minute turns, which is not what is measured.)
      const realNow = Date.now;
      const now = realNow();
      Date.now = () => now;
      Intl.RelativeTimeFormat.prototype.format = function (this: Intl.RelativeTimeFormat, ...args: Parameters<Intl.RelativeTimeFormat['format']>) {
        timesWorkedOut++;
        return realFormat.apply(this, args);
      };
      try {
        await type(forum, 'text', 'Dues coses');
        await type(forum, 'name', 'Pere');
        await forum.updateComplete;
      } finally {
        Date.now = realNow;
        Intl.RelativeTimeFormat.prototype.format = realFormat;
        changed.push(...observer.takeRecords());
        observer.disconnect();
      }
      expect(timesWorkedOut, 'posts rendered again while typing').to.equal(0);
      expect(changed, 'nodes of the list changed while typing').to.deep.equal([]);
      // The form itself goes on as before: the count follows the text, and the draft is saved as typed.
      expect(root(forum).querySelector('#chars')!.textContent!.trim()).to.equal('10 caràcters');
      const saved = Object.keys(localStorage).filter((key) => key.includes('draft:') && key.endsWith(`|${thread}`));
      expect(saved.map((key) => JSON.parse(localStorage.getItem(key)!) as { text: string; name: string })).to.deep.include({ text: 'Dues coses', name: 'Pere' });
      // And the posts still follow what changes in them: a reply chosen, a new post that arrives.
      posts(forum)[1999]!.querySelector<HTMLButtonElement>('.actions button')!.click();
      await forum.updateComplete;
      expect(root(forum).querySelector('.replying')!.textContent).to.contain('Veí 1999');
      await memberPost(thread, 'El dos mil u', await member('Algú altre'));
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(() => posts(forum).length === 2001, 'the new post did not come', { timeout: 10_000 });
      expect(textOf(posts(forum)[2000]!)).to.equal('El dos mil u');
    });
  });

  describe('a forum behind an adapter: numeric ids and cursors, a leap second (test/fault-server.mjs)', () => {
    const ADAPTER = '/faults/adapter/';

    it('lists its discussions, its last post in a leap second shown as the second before (not "now"), and pages by a numeric cursor', async () => {
      const forum = await mount({ api: ADAPTER }, 'en');
      const row = root(forum).querySelector('#thread-42')!.closest('li')!;
      expect(row.querySelector('button')!.textContent!.trim()).to.equal('Un fòrum darrere d’un adaptador');
      expect(row.querySelector('.meta')!.textContent!.trim()).to.match(/^3 posts, last \d+ years ago$/);
      root(forum).querySelector<HTMLButtonElement>('button.more')!.click();
      await waitUntil(() => root(forum).querySelector('#thread-43'), 'the next page (cursor 2) never came');
    });

    it('shows a discussion whose posts, replies and cursor are numbers, and a post written in a leap second', async () => {
      const forum = await mount({ api: ADAPTER, thread: '42' }, 'en');
      expect(posts(forum).map((post) => post.id)).to.deep.equal(['post-101', 'post-102']);
      expect(posts(forum)[0]!.querySelector('time')!.getAttribute('datetime'), 'second 60 read as 59').to.equal('2016-12-31T23:59:59Z');
      expect(posts(forum)[1]!.querySelector('.answers')!.textContent!.trim()).to.equal('In reply to Anna');
      root(forum).querySelector<HTMLButtonElement>('button.more')!.click();
      await waitUntil(() => posts(forum).length === 3, 'the next page (cursor 7) never came');
      expect(posts(forum)[2]!.querySelector('.answers')!.textContent!.trim()).to.equal('In reply to Bernat');
    });
  });

  describe('a Discourse topic, read only', () => {
    const FIXTURE = '/test/fixtures/external/discourse-topic.json';

    it('shows a real topic’s posts through the sanitizer, with a link to reply on the forum', async () => {
      const forum = await mount({ discourse: FIXTURE }, 'en');
      await expect(forum).to.be.accessible();
      expect(root(forum).querySelector('[role="heading"]')!.textContent!.trim()).to.equal('About the 9bf05639-c1d6-95e0-b5b1-24c75db096e5 category');
      const [post] = posts(forum);
      expect(post!.querySelector('.author .name')!.textContent).to.equal('discourse1');
      expect(post!.querySelectorAll('.cooked li')).to.have.length(4);
      expect(post!.querySelector('.cooked strong')!.textContent).to.contain('Until you edit this description');
      const reply = root(forum).querySelector<HTMLAnchorElement>('a.reply-on-forum')!;
      expect(reply.href).to.equal(`${location.origin}/t/about-the-9bf05639-c1d6-95e0-b5b1-24c75db096e5-category/13`);
      expect(root(forum).querySelector('form'), 'no form: replies go to the forum').to.equal(null);
    });

    it('keeps nothing of a hostile post but its text and safe links', async () => {
      const topic = await (await fetch(FIXTURE)).json();
      topic.post_stream.posts[0].cooked =
        '<p onclick="window.__hacked=1">Hola <a href="javascript:window.__hacked=2">clic</a> <a href="/u/x">perfil</a></p><script>window.__hacked=3</script><img src=x onerror="window.__hacked=4"><iframe src="https://example.com"></iframe>';
      topic.post_stream.posts[0].name = '<b>Nom</b>';
      const url = URL.createObjectURL(new Blob([JSON.stringify(topic)], { type: 'application/json' }));
      const forum = await mount({ discourse: url });
      const [post] = posts(forum);
      expect(post!.querySelector('.cooked')!.textContent).to.contain('Hola clic perfil');
      expect(post!.querySelector('script, img, iframe, [onclick]')).to.equal(null);
      const links = [...post!.querySelectorAll<HTMLAnchorElement>('.cooked a')];
      expect(links.map((link) => link.getAttribute('href')), 'the javascript: link is text only').to.deep.equal([`${location.origin}/u/x`]);
      expect(post!.querySelector('.author .name')!.textContent).to.equal('<b>Nom</b>');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((window as { __hacked?: number }).__hacked).to.equal(undefined);
    });
  });

  describe('writing', () => {
    it('refuses an empty form at its fields, and focuses the first', async () => {
      const forum = await mount({ api: API, thread: 'benvinguda' });
      sendButton(forum).click();
      await waitUntil(() => root(forum).activeElement?.id === 'text', 'focus did not go to the message');
      expect(field(forum, 'text').getAttribute('aria-invalid')).to.equal('true');
      expect(field(forum, 'name').getAttribute('aria-invalid')).to.equal('true');
      expect(field(forum, 'text').getAttribute('aria-describedby')).to.contain('text-error');
      expect(outcome(forum)).to.equal('Reviseu els 2 camps marcats a sota.');
    });

    it('a visitor’s post awaits moderation, shown to its author only, and the draft is gone once the forum has it', async () => {
      const { thread, forum } = await drafted('Moderació', 'Quant us va costar?', 'Rosa Pons');
      const event = oneEvent(forum, 'dc-forum-post') as Promise<ForumPostEvent>;
      await send(forum);
      const { detail } = await event;
      expect(detail.status).to.equal('pending');
      expect(outcome(forum)).to.contain('quan un moderador');
      const mine = posts(forum).at(-1)!;
      expect(textOf(mine)).to.equal('Quant us va costar?');
      expect(mine.querySelector('[part="pending"]')).to.not.equal(null);
      expect(field(forum, 'text').value).to.equal('');
      expect((await stored(thread)).filter((post) => post.text === 'Quant us va costar?')).to.have.length(1);
      // Reloaded (a new element): still shown to its author, marked.
      forum.remove();
      const again = await mount({ api: API, thread });
      expect(posts(again).some((post) => textOf(post) === 'Quant us va costar?' && post.querySelector('[part="pending"]'))).to.equal(true);
      expect(field(again, 'text').value, 'no draft left').to.equal('');
      expect(field(again, 'name').value, 'the name is offered again').to.equal('Rosa Pons');
    });

    it('shows the forum’s own reasons for a 400 at the fields they name, with no limit of its own; the draft stays', async () => {
      // (A project of its own: the draft it leaves must not be another test's.)
      const forum = await mount({ api: API, project: 'prova-raons-del-forum' }, 'en');
      const fill = (id: string, value: string) => {
        field(forum, id).value = value;
        field(forum, id).dispatchEvent(new Event('input'));
      };
      // Over this forum's limits (server/limits.mjs), which the contract does not state: the element lets them go.
      fill('title', 'Hi');
      fill('text', 'x'.repeat(100_001));
      fill('name', 'N'.repeat(90));
      await forum.updateComplete;
      expect(root(forum).querySelector('#chars')!.textContent!.trim()).to.equal('100,001 characters');
      await send(forum);
      expect(outcome(forum)).to.equal('Check the 3 fields marked below.');
      expect(root(forum).activeElement?.id, 'the summary is read (focus), once').to.equal('outcome');
      for (const [id, why] of [
        ['text', 'The text is too long: at most 100,000 characters.'],
        ['name', 'The name is too long: at most 80 characters.'],
        ['title', 'Give the discussion a title (at least 3 characters).'],
      ] as const) {
        expect(root(forum).querySelector(`#${id}-error`)!.textContent, `${id}: the forum's words`).to.equal(why);
        expect(field(forum, id).getAttribute('aria-invalid')).to.equal('true');
        expect(field(forum, id).getAttribute('aria-describedby')).to.contain(`${id}-error`);
      }
      expect(field(forum, 'text').value.length, 'the draft stays').to.equal(100_001);
      expect(field(forum, 'text').readOnly, 'and can be changed').to.equal(false);
      await expect(forum).to.be.accessible();
    });

    it('a reason for a field the form does not have is said in the message; every reason is shown as text', async () => {
      const { thread, forum } = await drafted('Raons del fòrum', 'Amb resposta');
      await fault('400', 1, undefined, { text: '<b>Massa</b> curt.', reply_to: '<img src=x onerror="window.__hacked=5">No hi ha aquest missatge.' });
      await send(forum);
      expect(outcome(forum)).to.equal('Reviseu el camp marcat a sota. <img src=x onerror="window.__hacked=5">No hi ha aquest missatge.');
      expect(root(forum).querySelector('#text-error')!.textContent).to.equal('<b>Massa</b> curt.');
      expect(root(forum).querySelector('#text-error b, #outcome img'), 'no markup made of it').to.equal(null);
      expect((window as { __hacked?: number }).__hacked).to.equal(undefined);
      await fault('400', 1, undefined, { reply_to: 'No hi ha aquest missatge.' });
      await type(forum, 'text', '!');
      sendButton(forum).click();
      await waitUntil(() => outcome(forum).startsWith('El fòrum no ha acceptat'), 'no outcome of the second try', { timeout: 8000 });
      expect(outcome(forum)).to.equal('El fòrum no ha acceptat el missatge: No hi ha aquest missatge. El text es manté.');
      expect(field(forum, 'text').value).to.equal('Amb resposta!');
      expect(await stored(thread)).to.have.length(1);
    });

    it('keeps the draft through a reload, as typed', async () => {
      const forum = await mount({ api: API, thread: 'benvinguda' });
      await type(forum, 'text', 'Un esborrany a mig escriure');
      forum.remove();
      const again = await mount({ api: API, thread: 'benvinguda' });
      expect(field(again, 'text').value).to.equal('Un esborrany a mig escriure');
    });

    it('a verified member’s post is published at once under the member’s name, and a reply says what it answers', async () => {
      const thread = await newThread('Membres');
      const forum = await mount({ api: API, thread, feed: DEMO });
      forum.token = await member('Jordi Ferré', 'es-ine:43039');
      await forum.updateComplete;
      expect(root(forum).querySelector('#name'), 'no name field for a member').to.equal(null);
      posts(forum)[0]!.querySelector<HTMLButtonElement>('.actions button')!.click();
      await forum.updateComplete;
      expect(root(forum).activeElement?.id).to.equal('text');
      expect(root(forum).querySelector('.replying')!.textContent).to.contain('Organitzadora');
      await sendKeys({ type: 'Ho confirmo' });
      await send(forum);
      const mine = posts(forum).at(-1)!;
      expect(mine.querySelector('[part="pending"]')).to.equal(null);
      expect(mine.querySelector('.author')!.textContent).to.contain('Jordi Ferré, Capafonts');
      expect(mine.querySelector('.answers')!.textContent).to.contain('Organitzadora');
      expect((await stored(thread)).map((post) => post.status)).to.deep.equal(['published', 'published']);
    });

    it('a member’s post carries author_name too, as the contract requires: the name known on this device, then the forum’s', async () => {
      const thread = await newThread('Nom de membre');
      const forum = await mount({ api: API, thread });
      forum.token = await member('Laia Casals');
      await forum.updateComplete;
      for (const text of ['Primer missatge de membre', 'Segon missatge de membre']) {
        await type(forum, 'text', text);
        sendButton(forum).click();
        await waitUntil(async () => (await stored(thread)).some((post) => post.text === text), `${text} never stored`, { timeout: 8000 });
        await waitUntil(() => field(forum, 'text').value === '', 'the draft was not cleared');
      }
      const [first, second] = await sentTo(`/forum/threads/${thread}/posts`);
      expect(first!.member).to.equal(true);
      expect(first!.body.author_name, 'sent with the first too (the name last used on this device, or empty)').to.be.a('string');
      expect(second!.body.author_name, 'the name the forum published the first under').to.equal('Laia Casals');
      expect(posts(forum).at(-1)!.querySelector('.author .name')!.textContent).to.equal('Laia Casals');
    });

    it('a reply stays a reply through a reload, and is stored answering its post', async () => {
      const thread = await newThread('Respostes');
      const forum = await mount({ api: API, thread });
      posts(forum)[0]!.querySelector<HTMLButtonElement>('.actions button')!.click();
      await forum.updateComplete;
      await sendKeys({ type: 'Una resposta' });
      await type(forum, 'name', 'Pere');
      forum.remove();
      const again = await mount({ api: API, thread });
      expect(root(again).querySelector('.replying')!.textContent).to.contain('Organitzadora');
      await send(again);
      const [first, reply] = await stored(thread);
      expect(reply!.text).to.equal('Una resposta');
      expect(reply!.reply_to).to.equal(first!.id);
    });

    it('takes a token from a dc-forum-token event on the window', async () => {
      const forum = await mount({ api: API, thread: 'benvinguda' });
      dispatchEvent(new CustomEvent('dc-forum-token', { detail: { token: await member('Membre') } }));
      await forum.updateComplete;
      expect(root(forum).querySelector('#name')).to.equal(null);
      dispatchEvent(new CustomEvent('dc-forum-token', { detail: { token: null } }));
      await forum.updateComplete;
      expect(root(forum).querySelector('#name')).to.not.equal(null);
    });

    it('a visitor starts a discussion about a project: received, awaiting moderation', async () => {
      const forum = await mount({ api: API, project: 'seva-avisos-proactius' });
      await type(forum, 'title', 'Avisos per SMS o per correu?');
      await type(forum, 'text', 'Quin canal funciona millor?');
      await type(forum, 'name', 'Pere');
      await send(forum);
      expect(outcome(forum)).to.contain('Apareixerà per a tothom quan un moderador');
      expect(field(forum, 'title').value).to.equal('');
    });

    it('a visitor’s new discussion awaits moderation shown to its author only, marked, also after a reload, until it is approved', async () => {
      const project = 'prova-conversa-pendent';
      const forum = await mount({ api: API, project });
      await type(forum, 'title', 'Una conversa per moderar');
      await type(forum, 'text', 'El primer missatge, pendent');
      await type(forum, 'name', 'Pere');
      const event = oneEvent(forum, 'dc-forum-post') as Promise<ForumPostEvent>;
      await send(forum);
      const { detail } = await event;
      expect(detail.status).to.equal('pending');
      const mine = (element: DcForumThread) => root(element).querySelector<HTMLElement>('.thread-row.pending');
      expect(mine(forum)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Una conversa per moderar Pendent de moderació: de moment només el veieu vós.');
      // Reloaded (a new element): still shown to its author, marked; and it opens, with its post marked too.
      forum.remove();
      const again = await mount({ api: API, project });
      expect(!!mine(again), 'still listed for its author after a reload').to.equal(true);
      expect(mine(again)!.querySelector('button')!.id).to.equal(`thread-${detail.threadId}`);
      mine(again)!.querySelector('button')!.click();
      await waitUntil(() => posts(again).length === 1, 'the pending discussion did not open');
      expect(root(again).querySelector('[role="heading"]')!.textContent!.trim()).to.equal('Una conversa per moderar');
      expect(!!posts(again)[0]!.querySelector('[part="pending"]'), 'its post marked').to.equal(true);
      expect(!!root(again).querySelector('form'), 'no form: the forum takes no post there until it is approved').to.equal(false);
      // Nobody else sees it; another project's list does not show it either.
      expect((await (await fetch(`${API}threads?project=${project}`)).json()).threads).to.deep.equal([]);
      expect(!!mine(await mount({ api: API, project: 'prova-un-altre-projecte' })), 'not in another project’s list').to.equal(false);
      // Approved: listed for everyone, no longer as the author's only.
      const moderator = await executeServerCommand<string, { name: string; role: string }>('forum-member', { name: 'Moderació', role: 'moderator' });
      const approved = await fetch(`${API}moderation/posts/${detail.postId}/approve`, { method: 'POST', headers: { Authorization: `Bearer ${moderator}` } });
      expect(approved.status).to.equal(200);
      const after = await mount({ api: API, project });
      expect(!!mine(after), 'no longer the author’s only').to.equal(false);
      expect(root(after).querySelector(`#thread-${CSS.escape(detail.threadId)}`)!.textContent!.trim()).to.equal('Una conversa per moderar');
    });
  });

  describe('a 403 ("thread closed or origin not allowed", no body defined): the discussion, read again, tells which', () => {
    const CLOSED_NOW = "Aquesta conversa s'acaba de tancar: el text es manté aquí, però ja no es pot enviar.";
    const REFUSED = 'Aquesta pàgina no pot publicar en aquest fòrum (la seva adreça no és a la llista del fòrum). El text es manté.';
    const meta = (forum: DcForumThread) => root(forum).querySelector('p.meta')!.textContent!;

    it('a discussion closed meanwhile: read again, it is closed, and the visitor is told so; the text stays', async () => {
      const { thread, forum } = await drafted('Tancada mentrestant', 'Arribo tard');
      await executeServerCommand('forum-close', { thread });
      await send(forum);
      expect(outcome(forum)).to.equal(CLOSED_NOW);
      expect(meta(forum)).to.contain('tancada');
      expect(field(forum, 'text').value).to.equal('Arribo tard');
    });

    it('an open discussion refused with no reason: the forum does not take posts from this site, and the discussion is not marked closed', async () => {
      const { thread, forum } = await drafted('Origen no admès', 'Des d’un altre web');
      await fault('403');
      await send(forum);
      expect(outcome(forum)).to.equal(REFUSED);
      expect(meta(forum)).to.not.contain('tancada');
      expect(field(forum, 'text').value, 'the draft stays').to.equal('Des d’un altre web');
      expect(field(forum, 'text').readOnly, 'and can be changed: nothing was created').to.equal(false);
      expect(await stored(thread)).to.have.length(1);
    });

    it('a new discussion refused: never "closed" (it has no discussion to be closed); the draft stays', async () => {
      const forum = await mount({ api: API, project: 'seva-avisos-proactius' });
      await type(forum, 'title', 'Refusada');
      await type(forum, 'text', 'Una conversa nova');
      await type(forum, 'name', 'Pere');
      await fault('403');
      await send(forum);
      expect(outcome(forum)).to.equal(REFUSED);
      expect(field(forum, 'title').value).to.equal('Refusada');
      expect(field(forum, 'text').value).to.equal('Una conversa nova');
    });
  });

  describe('two tabs on one discussion (a same-origin frame shares the storage and its events)', () => {
    it('takes up the draft as it is when put back in the page: sent and confirmed from elsewhere meanwhile, it is gone', async () => {
      const { thread, forum } = await drafted('Tornada a la pàgina', 'Enviat des d’un altre lloc');
      const parent = forum.parentElement!;
      forum.remove();
      const other = await mount({ api: API, thread });
      expect(field(other, 'text').value).to.equal('Enviat des d’un altre lloc');
      await send(other);
      parent.append(forum);
      await forum.updateComplete;
      expect(field(forum, 'text').value).to.equal('');
      expect((await stored(thread)).filter((post) => post.text === 'Enviat des d’un altre lloc')).to.have.length(1);
    });

    async function otherTab(thread: string): Promise<{ frame: HTMLIFrameElement; forum: DcForumThread }> {
      const frame = document.createElement('iframe');
      frame.src = `/test/fixtures/forum-tab.html?thread=${encodeURIComponent(thread)}`;
      frame.style.cssText = 'inline-size: 600px; block-size: 600px';
      container('ca').append(frame);
      const forumOf = () => (frame.contentWindow as (Window & { forum?: DcForumThread }) | null)?.forum;
      await waitUntil(() => forumOf()?.shadowRoot?.querySelector('#text'), 'the other tab never showed the discussion', { timeout: 8000 });
      await forumOf()!.updateComplete;
      return { frame, forum: forumOf()! };
    }

    it('sends from the other tab what this one sent with its key, after the answer was lost: posted once', async () => {
      const { thread, forum } = await drafted('Dues pestanyes', 'Escrit a la primera pestanya');
      const other = await otherTab(thread);
      expect(field(other.forum, 'text').value, 'the other tab shows the draft').to.equal('Escrit a la primera pestanya');
      await fault('lost', 2);
      await send(forum);
      expect(outcome(forum)).to.match(/^No s'ha pogut enviar/);
      await waitUntil(() => field(other.forum, 'text').readOnly, 'the other tab did not take up the post on its way');
      await send(other.forum);
      const mine = (await stored(thread)).filter((post) => post.text === 'Escrit a la primera pestanya');
      expect(mine, 'the same post twice').to.have.length(1);
    });

    it('does not write the older draft of a tab left open over the one typed in another', async () => {
      const thread = await newThread('Pestanya oblidada');
      const idle = await otherTab(thread);
      const forum = await mount({ api: API, thread });
      await type(forum, 'text', 'Una resposta llarga escrita a la pestanya nova');
      await type(forum, 'name', 'Pere');
      // In the tab left open the visitor only writes their name there.
      const name = field(idle.forum, 'name');
      name.value = 'Pere';
      name.dispatchEvent(new Event('input'));
      // The new tab crashes; the page is opened again.
      const reopened = await otherTab(thread);
      expect(field(reopened.forum, 'text').value).to.equal('Una resposta llarga escrita a la pestanya nova');
    });
  });

  describe('faults: every post the visitor wrote exists once, and nothing else', () => {
    for (const [name, description] of [
      ['down', 'the connection drops before the forum sees the post'],
      ['500', 'the forum answers 500'],
      ['lost', 'the forum stores the post and the answer is lost'],
    ] as const) {
      it(`${description}: the draft stays, and sending again posts it once`, async () => {
        const { thread, forum } = await drafted(`Fallada ${name}`, `Missatge amb fallada ${name}`);
        // Chromium sends a post again by itself once when a reused connection drops: the fault holds for both.
        await fault(name, name === '500' ? 1 : 2);
        await send(forum);
        expect(outcome(forum)).to.match(/^No s'ha pogut enviar el missatge/);
        expect(root(forum).activeElement?.id, 'focus on the message that says so').to.equal('outcome');
        expect(field(forum, 'text').value).to.equal(`Missatge amb fallada ${name}`);
        expect(sendButton(forum).textContent!.trim(), 'the button offers to try again').to.equal('Torna-ho a provar');
        expect(field(forum, 'text').readOnly, 'it goes again as it went: no edits meanwhile').to.equal(true);
        // The page is reloaded before trying again: the draft and its key survive it.
        forum.remove();
        const again = await mount({ api: API, thread });
        expect(field(again, 'text').value).to.equal(`Missatge amb fallada ${name}`);
        await send(again);
        expect(outcome(again)).to.contain('quan un moderador');
        const mine = (await stored(thread)).filter((post) => post.text === `Missatge amb fallada ${name}`);
        expect(mine, 'stored once').to.have.length(1);
        const keys = (await sentTo(`/forum/threads/${thread}/posts`)).map((request) => request.key);
        expect(keys.length, 'sent more than once').to.be.greaterThan(1);
        expect(new Set(keys).size, 'its fate unknown, it went again with the same key').to.equal(1);
        expect(posts(again).filter((post) => textOf(post) === `Missatge amb fallada ${name}`), 'shown once').to.have.length(1);
      });
    }

    it('the forum says to wait (429): the visitor is told how long, and can send once the wait is over', async () => {
      const { thread, forum } = await drafted('Fallada 429', 'Massa de pressa');
      await fault('429');
      await send(forum);
      expect(outcome(forum)).to.equal('Massa missatges alhora: podreu tornar a enviar d’aquí a 1 segon.');
      expect(sendButton(forum).disabled).to.equal(true);
      await waitUntil(() => !sendButton(forum).disabled, 'the button never came back', { timeout: 3000 });
      // Said when the wait is over, not left saying "in 1 second".
      expect(outcome(forum)).to.equal('El fòrum diu que hi ha massa missatges alhora, però ja podeu tornar a enviar.');
      sendButton(forum).click();
      // (The outcome of the 429 is still shown when the button is pressed: wait for the new one, not for any.)
      await waitUntil(() => outcome(forum).includes('quan un moderador'), 'no outcome of the second try', { timeout: 8000 });
      expect((await stored(thread)).filter((post) => post.text === 'Massa de pressa')).to.have.length(1);
      // A 429 is definitive (nothing was created): the next send is a new request, with a new key, which a forum that
      // replays the first answer to a key would otherwise refuse again forever.
      const [limited, again] = await sentTo(`/forum/threads/${thread}/posts`);
      expect(limited!.body.text).to.equal(again!.body.text);
      expect(again!.key, 'a new key after the 429').to.not.equal(limited!.key);
    });

    it('the forum says to wait until a date (Retry-After as an HTTP date), or not at all (0): the wait is the forum’s, not 30 s', async () => {
      const { thread, forum } = await drafted('Retry-After', 'Quan puc tornar?');
      await fault('429', 1, new Date(Date.now() + 3000).toUTCString());
      await send(forum);
      expect(outcome(forum)).to.match(/d’aquí a [23] segons\.$/);
      expect(sendButton(forum).disabled).to.equal(true);
      await waitUntil(() => !sendButton(forum).disabled, 'the button never came back', { timeout: 4000 });
      await fault('429', 1, '0');
      sendButton(forum).click();
      const path = `/forum/threads/${thread}/posts`;
      await waitUntil(async () => (await sentTo(path)).length === 2 && !root(forum).querySelector('button.send')!.textContent!.includes('Enviant'), 'the second try was not answered', { timeout: 8000 });
      await forum.updateComplete;
      expect(outcome(forum)).to.equal('El fòrum diu que hi ha massa missatges alhora, però ja podeu tornar a enviar.');
      expect(sendButton(forum).disabled, '0 is now: nothing to wait for').to.equal(false);
      sendButton(forum).click();
      await waitUntil(() => outcome(forum).includes('quan un moderador'), 'no outcome of the third try', { timeout: 8000 });
      expect((await stored(thread)).filter((post) => post.text === 'Quan puc tornar?')).to.have.length(1);
    });

    it('says the forum’s wait in another discussion too, beside the button it keeps from sending', async () => {
      const { forum } = await drafted('Espera aquí', 'Massa de pressa');
      await fault('429', 1, '5');
      await send(forum);
      forum.setAttribute('thread', await newThread('Espera allà'));
      await waitUntil(() => posts(forum).length === 1 && root(forum).querySelector('[role="heading"]')!.textContent!.includes('Espera allà'), 'the other discussion never showed');
      await forum.updateComplete;
      expect(sendButton(forum).disabled).to.equal(true);
      expect(outcome(forum)).to.match(/^Massa missatges alhora: podreu tornar a enviar d’aquí a [45] segons\.$/);
    });

    it('a slow answer: "Sending…", and a second press does not send it twice', async () => {
      const { thread, forum } = await drafted('Fallada lenta', 'Paciència');
      await fault('slow');
      sendButton(forum).click();
      await waitUntil(() => sendButton(forum).textContent!.includes('Enviant'), 'not sending');
      expect(sendButton(forum).getAttribute('aria-disabled')).to.equal('true');
      sendButton(forum).click();
      await waitUntil(() => outcome(forum) !== '', 'no answer', { timeout: 8000 });
      expect((await stored(thread)).filter((post) => post.text === 'Paciència')).to.have.length(1);
    });
  });

  describe('the forum client (src/forum/client.ts)', () => {
    it('reads Retry-After as seconds or as an HTTP date in any of its three forms; 0, or a date past, is now', () => {
      const now = Date.parse('1994-11-06T08:49:30Z');
      expect(retryAfterSeconds('120', now)).to.equal(120);
      expect(retryAfterSeconds('0', now)).to.equal(0);
      expect(retryAfterSeconds('Sun, 06 Nov 1994 08:49:37 GMT', now), 'IMF-fixdate').to.equal(7);
      expect(retryAfterSeconds('Sunday, 06-Nov-94 08:49:37 GMT', now), 'RFC 850').to.equal(7);
      expect(retryAfterSeconds('Sun Nov  6 08:49:37 1994', now), 'asctime, which is GMT').to.equal(7);
      expect(retryAfterSeconds('Sun, 06 Nov 1994 08:00:00 GMT', now), 'a date past').to.equal(0);
      for (const nonsense of [null, '', '-1', '1.5', 'soon', '2001-01-01']) expect(retryAfterSeconds(nonsense, now), String(nonsense)).to.equal(undefined);
    });

    it('reads a leap second (RFC 3339) as the second before it, and nothing that is not a time', () => {
      expect(readTime('2016-12-31T23:59:60Z')).to.equal('2016-12-31T23:59:59Z');
      expect(readTime('2016-12-31T23:59:60.250Z')).to.equal('2016-12-31T23:59:59.250Z');
      expect(readTime('2017-01-01T00:59:60+01:00')).to.equal('2017-01-01T00:59:59+01:00');
      expect(readTime('2026-10-06T08:42:00.000Z')).to.equal('2026-10-06T08:42:00.000Z');
      for (const nonsense of ['2016-12-31T23:59:61Z', 'ahir', 42, null]) expect(readTime(nonsense), String(nonsense)).to.equal(undefined);
    });

    it('gives the wait a 429 asks for, from the forum’s answer', async () => {
      const thread = await newThread('Client 429');
      const client = new ForumClient(new URL(API, location.href).href);
      for (const [header, expected] of [
        ['0', 0],
        ['Sun, 06 Nov 1994 08:49:37 GMT', 0],
        ['7', 7],
      ] as const) {
        await fault('429', 1, header);
        const error = await client.post(thread, { text: 'Hola', authorName: 'Pere' }, crypto.randomUUID()).catch((e: unknown) => e);
        expect(error, header).to.be.instanceOf(ForumError);
        expect((error as ForumError).status, `${header}: ${String(error)}`).to.equal(429);
        expect((error as ForumError).retryAfter, header).to.equal(expected);
      }
    });
  });
});
