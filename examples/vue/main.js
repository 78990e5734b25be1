// DigiCanvis elements in a Vue 3 app. Vue is told which tags are custom elements (compilerOptions.isCustomElement;
// with Vite, the same option goes to @vitejs/plugin-vue's template.compilerOptions), binds `.prop` for properties and
// `@dc-…` for the elements' events. Vue sets a custom element's property when it has one, so a boolean is written
// `:inline="true"` (a bare `inline` would set the property to "", which is false). Each import defines one element and
// brings only its code.
import { createApp, ref } from 'vue';
import 'digicanvis-widgets/observatory.js';
import 'digicanvis-widgets/project-list.js';
import 'digicanvis-widgets/assistant.js';

const app = createApp({
  setup() {
    const feedback = ref([]);
    const onFeedback = (event) => feedback.value.push(event.detail);
    return { feed: '/feed.json', feedback, onFeedback };
  },
  template: `
    <h1>Observatorio de transformación digital</h1>
    <dc-observatory :feed="feed">
      <dc-project-list page-size="6"></dc-project-list>
      <dc-assistant :inline="true" @dc-assistant-feedback="onFeedback"></dc-assistant>
    </dc-observatory>
    <p id="feedback">Valoraciones: {{ feedback.length }}<span v-if="feedback.length"> (la última: {{ feedback.at(-1).helpful ? 'útil' : 'no útil' }}, {{ feedback.at(-1).entryId }})</span></p>
  `,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('dc-');
app.mount('#app');
