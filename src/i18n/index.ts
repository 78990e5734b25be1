export { LocaleController } from './controller.js';
export { contextLanguage, intlLocales, uiLanguageFor, sameLanguage } from './language.js';
export { translate, numberFormat, collator, formatCurrency } from './format.js';
// Not re-exported: the formatters in './format-details.js', which only the lazily loaded card details import, so that
// they travel with the details and not with the code every element needs.
export { describeFeedError } from './feed-error.js';
export { catalogFor, hasCatalog, loadCatalog, preloadCatalog, useCatalogPart } from './catalog.js';
export {
  UI_LANGUAGES,
  type CatalogPart,
  type DetailMessages,
  type ErrorMessages,
  type FilterMessages,
  type ForumMessages,
  type MainMessages,
  type MessageKey,
  type Messages,
  type UiLanguage,
  type Plural,
} from './messages.js';
