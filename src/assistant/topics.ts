/**
 * What residents ask a council about, in Catalan, Spanish and English, folded: the places, services and subjects of
 * local life (the library, the pool, the mayor, the bus, jobs at the council, the weather…). A question that names
 * one of these is about it: an entry of the FAQ that never mentions it does not answer that question, however many
 * other words they share. A word of the question that is none of these and that the FAQ does not know is taken for
 * the visitor's own circumstances ("we have just moved with the kids"), and weighs less.
 *
 * Written from what councils' services are, not from any question set; a council's FAQ that covers one of these
 * subjects answers it as usual (the word is then in the entry).
 */
export const TOPICS = new Set(
  (
    // Culture, sport and leisure
    'biblioteca library llibre libro book museu museo museum teatre teatro theatre theater cinema cine concert concierto exposicio exposicion exhibition ' +
    'festa fiesta festival fira feria fair carnaval nadal navidad christmas revetlla verbena castellers sardana ' +
    'piscina pool swimming poliesportiu polideportivo gimnas gimnasio gym esport deporte sport sports futbol football soccer basquet baloncesto lliga liga league partit partido match ' +
    'parc parque park platja playa beach zoo casal ludoteca turisme turismo tourism tourist hotel restaurant restaurante bar cafe ' +
    'mercat mercado market ' +
    // Education
    'escola escuela colegio school institut instituto universitat universidad university guarderia bressol nursery kindergarten matricula enrollment enrolment ' +
    // Health
    'farmacia pharmacy chemist hospital metge medico doctor vacuna vacuna vaccine ambulancia ambulance urgencies urgencias dentista sanitaria sanitario ' +
    // Safety
    'policia police mosso mossos guardia bombers bomberos firefighters multa multes multas fine fines denuncia robatori robo theft accident accidente ' +
    // Transport
    'autobus bus tren train metro taxi aeroport aeropuerto airport estacio estacion station bicicleta bici bicycle bike patinet patinete scooter ' +
    'carregador cargador charger electric electrico elèctric benzinera gasolinera ' +
    // Government, jobs and elections
    'alcalde alcaldessa alcaldesa mayor regidor concejal councillor councilor eleccions elecciones election elections partit politico sindic ombudsman ' +
    // Other administrations, and other funders
    'conduir conducir driving funding ' +
    'oposicions oposiciones feina trabajo job jobs ofertes ofertas vacant vacante vacancy vacancies openings borsa bolsa ' +
    // Registry office, death and cemeteries
    'naixement nacimiento birth defuncio defuncion death cementiri cementerio cemetery ninxol nicho niche enterrament entierro funeral divorci divorcio divorce ' +
    // Housing and neighbourhood
    'habitatge vivienda housing hipoteca mortgage okupes okupas soroll ruido noise veins vecinos neighbours neighbors plaga plagas pest rates ratas rats mosquit mosquito ' +
    'arbre arbol tree poda pruning grafiti graffiti ascensor elevator lift electricitat electricidad electricity ' +
    // Animal shelters
    'protectora shelter gossera perrera ' +
    // Everything else people ask a chatbot
    'weather meteo pluja lluvia rain calor heat neu nieve snow recepta receta recipe capital pais country bitllet billete ticket loteria lottery'
  ).split(' '),
);
