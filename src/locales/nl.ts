import { debriefSummaryNl } from './debrief-summary.nl.ts';
import { phoneNl } from './phone.nl.ts';
import { projectorNl } from './projector.nl.ts';
import { soloNl } from './solo.nl.ts';
import { studioNl } from './studio.nl.ts';
/** Dutch, the first language. The English file must have exactly the same keys (checked by the type below). */
export const nl = {
  app: {
    title: 'De open ambtenaar',
    tagline: 'Een spel over de dilemma’s van open overheid',
    screenLoading: 'Even laden…',
    screenFailed: 'Dit deel van het spel kon niet laden. Controleer de verbinding en probeer het opnieuw.',
    retry: 'Opnieuw proberen',
  },
  title: {
    intro:
      'Je werkt bij een gemeente aan open overheid. Elke keuze weegt competenties tegen elkaar af: transparantie tegen politiek bewustzijn, innovatie tegen resultaatgericht werken. Er is geen goed of fout antwoord; het spel maakt het afwegen zichtbaar.',
    basis:
      'De dilemma’s komen uit interviews met ambtenaren van negen gemeenten en één provincie en uit een focusgroep met drie experts (De Vries, 2019, Universiteit Utrecht).',
    start: 'Kies een scenario',
    group: 'Groepssessie (projector)',
    language: 'Taal',
    keys: 'Toetsen: Tab en pijltjes om te kiezen, Enter om te bevestigen, 1–4 voor een keuze, M voor geluid aan of uit, [ en ] voor zachter en harder.',
  },
  plan: {
    open: 'Sessieplan bekijken en afdrukken',
    heading: 'Sessieplan: {{title}}',
    timing:
      'Duur: {{min}} tot {{max}} minuten ({{decisionsMin}} tot {{decisionsMax}} beslismomenten, {{discuss}} minuten bespreken per beslismoment).',
    schedule: 'Opbouw',
    opening:
      'Opening ({{minutes}} min): doel van de sessie, hoe stemmen werkt, er is geen goed of fout antwoord.',
    perDecision:
      'Per beslismoment: samen lezen ({{read}} min), bespreken ({{discuss}} min), stemmen en onthullen ({{vote}} min).',
    debrief:
      'Nabespreking ({{minutes}} min): het pad van de zaal, de meest verdeelde momenten, de slotvragen.',
    decisions: 'De beslismomenten, met notities en gespreksvragen',
  },
  presenter: {
    heading: 'Presentatorweergave',
    open: 'Presentatorweergave (P)',
    waiting: 'Wachten op de groepssessie. Start die in het andere venster; dit venster volgt vanzelf.',
    phase: 'Fase: {{phase}}',
    phases: {
      reading: 'voorlezen',
      present: 'dilemma tonen',
      discuss: 'bespreken',
      tally: 'stemmen tellen (verdeling nog verborgen voor de zaal)',
      reveal: 'verdeling onthuld',
      finished: 'afgerond',
    },
    notes: 'Notities voor de trainer',
    prompts: 'Gespreksvragen',
    sources: 'Bronnen',
    contextNote:
      'In deze organisatie ontbreken {{missing}} van de vier randvoorwaarden van §4.4; vraag de zaal wat die zouden veranderen.',
    nextUp: 'Volgende stap: {{action}}',
  },
  phones: {
    debriefHint:
      'Op elke telefoon staat nu een eigen nabespreking: de eigen stemmen naast het pad van de zaal.',
    joinLabel: 'Meedoen met je telefoon',
    scan: 'Scan de code met je telefoon, of ga naar',
    qrLabel: 'QR-code om mee te doen, kamercode {{code}}',
    code: 'Kamercode',
    joined_one: '{{count}} telefoon doet mee',
    joined_other: '{{count}} telefoons doen mee',
    cast: '{{count}} van {{of}} telefoons hebben gestemd',
    loopback:
      'Telefoons kunnen dit adres niet bereiken. Start het spel met npm start -- --lan en open het adres dat het toont.',
    offline: 'De verbinding met de kamerserver is weg; het spel probeert opnieuw. Tel intussen handen.',
    remote: 'Presentatorweergave op mijn telefoon',
    remoteHint:
      'Scan deze code alleen zelf: hij geeft de bediening van de sessie. Toon hem nooit aan de zaal.',
    remoteQrLabel: 'QR-code voor de presentatorweergave op je eigen telefoon',
    status: {
      checking: 'Kijken of telefoons kunnen meedoen…',
      unavailable:
        'Telefoons kunnen hier niet meedoen: dit spel komt van een gewone webserver, niet van de kamerserver (npm start). Tel de stemmen met handopsteken.',
      failed:
        'De kamer voor telefoons kon niet worden geopend (de kamerserver is vol of onbereikbaar). Tel de stemmen met handopsteken.',
    },
  },
  room: {
    setAside:
      'Een opgeslagen groepssessie kon niet worden hersteld. Ze is apart bewaard op dit apparaat; je begint opnieuw.',
    buttons: {
      blank: 'Zwart scherm (B)',
      fullscreen: 'Volledig scherm (F)',
      help: 'Toetsen (?)',
    },
    blank: 'Scherm is zwart. Druk op B of Escape om terug te gaan.',
    closeButton: 'Sluiten',
    helpHeading: 'Toetsen voor de trainer',
    close: 'Druk op ? of Escape om te sluiten.',
    key: {
      next: 'verder: volgende fase of beslismoment',
      back: 'terug, waar dat kan (ook: een stemming opnieuw doen)',
      timer: 'timer starten of pauzeren',
      adjust: 'bespreektijd ±30 seconden, of bij tellen de gekozen optie ±1',
      tally: 'een stem erbij voor optie A–D; na de onthulling: die optie kiezen',
      reveal: 'de verdeling onthullen',
      undo: 'de laatste toetsaanslag ongedaan maken',
      blank: 'scherm zwart maken en terug',
      fullscreen: 'volledig scherm aan of uit',
      presenter: 'de presentatorweergave openen in een tweede venster',
      help: 'dit overzicht',
    },
  },
  group: {
    session: {
      heading_one: 'De hele sessie: {{count}} scenario',
      heading_other: 'De hele sessie: {{count}} scenario’s',
      decisions_one: '{{count}} beslismoment',
      decisions_other: '{{count}} beslismomenten',
      tensions: 'Spanningen die de zaal tegenkwam',
      tensionCount_one: '{{count}} keer, in {{scenarios}} van de scenario’s',
      tensionCount_other: '{{count}} keer, in {{scenarios}} van de scenario’s',
      strategies: 'Waar de keuzes van de zaal over de hele sessie op leken',
    },
    setupHeading: 'Groepssessie voorbereiden',
    setupIntro:
      'De zaal leest het dilemma samen, bespreekt het, stemt op de telefoon of met handopsteken en ziet de verdeling. De keuze van de zaal bepaalt het verhaal.',
    scenario: 'Scenario en organisatie',
    minutes: 'Bespreektijd per beslismoment (minuten)',
    showMeters: 'Meters tonen op het scherm',
    start: 'Groepssessie starten',
    keysHint:
      'Toetsen tijdens de sessie: → of spatie verder, ← terug, T timer, + en − tijd of stemmen, 1–4 stemmen, R onthullen, U ongedaan maken, B zwart scherm, F volledig scherm, ? alle toetsen.',
    later: 'Daarna nog (optioneel, in deze volgorde)',
    option: 'Optie',
    distribution: 'Verdeling van de stemmen',
    votes_one: '{{count}} stem ({{pct}}%)',
    votes_other: '{{count}} stemmen ({{pct}}%)',
    majority: 'De zaal kiest {{letter}} (meerderheid).',
    trainerPick: 'De trainer kiest {{letter}}, afwijkend van de meerderheid.',
    tieBreak: 'De trainer kiest {{letter}} uit de gelijke stand.',
    upNext: 'Volgend scenario: {{title}}',
    noVotesPick: 'Er is niet gestemd; de trainer kiest {{letter}}.',
    tie: 'Gelijke stand tussen {{letters}}. De trainer kiest welke optie het wordt.',
    noVotes: 'Geen stemmen geteld. De trainer kiest welke optie het wordt.',
    pick: 'Kies {{letter}}',
    quickMajority: 'Meerderheid {{letter}}',
    back: 'Terug',
    undo: 'Ongedaan maken',
    pause: 'Timer pauzeren',
    resume: 'Timer starten',
    paused: 'gepauzeerd',
    discuss: 'Bespreektijd:',
    roomChose: 'De zaal koos {{letter}}: “{{choice}}”',
    next: {
      reading: 'Verder',
      present: 'Bespreken',
      discuss: 'Naar de stemming',
      tally: 'Onthullen',
      reveal: 'Bevestigen en verder',
      finished: 'Verder',
    },
    debriefHeading: 'Nabespreking van de groep',
    debriefIntro: 'Zo koos de zaal in “{{title}}”. Geen namen, alleen de keuzes van de groep.',
    roomPath: 'Het pad van de zaal',
    division: 'verdeeldheid {{pct}}%',
    mostDivided: 'Hier was de zaal het meest verdeeld: een goed punt om op terug te komen.',
    roomCompetencies: 'Waar de keuzes van de zaal op leunden',
    closing: 'Slotvragen voor de groep',
    exportFile: 'Als bestand bewaren',
    again: 'Nieuwe groepssessie',
    rule: {
      majority: 'Besloten bij meerderheid.',
      'tie-break': 'Gelijke stand; de trainer koos een van de gelijke opties.',
      override: 'De trainer week af van de meerderheid.',
      'no-votes': 'Zonder stemmen; de trainer koos.',
    },
  },
  progress: {
    heading: 'Mijn voortgang',
    private: 'Dit staat alleen op dit apparaat. Niets gaat naar een server; je kunt het zelf exporteren.',
    nothingYet: 'Je hebt nog geen scenario uitgespeeld.',
    profile: 'Hoe je afweegt, over alles wat je speelde',
    caveat:
      'Let op: dit beschrijft keuzes in een spel, niet wie je bent. Het is een startpunt voor een gesprek, geen beoordeling.',
    summary: '{{plays}}, {{scenarios}}, {{decisions}}.',
    summaryPlays_one: '{{count}} keer gespeeld',
    summaryPlays_other: '{{count}} keer gespeeld',
    summaryScenarios_one: '{{count}} scenario',
    summaryScenarios_other: '{{count}} verschillende scenario’s',
    summaryDecisions_one: '{{count}} beslissing',
    summaryDecisions_other: '{{count}} beslissingen',
    noStrategy: 'geen copingstrategie',
    history: 'Gespeelde scenario’s',
    when: 'Wanneer',
    scenario: 'Scenario',
    move: 'Meenemen naar een ander apparaat',
    moveIntro:
      'Exporteer je voortgang naar een bestand en importeer dat op een ander apparaat. Bij importeren kies je zelf of het samengevoegd wordt of vervangt wat hier staat.',
    export: 'Voortgang exporteren',
    import: 'Voortgang importeren uit een bestand',
    importFound: 'Dit bestand bevat {{count}} gespeelde scenario’s. Hier staan er {{mine}}. Wat wil je doen?',
    merge: 'Samenvoegen met wat hier staat',
    replace: 'Vervangen wat hier staat',
    cancel: 'Annuleren',
    cancelled: 'Niets veranderd.',
    merged_one: 'Samengevoegd: {{count}} gespeeld scenario toegevoegd.',
    merged_other: 'Samengevoegd: {{count}} gespeelde scenario’s toegevoegd.',
    mergedKnown_one: '{{count}} stond hier al.',
    mergedKnown_other: '{{count}} stonden hier al.',
    mergedNothing: 'Niets toegevoegd: alle gespeelde scenario’s uit het bestand stonden hier al.',
    mergedEmpty: 'Niets toegevoegd: het bestand bevat geen gespeelde scenario’s.',
    mergedShelved:
      'Het bestand had ook een spel dat nog niet af was. Dat blijft bewaard: het staat klaar zodra je het spel dat hier loopt hebt afgemaakt of gestopt.',
    importTooLarge:
      'Dit bestand is te groot om je voortgang te zijn ({{size}} MB; een voortgangsbestand is hooguit {{limit}} MB). Er is niets veranderd.',
    replaced: 'Vervangen door het geïmporteerde bestand.',
    importProblem: {
      unreadable:
        'Dit bestand kon niet worden gelezen: het is geen geldig voortgangsbestand (misschien beschadigd of afgebroken). Er is niets veranderd.',
      foreign: 'Dit bestand komt niet van De open ambtenaar. Er is niets veranderd.',
      newer:
        'Dit bestand komt van een nieuwere versie van het spel. Werk het spel bij om het te importeren. Er is niets veranderd.',
      damaged: 'Dit bestand is onvolledig of bevat onbekende gegevens. Er is niets veranderd.',
    },
    changed:
      'Dit scenario is veranderd sinds je stopte. Niet al je keuzes passen er nog in; je gaat verder bij beslissing {{number}}.',
    unavailable:
      'Je spel van “{{title}}” is nog niet af, maar kan nu niet verder: dat scenario staat niet (meer) in deze versie van het spel. Het blijft bewaard op dit apparaat en gaat mee als je je voortgang exporteert.',
    notSaved: {
      full: 'De opslag van je browser is vol, dus niet alles is bewaard op dit apparaat.',
      forbidden:
        'Deze browser laat het spel niets bewaren op dit apparaat (bijvoorbeeld in een privévenster).',
    },
    unsaved: {
      play: 'Je spel dat nog bezig is, is niet bewaard: sluit je dit venster, dan ben je het kwijt.',
      finished:
        'De scenario’s die je nu hebt uitgespeeld, staan niet op dit apparaat: sluit je dit venster, dan ben je ze kwijt.',
      import: 'Wat je hebt geïmporteerd, is niet bewaard: het geldt alleen zolang dit venster open is.',
      removal: 'De oude spellen die je verwijderde, staan nog op dit apparaat.',
    },
    whatToDo: {
      full: 'Wat je kunt doen: exporteer je voortgang naar een bestand (bij Mijn voortgang), dan raak je niets kwijt. Maak daarna ruimte: verwijder oude spellen bij Mijn voortgang, of wis in je browser de opgeslagen gegevens van websites die je niet meer gebruikt. Wat je daarna doet, wordt weer bewaard.',
      forbidden:
        'Wat je kunt doen: exporteer je voortgang naar een bestand (bij Mijn voortgang), dan raak je niets kwijt. Wil je dat het spel je voortgang onthoudt, open het dan in een gewoon venster of sta opslag voor deze website toe.',
    },
    removeOld: 'Oude spellen verwijderen',
    confirmRemoval_one:
      'Het oudste gespeelde scenario wordt van dit apparaat verwijderd. Heb je je voortgang eerst geëxporteerd? Dan staat het nog in dat bestand.',
    confirmRemoval_other:
      'De oudste {{count}} gespeelde scenario’s worden van dit apparaat verwijderd. Heb je je voortgang eerst geëxporteerd? Dan staan ze nog in dat bestand.',
    remove: 'Verwijderen',
    removed_one: '{{count}} oud spel verwijderd.',
    removed_other: '{{count}} oude spellen verwijderd.',
    notKept: {
      unreadable:
        'Je opgeslagen voortgang is beschadigd en kon niet worden gelezen. We konden er geen kopie van maken, dus laten we hem staan zoals hij is en schrijven we er niets overheen. Tot dat lukt, wordt wat je speelt niet bewaard.',
      foreign:
        'Op de plek van je voortgang staan gegevens van een ander programma. We konden er geen kopie van maken, dus laten we ze staan en schrijven we er niets overheen. Tot dat lukt, wordt wat je speelt niet bewaard.',
      newer:
        'Je voortgang is opgeslagen door een nieuwere versie van dit spel. We konden er geen kopie van maken, dus laten we hem staan en schrijven we er niets overheen; open de nieuwere versie om verder te gaan. Tot dat lukt, wordt wat je hier speelt niet bewaard.',
      damaged:
        'Een deel van je opgeslagen voortgang was onvolledig. We konden er geen kopie van maken, dus laten we alles staan zoals het is en schrijven we er niets overheen. Tot dat lukt, wordt wat je speelt niet bewaard.',
    },
    resume_one: 'Verder met “{{title}}”: {{count}} beslissing genomen',
    resume_other: 'Verder met “{{title}}”: {{count}} beslissingen genomen',
    problem: {
      unreadable:
        'Je opgeslagen voortgang was beschadigd en kon niet worden gelezen. We hebben hem apart bewaard op dit apparaat en beginnen opnieuw.',
      foreign:
        'Er stond voortgang van een ander programma op deze plek. We hebben die apart bewaard en beginnen opnieuw.',
      newer:
        'Je voortgang is opgeslagen door een nieuwere versie van dit spel. We hebben hem apart bewaard; open de nieuwere versie om verder te gaan.',
      damaged:
        'Een deel van je opgeslagen voortgang was onvolledig. We hebben alles apart bewaard en beginnen opnieuw.',
    },
  },
  lang: { nl: 'Nederlands', en: 'English' },
  sound: {
    on: 'Geluid: aan',
    off: 'Geluid: uit',
    unavailable: 'Geluid: niet beschikbaar',
    toggleHint: 'Geluid aan of uit (toets M)',
    muted: 'Geluid staat uit.',
    unmuted: 'Geluid staat aan.',
    volume: 'Volume',
    volumeValue: '{{percent}} procent',
    volumeHint: 'Zachter of harder (toetsen [ en ])',
    volumeNow: 'Volume {{percent}} procent.',
  },
  choose: {
    heading: 'Kies een scenario',
    intro:
      'Elk scenario is een korte situatie uit de praktijk. Je speelt het in je eentje of samen, en bespreekt daarna je keuzes.',
    completion: 'Verkend: {{choices}} van {{choicesTotal}} keuzes, {{endings}} van {{endingsTotal}} eindes',
    duration: 'Speelduur',
    minutes: '{{count}} minuten',
    role: 'Jouw rol',
    setting: 'Situatie',
    maturity: 'volwassenheid open overheid: fase {{level}} van 5',
    preconditions: 'Wat de organisatie biedt',
    noPreconditions: 'geen van de randvoorwaarden',
    play: 'Speel “{{title}}”',
    playIn: 'Speel: {{org}}',
    context: 'Organisatie',
    contextIntro:
      'Dit scenario kun je spelen in twee organisaties. Dezelfde keuze kan daar anders uitpakken.',
    back: 'Terug naar het begin',
    none: 'Er zijn nog geen speelbare scenario’s.',
    problemsHeading: 'Niet alle scenario’s konden worden geladen',
    problemsIntro:
      'Deze bestanden bevatten fouten en zijn overgeslagen. De andere scenario’s zijn gewoon te spelen. Een trainer kan de fouten herstellen met de meldingen hieronder (ook te zien met npm run scenarios:check).',
    brokenNotice_one:
      '{{count}} scenariobestand bevat fouten en is overgeslagen; de meldingen staan bij “Kies een scenario”.',
    brokenNotice_other:
      '{{count}} scenariobestanden bevatten fouten en zijn overgeslagen; de meldingen staan bij “Kies een scenario”.',
    problemsFile_one: '{{file}}: {{count}} probleem',
    problemsFile_other: '{{file}}: {{count}} problemen',
  },
  play: {
    continue: 'Verder',
    toDebrief: 'Naar de nabespreking',
    decision: 'Beslismoment',
    chooseHint: 'Kies met de pijltjes en Enter, of druk 1 tot en met {{count}}.',
    consequence: 'Wat er gebeurt',
    changes: 'Gevolgen',
    noChange: 'De meters veranderen niet.',
    ending: 'Einde',
    quit: 'Stoppen en ander scenario kiezen',
    quitQuestion: 'Stoppen met dit spel? Wat je tot nu toe koos, staat bewaard op dit apparaat.',
    quitKeep: 'Bewaren en naar het begin',
    quitDiscard: 'Weggooien en ander scenario kiezen',
    quitCancel: 'Verder spelen',
    meters: 'Stand van zaken',
    meterChange: '{{label}} {{change}}',
    speakerNarrator: 'Verteller',
    speakerPlayer: 'Jij',
  },
  debrief: {
    caveats: {
      heading: 'Wat het onderzoek niet zegt',
      enthusiasts:
        'Het onderzoek sprak vooral ambtenaren die zelf open data publiceren of datagedreven werken aanjagen, en enkele beleidsambtenaren voor wie dat niet de hoofdtaak is. De uitkomsten kunnen daardoor gekleurd zijn door een positieve kijk op datagedreven werken en open overheid (§6.2).',
      networked:
        'Tussen netwerksamenleving en open overheid vond het onderzoek geen dilemma’s. Of open overheid in de praktijk echt iets anders is, of dat de netwerksamenleving in gemeenten nog weinig is doorgedrongen, laat het open (§6.1.2).',
    },
    heading: 'Nabespreking',
    intro: 'Geen score, wel drie punten over hoe je woog in “{{title}}”.',
    ending: 'Het einde dat je bereikte',
    meters: 'De stand aan het eind',
    meterRow: '{{label}}: van {{start}} naar {{end}}',
    competencies: 'Competenties: waar deed je een beroep op, wat zette je opzij?',
    competenciesCaption:
      'Per competentie: hoe vaak je keuzes er een beroep op deden en hoe vaak ze die opzij zetten, gegroepeerd naar de laag waar de competentie vandaan komt.',
    competency: 'Competentie',
    drawn: 'beroep op',
    setAside: 'opzij gezet',
    tensionRow: '{{tension}}: je koos de kant van {{side}}',
    tensionBalanced: '{{tension}}: je zocht het midden',
    yourChoice: 'Jouw keuze: “{{choice}}”',
    strategies: 'Welke strategieën lijken je keuzes op?',
    strategiesIntro:
      'Het onderzoek beschrijft vier manieren waarop ambtenaren met deze spanningen omgaan. Zo verhouden jouw keuzes zich daartoe.',
    strategyCount_one: '{{count}} keuze',
    strategyCount_other: '{{count}} keuzes',
    notChosen: 'Deze strategie kwam in je keuzes niet terug.',
    none: 'Keuzes die bij geen strategie passen',
    quoteBy: '{{who}}, De Vries (2019), §{{section}}',
    respondent: 'respondent {{number}}',
    focusGroup: 'focusgroep, deelnemer {{number}}',
    path: 'Jouw pad',
    pathIntro: 'Zo verliep het: per beslissing je keuze, de spanning erachter en wat er gebeurde.',
    pathChoice: 'Je koos: “{{choice}}”',
    conditions: 'Wat de organisatie bood',
    conditionsIntro:
      'Het onderzoek concludeert dat competenties alleen niet genoeg zijn: de organisatie moet ook ruimte bieden (§4.4).',
    held: 'Aanwezig: {{list}}',
    missing: 'Ontbrak: {{list}}',
    nothing: 'geen',
    wouldDiffer: '“{{choice}}” was anders uitgepakt als dit anders was geweest: {{list}}.',
    explore: 'Wat je van dit scenario hebt verkend',
    exploreIntro:
      'Geel: je laatste spel. Wit: wat je eerder verkende. Kleine stippen: nog niet ontdekt; de stippellijnen laten zien waar nog iets te vinden is.',
    completion: '{{choices}} van {{choicesTotal}} keuzes en {{endings}} van {{endingsTotal}} eindes ontdekt.',
    compare: 'Vergeleken met je vorige keer',
    compareIntro: 'Je speelde dit scenario eerder, op {{date}}. Zo verschillen je keuzes en je profiel.',
    decisionColumn: 'Beslismoment',
    thisTime: 'Deze keer',
    lastTime: 'Vorige keer',
    notReached: '(kwam je niet tegen)',
    recommendations: 'Aanbevelingen uit het onderzoek (§6.4)',
    reflection: 'Om over na te denken',
    reflectionIntro: 'Vragen, aangepast uit de interviewvragen van het onderzoek (bijlage 2), nu aan jou:',
    reflectionOrg: 'Over je eigen organisatie',
    reflectionOrgIntro:
      'Het tweede deel van de interviews ging over de organisatie achter een open overheid (bijlage 2). Dezelfde vragen, aan jou:',
    dataRole: 'De data-rol naast conformeren',
    dataRoleIntro:
      'Laten zien wat data oplevert vraagt wel een datavaardigheid: uitleggen wat data kan, zonder technisch te worden. Een respondent noemt dat een data-tolk zijn (§4.3.2).',
    direction: {
      heading: 'Waar de rol naartoe gaat',
      intro:
        'Geen score en geen maatstaf voor je keuzes: dit is de richting die het onderzoek ziet. Wat eerder van ambtenaren werd gevraagd, blijft nodig; er komt bij: samenwerken binnen en buiten het gemeentehuis, datavaardigheid en innovatief werken (§4.4, §5.1).',
      by: 'De Vries (2019), §{{section}}',
    },
    print: 'Afdrukken of als pdf bewaren',
    again: 'Nog een keer spelen',
    another: 'Ander scenario kiezen',
    toTitle: 'Naar het begin',
    chartLabel: 'Grafiek van competenties waarop je een beroep deed en die je opzij zette',
  },
  recommendation: {
    'data-skills':
      'Werk aan je datavaardigheden. Niet iedere ambtenaar hoeft technicus te worden, maar ieder zou moeten weten wat data kan en een goede vraag kunnen stellen aan wie ermee werkt (§6.4.1).',
    'team-spread':
      'Kijk naar de spreiding van competenties in je team: niemand heeft ze allemaal. Zet je een competentie vaak opzij, zorg dan dat iemand in je team haar wel inbrengt (§6.4.1).',
    'conform-norm':
      'Zoek de norm van je organisatie en kijk hoever je je daaraan kunt conformeren zonder je doel te verliezen: concreet resultaat laten zien werkte voor veel respondenten (§6.4.1).',
    hiring:
      'Voor gemeenten: kijk bewust naar je sollicitatiebeleid. Vraag bij het aannemen naar datavaardigheden, en neem mensen aan die creatief kunnen denken en buiten hun eigen afdeling kunnen samenwerken (§6.4.2).',
    preconditions:
      'Voor gemeenten: zorg voor de randvoorwaarden. Vindbare data, een programma waarin experimenten achteraf verantwoord worden, en een bestuur dat mandaat en capaciteit geeft (§6.4.2).',
    'trust-experience':
      'Het veranderen van een organisatie is maatwerk: vertrouw ook op je eigen ervaring en gevoel (§6.4.1).',
  },
  reflection: {
    goal: 'Wat wilde je bereiken?',
    did: 'Wat deed je, en waarom juist dat?',
    happened: 'Wat gebeurde er daarna, en hoe liep het af?',
    felt: 'Wat dacht en voelde je op het moeilijkste moment?',
    other: 'Wie speelden er een rol, en wat had je van hen nodig?',
    org: {
      changes: 'Verandert jouw organisatie door het werken aan een open overheid? Waaraan merk je dat?',
      initiatives:
        'Hoe ontstaan initiatieven voor open overheid bij jullie, en wordt iedereen er enthousiast van?',
      expectations: 'Welke verwachtingen merk je vanuit je organisatie, en vanuit het management?',
      hindered: 'Voel je je soms belemmerd door de organisatie om aan een open overheid te werken?',
      competencies: 'Welke competenties heb je volgens jou nodig om binnen een open overheid te werken?',
      role: 'Zie je de rol en de verwachtingen van ambtenaren door de jaren heen veranderen?',
      priorities: 'Hoe maak je keuzes in wat belangrijk is in een project?',
      residents: 'Hoe ervaar je de contactmomenten met inwoners?',
      conflicting: 'Hoe ga je om met verwachtingen en competenties die met elkaar botsen?',
    },
  },
  competency: {
    integer: 'Integer',
    neutraal: 'Neutraal',
    deskundig: 'Deskundig',
    'kritisch-loyaal': 'Kritisch-loyaal',
    regelgericht: 'Regelgericht',
    'psm-gemotiveerd': 'Gedreven door de publieke zaak',
    'politiek-bewust': 'Politiek bewust',
    resultaatgericht: 'Resultaatgericht',
    flexibel: 'Flexibel',
    omgevingsbewust: 'Omgevingsbewust',
    samenwerkend: 'Samenwerkend',
    'emotioneel-intelligent': 'Emotioneel intelligent',
    transparant: 'Transparant',
    datatechnisch: 'Datavaardig',
    innovatief: 'Innovatief',
    'burgers-betrekken': 'Inwoners betrekken',
    'integraal-samenwerken': 'Integraal samenwerken',
  },
  layer: {
    weberiaans: 'Weberiaanse ambtenaar (1.0)',
    npm: 'New Public Management (2.0)',
    netwerk: 'Netwerksamenleving (3.0)',
    'open-overheid': 'Open overheid (nieuw)',
  },
  tension: {
    'innovatie-resultaat': 'Innovatie tegenover resultaatgerichtheid',
    'transparantie-politiek': 'Transparantie tegenover politiek bewustzijn',
    'bureaucratie-innovatie': 'Bureaucratie tegenover innovatie',
    'vernieuwing-cultuur': 'Vernieuwing tegenover organisatiecultuur',
  },
  pole: {
    innovatie: 'innovatie',
    resultaat: 'resultaat',
    transparantie: 'transparantie',
    politiek: 'politiek bewustzijn',
    bureaucratie: 'de bestaande procedures',
    vernieuwing: 'vernieuwing',
    cultuur: 'de bestaande cultuur',
    midden: 'het midden',
  },
  strategy: {
    maatwerk: 'Maatwerk: per situatie afwegen',
    'waar-de-energie-is': 'Gaan waar de energie is',
    conformeren: 'Conformeren: laten zien wat het oplevert',
    'kleine-successen': 'Blij zijn met kleine successen',
    doordrukken: 'Doordrukken',
    opgeven: 'Opgeven',
    'dood-paard': 'Trekken aan een dood paard',
    geen: 'Geen duidelijke strategie',
  },
  strategyExplain: {
    maatwerk:
      'Op basis van ervaring en Fingerspitzengefühl inschatten hoe ver je kunt gaan en wanneer je een compromis sluit.',
    'waar-de-energie-is':
      'Je energie steken in de deuren die op een kier staan, in plaats van te blijven duwen waar niemand wil.',
    conformeren:
      'Niet blijven argumenteren, maar met concrete resultaten laten zien wat datagedreven werken oplevert en dat het minder ingewikkeld is dan gedacht.',
    'kleine-successen':
      'Geduld en realisme: een cultuur verandert in jaren, dus je viert elke kleine stap vooruit.',
    doordrukken:
      'Je zette door zonder de ander mee te krijgen. Dat kan winst opleveren, maar kost vaak steun.',
    opgeven: 'Je liet het erbij zitten. Soms is stoppen verstandig; soms laat je een kans liggen.',
    'dood-paard':
      'Je bleef duwen waar geen beweging in zat. Dat kost energie en levert weinig op: het tegendeel van gaan waar de energie is.',
    geen: 'Deze keuze volgde geen van de strategieën uit het onderzoek.',
  },
  precondition: {
    'ruimte-experimenteren': 'ruimte om te experimenteren',
    'achteraf-verantwoorden': 'achteraf verantwoorden',
    mandaat: 'politiek mandaat',
    capaciteit: 'capaciteit: tijd en geld',
  },
  meter: {
    vertrouwen: 'Vertrouwen',
    steun: 'Steun',
    energie: 'Energie',
    voortgang: 'Voortgang',
  },
  meterExplain: {
    vertrouwen: 'vertrouwen van inwoners en partners',
    steun: 'steun van wethouder, college en leiding',
    energie: 'je eigen energie',
    voortgang: 'voortgang van het open-overheidswerk',
  },
  role: {
    'data-ambtenaar': 'data-ambtenaar',
    beleidsambtenaar: 'beleidsambtenaar',
  },
  municipality: {
    klein: 'kleine gemeente',
    middelgroot: 'middelgrote gemeente',
    groot: 'grote gemeente',
    provincie: 'provincie',
  },
  place: {
    kantoor: 'Het kantoor van de afdeling',
    vergaderzaal: 'Een vergaderzaal',
    raadszaal: 'De raadszaal',
    buurthuis: 'Het buurthuis',
  },
  debriefSummary: debriefSummaryNl,
  phone: phoneNl,
  projector: projectorNl,
  solo: soloNl,
  studio: studioNl,
};
