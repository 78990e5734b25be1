// The kinds of project a council typically runs, written once in Catalan, Spanish and English.
// The example feed and the benchmark feeds place them in real councils, so the texts stay
// generic: the council's name is added by the generator. `spainOnly` marks projects built on
// Spanish or Catalan public platforms (idCAT, Via Oberta, the ENS…), which only make sense for a
// council in Spain.

/**
 * @typedef {{ title: string, summary: string, content_text: string, value: string,
 *   barriers: string[], benefits: string[] }} Texts
 * @typedef {{ key: string, areas: string[], kind: 'service'|'process'|'organization',
 *   phases: string[], technologies: string[], methodologies: string[], tools: string[],
 *   tags: string[], savings?: { min: number, max: number, period: 'once'|'year'|'month', note: string },
 *   html?: string, spainOnly?: boolean, texts: { ca: Texts, es: Texts, en: Texts } }} Archetype
 */

/** @type {Archetype[]} */
export const ARCHETYPES = [
  {
    key: 'assistent-virtual',
    areas: ['citizen-care'],
    kind: 'service',
    phases: ['implemented', 'pilot', 'prototype'],
    technologies: ['Processament del llenguatge natural', 'Model de llenguatge', 'API de la seu electrònica'],
    methodologies: ['Disseny centrat en les persones', 'Proves d’usabilitat'],
    tools: ['Rasa', 'Web de l’ajuntament', 'WhatsApp Business'],
    tags: ['xatbot', 'atenció ciutadana', 'IA'],
    savings: { min: 18000, max: 95000, period: 'year', note: 'Hores d’atenció telefònica alliberades per a consultes complexes.' },
    texts: {
      ca: {
        title: 'Assistent virtual per a la ciutadania',
        summary: 'Un xatbot respon a tota hora les preguntes més freqüents sobre tràmits, horaris i serveis.',
        content_text:
          'L’assistent virtual atén per la web i per missatgeria les consultes habituals: empadronament, impostos, recollida de residus o horaris dels equipaments. Quan no sap la resposta, passa la conversa a una persona de l’oficina d’atenció ciutadana amb tot el context.',
        value: 'La ciutadania obté respostes immediates fora de l’horari d’oficina i el personal es dedica als casos que necessiten una persona.',
        barriers: ['Mantenir la base de coneixement al dia', 'Desconfiança inicial cap a les respostes automàtiques'],
        benefits: ['Atenció les 24 hores', 'Menys trucades repetitives', 'Dades sobre els dubtes més freqüents'],
      },
      es: {
        title: 'Asistente virtual para la ciudadanía',
        summary: 'Un chatbot responde a cualquier hora las preguntas más frecuentes sobre trámites, horarios y servicios.',
        content_text:
          'El asistente virtual atiende por la web y por mensajería las consultas habituales: empadronamiento, impuestos, recogida de residuos u horarios de los equipamientos. Cuando no sabe la respuesta, pasa la conversación a una persona de la oficina de atención ciudadana con todo el contexto.',
        value: 'La ciudadanía obtiene respuestas inmediatas fuera del horario de oficina y el personal se dedica a los casos que necesitan a una persona.',
        barriers: ['Mantener la base de conocimiento al día', 'Desconfianza inicial hacia las respuestas automáticas'],
        benefits: ['Atención las 24 horas', 'Menos llamadas repetitivas', 'Datos sobre las dudas más frecuentes'],
      },
      en: {
        title: 'Virtual assistant for residents',
        summary: 'A chatbot answers the most frequent questions about procedures, opening hours and services at any time.',
        content_text:
          'The virtual assistant handles everyday questions on the website and by messaging: registering as a resident, taxes, waste collection or the opening hours of public buildings. When it does not know the answer, it hands the conversation over to a person at the citizen service office, context included.',
        value: 'Residents get immediate answers outside office hours and staff spend their time on cases that need a person.',
        barriers: ['Keeping the knowledge base up to date', 'Initial distrust of automated answers'],
        benefits: ['Service around the clock', 'Fewer repetitive phone calls', 'Data on the most frequent questions'],
      },
    },
  },
  {
    key: 'app-incidencies',
    areas: ['citizen-care'],
    kind: 'service',
    phases: ['implemented', 'pilot'],
    technologies: ['App mòbil multiplataforma', 'Geolocalització', 'Servei web de gestió d’incidències'],
    methodologies: ['Co-creació amb la ciutadania', 'Desenvolupament iteratiu'],
    tools: ['Open311', 'QGIS'],
    tags: ['queixes', 'suggeriments', 'via pública', 'app'],
    savings: { min: 12000, max: 60000, period: 'year', note: 'Menys desplaçaments d’inspecció gràcies a les fotos i la ubicació exacta.' },
    texts: {
      ca: {
        title: 'App de queixes i suggeriments a la via pública',
        summary: 'Els veïns comuniquen una incidència amb una foto i la ubicació, i en segueixen l’estat fins que es resol.',
        content_text:
          'Un fanal fos, una vorera malmesa o un contenidor ple es comuniquen en tres tocs des del mòbil. La incidència arriba directament a la brigada responsable, i la persona que l’ha enviat rep un avís quan es tanca.',
        value: 'Respostes més ràpides i traçables, i un mapa actualitzat de l’estat de l’espai públic.',
        barriers: ['Integració amb el programari de les brigades', 'Incidències duplicades'],
        benefits: ['Temps de resolució més curt', 'Transparència sobre l’estat de cada incidència'],
      },
      es: {
        title: 'App de quejas y sugerencias en la vía pública',
        summary: 'Los vecinos comunican una incidencia con una foto y la ubicación, y siguen su estado hasta que se resuelve.',
        content_text:
          'Una farola fundida, una acera dañada o un contenedor lleno se comunican en tres toques desde el móvil. La incidencia llega directamente a la brigada responsable, y la persona que la ha enviado recibe un aviso cuando se cierra.',
        value: 'Respuestas más rápidas y trazables, y un mapa actualizado del estado del espacio público.',
        barriers: ['Integración con el software de las brigadas', 'Incidencias duplicadas'],
        benefits: ['Tiempo de resolución más corto', 'Transparencia sobre el estado de cada incidencia'],
      },
      en: {
        title: 'Street complaints and suggestions app',
        summary: 'Residents report a problem with a photo and its location, and follow it until it is fixed.',
        content_text:
          'A broken street light, a damaged pavement or an overflowing bin can be reported in three taps from a phone. The report goes straight to the responsible maintenance team, and the sender is notified when it is closed.',
        value: 'Faster, traceable responses and an up-to-date map of the state of public space.',
        barriers: ['Integration with the maintenance teams’ software', 'Duplicate reports'],
        benefits: ['Shorter resolution times', 'Transparency on the state of every report'],
      },
    },
  },
  {
    key: 'cita-previa',
    areas: ['citizen-care', 'services'],
    kind: 'process',
    phases: ['implemented'],
    technologies: ['Gestor de cues', 'SMS', 'Calendari web accessible'],
    methodologies: ['Anàlisi de processos (BPMN)', 'Mapa del viatge de l’usuari'],
    tools: ['Sistema de cita prèvia', 'Pantalles de torn'],
    tags: ['cita prèvia', 'OAC', 'cues'],
    texts: {
      ca: {
        title: 'Cita prèvia multicanal a l’oficina d’atenció ciutadana',
        summary: 'Demanar hora per web, telèfon o missatge, amb recordatoris i anul·lació en un clic.',
        content_text:
          'La cita prèvia unifica en una sola agenda totes les finestretes municipals. Cada cita indica quins documents cal portar, i un recordatori el dia abans redueix les absències.',
        value: 'Menys esperes a l’oficina i visites més curtes perquè la persona arriba amb la documentació correcta.',
        barriers: ['Persones que no fan servir canals digitals', 'Coordinar agendes de diversos departaments'],
        benefits: ['Esperes més curtes', 'Menys cites perdudes', 'Previsió de la càrrega de treball'],
      },
      es: {
        title: 'Cita previa multicanal en la oficina de atención ciudadana',
        summary: 'Pedir hora por web, teléfono o mensaje, con recordatorios y anulación en un clic.',
        content_text:
          'La cita previa unifica en una sola agenda todas las ventanillas municipales. Cada cita indica qué documentos hay que llevar, y un recordatorio el día antes reduce las ausencias.',
        value: 'Menos esperas en la oficina y visitas más cortas porque la persona llega con la documentación correcta.',
        barriers: ['Personas que no usan canales digitales', 'Coordinar agendas de varios departamentos'],
        benefits: ['Esperas más cortas', 'Menos citas perdidas', 'Previsión de la carga de trabajo'],
      },
      en: {
        title: 'Multichannel appointments at the citizen service office',
        summary: 'Book an appointment online, by phone or by message, with reminders and one-click cancellation.',
        content_text:
          'One booking calendar now covers every council counter. Each appointment lists the documents to bring, and a reminder the day before reduces no-shows.',
        value: 'Shorter queues and shorter visits, because people arrive with the right documents.',
        barriers: ['People who do not use digital channels', 'Coordinating the calendars of several departments'],
        benefits: ['Shorter waiting times', 'Fewer missed appointments', 'Workload can be planned'],
      },
    },
  },
  {
    key: 'recollida-voluminosos',
    areas: ['citizen-care', 'services'],
    kind: 'service',
    phases: ['implemented', 'pilot'],
    technologies: ['Formulari web', 'Planificació de rutes', 'SMS'],
    methodologies: ['Proves d’usabilitat'],
    tools: ['Planificador de rutes de recollida'],
    tags: ['residus', 'mobles', 'voluminosos'],
    savings: { min: 5000, max: 30000, period: 'year', note: 'Rutes de recollida més curtes i menys abocaments incontrolats.' },
    texts: {
      ca: {
        title: 'Recollida de mobles i voluminosos amb reserva en línia',
        summary: 'Es reserva el dia de recollida d’un moble vell en un minut i l’ajuntament n’optimitza les rutes.',
        content_text:
          'La persona escull el dia, indica què vol llençar i rep la confirmació amb l’hora i el lloc on deixar-ho. Les reserves del dia alimenten el planificador de rutes del servei de recollida.',
        value: 'Carrers més nets i un servei més previsible per als veïns i per a l’empresa de recollida.',
        barriers: ['Canvis d’últim moment en les reserves'],
        benefits: ['Menys mobles abandonats a la via pública', 'Rutes més eficients'],
      },
      es: {
        title: 'Recogida de muebles y voluminosos con reserva en línea',
        summary: 'Se reserva el día de recogida de un mueble viejo en un minuto y el ayuntamiento optimiza las rutas.',
        content_text:
          'La persona elige el día, indica qué quiere tirar y recibe la confirmación con la hora y el lugar donde dejarlo. Las reservas del día alimentan el planificador de rutas del servicio de recogida.',
        value: 'Calles más limpias y un servicio más previsible para los vecinos y para la empresa de recogida.',
        barriers: ['Cambios de última hora en las reservas'],
        benefits: ['Menos muebles abandonados en la vía pública', 'Rutas más eficientes'],
      },
      en: {
        title: 'Bulky waste collection booked online',
        summary: 'Booking the collection of an old piece of furniture takes a minute, and the council optimizes the routes.',
        content_text:
          'The resident picks a day, says what they want to dispose of and gets a confirmation with the time and place to leave it. The day’s bookings feed the collection service’s route planner.',
        value: 'Cleaner streets and a more predictable service for residents and for the collection company.',
        barriers: ['Last-minute changes to bookings'],
        benefits: ['Less furniture dumped in the street', 'More efficient routes'],
      },
    },
  },
  {
    key: 'avisos-proactius',
    spainOnly: true,
    areas: ['services', 'social'],
    kind: 'service',
    phases: ['pilot', 'implemented', 'prototype'],
    technologies: ['Motor de regles', 'Interoperabilitat amb el padró', 'Notificacions electròniques'],
    methodologies: ['Servei proactiu', 'Avaluació d’impacte en protecció de dades'],
    tools: ['e-NOTUM', 'Via Oberta'],
    tags: ['proactivitat', 'ajuts', 'bonificacions'],
    savings: { min: 20000, max: 120000, period: 'year', note: 'Sol·licituds que ja no cal revisar a mà perquè les dades venen verificades.' },
    texts: {
      ca: {
        title: 'Avisos proactius d’ajuts i bonificacions',
        summary: 'L’ajuntament avisa cada llar dels ajuts als quals té dret, sense que l’hagi de demanar.',
        content_text:
          'Amb el consentiment de les persones, el sistema creua dades que l’administració ja té (padró, tributs, prestacions) per detectar qui compleix els requisits d’una bonificació o d’un ajut. La persona rep un avís i pot acceptar-lo en un sol pas.',
        value: 'Ningú no es queda sense un ajut per no saber que existeix, i els tràmits es redueixen a una confirmació.',
        barriers: ['Marc legal per creuar dades', 'Qualitat de les dades del padró'],
        benefits: ['Més cobertura dels ajuts', 'Menys documentació aportada', 'Menys errors en les sol·licituds'],
      },
      es: {
        title: 'Avisos proactivos de ayudas y bonificaciones',
        summary: 'El ayuntamiento avisa a cada hogar de las ayudas a las que tiene derecho, sin que tenga que pedirlas.',
        content_text:
          'Con el consentimiento de las personas, el sistema cruza datos que la administración ya tiene (padrón, tributos, prestaciones) para detectar quién cumple los requisitos de una bonificación o de una ayuda. La persona recibe un aviso y puede aceptarlo en un solo paso.',
        value: 'Nadie se queda sin una ayuda por no saber que existe, y los trámites se reducen a una confirmación.',
        barriers: ['Marco legal para cruzar datos', 'Calidad de los datos del padrón'],
        benefits: ['Más cobertura de las ayudas', 'Menos documentación aportada', 'Menos errores en las solicitudes'],
      },
      en: {
        title: 'Proactive notices of grants and tax reliefs',
        summary: 'The council tells each household which grants it is entitled to, without anyone having to apply.',
        content_text:
          'With people’s consent, the system matches data the administration already holds (the residents’ register, local taxes, benefits) to find who meets the requirements of a tax relief or a grant. The person receives a notice and can accept it in a single step.',
        value: 'Nobody misses a grant for not knowing it exists, and the procedure is reduced to a confirmation.',
        barriers: ['Legal basis for matching data', 'Quality of the residents’ register data'],
        benefits: ['Wider take-up of grants', 'Fewer documents to provide', 'Fewer errors in applications'],
      },
    },
  },
  {
    key: 'signatura-mobil',
    spainOnly: true,
    areas: ['services'],
    kind: 'process',
    phases: ['implemented', 'pilot'],
    technologies: ['Signatura electrònica al núvol', 'Identitat digital'],
    methodologies: ['Simplificació administrativa'],
    tools: ['idCAT Mòbil', 'Cl@ve', 'VÀLid'],
    tags: ['signatura electrònica', 'identitat digital', 'seu electrònica'],
    savings: { min: 8000, max: 45000, period: 'year', note: 'Paper, impressió i desplaçaments a l’oficina evitats.' },
    texts: {
      ca: {
        title: 'Signatura electrònica de tràmits des del mòbil',
        summary: 'Qualsevol tràmit de la seu electrònica es pot signar amb el mòbil, sense certificat instal·lat.',
        content_text:
          'La seu electrònica accepta la identificació i la signatura amb un codi rebut al mòbil. Els formularis s’han reescrit en llenguatge planer i guarden l’esborrany per poder continuar més tard.',
        value: 'Fer un tràmit ja no depèn de tenir un certificat digital a l’ordinador ni de desplaçar-se a l’oficina.',
        barriers: ['Persones sense mòbil o sense alta a la identitat digital', 'Formularis antics difícils de reescriure'],
        benefits: ['Més tràmits fets en línia', 'Menys visites presencials'],
      },
      es: {
        title: 'Firma electrónica de trámites desde el móvil',
        summary: 'Cualquier trámite de la sede electrónica se puede firmar con el móvil, sin certificado instalado.',
        content_text:
          'La sede electrónica acepta la identificación y la firma con un código recibido en el móvil. Los formularios se han reescrito en lenguaje claro y guardan el borrador para poder continuar más tarde.',
        value: 'Hacer un trámite ya no depende de tener un certificado digital en el ordenador ni de desplazarse a la oficina.',
        barriers: ['Personas sin móvil o sin alta en la identidad digital', 'Formularios antiguos difíciles de reescribir'],
        benefits: ['Más trámites hechos en línea', 'Menos visitas presenciales'],
      },
      en: {
        title: 'Signing procedures from a mobile phone',
        summary: 'Any procedure on the council’s e-office can be signed with a phone, with no certificate installed.',
        content_text:
          'The e-office accepts identification and signature with a code sent to the phone. The forms have been rewritten in plain language and keep a draft so that people can finish later.',
        value: 'Completing a procedure no longer depends on having a digital certificate on a computer or going to the office.',
        barriers: ['People without a phone or not enrolled in the digital identity', 'Old forms that are hard to rewrite'],
        benefits: ['More procedures completed online', 'Fewer visits in person'],
      },
    },
  },
  {
    key: 'interoperabilitat',
    spainOnly: true,
    areas: ['services'],
    kind: 'process',
    phases: ['implemented', 'pilot'],
    technologies: ['Serveis web d’interoperabilitat', 'Plataforma d’intermediació de dades'],
    methodologies: ['Principi de només una vegada', 'Anàlisi de processos (BPMN)'],
    tools: ['Via Oberta', 'PCI'],
    tags: ['interoperabilitat', 'només una vegada', 'documents'],
    savings: { min: 15000, max: 80000, period: 'year', note: 'Certificats que la ciutadania ja no ha de demanar a altres administracions.' },
    texts: {
      ca: {
        title: 'Tràmits sense aportar documents que l’administració ja té',
        summary: 'Els tràmits consulten directament les dades d’altres administracions en lloc de demanar certificats.',
        content_text:
          'En vint tràmits habituals, el personal consulta electrònicament dades d’identitat, de residència, d’estar al corrent amb Hisenda o de discapacitat. La persona només autoritza la consulta i no aporta cap paper.',
        value: 'Menys viatges i menys documents per a la ciutadania, i expedients complets des del primer dia.',
        barriers: ['Permisos d’accés a cada servei de dades', 'Canvis en procediments molt arrelats'],
        benefits: ['Tràmits més curts', 'Menys requeriments d’esmena'],
      },
      es: {
        title: 'Trámites sin aportar documentos que la administración ya tiene',
        summary: 'Los trámites consultan directamente los datos de otras administraciones en lugar de pedir certificados.',
        content_text:
          'En veinte trámites habituales, el personal consulta electrónicamente datos de identidad, de residencia, de estar al corriente con Hacienda o de discapacidad. La persona solo autoriza la consulta y no aporta ningún papel.',
        value: 'Menos viajes y menos documentos para la ciudadanía, y expedientes completos desde el primer día.',
        barriers: ['Permisos de acceso a cada servicio de datos', 'Cambios en procedimientos muy arraigados'],
        benefits: ['Trámites más cortos', 'Menos requerimientos de subsanación'],
      },
      en: {
        title: 'Procedures without documents the administration already holds',
        summary: 'Procedures query other administrations’ data directly instead of asking people for certificates.',
        content_text:
          'In twenty common procedures, staff check identity, residence, tax compliance or disability data electronically. The person only authorizes the check and brings no paper at all.',
        value: 'Fewer trips and fewer documents for residents, and complete case files from day one.',
        barriers: ['Access permissions for each data service', 'Changing deeply rooted procedures'],
        benefits: ['Shorter procedures', 'Fewer requests to correct applications'],
      },
    },
  },
  {
    key: 'carpeta-ciutadana',
    areas: ['services'],
    kind: 'service',
    phases: ['implemented', 'pilot', 'prototype'],
    technologies: ['Portal personalitzat', 'Identitat digital', 'API REST'],
    methodologies: ['Disseny centrat en les persones', 'Desenvolupament iteratiu'],
    tools: ['Seu electrònica', 'idCAT Mòbil'],
    tags: ['carpeta ciutadana', 'personalització', 'tràmits'],
    texts: {
      ca: {
        title: 'Carpeta ciutadana personalitzada',
        summary: 'Un espai privat on cada persona veu els seus tràmits, rebuts, notificacions i cites.',
        content_text:
          'La carpeta reuneix en una sola pantalla l’estat dels expedients, els rebuts pendents, les notificacions i les cites. També recorda terminis, com la renovació del padró o el pagament d’un impost.',
        value: 'Una visió completa de la relació amb l’ajuntament, sense haver de trucar per saber com va un tràmit.',
        barriers: ['Connectar sistemes antics amb la carpeta', 'Donar a conèixer el servei'],
        benefits: ['Menys consultes sobre l’estat dels expedients', 'Terminis complerts a temps'],
      },
      es: {
        title: 'Carpeta ciudadana personalizada',
        summary: 'Un espacio privado donde cada persona ve sus trámites, recibos, notificaciones y citas.',
        content_text:
          'La carpeta reúne en una sola pantalla el estado de los expedientes, los recibos pendientes, las notificaciones y las citas. También recuerda plazos, como la renovación del padrón o el pago de un impuesto.',
        value: 'Una visión completa de la relación con el ayuntamiento, sin tener que llamar para saber cómo va un trámite.',
        barriers: ['Conectar sistemas antiguos con la carpeta', 'Dar a conocer el servicio'],
        benefits: ['Menos consultas sobre el estado de los expedientes', 'Plazos cumplidos a tiempo'],
      },
      en: {
        title: 'Personal citizen folder',
        summary: 'A private space where each person sees their procedures, bills, notifications and appointments.',
        content_text:
          'The folder brings together on one screen the status of case files, pending bills, notifications and appointments. It also reminds people of deadlines, such as renewing their registration or paying a tax.',
        value: 'A complete view of one’s dealings with the council, without phoning to ask how a procedure is going.',
        barriers: ['Connecting legacy systems to the folder', 'Making the service known'],
        benefits: ['Fewer questions about case status', 'Deadlines met on time'],
      },
    },
  },
  {
    key: 'llicencies-automatitzades',
    spainOnly: true,
    areas: ['services', 'management'],
    kind: 'process',
    phases: ['pilot', 'prototype'],
    technologies: ['Validació automàtica de formularis', 'Sistema d’informació geogràfica'],
    methodologies: ['Simplificació administrativa', 'Lean'],
    tools: ['Gestor d’expedients', 'Planejament urbanístic digitalitzat'],
    tags: ['llicències', 'obres', 'urbanisme'],
    savings: { min: 10000, max: 50000, period: 'year', note: 'Hores tècniques estalviades en comprovacions repetitives.' },
    texts: {
      ca: {
        title: 'Comunicacions d’obres menors validades automàticament',
        summary: 'Les obres petites es comuniquen en línia i el sistema comprova al moment si la parcel·la i l’obra compleixen el planejament.',
        content_text:
          'En comunicar una obra menor, el formulari consulta el planejament de la parcel·la i avisa al moment si falta un document o si l’obra necessita llicència. Els tècnics només revisen els casos dubtosos.',
        value: 'Respostes el mateix dia per a obres senzilles i més temps tècnic per als projectes complexos.',
        barriers: ['Planejament no digitalitzat del tot', 'Responsabilitat sobre les validacions automàtiques'],
        benefits: ['Terminis de resposta més curts', 'Menys expedients incomplets'],
      },
      es: {
        title: 'Comunicaciones de obras menores validadas automáticamente',
        summary: 'Las obras pequeñas se comunican en línea y el sistema comprueba al momento si la parcela y la obra cumplen el planeamiento.',
        content_text:
          'Al comunicar una obra menor, el formulario consulta el planeamiento de la parcela y avisa al momento si falta un documento o si la obra necesita licencia. Los técnicos solo revisan los casos dudosos.',
        value: 'Respuestas el mismo día para obras sencillas y más tiempo técnico para los proyectos complejos.',
        barriers: ['Planeamiento no digitalizado del todo', 'Responsabilidad sobre las validaciones automáticas'],
        benefits: ['Plazos de respuesta más cortos', 'Menos expedientes incompletos'],
      },
      en: {
        title: 'Automatically checked notices of minor works',
        summary: 'Small building works are notified online and the system checks at once whether the plot and the works meet the zoning plan.',
        content_text:
          'When minor works are notified, the form looks up the plot’s zoning and warns at once if a document is missing or the works need a permit. Officers only review the unclear cases.',
        value: 'Same-day answers for simple works and more officer time for complex projects.',
        barriers: ['Zoning plans not fully digitized', 'Accountability for automated checks'],
        benefits: ['Shorter response times', 'Fewer incomplete applications'],
      },
    },
  },
  {
    key: 'teleassistencia',
    areas: ['social'],
    kind: 'service',
    phases: ['implemented', 'pilot'],
    technologies: ['Sensors domiciliaris', 'Internet de les coses', 'Videotrucada'],
    methodologies: ['Atenció centrada en la persona', 'Co-creació amb professionals'],
    tools: ['Plataforma de teleassistència', 'Tauleta adaptada'],
    tags: ['gent gran', 'teleassistència', 'sensors'],
    savings: { min: 25000, max: 150000, period: 'year', note: 'Ingressos residencials ajornats i visites domiciliàries millor planificades.' },
    texts: {
      ca: {
        title: 'Teleassistència avançada per a la gent gran',
        summary: 'Sensors discrets a casa i videotrucades ajuden la gent gran a viure a casa seva amb seguretat.',
        content_text:
          'Els sensors detecten caigudes, portes obertes de nit o canvis de rutina i avisen la central. Una tauleta senzilla permet fer videotrucades amb la família i amb l’equip de serveis socials.',
        value: 'Més anys de vida autònoma a casa i tranquil·litat per a les famílies.',
        barriers: ['Acceptació de la tecnologia a casa', 'Cobertura de dades en habitatges antics'],
        benefits: ['Resposta ràpida a caigudes', 'Menys soledat', 'Visites professionals més ben planificades'],
      },
      es: {
        title: 'Teleasistencia avanzada para personas mayores',
        summary: 'Sensores discretos en casa y videollamadas ayudan a las personas mayores a vivir en su casa con seguridad.',
        content_text:
          'Los sensores detectan caídas, puertas abiertas de noche o cambios de rutina y avisan a la central. Una tableta sencilla permite hacer videollamadas con la familia y con el equipo de servicios sociales.',
        value: 'Más años de vida autónoma en casa y tranquilidad para las familias.',
        barriers: ['Aceptación de la tecnología en casa', 'Cobertura de datos en viviendas antiguas'],
        benefits: ['Respuesta rápida a caídas', 'Menos soledad', 'Visitas profesionales mejor planificadas'],
      },
      en: {
        title: 'Advanced telecare for older people',
        summary: 'Discreet home sensors and video calls help older people live safely in their own homes.',
        content_text:
          'The sensors detect falls, doors left open at night or changes in routine and alert the monitoring centre. A simple tablet lets people make video calls with their family and with the social services team.',
        value: 'More years of independent living at home and peace of mind for families.',
        barriers: ['Acceptance of technology at home', 'Mobile coverage in old buildings'],
        benefits: ['Fast response to falls', 'Less loneliness', 'Better planned professional visits'],
      },
    },
  },
  {
    key: 'recomanador-ajuts',
    areas: ['social', 'services'],
    kind: 'service',
    phases: ['prototype', 'pilot'],
    technologies: ['Motor de regles', 'Cercador semàntic'],
    methodologies: ['Co-creació amb professionals', 'Proves d’usabilitat'],
    tools: ['Catàleg d’ajuts obert'],
    tags: ['ajuts socials', 'recomanador', 'serveis socials'],
    texts: {
      ca: {
        title: 'Recomanador d’ajuts socials',
        summary: 'Amb unes poques preguntes, la web indica quins ajuts municipals, comarcals i autonòmics encaixen amb cada situació.',
        content_text:
          'El recomanador pregunta l’edat, la composició de la llar i la situació laboral, sense demanar cap dada identificativa, i mostra els ajuts possibles amb els requisits i els terminis. Les treballadores socials el fan servir també a les entrevistes.',
        value: 'Orientació clara en un àmbit on els ajuts estan repartits entre moltes administracions.',
        barriers: ['Mantenir actualitzat el catàleg d’ajuts', 'Requisits escrits de manera ambigua'],
        benefits: ['Més sol·licituds ben orientades', 'Entrevistes socials més curtes'],
      },
      es: {
        title: 'Recomendador de ayudas sociales',
        summary: 'Con unas pocas preguntas, la web indica qué ayudas municipales, comarcales y autonómicas encajan con cada situación.',
        content_text:
          'El recomendador pregunta la edad, la composición del hogar y la situación laboral, sin pedir ningún dato identificativo, y muestra las ayudas posibles con los requisitos y los plazos. Las trabajadoras sociales también lo usan en las entrevistas.',
        value: 'Orientación clara en un ámbito donde las ayudas están repartidas entre muchas administraciones.',
        barriers: ['Mantener actualizado el catálogo de ayudas', 'Requisitos redactados de manera ambigua'],
        benefits: ['Más solicitudes bien orientadas', 'Entrevistas sociales más cortas'],
      },
      en: {
        title: 'Social aid recommender',
        summary: 'A few questions on the website show which local, county and regional grants fit each situation.',
        content_text:
          'The recommender asks for age, household make-up and employment status, without any identifying data, and lists the possible grants with their requirements and deadlines. Social workers use it in their interviews too.',
        value: 'Clear guidance in a field where aid is spread across many administrations.',
        barriers: ['Keeping the grants catalogue current', 'Ambiguously worded requirements'],
        benefits: ['More well-targeted applications', 'Shorter social work interviews'],
      },
    },
  },
  {
    key: 'soledat-no-volguda',
    areas: ['social', 'management'],
    kind: 'process',
    phases: ['prototype', 'pilot'],
    technologies: ['Anàlisi de dades', 'Sistema d’informació geogràfica'],
    methodologies: ['Avaluació d’impacte en protecció de dades', 'Treball comunitari'],
    tools: ['QGIS', 'Python'],
    tags: ['soledat', 'gent gran', 'dades'],
    texts: {
      ca: {
        title: 'Mapa del risc de soledat no volguda',
        summary: 'Dades agregades del padró i dels serveis socials orienten on cal reforçar l’acompanyament de la gent gran.',
        content_text:
          'L’anàlisi combina, per seccions censals, l’edat, les llars unipersonals i l’ús dels serveis, sense identificar ningú. El mapa resultant guia les rutes dels voluntaris i les activitats dels casals.',
        value: 'Els recursos d’acompanyament arriben on més falten.',
        barriers: ['Protecció de dades personals', 'Dades disperses en diversos sistemes'],
        benefits: ['Intervencions més ben dirigides', 'Coordinació amb les entitats del barri'],
      },
      es: {
        title: 'Mapa del riesgo de soledad no deseada',
        summary: 'Datos agregados del padrón y de los servicios sociales orientan dónde hay que reforzar el acompañamiento de las personas mayores.',
        content_text:
          'El análisis combina, por secciones censales, la edad, los hogares unipersonales y el uso de los servicios, sin identificar a nadie. El mapa resultante guía las rutas de los voluntarios y las actividades de los centros de mayores.',
        value: 'Los recursos de acompañamiento llegan donde más faltan.',
        barriers: ['Protección de datos personales', 'Datos dispersos en varios sistemas'],
        benefits: ['Intervenciones mejor dirigidas', 'Coordinación con las entidades del barrio'],
      },
      en: {
        title: 'Map of the risk of unwanted loneliness',
        summary: 'Aggregated data from the residents’ register and social services show where older people need more support.',
        content_text:
          'The analysis combines age, single-person households and use of services by census section, without identifying anyone. The resulting map guides volunteers’ rounds and the activities of community centres.',
        value: 'Support reaches the places where it is most lacking.',
        barriers: ['Personal data protection', 'Data scattered across several systems'],
        benefits: ['Better targeted interventions', 'Coordination with neighbourhood organizations'],
      },
    },
  },
  {
    key: 'historia-social',
    areas: ['social', 'transformation'],
    kind: 'process',
    phases: ['implemented', 'pilot'],
    technologies: ['Expedient electrònic', 'Control d’accés per rols'],
    methodologies: ['Gestió del canvi', 'Co-creació amb professionals'],
    tools: ['Gestor d’expedients socials'],
    tags: ['serveis socials', 'expedient electrònic'],
    savings: { min: 6000, max: 35000, period: 'year', note: 'Temps administratiu dels equips socials recuperat per a l’atenció.' },
    texts: {
      ca: {
        title: 'Història social digital única',
        summary: 'Tots els professionals de serveis socials treballen sobre un mateix expedient digital de cada persona atesa.',
        content_text:
          'L’expedient social únic substitueix les carpetes de paper i els fulls de càlcul de cada equip. Els permisos per rol garanteixen que cada professional només veu el que necessita.',
        value: 'La persona no ha d’explicar la seva història cada vegada que canvia de professional.',
        barriers: ['Migrar anys d’expedients en paper', 'Confidencialitat de la informació'],
        benefits: ['Menys duplicitats', 'Seguiment continu dels casos'],
      },
      es: {
        title: 'Historia social digital única',
        summary: 'Todos los profesionales de servicios sociales trabajan sobre un mismo expediente digital de cada persona atendida.',
        content_text:
          'El expediente social único sustituye las carpetas de papel y las hojas de cálculo de cada equipo. Los permisos por rol garantizan que cada profesional solo ve lo que necesita.',
        value: 'La persona no tiene que explicar su historia cada vez que cambia de profesional.',
        barriers: ['Migrar años de expedientes en papel', 'Confidencialidad de la información'],
        benefits: ['Menos duplicidades', 'Seguimiento continuo de los casos'],
      },
      en: {
        title: 'Single digital social care record',
        summary: 'Every social services professional works on the same digital record for each person they support.',
        content_text:
          'The single social care record replaces each team’s paper folders and spreadsheets. Role-based permissions make sure each professional sees only what they need.',
        value: 'People do not have to tell their story again every time they see a different professional.',
        barriers: ['Migrating years of paper files', 'Confidentiality of the information'],
        benefits: ['Less duplicated work', 'Continuous follow-up of cases'],
      },
    },
  },
  {
    key: 'dades-obertes',
    areas: ['participation', 'management'],
    kind: 'service',
    phases: ['implemented', 'pilot'],
    technologies: ['API de dades', 'Formats oberts (CSV, JSON)'],
    methodologies: ['Dades obertes per defecte'],
    tools: ['CKAN', 'Socrata'],
    tags: ['dades obertes', 'reutilització', 'API'],
    texts: {
      ca: {
        title: 'Portal de dades obertes',
        summary: 'Pressupost, contractes, qualitat de l’aire i padró agregat, publicats en formats oberts i actualitzats automàticament.',
        content_text:
          'El portal publica més de cent conjunts de dades amb llicència oberta i una API. Cada conjunt té un responsable i una freqüència d’actualització, i les càrregues es fan automàticament des dels sistemes de gestió.',
        value: 'Periodistes, empreses, centres educatius i veïns poden analitzar i reutilitzar les dades municipals.',
        barriers: ['Dades personals barrejades amb dades publicables', 'Cultura del secret'],
        benefits: ['Reutilització per part d’empreses i entitats', 'Menys sol·licituds d’accés a la informació'],
      },
      es: {
        title: 'Portal de datos abiertos',
        summary: 'Presupuesto, contratos, calidad del aire y padrón agregado, publicados en formatos abiertos y actualizados automáticamente.',
        content_text:
          'El portal publica más de cien conjuntos de datos con licencia abierta y una API. Cada conjunto tiene un responsable y una frecuencia de actualización, y las cargas se hacen automáticamente desde los sistemas de gestión.',
        value: 'Periodistas, empresas, centros educativos y vecinos pueden analizar y reutilizar los datos municipales.',
        barriers: ['Datos personales mezclados con datos publicables', 'Cultura del secreto'],
        benefits: ['Reutilización por parte de empresas y entidades', 'Menos solicitudes de acceso a la información'],
      },
      en: {
        title: 'Open data portal',
        summary: 'Budget, contracts, air quality and aggregated population data, published in open formats and updated automatically.',
        content_text:
          'The portal publishes more than a hundred datasets under an open licence, with an API. Each dataset has an owner and an update frequency, and uploads run automatically from the management systems.',
        value: 'Journalists, businesses, schools and residents can analyse and reuse the council’s data.',
        barriers: ['Personal data mixed with publishable data', 'A culture of secrecy'],
        benefits: ['Reuse by businesses and organizations', 'Fewer freedom-of-information requests'],
      },
    },
  },
  {
    key: 'pressupostos-participatius',
    areas: ['participation'],
    kind: 'service',
    phases: ['implemented', 'pilot'],
    technologies: ['Votació electrònica', 'Verificació d’identitat per padró'],
    methodologies: ['Co-creació amb la ciutadania', 'Dinamització comunitària'],
    tools: ['Decidim'],
    tags: ['participació', 'pressupostos participatius', 'votació'],
    texts: {
      ca: {
        title: 'Pressupostos participatius amb votació electrònica',
        summary: 'Els veïns proposen i voten en línia a què es destina una part del pressupost d’inversions.',
        content_text:
          'Les propostes es recullen a la plataforma i en sessions presencials als barris; els serveis tècnics n’avaluen la viabilitat i el cost, i tothom qui està empadronat a partir de 16 anys pot votar amb el mòbil o en un punt de suport.',
        value: 'Inversions que responen a prioritats expressades pels veïns, amb un procés obert i traçable.',
        barriers: ['Bretxa digital en la votació', 'Gestionar expectatives sobre les propostes no escollides'],
        benefits: ['Més participació jove', 'Seguiment públic de l’execució de cada proposta'],
      },
      es: {
        title: 'Presupuestos participativos con votación electrónica',
        summary: 'Los vecinos proponen y votan en línea a qué se destina una parte del presupuesto de inversiones.',
        content_text:
          'Las propuestas se recogen en la plataforma y en sesiones presenciales en los barrios; los servicios técnicos evalúan su viabilidad y coste, y todas las personas empadronadas a partir de 16 años pueden votar con el móvil o en un punto de apoyo.',
        value: 'Inversiones que responden a prioridades expresadas por los vecinos, con un proceso abierto y trazable.',
        barriers: ['Brecha digital en la votación', 'Gestionar expectativas sobre las propuestas no elegidas'],
        benefits: ['Más participación joven', 'Seguimiento público de la ejecución de cada propuesta'],
      },
      en: {
        title: 'Participatory budgeting with online voting',
        summary: 'Residents propose and vote online on how part of the investment budget is spent.',
        content_text:
          'Proposals are gathered on the platform and at neighbourhood meetings; the technical services assess their feasibility and cost, and every registered resident aged 16 or over can vote with their phone or at a help point.',
        value: 'Investments that answer priorities voiced by residents, through an open and traceable process.',
        barriers: ['Digital divide in voting', 'Managing expectations about proposals not chosen'],
        benefits: ['More young people taking part', 'Public tracking of how each proposal is carried out'],
      },
    },
  },
  {
    key: 'portal-transparencia',
    areas: ['participation'],
    kind: 'service',
    phases: ['implemented'],
    technologies: ['Quadre de comandament web', 'Connexió amb el sistema comptable'],
    methodologies: ['Llenguatge planer', 'Dades obertes per defecte'],
    tools: ['Portal de transparència', 'Power BI'],
    tags: ['transparència', 'govern obert', 'indicadors'],
    html: '<p>El portal mostra, amb gràfics <strong>actualitzats cada dia</strong>:</p><ul><li>l’execució del pressupost per programes,</li><li>els contractes adjudicats i els terminis de pagament a proveïdors,</li><li>les agendes dels càrrecs electes.</li></ul><p>Cada gràfic porta la taula de dades al costat i un enllaç per descarregar-la.</p>',
    texts: {
      ca: {
        title: 'Portal de transparència amb indicadors al dia',
        summary: 'Pressupost, contractes i agendes públiques explicats amb gràfics que s’actualitzen cada dia.',
        content_text:
          'El portal mostra l’execució del pressupost, els contractes adjudicats, el termini de pagament a proveïdors i les agendes dels càrrecs electes. Cada gràfic porta la taula de dades al costat i un enllaç per descarregar-la.',
        value: 'Rendició de comptes comprensible per a qualsevol persona, no només per a especialistes.',
        barriers: ['Dades comptables poc estructurades', 'Explicar conceptes pressupostaris en llenguatge planer'],
        benefits: ['Millor posició en els índexs de transparència', 'Més confiança en la institució'],
      },
      es: {
        title: 'Portal de transparencia con indicadores al día',
        summary: 'Presupuesto, contratos y agendas públicas explicados con gráficos que se actualizan cada día.',
        content_text:
          'El portal muestra la ejecución del presupuesto, los contratos adjudicados, el plazo de pago a proveedores y las agendas de los cargos electos. Cada gráfico lleva al lado la tabla de datos y un enlace para descargarla.',
        value: 'Rendición de cuentas comprensible para cualquier persona, no solo para especialistas.',
        barriers: ['Datos contables poco estructurados', 'Explicar conceptos presupuestarios en lenguaje claro'],
        benefits: ['Mejor posición en los índices de transparencia', 'Más confianza en la institución'],
      },
      en: {
        title: 'Transparency portal with up-to-date indicators',
        summary: 'Budget, contracts and public diaries explained with charts that are updated every day.',
        content_text:
          'The portal shows budget execution, awarded contracts, the time taken to pay suppliers and the diaries of elected officials. Every chart comes with its data table and a link to download it.',
        value: 'Accountability that anyone can understand, not only specialists.',
        barriers: ['Poorly structured accounting data', 'Explaining budget concepts in plain language'],
        benefits: ['Better standing in transparency rankings', 'More trust in the institution'],
      },
    },
  },
  {
    key: 'plens-accessibles',
    areas: ['participation'],
    kind: 'process',
    phases: ['implemented', 'pilot'],
    technologies: ['Vídeo en directe', 'Subtitulació automàtica', 'Videoacta'],
    methodologies: ['Accessibilitat per disseny'],
    tools: ['Plataforma de videoactes', 'Reconeixement de la parla'],
    tags: ['plens', 'accessibilitat', 'vídeo'],
    savings: { min: 4000, max: 20000, period: 'year', note: 'Transcripció manual de les actes substituïda per la videoacta.' },
    texts: {
      ca: {
        title: 'Plens en directe amb subtítols i videoacta',
        summary: 'Els plens es poden seguir en directe amb subtítols, i el vídeo signat digitalment fa d’acta.',
        content_text:
          'Cada punt de l’ordre del dia queda indexat al vídeo, de manera que es pot anar directament a una intervenció. Els subtítols automàtics es revisen abans de publicar la gravació definitiva.',
        value: 'Els debats municipals són accessibles a persones sordes i a qui no pot assistir a la sala.',
        barriers: ['Qualitat de la subtitulació automàtica en català', 'Canvis en el reglament orgànic'],
        benefits: ['Actes disponibles l’endemà', 'Més audiència dels plens'],
      },
      es: {
        title: 'Plenos en directo con subtítulos y videoacta',
        summary: 'Los plenos se pueden seguir en directo con subtítulos, y el vídeo firmado digitalmente hace de acta.',
        content_text:
          'Cada punto del orden del día queda indexado en el vídeo, de modo que se puede ir directamente a una intervención. Los subtítulos automáticos se revisan antes de publicar la grabación definitiva.',
        value: 'Los debates municipales son accesibles para personas sordas y para quien no puede asistir a la sala.',
        barriers: ['Calidad de la subtitulación automática en catalán', 'Cambios en el reglamento orgánico'],
        benefits: ['Actas disponibles al día siguiente', 'Más audiencia de los plenos'],
      },
      en: {
        title: 'Live council meetings with subtitles and video minutes',
        summary: 'Council meetings can be followed live with subtitles, and the digitally signed video serves as the minutes.',
        content_text:
          'Every agenda item is indexed in the video, so viewers can jump straight to a speech. Automatic subtitles are reviewed before the final recording is published.',
        value: 'Council debates are accessible to deaf people and to anyone who cannot attend in person.',
        barriers: ['Quality of automatic subtitles in Catalan', 'Changes to the council’s standing orders'],
        benefits: ['Minutes available the next day', 'A larger audience for council meetings'],
      },
    },
  },
  {
    key: 'enllumenat-intelligent',
    areas: ['management'],
    kind: 'process',
    phases: ['implemented', 'pilot', 'prototype'],
    technologies: ['Telegestió de l’enllumenat', 'Internet de les coses', 'Quadre de comandament'],
    methodologies: ['Decisions basades en dades'],
    tools: ['Sentilo', 'Grafana'],
    tags: ['enllumenat', 'energia', 'quadre de comandament'],
    savings: { min: 30000, max: 250000, period: 'year', note: 'Reducció de la factura elèctrica de l’enllumenat públic.' },
    texts: {
      ca: {
        title: 'Quadre de comandament de l’enllumenat intel·ligent',
        summary: 'El consum i les avaries de cada punt de llum es veuen en temps real per decidir on i quan il·luminar.',
        content_text:
          'Els quadres elèctrics telegestionats envien consums i alarmes a una plataforma de sensors. El quadre de comandament compara barris i horaris i ha permès ajustar la intensitat de la llum a les hores de menys trànsit.',
        value: 'Menys despesa energètica i menys contaminació lumínica, amb la mateixa seguretat als carrers.',
        barriers: ['Inversió inicial en telegestió', 'Integrar equips de diversos fabricants'],
        benefits: ['Estalvi energètic', 'Avaries detectades abans que les comuniquin els veïns'],
      },
      es: {
        title: 'Cuadro de mando del alumbrado inteligente',
        summary: 'El consumo y las averías de cada punto de luz se ven en tiempo real para decidir dónde y cuándo iluminar.',
        content_text:
          'Los cuadros eléctricos telegestionados envían consumos y alarmas a una plataforma de sensores. El cuadro de mando compara barrios y horarios y ha permitido ajustar la intensidad de la luz en las horas de menos tráfico.',
        value: 'Menos gasto energético y menos contaminación lumínica, con la misma seguridad en las calles.',
        barriers: ['Inversión inicial en telegestión', 'Integrar equipos de varios fabricantes'],
        benefits: ['Ahorro energético', 'Averías detectadas antes de que las comuniquen los vecinos'],
      },
      en: {
        title: 'Smart street lighting dashboard',
        summary: 'Consumption and faults of every light point are visible in real time to decide where and when to light.',
        content_text:
          'Remotely managed switchboards send consumption data and alarms to a sensor platform. The dashboard compares neighbourhoods and times of day, and has made it possible to dim the lights when traffic is low.',
        value: 'Lower energy spending and less light pollution, with streets just as safe.',
        barriers: ['Up-front investment in remote management', 'Integrating equipment from several manufacturers'],
        benefits: ['Energy savings', 'Faults detected before residents report them'],
      },
    },
  },
  {
    key: 'classificacio-documents-ia',
    areas: ['management', 'transformation'],
    kind: 'process',
    phases: ['prototype', 'pilot'],
    technologies: ['Aprenentatge automàtic', 'Reconeixement òptic de caràcters', 'Model de llenguatge'],
    methodologies: ['Avaluació d’impacte algorítmic', 'Persona en el circuit'],
    tools: ['Python', 'Tesseract', 'Registre electrònic'],
    tags: ['intel·ligència artificial', 'registre', 'documents'],
    savings: { min: 15000, max: 70000, period: 'year', note: 'Hores de classificació manual al registre d’entrada.' },
    texts: {
      ca: {
        title: 'Classificació automàtica de documents amb IA al registre',
        summary: 'Un model proposa a quin departament va cada document que entra pel registre, i una persona ho confirma.',
        content_text:
          'El model llegeix els escrits genèrics que entren pel registre electrònic, en proposa el tipus de tràmit i el departament destinatari, i en marca la urgència. El personal del registre valida cada proposta, i les correccions serveixen per reentrenar el model.',
        value: 'Els escrits arriben abans a qui els ha de resoldre, sense perdre el control humà.',
        barriers: ['Explicabilitat del model', 'Documents escanejats de baixa qualitat'],
        benefits: ['Distribució del registre més ràpida', 'Menys escrits mal assignats'],
      },
      es: {
        title: 'Clasificación automática de documentos con IA en el registro',
        summary: 'Un modelo propone a qué departamento va cada documento que entra por el registro, y una persona lo confirma.',
        content_text:
          'El modelo lee los escritos genéricos que entran por el registro electrónico, propone el tipo de trámite y el departamento destinatario y marca su urgencia. El personal del registro valida cada propuesta, y las correcciones sirven para reentrenar el modelo.',
        value: 'Los escritos llegan antes a quien debe resolverlos, sin perder el control humano.',
        barriers: ['Explicabilidad del modelo', 'Documentos escaneados de baja calidad'],
        benefits: ['Distribución del registro más rápida', 'Menos escritos mal asignados'],
      },
      en: {
        title: 'AI classification of incoming documents',
        summary: 'A model suggests which department each incoming document goes to, and a person confirms it.',
        content_text:
          'The model reads the general submissions that arrive through the electronic register, suggests the type of procedure and the receiving department, and flags urgency. Register staff confirm every suggestion, and their corrections are used to retrain the model.',
        value: 'Submissions reach the people who must resolve them sooner, with humans still in control.',
        barriers: ['Explainability of the model', 'Poor-quality scanned documents'],
        benefits: ['Faster distribution of the register', 'Fewer misrouted submissions'],
      },
    },
  },
  {
    key: 'rpa-factures',
    spainOnly: true,
    areas: ['management'],
    kind: 'process',
    phases: ['implemented', 'pilot'],
    technologies: ['Automatització robòtica de processos (RPA)', 'Factura electrònica'],
    methodologies: ['Lean', 'Anàlisi de processos (BPMN)'],
    tools: ['FACe', 'e-FACT', 'Robot de programari'],
    tags: ['RPA', 'factures', 'intervenció'],
    savings: { min: 20000, max: 90000, period: 'year', note: 'Hores de tramitació de factures i interessos de demora evitats.' },
    texts: {
      ca: {
        title: 'Robots de programari per tramitar factures',
        summary: 'Un robot de programari revisa i registra les factures electròniques i deixa a les persones només les excepcions.',
        content_text:
          'El robot descarrega les factures de la bústia electrònica, comprova que el contracte i la partida pressupostària existeixen i les registra a la comptabilitat. Si hi ha una discrepància, obre una tasca per a l’equip d’intervenció.',
        value: 'Els proveïdors cobren abans i el personal deixa de fer tasques mecàniques.',
        barriers: ['Processos poc estandarditzats', 'Manteniment dels robots quan canvien les aplicacions'],
        benefits: ['Període mitjà de pagament més curt', 'Menys errors de transcripció'],
      },
      es: {
        title: 'Robots de software para tramitar facturas',
        summary: 'Un robot de software revisa y registra las facturas electrónicas y deja a las personas solo las excepciones.',
        content_text:
          'El robot descarga las facturas del buzón electrónico, comprueba que el contrato y la partida presupuestaria existen y las registra en la contabilidad. Si hay una discrepancia, abre una tarea para el equipo de intervención.',
        value: 'Los proveedores cobran antes y el personal deja de hacer tareas mecánicas.',
        barriers: ['Procesos poco estandarizados', 'Mantenimiento de los robots cuando cambian las aplicaciones'],
        benefits: ['Periodo medio de pago más corto', 'Menos errores de transcripción'],
      },
      en: {
        title: 'Software robots for processing invoices',
        summary: 'A software robot checks and records electronic invoices and leaves only the exceptions to people.',
        content_text:
          'The robot downloads invoices from the electronic mailbox, checks that the contract and the budget line exist, and records them in the accounts. When something does not match, it opens a task for the audit team.',
        value: 'Suppliers are paid sooner and staff stop doing mechanical work.',
        barriers: ['Poorly standardized processes', 'Maintaining the robots when applications change'],
        benefits: ['Shorter average payment period', 'Fewer transcription errors'],
      },
    },
  },
  {
    key: 'residus-sensors',
    areas: ['management', 'services'],
    kind: 'service',
    phases: ['pilot', 'prototype', 'implemented'],
    technologies: ['Sensors d’ompliment', 'Xarxa LoRaWAN', 'Optimització de rutes'],
    methodologies: ['Decisions basades en dades', 'Prova de concepte'],
    tools: ['Sentilo', 'Planificador de rutes de recollida'],
    tags: ['residus', 'sensors', 'IoT'],
    savings: { min: 15000, max: 110000, period: 'year', note: 'Quilòmetres i combustible dels camions de recollida.' },
    texts: {
      ca: {
        title: 'Recollida de residus guiada per sensors d’ompliment',
        summary: 'Els contenidors avisen quan són plens i els camions només passen on cal.',
        content_text:
          'Sensors als contenidors de vidre, paper i envasos envien el nivell d’ompliment per una xarxa de baix consum. Cada matí es calcula la ruta òptima, i els contenidors que s’omplen massa sovint es reubiquen.',
        value: 'Menys contenidors desbordats i menys trànsit de camions pels carrers.',
        barriers: ['Durada de les bateries dels sensors', 'Contracte de recollida amb rutes fixes'],
        benefits: ['Menys quilòmetres recorreguts', 'Menys queixes per contenidors plens'],
      },
      es: {
        title: 'Recogida de residuos guiada por sensores de llenado',
        summary: 'Los contenedores avisan cuando están llenos y los camiones solo pasan donde hace falta.',
        content_text:
          'Sensores en los contenedores de vidrio, papel y envases envían el nivel de llenado por una red de bajo consumo. Cada mañana se calcula la ruta óptima, y los contenedores que se llenan demasiado a menudo se reubican.',
        value: 'Menos contenedores desbordados y menos tráfico de camiones por las calles.',
        barriers: ['Duración de las baterías de los sensores', 'Contrato de recogida con rutas fijas'],
        benefits: ['Menos kilómetros recorridos', 'Menos quejas por contenedores llenos'],
      },
      en: {
        title: 'Waste collection guided by fill-level sensors',
        summary: 'Bins report when they are full and trucks only go where they are needed.',
        content_text:
          'Sensors in glass, paper and packaging bins send their fill level over a low-power network. The best route is calculated every morning, and bins that fill up too often are moved.',
        value: 'Fewer overflowing bins and fewer trucks in the streets.',
        barriers: ['Sensor battery life', 'A collection contract with fixed routes'],
        benefits: ['Fewer kilometres driven', 'Fewer complaints about full bins'],
      },
    },
  },
  {
    key: 'mesura-impacte',
    areas: ['management'],
    kind: 'organization',
    phases: ['pilot', 'prototype'],
    technologies: ['Magatzem de dades', 'Visualització de dades'],
    methodologies: ['Avaluació de polítiques públiques', 'Teoria del canvi'],
    tools: ['PostgreSQL', 'Metabase', 'R'],
    tags: ['avaluació', 'indicadors', 'dades'],
    texts: {
      ca: {
        title: 'Unitat de mesura de l’impacte de les polítiques municipals',
        summary: 'Un equip transversal defineix indicadors i avalua si els programes municipals aconsegueixen el que prometen.',
        content_text:
          'Cada programa nou arriba amb la seva teoria del canvi i uns indicadors acordats abans de començar. La unitat reuneix les dades dels departaments en un magatzem comú i publica una avaluació anual.',
        value: 'Les decisions pressupostàries es prenen amb evidències sobre què funciona.',
        barriers: ['Falta de perfils analítics a la plantilla', 'Dades que cada departament guarda a la seva manera'],
        benefits: ['Programes ineficaços revisats a temps', 'Cultura de l’evidència'],
      },
      es: {
        title: 'Unidad de medición del impacto de las políticas municipales',
        summary: 'Un equipo transversal define indicadores y evalúa si los programas municipales consiguen lo que prometen.',
        content_text:
          'Cada programa nuevo llega con su teoría del cambio y unos indicadores acordados antes de empezar. La unidad reúne los datos de los departamentos en un almacén común y publica una evaluación anual.',
        value: 'Las decisiones presupuestarias se toman con evidencias sobre qué funciona.',
        barriers: ['Falta de perfiles analíticos en la plantilla', 'Datos que cada departamento guarda a su manera'],
        benefits: ['Programas ineficaces revisados a tiempo', 'Cultura de la evidencia'],
      },
      en: {
        title: 'Unit for measuring the impact of council policies',
        summary: 'A cross-department team defines indicators and assesses whether council programmes achieve what they promise.',
        content_text:
          'Every new programme comes with its theory of change and indicators agreed before it starts. The unit brings departmental data together in a shared warehouse and publishes an annual evaluation.',
        value: 'Budget decisions are made with evidence about what works.',
        barriers: ['Few analytical profiles among staff', 'Each department keeps its data its own way'],
        benefits: ['Ineffective programmes reviewed in time', 'A culture of evidence'],
      },
    },
  },
  {
    key: 'migracio-nuvol',
    areas: ['transformation'],
    kind: 'organization',
    phases: ['implemented', 'pilot'],
    technologies: ['Núvol híbrid', 'Còpies de seguretat externes', 'Contenidors'],
    methodologies: ['Migració per fases', 'Gestió del canvi'],
    tools: ['Kubernetes', 'Nextcloud'],
    tags: ['núvol', 'infraestructura', 'continuïtat'],
    savings: { min: 40000, max: 200000, period: 'once', note: 'Renovació del centre de dades propi evitada.' },
    texts: {
      ca: {
        title: 'Migració dels sistemes municipals al núvol',
        summary: 'Les aplicacions de gestió es traslladen del servidor de l’ajuntament a un núvol públic amb garanties de sobirania de dades.',
        content_text:
          'La migració s’ha fet per fases, començant pel correu i els documents compartits i acabant per la gestió tributària. Els serveis crítics tenen còpies en dues ubicacions i un pla de continuïtat provat cada any.',
        value: 'Serveis digitals més estables i un equip informàtic que dedica menys temps a mantenir maquinari.',
        barriers: ['Contractes amb proveïdors d’aplicacions antigues', 'Connectivitat de les dependències municipals'],
        benefits: ['Menys caigudes del servei', 'Recuperació ràpida davant d’incidents'],
      },
      es: {
        title: 'Migración de los sistemas municipales a la nube',
        summary: 'Las aplicaciones de gestión se trasladan del servidor del ayuntamiento a una nube pública con garantías de soberanía de datos.',
        content_text:
          'La migración se ha hecho por fases, empezando por el correo y los documentos compartidos y acabando por la gestión tributaria. Los servicios críticos tienen copias en dos ubicaciones y un plan de continuidad probado cada año.',
        value: 'Servicios digitales más estables y un equipo informático que dedica menos tiempo a mantener hardware.',
        barriers: ['Contratos con proveedores de aplicaciones antiguas', 'Conectividad de las dependencias municipales'],
        benefits: ['Menos caídas del servicio', 'Recuperación rápida ante incidentes'],
      },
      en: {
        title: 'Moving council systems to the cloud',
        summary: 'Management applications move from the council’s own servers to a public cloud with data sovereignty guarantees.',
        content_text:
          'The move was done in phases, starting with email and shared documents and ending with tax management. Critical services are copied to two locations and a continuity plan is tested every year.',
        value: 'More stable digital services and an IT team that spends less time maintaining hardware.',
        barriers: ['Contracts with vendors of legacy applications', 'Connectivity of council buildings'],
        benefits: ['Fewer service outages', 'Fast recovery from incidents'],
      },
    },
  },
  {
    key: 'competencies-digitals',
    areas: ['transformation'],
    kind: 'organization',
    phases: ['implemented', 'pilot'],
    technologies: ['Plataforma d’aprenentatge en línia'],
    methodologies: ['Aprenentatge entre iguals', 'Marc europeu de competències digitals (DigComp)'],
    tools: ['Moodle', 'ACTIC'],
    tags: ['formació', 'competències digitals', 'personal'],
    texts: {
      ca: {
        title: 'Formació en competències digitals per a tot el personal',
        summary: 'Itineraris formatius segons el lloc de treball, amb diagnosi prèvia i persones referents a cada departament.',
        content_text:
          'Una diagnosi basada en el marc europeu de competències digitals situa cada persona i li proposa un itinerari curt. A cada departament hi ha referents digitals que resolen dubtes del dia a dia.',
        value: 'Una plantilla preparada per treballar amb l’expedient electrònic i les noves eines.',
        barriers: ['Temps per formar-se dins la jornada', 'Por al canvi'],
        benefits: ['Menys incidències d’ús a l’equip informàtic', 'Més autonomia del personal'],
      },
      es: {
        title: 'Formación en competencias digitales para todo el personal',
        summary: 'Itinerarios formativos según el puesto de trabajo, con diagnóstico previo y personas referentes en cada departamento.',
        content_text:
          'Un diagnóstico basado en el marco europeo de competencias digitales sitúa a cada persona y le propone un itinerario corto. En cada departamento hay referentes digitales que resuelven dudas del día a día.',
        value: 'Una plantilla preparada para trabajar con el expediente electrónico y las nuevas herramientas.',
        barriers: ['Tiempo para formarse dentro de la jornada', 'Miedo al cambio'],
        benefits: ['Menos incidencias de uso en el equipo informático', 'Más autonomía del personal'],
      },
      en: {
        title: 'Digital skills training for all staff',
        summary: 'Learning paths by job role, with an initial assessment and digital champions in every department.',
        content_text:
          'An assessment based on the European digital competence framework places each person and suggests a short learning path. Every department has digital champions who answer everyday questions.',
        value: 'Staff ready to work with electronic case files and new tools.',
        barriers: ['Time for training during working hours', 'Fear of change'],
        benefits: ['Fewer how-to tickets for the IT team', 'More autonomous staff'],
      },
    },
  },
  {
    key: 'metodologies-agils',
    areas: ['transformation'],
    kind: 'organization',
    phases: ['pilot', 'implemented', 'prototype'],
    technologies: ['Taulers de tasques en línia'],
    methodologies: ['Scrum', 'Kanban', 'Design thinking'],
    tools: ['Taiga', 'Miro'],
    tags: ['agilitat', 'organització', 'equips'],
    texts: {
      ca: {
        title: 'Adopció de metodologies àgils en els projectes municipals',
        summary: 'Equips mixtos de tècnics i informàtics lliuren millores cada dues setmanes en lloc de grans projectes anuals.',
        content_text:
          'Els projectes digitals s’organitzen en equips petits amb una persona responsable del servei, cicles de dues setmanes i demostracions obertes a la resta de l’organització. Els plecs de contractació s’han adaptat per permetre-ho.',
        value: 'Els serveis milloren de manera contínua i els errors es detecten d’hora.',
        barriers: ['Contractació pública pensada per a projectes tancats', 'Jerarquies rígides'],
        benefits: ['Lliuraments més freqüents', 'Més col·laboració entre departaments'],
      },
      es: {
        title: 'Adopción de metodologías ágiles en los proyectos municipales',
        summary: 'Equipos mixtos de técnicos e informáticos entregan mejoras cada dos semanas en lugar de grandes proyectos anuales.',
        content_text:
          'Los proyectos digitales se organizan en equipos pequeños con una persona responsable del servicio, ciclos de dos semanas y demostraciones abiertas al resto de la organización. Los pliegos de contratación se han adaptado para permitirlo.',
        value: 'Los servicios mejoran de forma continua y los errores se detectan pronto.',
        barriers: ['Contratación pública pensada para proyectos cerrados', 'Jerarquías rígidas'],
        benefits: ['Entregas más frecuentes', 'Más colaboración entre departamentos'],
      },
      en: {
        title: 'Adopting agile methods in council projects',
        summary: 'Mixed teams of service staff and developers deliver improvements every two weeks instead of large annual projects.',
        content_text:
          'Digital projects are run by small teams with a service owner, two-week cycles and demos open to the rest of the organization. Procurement documents have been adapted to allow it.',
        value: 'Services improve continuously and mistakes are caught early.',
        barriers: ['Public procurement designed for fixed-scope projects', 'Rigid hierarchies'],
        benefits: ['More frequent deliveries', 'More collaboration between departments'],
      },
    },
  },
  {
    key: 'paper-zero',
    spainOnly: true,
    areas: ['transformation', 'services'],
    kind: 'process',
    phases: ['implemented', 'pilot'],
    technologies: ['Expedient electrònic', 'Arxiu electrònic', 'Signatura electrònica'],
    methodologies: ['Anàlisi de processos (BPMN)', 'Gestió del canvi'],
    tools: ['Gestor d’expedients', 'e-TRAM', 'iArxiu'],
    tags: ['paper zero', 'expedient electrònic', 'arxiu'],
    savings: { min: 10000, max: 75000, period: 'year', note: 'Paper, tòner, missatgeria interna i espai d’arxiu.' },
    html: '<p>Tots els procediments es tramiten amb <em>expedient electrònic</em>, de la sol·licitud a l’arxiu definitiu.</p><p>El projecte s’ha fet en tres onades:</p><ol><li>registre i notificacions,</li><li>decrets i resolucions,</li><li>contractació i subvencions.</li></ol>',
    texts: {
      ca: {
        title: 'Expedient electrònic i paper zero',
        summary: 'Tots els procediments es tramiten de principi a fi en format electrònic, fins a l’arxiu definitiu.',
        content_text:
          'El projecte s’ha fet en tres onades: registre i notificacions, decrets i resolucions, i finalment contractació i subvencions. Els documents es conserven en un arxiu electrònic que en garanteix la validesa a llarg termini.',
        value: 'Expedients que es poden consultar des de qualsevol lloc i que no es perden.',
        barriers: ['Resistència a abandonar el paper', 'Digitalitzar expedients vius'],
        benefits: ['Menys consum de paper', 'Tramitació més ràpida', 'Teletreball possible'],
      },
      es: {
        title: 'Expediente electrónico y papel cero',
        summary: 'Todos los procedimientos se tramitan de principio a fin en formato electrónico, hasta el archivo definitivo.',
        content_text:
          'El proyecto se ha hecho en tres oleadas: registro y notificaciones, decretos y resoluciones, y finalmente contratación y subvenciones. Los documentos se conservan en un archivo electrónico que garantiza su validez a largo plazo.',
        value: 'Expedientes que se pueden consultar desde cualquier lugar y que no se pierden.',
        barriers: ['Resistencia a abandonar el papel', 'Digitalizar expedientes vivos'],
        benefits: ['Menos consumo de papel', 'Tramitación más rápida', 'Teletrabajo posible'],
      },
      en: {
        title: 'Electronic case files and paperless working',
        summary: 'Every procedure is handled electronically from start to finish, up to permanent archiving.',
        content_text:
          'The project ran in three waves: register and notifications, decrees and resolutions, and finally procurement and grants. Documents are kept in an electronic archive that preserves their validity in the long term.',
        value: 'Case files that can be consulted from anywhere and never get lost.',
        barriers: ['Reluctance to give up paper', 'Digitizing open case files'],
        benefits: ['Less paper used', 'Faster processing', 'Remote work becomes possible'],
      },
    },
  },
  {
    key: 'ciberseguretat',
    spainOnly: true,
    areas: ['transformation', 'management'],
    kind: 'organization',
    phases: ['implemented', 'pilot'],
    technologies: ['Autenticació multifactor', 'Centre d’operacions de seguretat', 'Còpies immutables'],
    methodologies: ['Esquema Nacional de Seguretat (ENS)', 'Simulacres de phishing'],
    tools: ['Wazuh', 'Gestor de contrasenyes'],
    tags: ['ciberseguretat', 'ENS', 'continuïtat'],
    texts: {
      ca: {
        title: 'Pla de ciberseguretat i adequació a l’ENS',
        summary: 'Autenticació multifactor, còpies immutables i simulacres periòdics per protegir els serveis municipals.',
        content_text:
          'Després d’una anàlisi de riscos, l’ajuntament ha activat l’autenticació multifactor per a tot el personal, ha separat les còpies de seguretat de la xarxa i fa simulacres de correus fraudulents cada trimestre. La certificació de l’Esquema Nacional de Seguretat tanca el pla.',
        value: 'Els serveis digitals que la ciutadania fa servir cada dia estan protegits davant d’atacs.',
        barriers: ['Pressupost per a seguretat', 'Incomoditat inicial de l’autenticació multifactor'],
        benefits: ['Menys incidents de seguretat', 'Certificació ENS'],
      },
      es: {
        title: 'Plan de ciberseguridad y adecuación al ENS',
        summary: 'Autenticación multifactor, copias inmutables y simulacros periódicos para proteger los servicios municipales.',
        content_text:
          'Tras un análisis de riesgos, el ayuntamiento ha activado la autenticación multifactor para todo el personal, ha separado las copias de seguridad de la red y hace simulacros de correos fraudulentos cada trimestre. La certificación del Esquema Nacional de Seguridad cierra el plan.',
        value: 'Los servicios digitales que la ciudadanía usa cada día están protegidos frente a ataques.',
        barriers: ['Presupuesto para seguridad', 'Incomodidad inicial de la autenticación multifactor'],
        benefits: ['Menos incidentes de seguridad', 'Certificación ENS'],
      },
      en: {
        title: 'Cybersecurity plan and National Security Framework compliance',
        summary: 'Multi-factor authentication, immutable backups and regular drills to protect council services.',
        content_text:
          'After a risk analysis, the council turned on multi-factor authentication for all staff, moved backups off the network and runs phishing drills every quarter. Certification under Spain’s National Security Framework completes the plan.',
        value: 'The digital services residents use every day are protected against attacks.',
        barriers: ['Budget for security', 'Initial friction of multi-factor authentication'],
        benefits: ['Fewer security incidents', 'National Security Framework certification'],
      },
    },
  },
  {
    key: 'oficina-transformacio',
    areas: ['transformation'],
    kind: 'organization',
    phases: ['implemented', 'pilot'],
    technologies: ['Catàleg de serveis digitals'],
    methodologies: ['Gestió de la cartera de projectes', 'Design thinking', 'Gestió del canvi'],
    tools: ['Taiga', 'Wiki interna'],
    tags: ['governança', 'transformació digital', 'estratègia'],
    texts: {
      ca: {
        title: 'Oficina de transformació digital',
        summary: 'Un equip petit coordina l’estratègia digital, prioritza els projectes i acompanya els departaments en el canvi.',
        content_text:
          'L’oficina manté la cartera de projectes digitals, decideix prioritats amb l’equip de govern i ofereix suport metodològic als departaments. Publica cada semestre l’estat de l’estratègia digital.',
        value: 'Els projectes digitals deixen de ser iniciatives aïllades i responen a una estratègia comuna.',
        barriers: ['Encaix en l’organigrama', 'Lideratge polític sostingut'],
        benefits: ['Menys projectes duplicats', 'Prioritats clares i públiques'],
      },
      es: {
        title: 'Oficina de transformación digital',
        summary: 'Un equipo pequeño coordina la estrategia digital, prioriza los proyectos y acompaña a los departamentos en el cambio.',
        content_text:
          'La oficina mantiene la cartera de proyectos digitales, decide prioridades con el equipo de gobierno y ofrece apoyo metodológico a los departamentos. Publica cada semestre el estado de la estrategia digital.',
        value: 'Los proyectos digitales dejan de ser iniciativas aisladas y responden a una estrategia común.',
        barriers: ['Encaje en el organigrama', 'Liderazgo político sostenido'],
        benefits: ['Menos proyectos duplicados', 'Prioridades claras y públicas'],
      },
      en: {
        title: 'Digital transformation office',
        summary: 'A small team coordinates the digital strategy, prioritizes projects and supports departments through change.',
        content_text:
          'The office keeps the portfolio of digital projects, sets priorities with the governing team and offers methodological support to departments. Every six months it publishes the state of the digital strategy.',
        value: 'Digital projects stop being isolated initiatives and follow a shared strategy.',
        barriers: ['Fitting into the organization chart', 'Sustained political leadership'],
        benefits: ['Fewer duplicated projects', 'Clear, public priorities'],
      },
    },
  },
  {
    key: 'consulta-ciutadana',
    areas: ['participation', 'citizen-care'],
    kind: 'service',
    phases: ['pilot', 'prototype'],
    technologies: ['Enquestes en línia accessibles', 'Anàlisi de text'],
    methodologies: ['Co-creació amb la ciutadania', 'Llenguatge planer'],
    tools: ['Decidim', 'LimeSurvey'],
    tags: ['consulta', 'participació', 'urbanisme'],
    texts: {
      ca: {
        title: 'Consulta ciutadana en línia sobre la reforma de places i carrers',
        summary: 'Abans de redactar el projecte, els veïns opinen amb plànols interactius i enquestes curtes.',
        content_text:
          'La consulta combina un plànol on cada persona marca què li agrada i què canviaria, preguntes curtes i dues sessions presencials. Les aportacions s’agrupen per temes amb una anàlisi de text revisada per l’equip tècnic.',
        value: 'Projectes urbans que recullen l’ús real de l’espai abans de gastar-hi diners.',
        barriers: ['Arribar a persones que no participen mai', 'Retorn de resultats als participants'],
        benefits: ['Menys al·legacions posteriors', 'Més coneixement de l’ús de l’espai'],
      },
      es: {
        title: 'Consulta ciudadana en línea sobre la reforma de plazas y calles',
        summary: 'Antes de redactar el proyecto, los vecinos opinan con planos interactivos y encuestas cortas.',
        content_text:
          'La consulta combina un plano donde cada persona marca qué le gusta y qué cambiaría, preguntas cortas y dos sesiones presenciales. Las aportaciones se agrupan por temas con un análisis de texto revisado por el equipo técnico.',
        value: 'Proyectos urbanos que recogen el uso real del espacio antes de gastar dinero.',
        barriers: ['Llegar a personas que nunca participan', 'Devolución de resultados a los participantes'],
        benefits: ['Menos alegaciones posteriores', 'Más conocimiento del uso del espacio'],
      },
      en: {
        title: 'Online consultation on the redesign of squares and streets',
        summary: 'Before the project is drafted, residents give their views on interactive maps and in short surveys.',
        content_text:
          'The consultation combines a map where everyone marks what they like and what they would change, short questions and two meetings in person. Contributions are grouped by theme with text analysis reviewed by the technical team.',
        value: 'Urban projects that reflect how the space is really used before money is spent.',
        barriers: ['Reaching people who never take part', 'Reporting results back to participants'],
        benefits: ['Fewer objections later', 'Better knowledge of how the space is used'],
      },
    },
  },
];
