/**
 * The example discussions: councils asking the ones that did a project of the example feed (demo/feed.json) how it
 * went. People are fictional, councils and projects are the feed's. Added once, to a forum with no discussion yet;
 * tools/example-feed/build.mjs gives each project here its `thread`.
 */

/**
 * @typedef {{ id: string, author: string, council: string | null, at: string, text: string, replyTo?: string, status?: 'pending' }} SeedPost
 * @typedef {{ id: string, title: string, project: string | null, closed?: boolean, posts: SeedPost[] }} SeedThread
 */

/** @type {SeedThread[]} */
export const SEED_THREADS = [
  {
    id: 'capafonts-assistent-virtual',
    title: 'Assistent virtual en un municipi petit: val la pena?',
    project: 'capafonts-assistent-virtual',
    posts: [
      {
        id: 'capafonts-assistent-virtual-1',
        author: 'Núria Vidal',
        council: 'es-ine:08015',
        at: '2026-10-06T08:42:00Z',
        text: "Bon dia! A Badalona estem fent el prototip d'un assistent virtual i ens ha sorprès veure que a Capafonts ja el teniu implantat. Amb tan pocs habitants, quantes consultes rep? Qui manté les respostes?",
      },
      {
        id: 'capafonts-assistent-virtual-2',
        author: 'Jordi Ferré',
        council: 'es-ine:43039',
        at: '2026-10-06T11:15:00Z',
        replyTo: 'capafonts-assistent-virtual-1',
        text: "Hola, Núria. Rep unes quinze consultes la setmana, sobretot fora de l'horari de l'oficina (que només obre dos matins). Les respostes les mantenim la secretària i jo: són una cinquantena de preguntes, i les revisem cada trimestre.\n\nEl que més va costar no va ser la tecnologia sinó escriure les respostes en llenguatge planer.",
      },
      {
        id: 'capafonts-assistent-virtual-3',
        author: 'Núria Vidal',
        council: 'es-ine:08015',
        at: '2026-10-07T07:58:00Z',
        replyTo: 'capafonts-assistent-virtual-2',
        text: 'Molt útil, gràcies. I quan no sap la resposta, què fa? Nosaltres dubtem entre derivar a un formulari o donar el telèfon.',
      },
      {
        id: 'capafonts-assistent-virtual-4',
        author: 'Jordi Ferré',
        council: 'es-ine:43039',
        at: '2026-10-07T09:30:00Z',
        replyTo: 'capafonts-assistent-virtual-3',
        text: "Dona el telèfon i l'horari, i l'adreça de correu. Un formulari més era una altra safata per revisar, i la gent gran prefereix trucar.",
      },
    ],
  },
  {
    id: 'plens-accessibles-subtitols',
    title: 'Subtítols en directe dels plens: cost i qualitat',
    project: 'santa-coloma-de-gramenet-plens-accessibles',
    posts: [
      {
        id: 'plens-accessibles-subtitols-1',
        author: 'Marc Soler',
        council: 'es-ine:08307',
        at: '2026-09-15T16:05:00Z',
        text: "A Vilanova i la Geltrú fem servir subtitulació automàtica i després corregim la videoacta. A Santa Coloma, els subtítols en directe els fa una persona o una màquina? Quin percentatge d'errors accepteu?",
      },
      {
        id: 'plens-accessibles-subtitols-2',
        author: 'Laia Casals',
        council: 'es-ine:08245',
        at: '2026-09-16T08:20:00Z',
        replyTo: 'plens-accessibles-subtitols-1',
        text: "Màquina en directe, persona després. El reconeixement funciona bé amb el català formal del ple, però falla amb els noms propis i quan parlen dues persones alhora. Vam fer un glossari amb els noms dels carrers i dels regidors i va millorar molt.\n\nLa correcció de la videoacta ens porta unes dues hores per ple.",
      },
      {
        id: 'plens-accessibles-subtitols-3',
        author: 'Pau Riera',
        council: 'es-ine:08015',
        at: '2026-09-18T10:44:00Z',
        text: "Des de Badalona, que som en fase pilot: l'entitat de persones sordes de la ciutat ens va demanar poder descarregar la transcripció. Ho oferiu?",
      },
      {
        id: 'plens-accessibles-subtitols-4',
        author: 'Laia Casals',
        council: 'es-ine:08245',
        at: '2026-09-18T12:02:00Z',
        replyTo: 'plens-accessibles-subtitols-3',
        text: 'Sí, la publiquem amb la videoacta en text pla i en PDF accessible, i la cerca del web la indexa.',
      },
    ],
  },
  {
    id: 'residus-sensors-ompliment',
    title: 'Fill-level sensors: battery life and winter',
    project: 'granollers-residus-sensors',
    posts: [
      {
        id: 'residus-sensors-ompliment-1',
        author: 'Agnieszka Nowak',
        council: 'geonames:3079855',
        at: '2026-11-02T09:10:00Z',
        text: 'Hello from Żywiec. Our pilot has 120 sensors and some stopped reporting after the first frost. How long do the batteries last in Granollers, and did you see the same problem?',
      },
      {
        id: 'residus-sensors-ompliment-2',
        author: 'Albert Puig',
        council: 'es-ine:08096',
        at: '2026-11-03T14:37:00Z',
        replyTo: 'residus-sensors-ompliment-1',
        text: "Hi Agnieszka! Our winters are mild, so frost was never the issue; heat inside the containers in August was. Batteries last about four years at four readings a day. We lost most readings from sensors mounted on the lid: the lid gets hit. Inside the wall of the container they survive.",
      },
      {
        id: 'residus-sensors-ompliment-3',
        author: 'Carla Mas',
        council: 'es-ine:08019',
        at: '2026-11-04T08:05:00Z',
        text: 'Barcelona here, also in a pilot. Did the routes really get shorter? Our drivers say the planned route changes every day and they find that harder.',
      },
      {
        id: 'residus-sensors-ompliment-4',
        author: 'Albert Puig',
        council: 'es-ine:08096',
        at: '2026-11-04T10:50:00Z',
        replyTo: 'residus-sensors-ompliment-3',
        text: 'About 20% fewer kilometres for glass and paper. We kept a fixed core route and only add or skip containers at its ends: the drivers accepted that much better than a new route every day.',
      },
    ],
  },
  {
    id: 'ciberseguretat-ens',
    title: 'Adecuación al ENS en un ayuntamiento mediano',
    project: 'sant-cugat-del-valles-ciberseguretat',
    posts: [
      {
        id: 'ciberseguretat-ens-1',
        author: 'Lucía Romero',
        council: 'geonames:2516395',
        at: '2026-10-20T07:30:00Z',
        text: 'Buenos días. En Jaén empezamos la adecuación al Esquema Nacional de Seguridad. ¿Contratasteis la auditoría fuera o la hizo la diputación? ¿Cuánto tardasteis en tener la declaración de conformidad?',
      },
      {
        id: 'ciberseguretat-ens-2',
        author: 'Oriol Bosch',
        council: 'es-ine:08205',
        at: '2026-10-21T09:12:00Z',
        replyTo: 'ciberseguretat-ens-1',
        text: 'Hola, Lucía. La auditoría fue externa, pero el análisis de riesgos lo hicimos con el apoyo del consorcio AOC. Desde el inicio hasta la certificación de categoría media pasaron catorce meses; lo que más tiempo llevó fue inventariar los sistemas y decidir quién es responsable de cada uno.',
      },
      {
        id: 'ciberseguretat-ens-3',
        author: 'Lucía Romero',
        council: 'geonames:2516395',
        at: '2026-10-21T11:40:00Z',
        replyTo: 'ciberseguretat-ens-2',
        text: 'Gracias, Oriol. ¿Y la formación del personal? Aquí es lo que más resistencia genera.',
      },
      {
        id: 'ciberseguretat-ens-4',
        author: 'Oriol Bosch',
        council: 'es-ine:08205',
        at: '2026-10-22T08:03:00Z',
        replyTo: 'ciberseguretat-ens-3',
        text: 'Cápsulas de diez minutos y un simulacro de phishing cada trimestre. El primer simulacro picó un 18 % de la plantilla; el último, un 4 %.',
      },
    ],
  },
  {
    id: 'pressupostos-participatius-vot',
    title: 'Votació electrònica als pressupostos participatius',
    project: 'girona-pressupostos-participatius',
    posts: [
      {
        id: 'pressupostos-participatius-vot-1',
        author: 'Montse Roca',
        council: 'es-ine:17204',
        at: '2026-08-28T18:22:00Z',
        text: "A Ullà vam fer la primera votació electrònica amb paper alhora, i el 70 % va votar en paper. A Girona heu deixat el paper del tot? Com ho feu amb la gent que no té certificat digital?",
      },
      {
        id: 'pressupostos-participatius-vot-2',
        author: 'Sergi Pujol',
        council: 'es-ine:17079',
        at: '2026-08-31T07:55:00Z',
        replyTo: 'pressupostos-participatius-vot-1',
        text: "No cal certificat: validem amb el padró i un codi per SMS. I mantenim punts de votació assistida a les biblioteques i als casals durant la setmana de votació, amb personal que ajuda. Així la participació en línia va passar del 40 % al 85 % en tres edicions.",
      },
      {
        id: 'pressupostos-participatius-vot-3',
        author: 'Montse Roca',
        council: 'es-ine:17204',
        at: '2026-09-01T16:10:00Z',
        replyTo: 'pressupostos-participatius-vot-2',
        text: 'Els punts assistits és la clau, ho provarem. Gràcies!',
      },
    ],
  },
  {
    id: 'rpa-factures-manteniment',
    title: 'Robots de factures: qui els manté quan canvia el programa de comptabilitat?',
    project: 'mura-rpa-factures',
    posts: [
      {
        id: 'rpa-factures-manteniment-1',
        author: 'Anna Serra',
        council: 'es-ine:08279',
        at: '2026-11-10T10:00:00Z',
        text: 'A Terrassa tenim el pilot dels robots per tramitar factures i ens preocupa el manteniment: cada actualització de la comptabilitat trenca algun pas. A Mura, amb un equip tan petit, com ho feu?',
      },
      {
        id: 'rpa-factures-manteniment-2',
        author: 'Josep Vilalta',
        council: 'es-ine:08139',
        at: '2026-11-11T08:31:00Z',
        replyTo: 'rpa-factures-manteniment-1',
        text: "El robot el manté el consell comarcal per a tots els municipis que el fem servir, i el proveïdor de la comptabilitat avisa de les actualitzacions amb un mes d'antelació. Sols no ho podríem fer.",
      },
      {
        id: 'rpa-factures-manteniment-3',
        author: 'Visitant',
        council: null,
        at: '2026-11-12T17:45:00Z',
        status: 'pending',
        text: 'Quants dies es guanyen en el termini de pagament als proveïdors?',
      },
    ],
  },
  {
    id: 'benvinguda',
    title: "Benvinguda al fòrum de l'observatori",
    project: null,
    posts: [
      {
        id: 'benvinguda-1',
        author: 'Equip de l’observatori',
        council: 'digicanvis:consorci-aoc',
        at: '2026-08-01T09:00:00Z',
        text: "Aquest és l'espai per preguntar als ajuntaments que ja han fet un projecte com els ha anat: què va costar, què no va funcionar, què farien diferent. Els missatges dels visitants es publiquen quan un moderador els ha revisat; els dels membres verificats, de seguida.",
      },
    ],
  },
];

/**
 * Adds the example discussions to a forum that has none yet (a forum in use is left as it is).
 * @param {import('./db.mjs').Database} db
 * @returns {Promise<boolean>} whether it added them.
 */
export async function seedForum(db) {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query('select count(*)::int as n from threads');
    if (rows[0].n > 0) return false;
    for (const thread of SEED_THREADS) {
      const published = thread.posts.filter((post) => post.status !== 'pending');
      await tx.query(
        "insert into threads (id, title, project, closed, status, created, last_post, published_posts) values ($1, $2, $3, $4, 'published', $5, $6, $7)",
        [thread.id, thread.title, thread.project, !!thread.closed, thread.posts[0].at, published.at(-1)?.at ?? thread.posts[0].at, published.length],
      );
      for (const post of thread.posts) {
        await tx.query('insert into posts (id, thread_id, author_name, author_council, text, reply_to, status, created) values ($1, $2, $3, $4, $5, $6, $7, $8)', [
          post.id,
          thread.id,
          post.author,
          post.council,
          post.text,
          post.replyTo ?? null,
          post.status ?? 'published',
          post.at,
        ]);
      }
    }
    return true;
  });
}
