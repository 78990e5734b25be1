import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Message } from '../src/assistant/conversation.js';
import '../src/components/assistant/assistant.js';
import { answeringFeed, exampleFeed } from './support/network.js';

/*
 * The assistant on the example feed. A story with a conversation writes it where the element keeps conversations
 * (sessionStorage, per feed) before the element reads it, as after a reload.
 */

interface AssistantArgs {
  lang: string;
  feed?: string;
  inline: boolean;
  open: boolean;
  conversation?: Message[];
}

const meta: Meta<AssistantArgs> = {
  title: 'Elements/dc-assistant',
  component: 'dc-assistant',
  args: { lang: 'ca', inline: true, open: true },
  argTypes: { lang: { control: 'inline-radio', options: ['ca', 'es', 'en', 'eu', 'gl', 'oc'] } },
  render: (args) => {
    const feed = args.feed ?? exampleFeed();
    sessionStorage.setItem(`digicanvis-assistant:${new URL(feed, document.baseURI).href}`, JSON.stringify({ messages: args.conversation ?? [], misses: 0 }));
    return html`<div lang=${args.lang} style="max-inline-size: 40rem">
      <dc-assistant feed=${ifDefined(feed)} ?inline=${args.inline} ?open=${args.open}></dc-assistant>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<AssistantArgs>;

const asked = (text: string, answer: Message): Message[] => [{ from: 'assistant', kind: 'greeting' }, { from: 'visitor', text }, answer];

export const Launcher: Story = { name: 'Closed: the launcher in the window’s corner', args: { inline: false, open: false } };

export const Greeting: Story = { name: 'Open: greeting and quick replies' };

export const Answer: Story = {
  name: 'An answer with its link and "was this helpful?"',
  args: { conversation: asked('on pago la contribució', { from: 'assistant', kind: 'answer', entry: 'pagar-impostos', lang: 'ca', question: 'on pago la contribució' }) },
};

export const NotSure: Story = {
  name: 'Not sure: the closest questions',
  args: { conversation: asked('quin horari té la biblioteca', { from: 'assistant', kind: 'unsure', suggestions: ['horaris-oac', 'objectes-perduts', 'deixalleria'] }) },
};

export const Handover: Story = {
  name: 'Hand-over to a person (the feed’s help block)',
  args: { conversation: asked('vull parlar amb una persona', { from: 'assistant', kind: 'handover', misses: false }) },
};

export const Projects: Story = {
  name: 'Projects near a council',
  args: {
    conversation: asked('chatbots a prop de Girona', {
      from: 'assistant',
      kind: 'projects',
      place: 'es-ine:17079',
      projects: ['badalona-assistent-virtual', 'capafonts-assistent-virtual', 'nea-filadelfeia-assistent-virtual'],
    }),
  },
};

export const InEnglish: Story = {
  name: 'UI in English, answer in the language asked',
  args: { lang: 'en', conversation: asked('How can I pay the IBI tax?', { from: 'assistant', kind: 'answer', entry: 'pagar-impostos', lang: 'en', question: 'How can I pay the IBI tax?' }) },
};

export const InSpanish: Story = { name: 'UI in Spanish', args: { lang: 'es' } };

export const VisitorsLanguage: Story = {
  name: 'Catalan page, a visitor writing in English: the replies in English',
  args: {
    conversation: [
      { from: 'assistant', kind: 'greeting' },
      { from: 'visitor', text: 'How can I pay the IBI tax?', lang: 'en' },
      { from: 'assistant', kind: 'answer', entry: 'pagar-impostos', lang: 'en', question: 'How can I pay the IBI tax?' },
      { from: 'visitor', text: 'what time does the swimming pool open on sundays', lang: 'en' },
      { from: 'assistant', kind: 'unsure', suggestions: ['horaris-oac', 'deixalleria'], lang: 'en' },
    ],
  },
};

export const LongMessage: Story = {
  name: 'A very long message with HTML, shown as text',
  args: { conversation: asked(`<b>hola</b> 🙂 ${'padró '.repeat(400)}`, { from: 'assistant', kind: 'unsure', suggestions: ['volant-empadronament'] }) },
};

export const FeedError: Story = { name: 'The feed could not be loaded', args: { feed: answeringFeed('assistant-404.json', 404, 'Not found', 'text/plain') } };

export const Generated: Story = {
  name: 'A language model’s answer (llm-endpoint), with its sources',
  args: {
    conversation: asked('on pago la contribució', {
      from: 'assistant',
      kind: 'generated',
      lang: 'ca',
      question: 'on pago la contribució',
      text: 'Pots pagar l’IBI amb targeta a la web de tributs, al caixer d’una entitat col·laboradora o domiciliant-lo [1]. També el pots pagar a terminis [2].',
      sources: ['pagar-impostos', 'domiciliar-rebuts', 'bonificacions-fiscals'],
      cited: [0, 1],
    }),
  },
};
