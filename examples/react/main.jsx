// DigiCanvis elements in a React 19 app. React 19 sets an element's properties from props of the same name
// (`home`, `feed`), passes other props as attributes (`page-size`, `heading-level`) and listens to the elements'
// events through `on` + the event's name (`ondc-home-change`). Each import defines one element and brings only its code.
// In TSX, `import type {} from 'digicanvis-widgets/react'` types all of these (see the README, "Listening to the elements").
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'digicanvis-widgets/observatory.js';
import 'digicanvis-widgets/area-filter.js';
import 'digicanvis-widgets/project-list.js';
import 'digicanvis-widgets/proximity-map.js';

const COUNCILS = [
  ['es-ine:08187', 'Sabadell'],
  ['es-ine:17079', 'Girona'],
  ['es-ine:25120', 'Lleida'],
];

function Observatory({ feed }) {
  // The home council is the app's state: the select sets it, and so does the visitor's choice on the map.
  const [home, setHome] = useState(COUNCILS[0][0]);
  const [warnings, setWarnings] = useState(0);
  return (
    <dc-observatory feed={feed} ondc-feed-warning={() => setWarnings((count) => count + 1)}>
      <h1>Observatori de transformació digital</h1>
      <p>
        <label htmlFor="home">Ens de referència </label>
        <select id="home" value={COUNCILS.some(([id]) => id === home) ? home : ''} onChange={(event) => setHome(event.target.value)}>
          {COUNCILS.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
          <option value="">Un altre (triat al mapa)</option>
        </select>
      </p>
      <p id="home-id">{home}</p>
      {warnings > 0 && <p>Avisos del fitxer de projectes: {warnings}</p>}
      <h2>Projectes</h2>
      <dc-area-filter heading-level="3"></dc-area-filter>
      <dc-project-list page-size="6"></dc-project-list>
      <h2>A prop</h2>
      <dc-proximity-map home={home} heading-level="3" ondc-home-change={(event) => setHome(event.detail.councilId ?? `${event.detail.lat},${event.detail.lon}`)}></dc-proximity-map>
    </dc-observatory>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <Observatory feed="/feed.json" />
  </StrictMode>,
);
