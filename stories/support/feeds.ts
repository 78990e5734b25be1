/**
 * Raw feed documents for the stories, in the published format (docs: spec feed.md), so every
 * story goes through the same validation and normalization as a real page.
 * Councils are real places (GeoNames, CC BY 4.0); the projects are invented.
 */

type Json = Record<string, unknown>;

const councils = [
  { id: 'es-ine:17079', name: 'Girona', kind: 'municipality', country: 'ES', population: 96188, location: { lat: 41.98311, lon: 2.82493 } },
  { id: 'es-ine:25120', name: 'Lleida', kind: 'municipality', country: 'ES', population: 135919, location: { lat: 41.61674, lon: 0.62218 } },
  { id: 'es-ine:08298', name: 'Vic', kind: 'municipality', country: 'ES', population: 39844, location: { lat: 41.93012, lon: 2.25486 } },
  { id: 'geonames:588335', name: 'Tartu', kind: 'municipality', country: 'EE', population: 101092, location: { lat: 58.38062, lon: 26.72509 } },
];

/** A complete project: every level of the project tab filled, with Spanish and English texts. */
export const completeProject: Json = {
  id: 'girona-assistent-virtual',
  url: 'https://www.girona.cat/',
  title: 'Assistent virtual per als tràmits municipals',
  summary: "Un xat respon les preguntes més freqüents i deriva a una persona quan cal.",
  content_text:
    "L'assistent respon a qualsevol hora sobre padró, taxes i cita prèvia. Quan no sap la resposta, passa la conversa a l'oficina d'atenció ciutadana amb tot el context.",
  date_published: '2025-03-14T09:00:00+01:00',
  language: 'ca',
  tags: ['xat', 'atenció ciutadana'],
  attachments: [
    { url: 'https://example.org/docs/assistent.pdf', mime_type: 'application/pdf', title: 'Memòria del projecte', size_in_bytes: 1843200 },
    { url: 'https://example.org/video/assistent.mp4', mime_type: 'video/mp4', title: 'Demostració en vídeo', duration_in_seconds: 312 },
  ],
  _digicanvis: {
    council: 'es-ine:17079',
    partners: ['es-ine:08298'],
    contacts: [
      { name: 'Marta Puig', role: "Cap d'atenció ciutadana", email: 'mpuig@example.org', phone: '+34 972 000 000' },
    ],
    value: "Menys trucades repetides i respostes iguals per a tothom, a qualsevol hora.",
    savings: { amount: 48000, currency: 'EUR', period: 'year', note: 'Hores de centraleta alliberades' },
    barriers: ['Respostes desactualitzades', 'Desconfiança inicial del personal'],
    benefits: ['Atenció 24 hores', 'Cues més curtes a les oficines'],
    technologies: ['Processament del llenguatge natural'],
    methodologies: ['Disseny centrat en les persones'],
    tools: ['Rasa'],
    areas: ['citizen-care'],
    kind: 'service',
    phase: 'implemented',
    started: '2024-05-01',
    visits: true,
    i18n: {
      es: {
        title: 'Asistente virtual para los trámites municipales',
        summary: 'Un chat responde las preguntas más frecuentes y deriva a una persona cuando hace falta.',
      },
      en: {
        title: 'A virtual assistant for council services',
        summary: 'A chat answers the most frequent questions and hands over to a person when needed.',
      },
    },
  },
};

/** Only Catalan texts: shown on an English page, the card falls back and marks the text `lang="ca"`. */
export const catalanOnlyProject: Json = {
  id: 'lleida-teleassistencia',
  title: 'Teleassistència amb sensors per a la gent gran',
  summary: 'Sensors a casa avisen els serveis socials si hi ha una caiguda o una inactivitat llarga.',
  date_published: '2024-11-02T10:00:00+01:00',
  language: 'ca',
  _digicanvis: {
    council: 'es-ine:25120',
    areas: ['social'],
    kind: 'service',
    phase: 'pilot',
    savings: { amount: 12000, currency: 'EUR', period: 'once' },
  },
};

/** The widest texts a card meets: a very long title and words with no break opportunity. */
export const longTextProject: Json = {
  id: 'vic-transformacio-llarga',
  title:
    "Programa integral de transformació digital i organitzativa de l'administració municipal per a la simplificació administrativa, la interoperabilitat entre administracions i la proactivitat en la prestació de serveis",
  summary:
    'Paraules com Interoperabilitatadministrativaintermunicipalidescentralitzadaperaltothom o https://www.example.org/un/enllac/molt/llarg/que/no/es/pot/partir/enlloc/de/cap/manera ho han de suportar.',
  content_text: `${'Una descripció llarga que es repeteix per omplir la fitxa. '.repeat(12)}`,
  date_published: '2023-06-20T08:00:00+02:00',
  language: 'ca',
  _digicanvis: {
    council: 'es-ine:08298',
    contacts: [{ name: 'Maria Concepció Fernández-Vilaseca i Puigdollers de Santa Eulàlia', role: 'Coordinadora del programa de transformació digital i innovació oberta' }],
    barriers: ['Resistència al canvi en equips amb una llarga trajectòria de treball en paper'],
    technologies: ['Plataforma d’integració de serveis basada en esdeveniments'],
    areas: ['transformation', 'services'],
    kind: 'organization',
    phase: 'prototype',
  },
};

/** Text that must stay text: markup, a script URL, and right-to-left and zero-width characters. */
export const hostileProject: Json = {
  id: 'hostile-<img src=x onerror=alert(1)>',
  url: 'javascript:alert(document.cookie)',
  title: '<script>alert("title")</script> Projecte amb <b>etiquetes</b>',
  summary: '<img src=x onerror="alert(1)"> &lt;i&gt;no és cursiva&lt;/i&gt; \u202Eatxericompleta\u202C \u200B',
  content_html: '<p>Paràgraf permès</p><script>alert(2)</script><a href="javascript:alert(3)">enllaç perillós</a>',
  language: 'ca',
  attachments: [{ url: 'javascript:alert(4)', mime_type: 'text/html', title: 'Document amb enllaç perillós' }],
  _digicanvis: {
    council: 'geonames:588335',
    contacts: [{ name: '"><svg onload=alert(5)>', email: 'not an email', url: 'data:text/html,<script>alert(6)</script>' }],
    areas: ['participation'],
    kind: 'process',
    phase: 'pilot',
  },
};

export function feedOf(items: Json[], extra: { version?: number; language?: string } = {}): Json {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Observatori DigiCanvis (Storybook)',
    language: extra.language ?? 'ca',
    items,
    _digicanvis: { version: extra.version ?? 1, councils, faq: [], help: {} },
  };
}


/**
 * A council whose name carries markup and an event handler, at an invented point between Vic and Girona: the map's
 * marker, its list rows, its headings and its council chooser must all show the name as text.
 */
export const hostileCouncil: Json = {
  id: 'storybook:hostile-council',
  name: '<img src=x onerror=alert(7)> Vila <b onmouseover=alert(8)>etiquetada</b>',
  kind: 'municipality',
  country: 'ES',
  population: 12000,
  location: { lat: 41.95, lon: 2.3 },
};

/** The hostile project, moved to the hostile council: a row whose title and council name both carry markup. */
export const hostileProjectAtHostileCouncil: Json = {
  ...hostileProject,
  _digicanvis: { ...(hostileProject['_digicanvis'] as Json), council: hostileCouncil['id'] },
};

/** Like feedOf, with more councils than the usual four: for stories about the councils themselves. */
export function feedWithCouncils(items: Json[], extraCouncils: Json[]): Json {
  const feed = feedOf(items);
  const digicanvis = feed['_digicanvis'] as Json;
  return { ...feed, _digicanvis: { ...digicanvis, councils: [...councils, ...extraCouncils] } };
}
