/**
 * The DigiCanvis elements in React 19's JSX: `<dc-project-list page-size="6" />`, `<dc-proximity-map home={home}
 * ondc-home-change={(e) => e.detail.lat} />`, typed. Types only, for apps that use React 19 and its types
 * (`@types/react` 19): this package depends on neither. An app opts in once, in any file TypeScript sees:
 *
 *     import type {} from 'digicanvis-widgets/react';
 *
 * and imports the elements it uses as usual (`import 'digicanvis-widgets/project-list.js'`).
 *
 * It follows what React 19 does with a custom element's props: a prop the element has as a property (`feed`,
 * `pageSize`, `weights`, `llmHeaders`) is set as that property, with that property's type; any other (`page-size`,
 * `heading-level`, `class`-like ones) is set as an attribute; a function under `on` + an event's name
 * (`ondc-feed-warning`, `ondc-home-change`, the filter's `onchange`) listens to that event, with its type.
 * React's own `onClick`, `className`, `style`, `ref` and `key` work as on any element.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { FeedWarningEvent } from '../dist/types/events.js';
import type { DcObservatory } from '../dist/types/components/observatory/observatory.js';
import type { DcProjectList } from '../dist/types/components/project-list/project-list.js';
import type { DcProjectCard } from '../dist/types/components/project-card/project-card.js';
import type { AreaFilterChangeEvent, DcAreaFilter, Selection } from '../dist/types/components/area-filter/area-filter.js';
import type { DcProximityMap, HomeChangeEvent } from '../dist/types/components/proximity-map/proximity-map.js';
import type { DcForumThread, ForumPostEvent } from '../dist/types/components/forum-thread/forum-thread.js';
import type { AssistantFeedbackEvent, DcAssistant } from '../dist/types/components/assistant/assistant.js';

/** A number given as an attribute: React writes it as text, and `"6"` is what a template usually has. */
type NumberAttribute = number | `${number}`;

/** `on` + each event's name, as React 19 listens to a custom element's events. */
type Listeners<Events> = { [Name in keyof Events & string as `on${Name}`]?: ((event: Events[Name]) => void) | undefined };

/**
 * The props of a DigiCanvis element: React's props for any HTML element (`className`, `style`, `ref`, `key`,
 * `children`, `onClick`, `aria-*`…), the element's properties, its attributes that are not properties, and its events.
 */
export type DigiCanvisElementProps<Element, Properties, Attributes, Events> = Omit<
  DetailedHTMLProps<HTMLAttributes<Element>, Element>,
  keyof Properties | keyof Attributes | keyof Listeners<Events>
> & { [Name in keyof Properties]?: Properties[Name] | undefined } & { [Name in keyof Attributes]?: Attributes[Name] | undefined } & Listeners<Events>;

/** Every DigiCanvis element fires it, and it bubbles: any element around hears those of the elements inside. */
interface FeedWarningEvents {
  'dc-feed-warning': FeedWarningEvent;
}

/** The events that bubble out of the elements: a `<dc-observatory>` hears those of the elements inside it. */
interface BubblingEvents extends FeedWarningEvents {
  'dc-home-change': HomeChangeEvent;
  'dc-forum-post': ForumPostEvent;
  'dc-assistant-feedback': AssistantFeedbackEvent;
}

export type DcObservatoryProps = DigiCanvisElementProps<DcObservatory, Pick<DcObservatory, 'feed'>, Record<never, never>, BubblingEvents>;

export type DcProjectListProps = DigiCanvisElementProps<
  DcProjectList,
  Pick<DcProjectList, 'feed' | 'sort' | 'pageSize' | 'headingLevel'>,
  { 'page-size': NumberAttribute; 'heading-level': NumberAttribute },
  FeedWarningEvents
>;

export type DcProjectCardProps = DigiCanvisElementProps<
  DcProjectCard,
  Pick<DcProjectCard, 'project' | 'council' | 'councils' | 'feed' | 'projectId' | 'layout' | 'headingLevel' | 'highlight'>,
  { 'project-id': string; 'heading-level': NumberAttribute },
  FeedWarningEvents
>;

export type DcAreaFilterProps = DigiCanvisElementProps<
  DcAreaFilter,
  Pick<DcAreaFilter, 'feed' | 'htmlFor' | 'urlPrefix' | 'noUrl' | 'headingLevel'> & {
    /** The selection; the parts left out are empty. Setting it fires no `change`. */
    value: Partial<Selection>;
  },
  { for: string; 'url-prefix': string; 'no-url': boolean; 'heading-level': NumberAttribute },
  FeedWarningEvents & { change: AreaFilterChangeEvent }
>;

export type DcProximityMapProps = DigiCanvisElementProps<
  DcProximityMap,
  Pick<DcProximityMap, 'feed' | 'home' | 'radiusKm' | 'weights' | 'tileUrl' | 'tileCredit' | 'headingLevel'>,
  { 'radius-km': NumberAttribute; 'tile-url': string; 'tile-credit': string; 'heading-level': NumberAttribute },
  FeedWarningEvents & { 'dc-home-change': HomeChangeEvent }
>;

export type DcForumThreadProps = DigiCanvisElementProps<
  DcForumThread,
  Pick<DcForumThread, 'feed' | 'api' | 'thread' | 'project' | 'discourse' | 'headingLevel' | 'pollSeconds' | 'token'>,
  { 'heading-level': NumberAttribute; 'poll-seconds': NumberAttribute },
  FeedWarningEvents & { 'dc-forum-post': ForumPostEvent }
>;

export type DcAssistantProps = DigiCanvisElementProps<
  DcAssistant,
  Pick<DcAssistant, 'feed' | 'inline' | 'open' | 'threshold' | 'headingLevel' | 'llmEndpoint' | 'llmModel' | 'llmHeaders'>,
  { 'heading-level': NumberAttribute; 'llm-endpoint': string; 'llm-model': string },
  FeedWarningEvents & { 'dc-assistant-feedback': AssistantFeedbackEvent }
>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'dc-observatory': DcObservatoryProps;
      'dc-project-list': DcProjectListProps;
      'dc-project-card': DcProjectCardProps;
      'dc-area-filter': DcAreaFilterProps;
      'dc-proximity-map': DcProximityMapProps;
      'dc-forum-thread': DcForumThreadProps;
      'dc-assistant': DcAssistantProps;
    }
  }
}
