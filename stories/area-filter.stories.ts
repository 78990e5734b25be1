import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../src/components/area-filter/area-filter.js';
import '../src/components/project-list/project-list.js';
import '../src/components/observatory/observatory.js';
import type { Selection } from '../src/discovery/types.js';
import { answeringFeed, exampleFeed, loadingFeed } from './support/network.js';

interface FilterArgs {
  feed: string;
  /** The page language the element reads its UI strings from (the nearest `lang`). */
  lang: string;
  /** A selection to start from, as the element's `value`. */
  value?: Partial<Selection>;
  /** Show a `<dc-project-list>` driven by the filter under it. */
  withList: boolean;
}

const meta: Meta<FilterArgs> = {
  title: 'Elements/dc-area-filter',
  component: 'dc-area-filter',
  args: { lang: 'ca', withList: true },
  argTypes: { lang: { control: 'inline-radio', options: ['ca', 'es', 'en', 'eu', 'gl', 'oc'] } },
  // `no-url`: in Storybook the frame's address belongs to Storybook. The demo page shows the address in use.
  render: (args) => html`
    <div lang=${args.lang}>
      <dc-observatory feed=${args.feed}>
        <dc-area-filter no-url .value=${args.value ?? {}}></dc-area-filter>
        ${args.withList ? html`<dc-project-list page-size="6"></dc-project-list>` : ''}
      </dc-observatory>
    </div>
  `,
};
export default meta;

type Story = StoryObj<FilterArgs>;

export const WithList: Story = { name: 'With a list (the example feed)', args: { feed: exampleFeed() } };

export const Alone: Story = { name: 'Alone (counts and summary only)', args: { feed: exampleFeed(), withList: false } };

export const Selected: Story = {
  name: 'With a search and facets chosen',
  args: { feed: exampleFeed(), value: { q: 'participacio', areas: ['participation'], phases: ['pilot', 'implemented'] } },
};

export const Typo: Story = { name: 'A search with a typo and no accents', args: { feed: exampleFeed(), value: { q: 'telleasistencia' } } };

export const NoResults: Story = { name: 'No project matches', args: { feed: exampleFeed(), value: { q: 'zzzxqj' } } };

export const HostileQuery: Story = {
  name: 'Hostile query (markup, regex characters, emoji)',
  args: { feed: exampleFeed(), value: { q: '<img src=x onerror=alert(1)> .*+?^${}()|[] 🏛️ dades' } },
};

export const Narrow: Story = {
  name: 'At 320 px (facets in a disclosure)',
  args: { feed: exampleFeed(), value: { areas: ['social'] } },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

export const Loading: Story = { args: { feed: loadingFeed('filter-loading.json'), withList: false } };

export const ErrorNotFound: Story = {
  name: 'Error: 404 (the list says why)',
  args: { feed: answeringFeed('filter-404.json', 404, 'Not found', 'text/plain') },
};

export const Spanish: Story = { name: 'UI in Spanish', args: { lang: 'es', feed: exampleFeed(), value: { q: 'ciudadania' } } };
export const English: Story = { name: 'UI in English', args: { lang: 'en', feed: exampleFeed(), value: { q: 'virtual assistant' } } };
