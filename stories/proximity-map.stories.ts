import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/area-filter/area-filter.js';
import '../src/components/observatory/observatory.js';
import '../src/components/project-list/project-list.js';
import '../src/components/proximity-map/proximity-map.js';
import type { Selection } from '../src/discovery/types.js';
import { catalanOnlyProject, completeProject, feedWithCouncils, hostileCouncil, hostileProjectAtHostileCouncil, longTextProject } from './support/feeds.js';
import { answeringFeed, exampleFeed, loadingFeed, primedFeed } from './support/network.js';

interface MapArgs {
  feed: string;
  /** The page language the element reads its UI strings from (the nearest `lang`). */
  lang: string;
  home?: string;
  'radius-km'?: number;
  weights?: string;
  'heading-level'?: number;
  /** Put a `<dc-area-filter>` above the map, driving it, starting from this selection. */
  filter?: Partial<Selection>;
  /** Put a `<dc-project-list>` under the map: it says why a feed failed, where the map stays empty. */
  withList?: boolean;
}

/** Barcelona in the example feed (real places: GeoNames, CC BY 4.0). */
const BARCELONA = 'es-ine:08019';

const meta: Meta<MapArgs> = {
  title: 'Elements/dc-proximity-map',
  component: 'dc-proximity-map',
  args: { lang: 'ca' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['ca', 'es', 'en', 'eu', 'gl', 'oc'] },
    'radius-km': { control: 'select', options: [10, 25, 50, 100] },
  },
  render: (args) => {
    const map = html`<dc-proximity-map
      home=${ifDefined(args.home)}
      radius-km=${ifDefined(args['radius-km'])}
      weights=${ifDefined(args.weights)}
      heading-level=${ifDefined(args['heading-level'])}
    ></dc-proximity-map>`;
    // Inside <dc-observatory> the filter, the map and the list share one feed, and the filter drives the other two.
    // `no-url`: in Storybook the frame's address belongs to Storybook. The grid only spaces the elements apart.
    return html`
      <div lang=${args.lang} style="display: grid; gap: 1.5rem">
        <dc-observatory feed=${args.feed}>
          ${args.filter ? html`<dc-area-filter no-url .value=${args.filter}></dc-area-filter>` : ''} ${map}
          ${args.withList ? html`<dc-project-list page-size="3"></dc-project-list>` : ''}
        </dc-observatory>
      </div>
    `;
  },
};
export default meta;

type Story = StoryObj<MapArgs>;

export const NoHome: Story = {
  name: 'No home (the visitor chooses their council)',
  args: { feed: exampleFeed() },
};

export const NearBarcelona: Story = {
  name: 'Home by council id: Barcelona, 25 km',
  args: { feed: exampleFeed(), home: BARCELONA, 'radius-km': 25 },
};

export const NothingNear: Story = {
  name: 'Home by coordinates, nothing near (try a wider radius)',
  // Andorra la Vella: no council of the feed within 25 km, two within 50 km; a point is no council to compare with.
  args: { feed: exampleFeed(), home: '42.51,1.52', 'radius-km': 25 },
};

export const WideRadius: Story = {
  name: 'Radius 100 km (many rows, Show more)',
  args: { feed: exampleFeed(), home: BARCELONA, 'radius-km': 100 },
};

export const WeightsPopulation: Story = {
  name: 'Similar councils weighted by population',
  args: { feed: exampleFeed(), home: 'es-ine:17079', 'radius-km': 25, weights: 'population:3, kind:0.5, areas:0.5' },
};

export const Catalan: Story = {
  name: 'UI in Catalan',
  args: { lang: 'ca', feed: exampleFeed(), home: 'es-ine:17079', 'radius-km': 50 },
};

export const Spanish: Story = {
  name: 'UI in Spanish',
  args: { lang: 'es', feed: exampleFeed(), home: BARCELONA, 'radius-km': 25 },
};

export const Loading: Story = { args: { feed: loadingFeed('map-loading.json') } };

export const ErrorNotFound: Story = {
  name: 'Error: 404 (the map stays empty, the list says why)',
  args: { feed: answeringFeed('map-404.json', 404, 'Not found', 'text/plain'), home: BARCELONA, withList: true },
};

export const HostileText: Story = {
  name: 'Hostile text (council name and title with markup)',
  args: {
    feed: primedFeed(
      'map-hostile.json',
      feedWithCouncils([hostileProjectAtHostileCouncil, completeProject, longTextProject, catalanOnlyProject], [hostileCouncil]),
    ),
    home: String(hostileCouncil['id']),
    'radius-km': 100,
  },
};

export const Narrow: Story = {
  name: 'At 320 px',
  args: { feed: exampleFeed(), home: BARCELONA, 'radius-km': 25 },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

export const WithFilter: Story = {
  name: 'Driven by <dc-area-filter> (participation only)',
  args: { feed: exampleFeed(), home: BARCELONA, 'radius-km': 100, filter: { areas: ['participation'] } },
};
