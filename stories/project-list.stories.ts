import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/project-list/project-list.js';
import { catalanOnlyProject, completeProject, feedOf, hostileProject, longTextProject } from './support/feeds.js';
import { answeringFeed, exampleFeed, loadingFeed, primedFeed } from './support/network.js';

interface ListArgs {
  feed: string;
  sort?: 'newest' | 'title' | 'savings';
  'page-size'?: number;
  /** The page language the element reads its UI strings from (the nearest `lang`). */
  lang: string;
}

const meta: Meta<ListArgs> = {
  title: 'Elements/dc-project-list',
  component: 'dc-project-list',
  args: { lang: 'ca' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['ca', 'es', 'en', 'eu', 'gl', 'oc'] },
    sort: { control: 'inline-radio', options: ['newest', 'title', 'savings'] },
  },
  render: (args) => html`
    <div lang=${args.lang}>
      <dc-project-list feed=${args.feed} sort=${ifDefined(args.sort)} page-size=${ifDefined(args['page-size'])}></dc-project-list>
    </div>
  `,
};
export default meta;

type Story = StoryObj<ListArgs>;

export const Loading: Story = { args: { feed: loadingFeed('list-loading.json') } };

export const ErrorNotFound: Story = {
  name: 'Error: 404',
  args: { feed: answeringFeed('list-404.json', 404, 'Not found', 'text/plain') },
};

export const ErrorHtmlPage: Story = {
  name: 'Error: an HTML page instead of the feed',
  args: {
    feed: answeringFeed(
      'list-html.json',
      200,
      '<!doctype html><html lang="ca"><title>Pàgina no trobada</title><h1>Ups!</h1></html>',
      'text/html; charset=utf-8',
    ),
  },
};

export const ErrorVersion2: Story = {
  name: 'Error: a feed of contract version 2',
  args: { feed: primedFeed('list-version-2.json', feedOf([completeProject], { version: 2 })) },
};

export const Empty: Story = { args: { feed: primedFeed('list-empty.json', feedOf([])) } };

export const One: Story = { args: { feed: primedFeed('list-one.json', feedOf([completeProject])) } };

export const Many: Story = {
  name: 'Many (the example feed)',
  args: { feed: exampleFeed(), 'page-size': 24 },
};

export const SortedBySavings: Story = {
  name: 'Many, sorted by savings',
  args: { feed: exampleFeed(), sort: 'savings' },
};

export const LongTexts: Story = {
  name: 'Long texts at 320 px',
  args: { feed: primedFeed('list-long.json', feedOf([longTextProject, completeProject])) },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

export const MissingTranslations: Story = {
  name: 'Missing translations (English page, Catalan-only item)',
  args: { lang: 'en', feed: primedFeed('list-missing-translation.json', feedOf([catalanOnlyProject, completeProject])) },
};

export const HostileText: Story = {
  name: 'Hostile text',
  args: { feed: primedFeed('list-hostile.json', feedOf([hostileProject, completeProject])) },
};

const threeProjects = primedFeed('list-languages.json', feedOf([completeProject, catalanOnlyProject, longTextProject]));

export const Catalan: Story = { name: 'UI in Catalan', args: { lang: 'ca', feed: threeProjects } };
export const Spanish: Story = { name: 'UI in Spanish', args: { lang: 'es', feed: threeProjects } };
export const English: Story = { name: 'UI in English', args: { lang: 'en', feed: threeProjects } };
