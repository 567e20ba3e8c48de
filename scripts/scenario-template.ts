/**
 * The scenario `npm run scenarios:new -- <id>` writes: short, commented, in both languages, with one
 * real quote from the thesis; it passes `scenarios:check` and `scenarios:test` as it is
 * (tests/content/scenarios-new.test.ts). `{{id}}` is replaced by the new id.
 */
export const SCENARIO_TEMPLATE = `# Een nieuw scenario. Vervang de teksten door je eigen verhaal; laat de structuur staan.
# Controleer na elke wijziging:  npm run scenarios:check -- scenarios/{{id}}.yaml
# en als de controle niets meer meldt:  npm run scenarios:test -- scenarios/{{id}}.yaml
# Een tekst in twee talen schrijf je als { nl: "…", en: "…" }. Spring in met spaties, nooit met tabs.
# Staat er een dubbele punt, een # of een ! in een tekst, zet de tekst dan tussen "aanhalingstekens".
id: {{id}}              # gelijk aan de bestandsnaam
title: { nl: "Nieuw scenario", en: "New scenario" }
summary:                # de introregel op het keuzescherm: waar gaat het over?
  nl: "Een collega vraagt je om een dataset openbaar te maken, maar niet iedereen is enthousiast."
  en: "A colleague asks you to publish a dataset, but not everyone is keen."
minutes: 5              # speelduur in minuten, 5 tot 10
role: beleidsambtenaar  # of: data-ambtenaar
setting:
  municipality: middelgroot   # klein | middelgroot | groot | provincie
  maturity: 2                 # 1 tot 5 (Open Government Maturity Model)
  preconditions: [mandaat]    # ruimte-experimenteren | achteraf-verantwoorden | mandaat | capaciteit
  description: { nl: "Een middelgrote gemeente.", en: "A medium-sized municipality." }

# Bronnen uit het onderzoek. Een citaat ("quote") staat letterlijk in de thesis: kopieer het precies
# (docs/research-quotes.md heeft er veel). Een sectie staat altijd tussen aanhalingstekens: "4.3.2".
sources:
  - id: r14-geduld
    respondent: R14
    section: "4.3.2"
    quote: "En je moet ook geduld hebben, dit soort processen realiseer je niet in een jaar."
    translation: "And you also need patience; you don’t achieve processes like this in a year."

# De mensen die spreken. "verteller" en "jij" bestaan altijd en hoef je niet te noemen.
characters:
  collega:
    name: { nl: "Sanne", en: "Sanne" }
    role: { nl: "collega van de afdeling data", en: "colleague from the data team" }
    colour: "#2f6f8f"

start: begin
beats:
  begin:
    place: kantoor            # kantoor | vergaderzaal | raadszaal | buurthuis
    speaker: collega
    text:
      nl: "Zullen we de gegevens over de speeltuinen openbaar maken?"
      en: "Shall we publish the data on the playgrounds?"
    next: eerste-keuze        # een beat gaat verder ("next"), laat kiezen ("decision") of eindigt ("ending")

  eerste-keuze:
    place: vergaderzaal
    speaker: verteller
    text: { nl: "Je leidinggevende twijfelt.", en: "Your manager has doubts." }
    decision:
      tension: transparantie-politiek   # een van de vier spanningen uit §4.3.1
      prompt: { nl: "Wat doe je?", en: "What do you do?" }
      facilitator:                      # voor de trainer: notities, twee gespreksvragen, bronnen
        notes: { nl: "Openheid tegenover politieke gevoeligheid.", en: "Openness against political sensitivity." }
        prompts:
          - { nl: "Wat zou jij doen?", en: "What would you do?" }
          - { nl: "Wat kost elke keuze?", en: "What does each choice cost?" }
        sources: [r14-geduld]
      choices:                          # 2 tot 4 keuzes; elke keuze weegt iets af
        - id: per-situatie
          text: { nl: "Je bespreekt eerst wat gevoelig is.", en: "You first discuss what is sensitive." }
          draws: [politiek-bewust]      # competenties waar de keuze een beroep op doet
          sets-aside: [transparant]     # competenties die ze opzij zet
          side: politiek                # een kant van de spanning, of midden
          strategy: maatwerk            # maatwerk | waar-de-energie-is | conformeren | kleine-successen
                                        # of: doordrukken | opgeven | dood-paard | geen
          effects: { steun: 5 }         # vertrouwen | steun | energie | voortgang, -30 tot 30
          consequence: { nl: "Je leidinggevende is gerustgesteld.", en: "Your manager is reassured." }
          next: tweede-keuze
        - id: gewoon-doen
          text: { nl: "Je publiceert meteen.", en: "You publish straight away." }
          draws: [transparant]
          sets-aside: [politiek-bewust]
          side: transparantie
          strategy: doordrukken
          effects: { vertrouwen: 5, steun: -10 }
          consequence: { nl: "Inwoners zijn blij, je leidinggevende niet.", en: "Residents are pleased, your manager is not." }
          next: tweede-keuze

  tweede-keuze:
    place: kantoor
    speaker: collega
    text: { nl: "Niemand op de afdeling heeft tijd.", en: "Nobody in the team has time." }
    decision:
      tension: vernieuwing-cultuur
      prompt: { nl: "Wat doe je?", en: "What do you do?" }
      facilitator:
        notes: { nl: "Waar zit de energie?", en: "Where is the energy?" }
        prompts:
          - { nl: "Bij wie zou jij aankloppen?", en: "Whose door would you knock on?" }
          - { nl: "Wanneer stop je met duwen?", en: "When do you stop pushing?" }
        sources: [r14-geduld]
      choices:
        - id: wie-wil
          text: { nl: "Je zoekt de collega die wel wil.", en: "You find the colleague who is willing." }
          draws: [samenwerkend]
          sets-aside: [regelgericht]
          side: vernieuwing
          strategy: waar-de-energie-is
          effects: { energie: 5 }
          consequence: { nl: "Sanne helpt je graag.", en: "Sanne is glad to help." }
          next: derde-keuze
        - id: laten-zien
          text: { nl: "Je laat zien wat het oplevert.", en: "You show what it brings." }
          draws: [datatechnisch]
          sets-aside: [flexibel]
          side: cultuur
          strategy: conformeren
          effects: { voortgang: 5 }
          consequence: { nl: "Een grafiek overtuigt meer dan een betoog.", en: "A chart convinces more than an argument." }
          next: derde-keuze

  derde-keuze:
    place: raadszaal
    speaker: verteller
    text: { nl: "Een raadslid vraagt wanneer alles open is.", en: "A councillor asks when everything will be open." }
    decision:
      tension: innovatie-resultaat
      prompt: { nl: "Wat antwoord je?", en: "What do you answer?" }
      facilitator:
        notes: { nl: "Geduld tegenover resultaat.", en: "Patience against results." }
        prompts:
          - { nl: "Is een kleine stap genoeg?", en: "Is a small step enough?" }
          - { nl: "Wat beloof je wel?", en: "What do you promise?" }
        sources: [r14-geduld]
      choices:
        - id: kleine-stap
          text: { nl: "Eerst de speeltuinen, daarna de rest.", en: "The playgrounds first, then the rest." }
          draws: [innovatief]
          sets-aside: [resultaatgericht]
          side: innovatie
          strategy: kleine-successen
          effects: { steun: 5 }
          consequence: { nl: "Het raadslid knikt.", en: "The councillor nods." }
          next:                          # een "when" kiest de route; de laatste heeft geen "when"
            - when: "steun >= 50"
              go: einde-samen
            - go: einde-alleen
        - id: loslaten
          text: { nl: "Je belooft niets.", en: "You promise nothing." }
          draws: [resultaatgericht]
          sets-aside: [innovatief]
          side: resultaat
          strategy: opgeven
          effects: { voortgang: -10 }
          consequence: { nl: "Het wordt stil in de zaal.", en: "The room goes quiet." }
          next: einde-alleen

  einde-samen:
    place: kantoor
    speaker: verteller
    text: { nl: "De gegevens staan online, met steun van je leidinggevende.", en: "The data is online, with your manager's support." }
    ending: { title: { nl: "Samen open", en: "Open together" } }

  einde-alleen:
    place: kantoor
    speaker: verteller
    text: { nl: "Je staat er alleen voor.", en: "You are on your own." }
    ending: { title: { nl: "Er alleen voor", en: "On your own" } }
`;
