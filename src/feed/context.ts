import { createContext } from '@lit/context';

/** The absolute feed URL that a `<dc-observatory>` gives the elements inside it. */
export const feedUrlContext = createContext<string | undefined>(Symbol.for('digicanvis.feed-url'));
