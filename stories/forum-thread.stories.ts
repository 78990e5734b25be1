import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/forum-thread/forum-thread.js';
import { exampleFeed } from './support/network.js';

/*
 * The stories talk to the real forum server at /forum/ on Storybook's own origin: the test run mounts it there, and
 * `npm run storybook` passes /forum/ on to the demo's (start it with `npm start`). Its discussions are the seeded
 * examples; a post written in a story goes to that forum like any other.
 */
const FORUM = '/forum/';

interface ForumArgs {
  lang: string;
  api?: string;
  feed?: string;
  thread?: string;
  project?: string;
  'heading-level'?: number;
}

const meta: Meta<ForumArgs> = {
  title: 'Elements/dc-forum-thread',
  component: 'dc-forum-thread',
  args: { lang: 'ca', api: FORUM },
  argTypes: { lang: { control: 'inline-radio', options: ['ca', 'es', 'en', 'eu', 'gl', 'oc'] } },
  render: (args) => html`<div lang=${args.lang} style="max-inline-size: 48rem">
    <dc-forum-thread
      api=${ifDefined(args.api)}
      feed=${args.feed ?? exampleFeed()}
      thread=${ifDefined(args.thread)}
      project=${ifDefined(args.project)}
      heading-level=${ifDefined(args['heading-level'])}
    ></dc-forum-thread>
  </div>`,
};
export default meta;

type Story = StoryObj<ForumArgs>;

export const EveryDiscussion: Story = { name: 'Every discussion, newest activity first' };

export const OneDiscussion: Story = { name: 'One discussion (replies, councils named from the feed)', args: { thread: 'capafonts-assistent-virtual' } };

export const AboutOneProject: Story = { name: 'The discussions of one project', args: { project: 'granollers-residus-sensors' } };

export const NoDiscussionYet: Story = { name: 'A project with no discussion yet (the form to start one)', args: { project: 'seva-avisos-proactius' } };

export const InEnglish: Story = { name: 'UI in English', args: { lang: 'en', thread: 'residus-sensors-ompliment' } };

export const InSpanish: Story = { name: 'UI in Spanish', args: { lang: 'es', thread: 'ciberseguretat-ens' } };

export const NotFound: Story = { name: 'A discussion that does not exist', args: { thread: 'no-such-discussion' } };

export const NoForum: Story = { name: 'A feed with no forum, and no api', args: { api: undefined, feed: new URL('test/fixtures/cards-basic.json', document.baseURI).href } };

export const Narrow: Story = { name: 'At 320 px', args: { thread: 'plens-accessibles-subtitols' } };
