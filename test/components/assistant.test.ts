import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/assistant/assistant.js';
import type { AssistantFeedbackEvent, DcAssistant } from '../../src/components/assistant/assistant.js';
import { container } from './mount.js';

/* <dc-assistant> on the example feed (demo/feed.json: 34 FAQ entries in Catalan, Spanish and English, and a help block). */

const DEMO = '/demo/feed.json';

async function mount(attributes: Record<string, string> = {}, lang = 'ca'): Promise<DcAssistant> {
  const div = container(lang);
  const assistant = document.createElement('dc-assistant');
  assistant.setAttribute('feed', DEMO);
  for (const [name, value] of Object.entries(attributes)) assistant.setAttribute(name, value);
  div.append(assistant);
  await waitUntil(() => assistant.shadowRoot?.querySelector('.launcher'), 'the assistant never rendered', { timeout: 5000 });
  return assistant;
}

const root = (assistant: DcAssistant) => assistant.shadowRoot!;
const launcher = (assistant: DcAssistant) => root(assistant).querySelector<HTMLButtonElement>('.launcher')!;
const input = (assistant: DcAssistant) => root(assistant).querySelector<HTMLInputElement>('#input')!;
/** The messages of the log (not an answer still streaming in from a language model). */
const messages = (assistant: DcAssistant) => [...root(assistant).querySelectorAll<HTMLElement>('[role="log"] .msg')];
const last = (assistant: DcAssistant) => messages(assistant).at(-1)!;
const texts = (assistant: DcAssistant) => messages(assistant).map((message) => message.textContent!.replace(/\s+/g, ' ').trim());

/** Everything the status line says from now on (stop with `observer.disconnect()`). */
function sayings(assistant: DcAssistant): { said: string[]; observer: MutationObserver } {
  const said: string[] = [];
  const observer = new MutationObserver(() => {
    const text = root(assistant).querySelector('[role="status"]')?.textContent?.trim();
    if (text && said.at(-1) !== text) said.push(text);
  });
  observer.observe(root(assistant), { childList: true, characterData: true, subtree: true });
  return { said, observer };
}

async function open(assistant: DcAssistant): Promise<void> {
  launcher(assistant).click();
  await waitUntil(() => root(assistant).querySelector('#input') && messages(assistant).length, 'the panel never opened', { timeout: 5000 });
  await assistant.updateComplete;
}

/** Types a question in the field and presses Enter, as a visitor does. */
async function ask(assistant: DcAssistant, question: string): Promise<HTMLElement> {
  const before = messages(assistant).length;
  input(assistant).focus();
  await sendKeys({ type: question });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => messages(assistant).length >= before + 2, `no answer to ${question}`);
  await assistant.updateComplete;
  return last(assistant);
}

beforeEach(() => sessionStorage.clear());

describe('<dc-assistant>', () => {
  // First in this file (the page's module cache is the file's): nothing has loaded the language data before.
  it('downloads its language data only when its panel first opens', async () => {
    const languageData = () => performance.getEntriesByType('resource').some((entry) => /\/assistant\/language\.(ts|js)/.test(entry.name));
    const assistant = await mount();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(languageData(), 'before opening').to.equal(false);
    await open(assistant);
    await waitUntil(languageData, 'the language data was never loaded');
  });

  // Early in this file too: nothing has loaded the assistant's English strings yet, which the first reply waits for.
  it('answers questions in the order they were asked, one in another language than the page’s included', async () => {
    const assistant = await mount();
    assistant.ask('How can I pay the IBI tax?');
    assistant.ask('horari de la deixalleria');
    await waitUntil(() => messages(assistant).length === 5, 'both questions were not answered', { timeout: 5000 });
    const texts = messages(assistant).map((message) => message.textContent!.replace(/\s+/g, ' ').trim());
    expect(texts[1]).to.contain('How can I pay the IBI tax?');
    expect(texts[2]).to.contain('You can pay by card');
    expect(texts[3]).to.contain('horari de la deixalleria');
    expect(texts[4]).to.contain('La deixalleria obre');
  });

  it('is accessible (axe) closed, open, and with answers of every kind', async () => {
    const assistant = await mount();
    await expect(assistant).to.be.accessible();
    await open(assistant);
    await expect(assistant).to.be.accessible();
    await ask(assistant, 'com pago l’IBI');
    await ask(assistant, 'quin temps farà demà');
    await ask(assistant, 'projectes de dades obertes');
    await ask(assistant, 'vull parlar amb una persona');
    await expect(assistant).to.be.accessible();
  });

  it('opens from its labelled launcher, says it is automated, greets, and puts focus in the question field', async () => {
    const assistant = await mount();
    expect(launcher(assistant).textContent).to.contain('Pregunta a l’assistent');
    expect(launcher(assistant).getAttribute('aria-expanded')).to.equal('false');
    launcher(assistant).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => messages(assistant).length === 1);
    await assistant.updateComplete;
    expect(launcher(assistant).getAttribute('aria-expanded')).to.equal('true');
    expect(root(assistant).querySelector('.panel')!.getAttribute('role')).to.equal('dialog');
    expect(root(assistant).querySelector('.automated')!.textContent).to.contain('no una persona');
    expect(root(assistant).querySelector('[role="log"]')).to.not.equal(null);
    expect(root(assistant).activeElement).to.equal(input(assistant));
    const chips = [...root(assistant).querySelectorAll('.chip')].map((chip) => chip.textContent!.trim());
    expect(chips).to.include('Com puc obtenir el volant o el certificat d’empadronament?');
    expect(chips).to.include('Participació i govern obert');
  });

  it('answers from the FAQ with its links, keeps focus in the field, and fires the feedback event', async () => {
    const assistant = await mount();
    await open(assistant);
    const answer = await ask(assistant, 'on pago la contribucio');
    expect(root(assistant).activeElement).to.equal(input(assistant));
    expect(input(assistant).value).to.equal('');
    expect(answer.textContent).to.contain('Pots pagar amb targeta');
    expect(answer.querySelector('a')!.getAttribute('href')).to.equal('https://www.ajuntament.example/tributs/pagament');
    const yes = answer.querySelector<HTMLButtonElement>('.feedback button')!;
    setTimeout(() => yes.click());
    const event = (await oneEvent(assistant, 'dc-assistant-feedback')) as AssistantFeedbackEvent;
    expect(event.detail).to.deep.equal({ question: 'on pago la contribucio', entryId: 'pagar-impostos', helpful: true });
    await assistant.updateComplete;
    expect(yes.getAttribute('aria-pressed')).to.equal('true');
  });

  it('marks a question shown in the feed’s language (its translation has only an answer) with that language, and links a help address that is an email', async () => {
    const assistant = await mount({ feed: '/test/fixtures/assistant-small.json' }, 'es');
    await open(assistant);
    const chip = root(assistant).querySelector<HTMLButtonElement>('.chip-group .chip')!;
    expect(chip.textContent!.trim()).to.equal('On recullo els objectes perduts?');
    expect(chip.getAttribute('lang')).to.equal('ca');
    chip.click();
    await waitUntil(() => last(assistant).textContent?.includes('policía local'), 'the chip was not answered in Spanish');
    const answer = last(assistant).querySelector('.text')!;
    expect(answer.hasAttribute('lang'), 'Spanish on a Spanish page').to.equal(false);
    const handover = await ask(assistant, 'quiero hablar con una persona');
    const web = handover.querySelector('a[href^="mailto:"]')!;
    expect(web.getAttribute('href')).to.equal('mailto:ajuda@ajuntament.example');
    expect(web.textContent!.trim()).to.equal('ajuda@ajuntament.example');
    expect(handover.querySelector('a[href^="tel:"]')).to.not.equal(null);
  });

  it('answers in the language the question is written in, marked with it', async () => {
    const assistant = await mount();
    await open(assistant);
    const answer = await ask(assistant, 'How can I pay the IBI tax?');
    const text = answer.querySelector('.text')!;
    expect(text.getAttribute('lang')).to.equal('en');
    expect(text.textContent).to.contain('You can pay by card');
  });

  it('is not sure below its threshold, offers the closest questions, and hands over after a second miss with the help block', async () => {
    const assistant = await mount();
    await open(assistant);
    const unsure = await ask(assistant, 'quin temps farà demà a la platja');
    expect(unsure.textContent).to.match(/No estic segur/);
    expect(unsure.querySelector('.person')).to.not.equal(null);
    const handover = await ask(assistant, 'qui guanyarà la lliga de futbol');
    expect(handover.textContent).to.contain('No he trobat la resposta');
    expect(handover.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+34930000000');
    expect(handover.querySelector('a[href^="mailto:"]')!.getAttribute('href')).to.equal('mailto:atencio@ajuntament.example');
    expect(handover.textContent).to.contain('De dilluns a divendres');
  });

  it('answers a suggested question it offered when the visitor picks it', async () => {
    const assistant = await mount();
    await open(assistant);
    const unsure = await ask(assistant, 'quin horari té la biblioteca');
    const suggestions = [...unsure.querySelectorAll<HTMLButtonElement>('.options .chip:not(.person)')];
    expect(suggestions.length).to.be.within(1, 3);
    const suggestion = suggestions[0]!;
    const question = suggestion.textContent!.trim();
    suggestion.click();
    await waitUntil(() => last(assistant).querySelector('.feedback'));
    expect(messages(assistant).at(-2)!.textContent).to.contain(question);
  });

  it('finds projects near a council, with links and distances', async () => {
    const assistant = await mount();
    await open(assistant);
    const answer = await ask(assistant, 'chatbots a prop de Girona');
    expect(answer.textContent).to.contain('Girona');
    const items = answer.querySelectorAll('.projects li');
    expect(items.length).to.be.greaterThan(0);
    expect(items[0]!.textContent).to.match(/km|m\b/);
  });

  it('shows a message of 10,000 characters, HTML or emoji as text, and answers it', async () => {
    const assistant = await mount();
    await open(assistant);
    assistant.ask(`<img src=x onerror="window.hacked=1"> 🙂 ${'padró '.repeat(1700)}`);
    await waitUntil(() => messages(assistant).length === 3, 'no answer');
    const visitor = messages(assistant).at(-2)!;
    expect(visitor.querySelector('img')).to.equal(null);
    expect(visitor.textContent).to.contain('<img src=x');
    expect(visitor.textContent!.length).to.be.greaterThan(10_000);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
    expect(last(assistant).classList.contains('assistant')).to.equal(true);
  });

  it('moves through the messages with the arrow keys, back to the field past the last one, and closes with Escape', async () => {
    const assistant = await mount();
    await open(assistant);
    await ask(assistant, 'horari de la deixalleria');
    await sendKeys({ press: 'ArrowUp' });
    expect(root(assistant).activeElement).to.equal(messages(assistant).at(-1));
    await sendKeys({ press: 'ArrowUp' });
    expect(root(assistant).activeElement).to.equal(messages(assistant).at(-2));
    expect(messages(assistant).filter((message) => message.tabIndex === 0)).to.have.length(1);
    await sendKeys({ press: 'Home' });
    expect(root(assistant).activeElement).to.equal(messages(assistant)[0]);
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowDown' });
    expect(root(assistant).activeElement).to.equal(input(assistant));
    await sendKeys({ press: 'Escape' });
    await assistant.updateComplete;
    expect(assistant.open).to.equal(false);
    await waitUntil(() => root(assistant).activeElement === launcher(assistant), 'focus did not return to the launcher');
  });

  it('writes in the question field when the visitor types while reading a message', async () => {
    const assistant = await mount();
    await open(assistant);
    await ask(assistant, 'horari de la deixalleria');
    await sendKeys({ press: 'ArrowUp' });
    expect(root(assistant).activeElement).to.equal(messages(assistant).at(-1));
    await sendKeys({ type: 'gual' });
    expect(root(assistant).activeElement).to.equal(input(assistant));
    expect(input(assistant).value).to.equal('gual');
  });

  it('keeps the conversation across a reload of the tab, and forgets it when cleared', async () => {
    const first = await mount();
    await open(first);
    await ask(first, 'horari de la deixalleria');
    first.parentElement!.remove();
    const again = await mount();
    await open(again);
    expect(messages(again).map((message) => message.classList.contains('visitor'))).to.deep.equal([false, true, false]);
    expect(messages(again)[1]!.textContent).to.contain('horari de la deixalleria');
    root(again).querySelector<HTMLButtonElement>('.clear')!.click();
    await again.updateComplete;
    expect(messages(again)).to.have.length(1);
    expect(root(again).querySelector('[role="status"]')!.textContent).to.contain('Conversa esborrada');
    expect(sessionStorage.getItem(`digicanvis-assistant:${new URL(DEMO, location.href).href}`)).to.equal(null);
  });

  it('answers a question asked by script before its feed has loaded, once it has', async () => {
    const div = container('ca');
    const assistant = document.createElement('dc-assistant');
    assistant.setAttribute('feed', DEMO);
    div.append(assistant);
    assistant.ask('horari de la deixalleria');
    await waitUntil(() => messages(assistant).length === 3, 'the question was dropped', { timeout: 5000 });
    expect(last(assistant).textContent).to.contain('deixalleria');
  });

  it('shows what it can of a conversation stored by another version or script, and still works', async () => {
    sessionStorage.setItem(
      `digicanvis-assistant:${new URL(DEMO, location.href).href}`,
      JSON.stringify({ messages: [{ from: 'assistant', kind: 'unsure' }, { from: 'assistant', kind: 'projects' }, { from: 'assistant', kind: 'future' }, { from: 'visitor', text: 'hola' }, { from: 'assistant', kind: 'hello' }], misses: 1 }),
    );
    const assistant = await mount();
    await open(assistant);
    expect(messages(assistant)).to.have.length(2);
    expect((await ask(assistant, 'horari de la deixalleria')).textContent).to.contain('deixalleria');
  });

  it('forgets the misses once the visitor asks for a person, also after a reload', async () => {
    const assistant = await mount();
    await open(assistant);
    const unsure = await ask(assistant, 'quin temps farà demà a la platja');
    unsure.querySelector<HTMLButtonElement>('.person')!.click();
    await assistant.updateComplete;
    const stored = JSON.parse(sessionStorage.getItem(`digicanvis-assistant:${new URL(DEMO, location.href).href}`)!) as { misses: number };
    expect(stored.misses).to.equal(0);
  });

  it('fits a 320 × 480 window: the panel inside it, the question field reachable after a long conversation', async () => {
    await setViewport({ width: 320, height: 480 });
    try {
      const assistant = await mount();
      await open(assistant);
      for (const question of ['on pago la contribucio', 'vull parlar amb una persona', 'chatbots a prop de Girona']) await ask(assistant, question);
      const panel = root(assistant).querySelector('.panel')!.getBoundingClientRect();
      expect(panel.left).to.be.at.least(0);
      expect(panel.right).to.be.at.most(320);
      expect(panel.top).to.be.at.least(0);
      input(assistant).scrollIntoView({ block: 'nearest' });
      const field = input(assistant).getBoundingClientRect();
      expect(field.bottom).to.be.at.most(480);
      expect(field.top).to.be.at.least(0);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('says each reply once in its status line, not the visitor’s own words, and again when asked again; the log itself is silent', async () => {
    const assistant = await mount();
    await open(assistant);
    const log = root(assistant).querySelector('[role="log"]')!;
    expect(log.getAttribute('aria-live')).to.equal('off');
    const status = root(assistant).querySelector('[role="status"]')!;
    const said: string[] = [];
    const observer = new MutationObserver(() => status.textContent!.trim() && said.push(status.textContent!.trim()));
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    // Pasted, as it were (typing 2,000 characters would take the test's time).
    const pasted = `on pago la contribucio ${'i una frase molt llarga que el visitant ha enganxat '.repeat(40)}`;
    for (let i = 1; i <= 2; i++) {
      assistant.ask(pasted);
      await waitUntil(() => messages(assistant).length === 1 + 2 * i, 'no answer');
    }
    await waitUntil(() => said.length >= 2, 'the second reply was not said');
    observer.disconnect();
    expect(said).to.have.length(2);
    for (const line of said) {
      expect(line).to.contain('Pots pagar amb targeta');
      expect(line).to.not.contain('frase molt llarga');
      expect(line, '"was this helpful?" follows the reply, unsaid').to.not.contain('T’ha estat útil');
    }
    // A hand-over's contacts are said one by one, not run together.
    await ask(assistant, 'vull parlar amb una persona');
    await waitUntil(() => status.textContent!.includes('930'), 'the hand-over was not said');
    expect(status.textContent).to.match(/Telèfon \+34 930 000 000 Correu electrònic atencio@/);
  });

  it('puts focus in the question field when a page control asks it a question', async () => {
    const assistant = await mount();
    const button = Object.assign(document.createElement('button'), { textContent: 'Com pago l’IBI?' });
    button.addEventListener('click', () => assistant.ask(button.textContent!));
    container('ca').append(button);
    button.focus();
    button.click();
    await waitUntil(() => messages(assistant).length === 3, 'no answer', { timeout: 5000 });
    await assistant.updateComplete;
    expect(root(assistant).activeElement).to.equal(input(assistant));
  });

  it('keeps focus in the panel when Retry loads the feed again, and puts it in the field once the feed has come', async () => {
    const assistant = await mount({ feed: `/faults/flaky?key=assistant-retry-${Date.now()}&fail=1&status=404&file=assistant-small.json` });
    launcher(assistant).click();
    const retry = () => [...root(assistant).querySelectorAll<HTMLButtonElement>('.panel button')].find((button) => /Torna-ho a provar/.test(button.textContent!));
    await waitUntil(retry, 'no Retry button', { timeout: 5000 });
    retry()!.focus();
    await sendKeys({ press: 'Enter' });
    await assistant.updateComplete;
    expect(root(assistant).activeElement, 'focus left the panel while loading').to.not.equal(null);
    await waitUntil(() => root(assistant).activeElement === input(assistant), 'focus never reached the question field', { timeout: 5000 });
  });

  it('keeps one conversation each for two assistants of one feed on a page, told apart by their ids', async () => {
    const first = await mount({ inline: '', id: 'contact-assistant' });
    const second = await mount({ inline: '', id: 'footer-assistant' });
    await open(first);
    await open(second);
    await ask(first, 'horari de la deixalleria');
    await ask(second, 'on pago la contribucio');
    const stored = (id: string) => sessionStorage.getItem(`digicanvis-assistant:${new URL(DEMO, location.href).href}#${id}`) ?? '';
    expect(stored('contact-assistant')).to.contain('deixalleria');
    expect(stored('contact-assistant')).to.not.contain('contribucio');
    expect(stored('footer-assistant')).to.contain('contribucio');
  });

  it('answers every question asked before its feed has loaded, and says each reply, also when two come at once', async () => {
    const div = container('ca');
    const assistant = document.createElement('dc-assistant');
    assistant.setAttribute('feed', '/faults/slow?ms=400&file=assistant-small.json');
    assistant.inline = true;
    div.append(assistant);
    assistant.ask('on recullo els objectes perduts');
    assistant.ask('bon dia');
    await waitUntil(() => root(assistant).querySelector('[role="status"]'), 'the panel never opened', { timeout: 5000 });
    const { said, observer } = sayings(assistant);
    await waitUntil(() => messages(assistant).length === 5, 'both questions were not answered', { timeout: 5000 });
    await waitUntil(() => said.length, 'nothing was said');
    observer.disconnect();
    expect(texts(assistant)[1]).to.contain('on recullo els objectes perduts');
    expect(texts(assistant)[2]).to.contain('policia local');
    expect(said.join(' | ')).to.contain('policia local');
    expect(said.join(' | ')).to.contain(texts(assistant)[4]!.replace(/^Assistent: /, ''));
  });

  it('tells a screen reader, as the panel opens, that it is an automated assistant', async () => {
    const assistant = await mount();
    await open(assistant);
    const panel = root(assistant).querySelector('.panel')!;
    const description = root(assistant).getElementById(panel.getAttribute('aria-describedby')!)!;
    expect(description.textContent).to.contain('Un assistent automàtic, no una persona');
  });

  it('lets Tab go from the header to the latest reply and on to the field; an earlier reply’s links are an arrow key away', async () => {
    const assistant = await mount();
    await open(assistant);
    const first = await ask(assistant, 'on pago la contribucio');
    const latest = await ask(assistant, 'horari de la deixalleria');
    const firstLink = first.querySelector('a')!;
    const close = root(assistant).querySelector<HTMLButtonElement>('.close')!;
    close.focus();
    const order: Element[] = [];
    for (let i = 0; i < 12 && root(assistant).activeElement !== input(assistant); i++) {
      await sendKeys({ press: 'Tab' });
      order.push(root(assistant).activeElement!);
    }
    expect(order[0], 'the latest reply holds the tab stop').to.equal(latest);
    expect(order.at(-1)).to.equal(input(assistant));
    expect(order).to.not.include(firstLink);
    expect(order).to.include(latest.querySelector('.feedback button'));
    // From the latest reply, up to the first one, whose links Tab then reaches.
    latest.focus();
    for (let i = 0; i < 2; i++) await sendKeys({ press: 'ArrowUp' });
    expect(root(assistant).activeElement).to.equal(first);
    await assistant.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(root(assistant).activeElement).to.equal(firstLink);
  });

  it('closes with Escape from its launcher too, and keeps what the visitor was typing', async () => {
    const assistant = await mount();
    await open(assistant);
    input(assistant).focus();
    await sendKeys({ type: 'quant costa el ga' });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => root(assistant).activeElement === launcher(assistant), 'focus did not return to the launcher');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(assistant).activeElement === input(assistant), 'the panel did not open again');
    expect(input(assistant).value).to.equal('quant costa el ga');
    launcher(assistant).focus();
    await sendKeys({ press: 'Escape' });
    await assistant.updateComplete;
    expect(assistant.open, 'Escape on the launcher of an open panel').to.equal(false);
    // Closed, the assistant leaves Escape to the page.
    let heard = 0;
    const listener = (event: KeyboardEvent) => event.key === 'Escape' && heard++;
    document.addEventListener('keydown', listener);
    await sendKeys({ press: 'Escape' });
    document.removeEventListener('keydown', listener);
    expect(heard).to.equal(1);
  });

  it('lets the visitor change their mind about whether an answer helped, and says so in the event', async () => {
    const assistant = await mount();
    await open(assistant);
    const answer = await ask(assistant, 'on pago la contribucio');
    const [yes, no] = [...answer.querySelectorAll<HTMLButtonElement>('.feedback button')];
    setTimeout(() => yes!.click());
    expect(((await oneEvent(assistant, 'dc-assistant-feedback')) as AssistantFeedbackEvent).detail.helpful).to.equal(true);
    await assistant.updateComplete;
    expect(no!.disabled).to.equal(false);
    setTimeout(() => no!.click());
    expect(((await oneEvent(assistant, 'dc-assistant-feedback')) as AssistantFeedbackEvent).detail.helpful).to.equal(false);
    await assistant.updateComplete;
    expect([yes!.getAttribute('aria-pressed'), no!.getAttribute('aria-pressed')]).to.deep.equal(['false', 'true']);
  });

  it('lays out a reply in a right-to-left translation right to left, the question offered too', async () => {
    const assistant = await mount({ feed: '/test/fixtures/assistant-rtl.json', inline: '' });
    await open(assistant);
    const reply = await ask(assistant, 'كيف أسجل في سجل السكان؟');
    const text = reply.querySelector<HTMLElement>('.text')!;
    expect(text.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(text).direction).to.equal('rtl');
    // The Catalan link title keeps its own direction.
    expect(getComputedStyle(reply.querySelector('a')!).direction).to.equal('ltr');
  });

  it('marks the visitor’s message with the language it is written in', async () => {
    const assistant = await mount();
    await open(assistant);
    await ask(assistant, 'How can I pay the IBI tax?');
    expect(messages(assistant).at(-2)!.querySelector('.text')!.getAttribute('lang')).to.equal('en');
    await ask(assistant, 'on pago la contribucio');
    expect(messages(assistant).at(-2)!.querySelector('.text')!.hasAttribute('lang'), 'Catalan on a Catalan page').to.equal(false);
  });

  it('replies in the visitor’s language, not only the answer: “was this helpful?”, “not sure”, a person', async () => {
    const assistant = await mount();
    await open(assistant);
    const answer = await ask(assistant, 'How can I pay the IBI tax?');
    expect(answer.getAttribute('lang')).to.equal('en');
    expect(answer.querySelector('.feedback')!.getAttribute('aria-label')).to.equal('Was this helpful?');
    // Said in English too.
    const status = root(assistant).querySelector('[role="status"]')!;
    await waitUntil(() => status.textContent!.includes('You can pay by card'), 'the reply was not said');
    expect(status.getAttribute('lang')).to.equal('en');
    const unsure = await ask(assistant, 'what time does the town swimming pool open on sundays');
    expect(unsure.getAttribute('lang')).to.equal('en');
    expect(unsure.textContent).to.contain('I am not sure');
    unsure.querySelector<HTMLButtonElement>('.person')!.click();
    await waitUntil(() => messages(assistant).length === 7, 'no hand-over');
    expect(messages(assistant).at(-2)!.textContent).to.contain('Talk to a person');
    expect(last(assistant).textContent).to.contain('how to reach a person');
    const person = await ask(assistant, 'Quiero hablar con una persona');
    expect(person.getAttribute('lang')).to.equal('es');
    // Catalan, the page's: no lang of its own.
    expect((await ask(assistant, 'vull parlar amb una persona')).hasAttribute('lang')).to.equal(false);
  });

  it('keeps its quick replies and hidden labels in their boxes, with the text at 200% in a short window', async () => {
    await setViewport({ width: 640, height: 400 });
    document.documentElement.style.fontSize = '200%';
    try {
      const assistant = await mount();
      await open(assistant);
      const chips = root(assistant).querySelector<HTMLElement>('.chips')!;
      const chip = chips.querySelector<HTMLElement>('.chip')!;
      expect(chips.getBoundingClientRect().height, 'the quick replies squeezed to nothing').to.be.at.least(chip.getBoundingClientRect().height);
      chip.focus();
      const panel = root(assistant).querySelector('.panel')!.getBoundingClientRect();
      const focused = chip.getBoundingClientRect();
      expect(focused.top).to.be.at.least(panel.top);
      expect(focused.bottom).to.be.at.most(panel.bottom);
      await ask(assistant, 'on pago la contribucio');
      await ask(assistant, 'vull parlar amb una persona');
      for (const message of messages(assistant)) {
        const box = message.getBoundingClientRect();
        const label = message.querySelector('.visually-hidden')!.getBoundingClientRect();
        expect(label.top, 'a hidden label outside its message').to.be.within(box.top - 1, box.bottom + 1);
      }
      // Words are not broken letter by letter in the header's buttons: each is on one line.
      for (const button of root(assistant).querySelectorAll<HTMLElement>('.header button'))
        expect(button.getBoundingClientRect().height, button.textContent!).to.be.below(parseFloat(getComputedStyle(button).lineHeight) * 2 + 16);
    } finally {
      document.documentElement.style.fontSize = '';
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('in a narrow window: a round launcher that keeps its name, and a long reply shown from its start', async () => {
    await setViewport({ width: 320, height: 480 });
    try {
      const assistant = await mount();
      const button = launcher(assistant).getBoundingClientRect();
      expect(button.width).to.be.at.most(50);
      expect(launcher(assistant).textContent).to.contain('Pregunta a l’assistent');
      await open(assistant);
      await ask(assistant, 'on pago la contribucio');
      const reply = await ask(assistant, 'vull parlar amb una persona');
      const log = root(assistant).querySelector('.log')!.getBoundingClientRect();
      const top = reply.getBoundingClientRect().top;
      if (reply.getBoundingClientRect().height > log.height) expect(top, 'the reply’s start is out of view').to.be.within(log.top - 1, log.top + 16);
      else expect(reply.getBoundingClientRect().bottom).to.be.at.most(log.bottom + 1);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('steps aside, up or to the other side, when the page’s focused element is under its launcher, and comes back after', async () => {
    const assistant = await mount();
    const page = container('ca');
    const link = (style: string, text: string) => {
      const a = Object.assign(document.createElement('a'), { href: '#', textContent: text });
      a.style.cssText = `position: fixed; display: block; ${style}`;
      page.append(a);
      return a;
    };
    // A link at the foot of the window, a column down its side, and a link far from the launcher.
    const foot = link('inset-inline-end: 0; inset-block-end: 0; inline-size: 15rem; block-size: 4rem', 'Avís legal');
    const column = link('inset-inline-end: 0; inset-block: 0; inline-size: 20rem', 'Menú');
    const away = link('inset-inline-start: 0; inset-block-start: 0', 'Inici');
    const home = launcher(assistant).getBoundingClientRect();
    const apart = (a: DOMRect, b: DOMRect) => a.right <= b.left || a.left >= b.right || a.bottom <= b.top || a.top >= b.bottom;
    for (const focused of [foot, column]) {
      focused.focus();
      const now = launcher(assistant).getBoundingClientRect();
      expect(apart(now, focused.getBoundingClientRect()), `${focused.textContent} is under the launcher`).to.equal(true);
      expect(now.left).to.be.at.least(0);
      expect(now.right).to.be.at.most(window.innerWidth);
      expect(now.top).to.be.at.least(0);
    }
    // Up for the link at the foot; to the other side for the column.
    foot.focus();
    expect(launcher(assistant).getBoundingClientRect().left).to.equal(home.left);
    column.focus();
    expect(launcher(assistant).getBoundingClientRect().left).to.be.below(window.innerWidth / 2);
    // Focus on the launcher leaves it where it is (a pointer pressed on it must not miss it), and it opens there.
    launcher(assistant).focus();
    expect(launcher(assistant).getBoundingClientRect().left).to.be.below(window.innerWidth / 2);
    await open(assistant);
    await assistant.updateComplete;
    const panel = root(assistant).querySelector('.panel')!.getBoundingClientRect();
    expect(panel.left).to.be.at.least(0);
    expect(panel.right).to.be.at.most(window.innerWidth);
    await sendKeys({ press: 'Escape' });
    away.focus();
    expect(launcher(assistant).getBoundingClientRect()).to.deep.include({ left: home.left, top: home.top });
    // Focus gone from the page's element under it (to nothing): back too.
    foot.focus();
    expect(launcher(assistant).getBoundingClientRect().top).to.be.below(home.top);
    foot.blur();
    expect(launcher(assistant).getBoundingClientRect()).to.deep.include({ left: home.left, top: home.top });
    // Pressed while aside, in a browser that does not focus a button on a click (focus goes nowhere): it stays under
    // the pointer until released, and opens; closed, it goes back, the link being no longer focused.
    foot.focus();
    const aside = launcher(assistant).getBoundingClientRect();
    launcher(assistant).dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    foot.blur();
    expect(launcher(assistant).getBoundingClientRect()).to.deep.include({ left: aside.left, top: aside.top });
    window.dispatchEvent(new PointerEvent('pointerup'));
    await open(assistant);
    root(assistant).querySelector<HTMLButtonElement>('.close')!.click();
    await assistant.updateComplete;
    expect(launcher(assistant).getBoundingClientRect()).to.deep.include({ left: home.left, top: home.top });
  });

  it('steps aside again when the window changes size (zoom), keeping inside it', async () => {
    const assistant = await mount();
    const column = Object.assign(document.createElement('a'), { href: '#', textContent: 'Menú' });
    column.style.cssText = 'position: fixed; display: block; inset-inline-end: 0; inset-block: 0; inline-size: 12rem';
    container('ca').append(column);
    try {
      column.focus();
      expect(launcher(assistant).getBoundingClientRect().left).to.be.below(400);
      await setViewport({ width: 500, height: 600 });
      // (Resize events come with the next frame, which a background tab may not get: sent here as the browser would.)
      window.dispatchEvent(new Event('resize'));
      const now = launcher(assistant).getBoundingClientRect();
      expect(now.left).to.be.at.least(0);
      expect(now.right).to.be.at.most(500);
      expect(now.right <= column.getBoundingClientRect().left || now.bottom <= column.getBoundingClientRect().top, 'the column is under the launcher').to.equal(true);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('sits in the page with inline, and sends no request but the feed', async () => {
    const before = performance.getEntriesByType('resource').length;
    const assistant = await mount({ inline: '' });
    await open(assistant);
    expect(root(assistant).querySelector('.panel')!.getAttribute('role')).to.equal('region');
    expect(getComputedStyle(launcher(assistant)).position).to.not.equal('fixed');
    await ask(assistant, 'com demano cita prèvia');
    const requests = performance.getEntriesByType('resource').slice(before).map((entry) => new URL(entry.name));
    expect(requests.filter((url) => url.origin !== location.origin)).to.deep.equal([]);
  });
});

/** An assistant whose language model has started a slow answer to a question typed in the field. */
async function slowAnswerStarted(): Promise<DcAssistant> {
  const assistant = await mount({ 'llm-endpoint': '/model/slow/v1/chat/completions' });
  await open(assistant);
  input(assistant).focus();
  await sendKeys({ type: 'on pago la contribucio' });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => root(assistant).querySelector('.streaming'), 'the answer never started');
  return assistant;
}

describe('<dc-assistant> with a language model (llm-endpoint)', () => {
  it('sends the question with the retrieved entries only, streams the answer unannounced, then logs it with its sources', async () => {
    const assistant = await mount({ 'llm-endpoint': '/model/v1/chat/completions', 'llm-model': 'council-model' });
    await open(assistant);
    const answer = await ask(assistant, 'on pago la contribucio');
    expect(root(assistant).querySelectorAll('.streaming').length).to.equal(0);
    expect(answer.querySelector('.text')!.textContent).to.contain('Pots pagar amb targeta a la web de tributs amb el número de rebut, al caixer de qualsevol entitat col·laboradora o domiciliant-lo al compte bancari. [1]');
    expect(answer.querySelector('[role="group"]')!.textContent).to.contain('Com puc pagar l’IBI i els altres impostos municipals?');
    expect(answer.textContent).to.contain('model de llenguatge');
    // Said once complete, with the note that a model wrote it.
    await waitUntil(() => root(assistant).querySelector('[role="status"]')!.textContent!.includes('Pots pagar amb targeta'), 'the model’s answer was not said');
    expect(root(assistant).querySelector('[role="status"]')!.textContent).to.contain('model de llenguatge');
    const request = (await executeServerCommand('model-last-request')) as { model: string; stream: boolean; messages: { role: string; content: string }[] };
    expect(request.model).to.equal('council-model');
    expect(request.stream).to.equal(true);
    expect(request.messages.at(-1)).to.deep.equal({ role: 'user', content: 'on pago la contribucio' });
    const system = request.messages[0]!.content;
    expect(system).to.contain('[1] Q: Com puc pagar l’IBI');
    expect(system).to.not.contain('[4]');
    expect(root(assistant).activeElement).to.equal(input(assistant));
  });

  it('is not sure when the model says the entries do not answer, a miss as the FAQ’s own: a person after the second, and an answer ends the misses', async () => {
    const assistant = await mount({ 'llm-endpoint': '/model/none/v1/chat/completions' });
    await open(assistant);
    const { said, observer } = sayings(assistant);
    // The FAQ alone would answer this one (the IBI entry); the model says its entries do not.
    const unsure = await ask(assistant, 'on pago la contribucio');
    expect(unsure.textContent).to.match(/No estic segur/);
    expect(unsure.textContent).to.not.contain('[0]');
    expect(unsure.querySelector('.feedback')).to.equal(null);
    const offered = [...unsure.querySelectorAll('.options .chip:not(.person)')].map((chip) => chip.textContent!.trim());
    expect(offered).to.include('Com puc pagar l’IBI i els altres impostos municipals?');
    expect(said.some((text) => text.includes('[0]')), said.join(' | ')).to.equal(false);
    observer.disconnect();
    expect(root(assistant).activeElement).to.equal(input(assistant));
    const handover = await ask(assistant, 'com domicilio els rebuts');
    expect(handover.textContent).to.contain('No he trobat la resposta');
    expect(handover.querySelector('a[href^="tel:"]')).to.not.equal(null);
    // A question the FAQ alone is not sure of (a miss), that the model answers from the closest entries: the next miss
    // is a first one again, not a hand-over.
    assistant.llmEndpoint = '/model/v1/chat/completions';
    expect((await ask(assistant, 'quin horari té la biblioteca')).textContent).to.contain('model de llenguatge');
    assistant.llmEndpoint = '/model/none/v1/chat/completions';
    expect((await ask(assistant, 'on pago la contribucio')).textContent).to.match(/No estic segur/);
  });

  it('takes an answer that cites an entry and also writes [0] as an answer, without the [0]', async () => {
    const assistant = await mount({ 'llm-endpoint': '/model/mixed/v1/chat/completions' });
    await open(assistant);
    const answer = await ask(assistant, 'on pago la contribucio');
    expect(answer.textContent).to.contain('model de llenguatge');
    expect(answer.querySelector('.text')!.textContent).to.contain('domiciliant-lo al compte bancari. [1]');
    expect(answer.textContent).to.not.contain('[0]');
  });

  it('takes the model’s answer from a server that does not stream (one JSON body), and from a stream with CRLF line ends, comments, and lines and characters cut in two between pieces', async () => {
    for (const route of ['whole', 'raw']) {
      sessionStorage.clear();
      const assistant = await mount({ 'llm-endpoint': `/model/${route}/v1/chat/completions` });
      await open(assistant);
      const answer = await ask(assistant, 'on pago la contribucio');
      expect(answer.querySelector('.text')!.textContent, route).to.contain('Pots pagar amb targeta a la web de tributs amb el número de rebut, al caixer de qualsevol entitat col·laboradora o domiciliant-lo al compte bancari. [1]');
      expect(answer.textContent, route).to.contain('model de llenguatge');
      assistant.parentElement!.remove();
    }
  });

  it('falls back to the FAQ when the model fails, says nothing, stops with an error or is cut short, or a page comes instead', async () => {
    for (const route of ['fail', 'silent', 'broken', 'cut', 'page']) {
      sessionStorage.clear();
      const assistant = await mount({ 'llm-endpoint': `/model/${route}/v1/chat/completions` });
      await open(assistant);
      const answer = await ask(assistant, 'on pago la contribucio');
      expect(answer.querySelector('.feedback'), route).to.not.equal(null);
      // The FAQ's whole answer, not the model's first words.
      expect(answer.textContent, route).to.contain('Pots pagar amb targeta a la web de tributs');
      expect(answer.textContent, route).to.not.contain('model de llenguatge');
      assistant.parentElement!.remove();
    }
  });

  it('gives every question its answer in order: a question asked while the model writes leaves it for the FAQ’s reply', async () => {
    const assistant = await slowAnswerStarted();
    expect(root(assistant).querySelector('.streaming')!.getAttribute('aria-hidden')).to.equal('true');
    await ask(assistant, 'hola');
    const texts = messages(assistant).map((message) => message.textContent!.replace(/\s+/g, ' ').trim());
    expect(texts.slice(1)).to.have.length(4);
    expect(texts[1]).to.contain('on pago la contribucio');
    expect(texts[2]).to.contain('Pots pagar amb targeta');
    expect(texts[4]).to.contain('En què et puc ajudar');
    expect(root(assistant).querySelectorAll('.streaming').length).to.equal(0);
    // What arrives from the model later is not shown.
    await new Promise((resolve) => setTimeout(resolve, 3500));
    expect(messages(assistant)).to.have.length(5);
  });

  it('says the FAQ’s reply that takes the place of a model’s answer left for the next question', async () => {
    const assistant = await slowAnswerStarted();
    const { said, observer } = sayings(assistant);
    assistant.ask('bon dia');
    await waitUntil(() => messages(assistant).length === 5, 'the second question was not answered');
    await waitUntil(() => said.some((line) => line.includes('Pots pagar amb targeta')), 'the FAQ’s reply to the first question was never said');
    observer.disconnect();
  });

  it('keeps the waiting question answered for a reload while the model writes, also after a rating', async () => {
    const assistant = await mount({ 'llm-endpoint': '/model/slow/v1/chat/completions' });
    await open(assistant);
    assistant.ask('on pago la contribucio');
    await waitUntil(() => messages(assistant).length === 3 && last(assistant).querySelector('.feedback'), 'no first answer', { timeout: 8000 });
    assistant.ask('horari de la deixalleria');
    await waitUntil(() => root(assistant).querySelector('.streaming') && messages(assistant).length === 4, 'the second answer never started');
    messages(assistant)[2]!.querySelector<HTMLButtonElement>('.feedback button')!.click();
    await assistant.updateComplete;
    const stored = JSON.parse(sessionStorage.getItem(`digicanvis-assistant:${new URL(DEMO, location.href).href}`)!) as { messages: { from: string; kind?: string; helpful?: boolean }[] };
    expect(stored.messages[2]!.helpful).to.equal(true);
    expect(stored.messages.at(-1)!, 'the question is kept without its answer').to.include({ from: 'assistant', kind: 'answer' });
    root(assistant).querySelector<HTMLButtonElement>('.clear')!.click();
  });

  it('keeps the model’s answer when the element is moved in the page while it writes', async () => {
    const assistant = await slowAnswerStarted();
    container('ca').append(assistant);
    await waitUntil(() => messages(assistant).length === 3, 'no answer', { timeout: 8000 });
    await assistant.updateComplete;
    expect(last(assistant).textContent).to.contain('model de llenguatge');
  });

  it('leaves a model’s answer about one feed out of another’s conversation when the feed changes, and answers a question waiting meanwhile', async () => {
    const assistant = await slowAnswerStarted();
    assistant.setAttribute('feed', '/faults/slow?ms=300&file=assistant-small.json');
    await assistant.updateComplete;
    // Asked while the other feed is on its way.
    assistant.ask('on recullo els objectes perduts');
    await waitUntil(() => texts(assistant).some((text) => text.includes('policia local')), 'the question asked meanwhile was not answered', { timeout: 5000 });
    // Past the slow model's pause: its answer, had it been kept, would be in by now.
    await new Promise((resolve) => setTimeout(resolve, 3500));
    await assistant.updateComplete;
    expect(root(assistant).querySelector('.streaming')).to.equal(null);
    expect(texts(assistant).join(' | ')).to.not.contain('Pots pagar');
    const stored = sessionStorage.getItem(`digicanvis-assistant:${new URL('/faults/slow?ms=300&file=assistant-small.json', location.href).href}`)!;
    expect(stored).to.not.contain('Pots pagar');
    expect(stored).to.contain('policia local');
  });

  it('says it is writing in the language the model is asked to answer in', async () => {
    const assistant = await mount({ 'llm-endpoint': '/model/slow/v1/chat/completions' });
    await open(assistant);
    assistant.ask('How can I pay the IBI tax?');
    const status = root(assistant).querySelector('[role="status"]')!;
    await waitUntil(() => status.textContent!.includes('Writing the answer'), 'not said in English', { timeout: 3000 });
    expect(status.getAttribute('lang')).to.equal('en');
    root(assistant).querySelector<HTMLButtonElement>('.clear')!.click();
    await assistant.updateComplete;
  });

  it('clearing while the model writes forgets the question and its answer, and says so', async () => {
    const assistant = await slowAnswerStarted();
    root(assistant).querySelector<HTMLButtonElement>('.clear')!.click();
    await assistant.updateComplete;
    expect(messages(assistant)).to.have.length(1);
    expect(root(assistant).querySelector('[role="status"]')!.textContent).to.contain('Conversa esborrada');
    await new Promise((resolve) => setTimeout(resolve, 3500));
    await assistant.updateComplete;
    expect(messages(assistant)).to.have.length(1);
    expect(root(assistant).querySelector('[role="status"]')!.textContent).to.contain('Conversa esborrada');
  });

  it('sends the model no more of a long message than the FAQ reads, and asks whether its answer helped', async () => {
    const assistant = await mount({ 'llm-endpoint': '/model/v1/chat/completions' });
    await open(assistant);
    assistant.ask(`on pago la contribucio ${'i '.repeat(3000)}`);
    await waitUntil(() => last(assistant).querySelector('.feedback') && messages(assistant).length === 3, 'no answer');
    const request = (await executeServerCommand('model-last-request')) as { messages: { role: string; content: string }[] };
    expect(request.messages.at(-1)!.content.length).to.equal(400);
    setTimeout(() => last(assistant).querySelector<HTMLButtonElement>('.feedback button')!.click());
    const event = (await oneEvent(assistant, 'dc-assistant-feedback')) as AssistantFeedbackEvent;
    expect(event.detail.entryId).to.equal('pagar-impostos');
    expect(event.detail.helpful).to.equal(true);
  });

  it('does not ask the model for a person, a greeting or projects', async () => {
    const assistant = await mount({ 'llm-endpoint': '/model/v1/chat/completions' });
    await open(assistant);
    expect((await ask(assistant, 'vull parlar amb una persona')).querySelector('a[href^="tel:"]')).to.not.equal(null);
    expect((await ask(assistant, 'hola')).textContent).to.contain('En què et puc ajudar');
  });
});
