import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/project-card/project-card.js';
import { readFeedPage, type Project } from '../src/feed/index.js';
import { catalanOnlyProject, completeProject, feedOf, hostileProject, longTextProject } from './support/feeds.js';
import { answeringFeed, loadingFeed, primedFeed } from './support/network.js';

interface CardArgs {
  feed?: string;
  'project-id'?: string;
  layout: 'compact' | 'full';
  project?: Project;
  /** The page language the element reads its UI strings from (the nearest `lang`). */
  lang: string;
}

const meta: Meta<CardArgs> = {
  title: 'Elements/dc-project-card',
  component: 'dc-project-card',
  args: { lang: 'ca', layout: 'full' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['ca', 'es', 'en', 'eu', 'gl', 'oc'] },
    layout: { control: 'inline-radio', options: ['compact', 'full'] },
  },
  render: (args) => html`
    <div lang=${args.lang}>
      <dc-project-card
        feed=${ifDefined(args.feed)}
        project-id=${ifDefined(args['project-id'])}
        layout=${args.layout}
        .project=${args.project}
      ></dc-project-card>
    </div>
  `,
};
export default meta;

type Story = StoryObj<CardArgs>;

const id = (item: Record<string, unknown>): string => String(item.id);
const fourProjects = primedFeed(
  'card-projects.json',
  feedOf([completeProject, catalanOnlyProject, longTextProject, hostileProject]),
);

export const Loading: Story = {
  args: { feed: loadingFeed('card-loading.json'), 'project-id': id(completeProject) },
};

export const ErrorNotFound: Story = {
  name: 'Error: 404',
  args: { feed: answeringFeed('card-404.json', 404, 'Not found', 'text/plain'), 'project-id': id(completeProject) },
};

export const ErrorHtmlPage: Story = {
  name: 'Error: an HTML page instead of the feed',
  args: {
    feed: answeringFeed('card-html.json', 200, '<!doctype html><title>Error</title><p>Oops</p>', 'text/html'),
    'project-id': id(completeProject),
  },
};

export const ErrorVersion2: Story = {
  name: 'Error: a feed of contract version 2',
  args: {
    feed: primedFeed('card-version-2.json', feedOf([completeProject], { version: 2 })),
    'project-id': id(completeProject),
  },
};

export const UnknownProject: Story = {
  name: 'Empty: no project with this id',
  args: { feed: fourProjects, 'project-id': 'no-such-project' },
};

export const Full: Story = { args: { feed: fourProjects, 'project-id': id(completeProject), layout: 'full' } };

export const Compact: Story = { args: { feed: fourProjects, 'project-id': id(completeProject), layout: 'compact' } };

const firstProject = (): Project | undefined => {
  const page = readFeedPage(feedOf([completeProject]), { baseUrl: document.baseURI });
  return page.ok ? page.feed.projects[0] : undefined;
};

export const ProjectProperty: Story = {
  name: 'Given a .project property (no feed)',
  args: { project: firstProject() },
};

export const LongTexts: Story = {
  name: 'Long texts at 320 px',
  args: { feed: fourProjects, 'project-id': id(longTextProject) },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

export const LongTextsCompact: Story = {
  name: 'Long texts at 320 px, compact',
  args: { ...LongTexts.args, layout: 'compact' },
  globals: LongTexts.globals,
};

export const MissingTranslations: Story = {
  name: 'Missing translations (English page, Catalan-only item)',
  args: { lang: 'en', feed: fourProjects, 'project-id': id(catalanOnlyProject) },
};

export const HostileText: Story = {
  name: 'Hostile text',
  args: { feed: fourProjects, 'project-id': id(hostileProject) },
};

export const Catalan: Story = { name: 'UI in Catalan', args: { lang: 'ca', feed: fourProjects, 'project-id': id(completeProject) } };
export const Spanish: Story = { name: 'UI in Spanish', args: { lang: 'es', feed: fourProjects, 'project-id': id(completeProject) } };
export const English: Story = { name: 'UI in English', args: { lang: 'en', feed: fourProjects, 'project-id': id(completeProject) } };
