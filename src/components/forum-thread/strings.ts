import { addCatalogParts } from '../../i18n/catalog.js';

/** Where the strings of <dc-forum-thread> are, in each language: known only to pages that use it. */
addCatalogParts({
  'ca-forum': () => import('../../i18n/messages/ca-forum.js'),
  'es-forum': () => import('../../i18n/messages/es-forum.js'),
  'en-forum': () => import('../../i18n/messages/en-forum.js'),
  'eu-forum': () => import('../../i18n/messages/eu-forum.js'),
  'gl-forum': () => import('../../i18n/messages/gl-forum.js'),
  'oc-forum': () => import('../../i18n/messages/oc-forum.js'),
});
