import { addCatalogParts } from '../../i18n/catalog.js';

/** Where the strings of <dc-proximity-map> are, in each language: known only to pages that use it. */
addCatalogParts({
  'ca-map': () => import('../../i18n/messages/ca-map.js'),
  'es-map': () => import('../../i18n/messages/es-map.js'),
  'en-map': () => import('../../i18n/messages/en-map.js'),
  'eu-map': () => import('../../i18n/messages/eu-map.js'),
  'gl-map': () => import('../../i18n/messages/gl-map.js'),
  'oc-map': () => import('../../i18n/messages/oc-map.js'),
});
