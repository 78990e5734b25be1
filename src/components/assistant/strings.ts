import { addCatalogParts } from '../../i18n/catalog.js';

/** Where the strings of <dc-assistant> are, in each language: known only to pages that use it. */
addCatalogParts({
  'ca-assistant': () => import('../../i18n/messages/ca-assistant.js'),
  'es-assistant': () => import('../../i18n/messages/es-assistant.js'),
  'en-assistant': () => import('../../i18n/messages/en-assistant.js'),
  'eu-assistant': () => import('../../i18n/messages/eu-assistant.js'),
  'gl-assistant': () => import('../../i18n/messages/gl-assistant.js'),
  'oc-assistant': () => import('../../i18n/messages/oc-assistant.js'),
});
