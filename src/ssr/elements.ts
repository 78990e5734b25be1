/**
 * The elements' entries on a server without a DOM (the `node` condition of package.json, when a Next.js, Nuxt or Astro
 * page imports them to render HTML): what each entry exports, and nothing defined. A `<dc-project-list>` in the
 * server's HTML stays an unknown tag until the browser's copy of the package upgrades it.
 * Built with esbuild into dist/node/server/ (tools/build.mjs), which checks that it exports every name the browser's
 * entries do. The types are the browser's: the `types` condition comes first.
 */
import type * as AssistantModule from '../components/assistant/assistant.js';
import type * as ForumModule from '../components/forum-thread/forum-thread.js';
import type * as MapModule from '../components/proximity-map/proximity-map.js';

/** An element's class where there is no HTMLElement to extend: constructing it is an error, as `new HTMLElement()` is. */
const serverElement = (name: string) =>
  ({
    [name]: class {
      constructor() {
        throw new TypeError(`${name} is a DigiCanvis element: it runs in a browser, not on a server`);
      }
    },
  })[name];

export const DcProjectList = serverElement('DcProjectList');
export const DcProjectCard = serverElement('DcProjectCard');
export const DcObservatory = serverElement('DcObservatory');
export const DcAreaFilter = serverElement('DcAreaFilter');
export const DcProximityMap = serverElement('DcProximityMap');
export const DcForumThread = serverElement('DcForumThread');
export const DcAssistant = serverElement('DcAssistant');

// The events are the browser's (Node has CustomEvent): a server may make one to test a handler. Typed as the browser's
// classes, so that a name or a detail that drifts from theirs fails the type check.
export const HomeChangeEvent: typeof MapModule.HomeChangeEvent = class HomeChangeEvent extends CustomEvent<MapModule.HomeChangeDetail> {
  static readonly eventName = 'dc-home-change';
  constructor(detail: MapModule.HomeChangeDetail) {
    super(HomeChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
};

export const ForumPostEvent: typeof ForumModule.ForumPostEvent = class ForumPostEvent extends CustomEvent<ForumModule.ForumPostDetail> {
  static readonly eventName = 'dc-forum-post';
  constructor(detail: ForumModule.ForumPostDetail) {
    super(ForumPostEvent.eventName, { detail, bubbles: true, composed: true });
  }
};

export const AssistantFeedbackEvent: typeof AssistantModule.AssistantFeedbackEvent = class AssistantFeedbackEvent extends CustomEvent<AssistantModule.AssistantFeedbackDetail> {
  static readonly eventName = 'dc-assistant-feedback';
  constructor(detail: AssistantModule.AssistantFeedbackDetail) {
    super(AssistantFeedbackEvent.eventName, { detail, bubbles: true, composed: true });
  }
};

export const TOKEN_EVENT: typeof ForumModule.TOKEN_EVENT = 'dc-forum-token';
