export { LocaleController } from './controller.js';
export { contextLanguage, uiLanguageFor, sameLanguage } from './language.js';
export {
  translate,
  numberFormat,
  collator,
  formatCurrency,
  formatDate,
  formatFileSize,
  formatDuration,
  formatList,
} from './format.js';
export { describeFeedError } from './feed-error.js';
export { catalogFor, loadCatalog, preloadCatalog } from './catalog.js';
export { UI_LANGUAGES, type MessageKey, type Messages, type UiLanguage, type Plural } from './messages.js';
