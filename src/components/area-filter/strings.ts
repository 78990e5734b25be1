import { addCatalogParts } from '../../i18n/catalog.js';

/** Where the strings of <dc-area-filter> (and of a list it drives) are, in each language: known only to pages that use it. */
addCatalogParts({
  'ca-filter': () => import('../../i18n/messages/ca-filter.js'),
  'es-filter': () => import('../../i18n/messages/es-filter.js'),
  'en-filter': () => import('../../i18n/messages/en-filter.js'),
  'eu-filter': () => import('../../i18n/messages/eu-filter.js'),
  'gl-filter': () => import('../../i18n/messages/gl-filter.js'),
  'oc-filter': () => import('../../i18n/messages/oc-filter.js'),
});
