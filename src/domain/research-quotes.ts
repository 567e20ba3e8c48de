import type { LocalText } from './text.ts';
import type { Precondition, Strategy } from './vocabulary.ts';

/** A verbatim passage from the thesis (De Vries, 2019) with a faithful English rendering. */
export interface ResearchQuote {
  readonly respondent: string;
  readonly section: string;
  /** `nl` is exact, down to punctuation; `en` is a translation, not a quote. */
  readonly text: LocalText;
}

/**
 * The voice from practice the debrief shows beside each strategy, placed where the thesis places it
 * (§4.3.2; thesis line 929 for the energy strategy). Checked against the thesis text by
 * tests/content/research-quotes.test.ts and tests/content/research-labels.test.ts; see
 * docs/research-quotes.md for the wider collection.
 */
export const STRATEGY_QUOTES: Readonly<Partial<Record<Strategy, ResearchQuote>>> = {
  maatwerk: {
    respondent: 'R5',
    section: '4.3.2',
    text: {
      nl: 'We hebben een bestuursprogramma, daar staat in hoofdlijnen wat we willen, daar hangen alle beleidsvisies en strategieën, die hoef ik niet allemaal te lezen, maar als ik maar weet: Past dit ongeveer een beetje?',
      en: 'We have a coalition programme that sets out in broad lines what we want; all the policy visions and strategies hang from it. I don’t need to read them all, as long as I know: does this roughly fit?',
    },
  },
  'waar-de-energie-is': {
    respondent: 'R1',
    section: '4.3.2',
    text: {
      nl: 'Ik heb gewoon geleerd om te gaan waar de energie zit en niet aan dode paarden trekken, want dat gaat gewoon je rug kosten letterlijk. En als de energie er niet is, dan laat maar dan negeer ik het weer en dan ga ik gewoon naar het volgende.',
      en: 'I have simply learned to go where the energy is and not to pull dead horses, because that will literally cost you your back. And if the energy isn’t there, then never mind: I ignore it again and simply move on to the next thing.',
    },
  },
  conformeren: {
    respondent: 'R2',
    section: '4.3.2',
    text: {
      nl: 'En ik denk dat de beste strategie is bewijs maar dat het meerwaarde oplevert en dat het minder complex is dan mensen denken.',
      en: 'And I think the best strategy is to prove that it adds value and that it is less complex than people think.',
    },
  },
  'kleine-successen': {
    respondent: 'R14',
    section: '4.3.2',
    text: {
      nl: 'En je moet ook geduld hebben, dit soort processen realiseer je niet in een jaar.',
      en: 'And you also need patience; you don’t achieve processes like this in a year.',
    },
  },
  doordrukken: {
    respondent: 'R2',
    section: '4.3.2',
    text: {
      nl: 'Kijk goed gaan beargumenteren, heeft echt geen zin. Als iemand het niet ziet zitten om welke reden dan ook, dan ik ga echt geen een of andere ruzie staan maken dat heeft echt geen nut.',
      en: 'Look, arguing the case at length really makes no sense. If someone doesn’t see it, for whatever reason, I’m really not going to start some kind of fight; that really is pointless.',
    },
  },
  // Giving up is no strategy in the thesis. R8, a policy officer who knows what data is worth, tells
  // how the new work is the first to go under pressure (§4.3.1): what letting it go costs.
  opgeven: {
    respondent: 'R8',
    section: '4.3.1',
    text: {
      nl: 'Ik denk dat als je ziet dat de werkdruk gewoon heel hoog is op dit moment, dat mensen überhaupt bezig zijn om hun deadlines en termijnen te halen. Dan is dit element wel eentje die als eerste sneuvelt, want het kost gewoon tijd.',
      en: 'I think that when you see that the workload is simply very high at the moment, that people are busy just meeting their deadlines and time limits, then this element is definitely one of the first to go, because it simply takes time.',
    },
  },
  // No quote for 'dood-paard': the thesis's only words on dead horses are R1's, and they belong to the
  // energy strategy above (shown in every debrief). R5's door "op een kier" and "gouden ei" belong there
  // too (§4.3.2, thesis line 929), not here: see docs/research-quotes.md.
};

/** What each precondition of §4.4 means in practice, in the words of a respondent. */
export const PRECONDITION_QUOTES: Readonly<Record<Precondition, ResearchQuote>> = {
  'ruimte-experimenteren': {
    respondent: 'R14',
    section: '4.4',
    text: {
      nl: 'Durven betekent durven te experimenteren. Het vanzelfsprekende ter discussie stellen.',
      en: 'Daring means daring to experiment. Questioning what is taken for granted.',
    },
  },
  'achteraf-verantwoorden': {
    respondent: 'R14',
    section: '4.4',
    text: {
      nl: 'dus wij hebben ze gevraagd van willen jullie omarmen dat we gaan leren door het te doen.',
      en: 'so we asked them: are you willing to embrace that we are going to learn by doing?',
    },
  },
  mandaat: {
    respondent: 'R11',
    section: '4.4',
    text: {
      nl: 'Dat is niet iets wat we er zomaar bij kunnen doen, daar moet echt beleid voor zijn en daar moeten mensen verantwoordelijk voor zijn.',
      en: 'That is not something we can just do on the side; there really has to be a policy for it, and people have to be responsible for it.',
    },
  },
  capaciteit: {
    respondent: 'R12',
    section: '4.4',
    text: {
      nl: 'Maar dat is natuurlijk niet de taak waarvoor ik ben aangenomen en zit niet in mijn functie. Dus ik doe dit er dan wel bij.',
      en: 'But of course that is not the task I was hired for, and it isn’t part of my job. So I do this on the side.',
    },
  },
};

/**
 * The data role beside conforming: conforming asks for one data skill above all, explaining what data
 * can do, and R2 calls that being a "data-tolk" (§4.3.2, thesis line 937).
 */
export const DATA_INTERPRETER_QUOTE: ResearchQuote = {
  respondent: 'R2',
  section: '4.3.2',
  text: {
    nl: 'Maar vooral ben ik in staat om het laagdrempelig aan de man te brengen, er niet technisch over te vertellen en noem het even een data-tolk, ik ben in staat om de vakinhoudelijke kant aan te spreken zonder dat ik het allemaal snap.',
    en: 'But above all I am able to bring it across in an accessible way, not to talk about it technically, call it a data interpreter: I am able to address the subject-matter side without understanding all of it.',
  },
};

/** The researcher's own words, not a respondent's: where the study thinks the role is heading. */
export interface ThesisPassage {
  readonly section: string;
  /** `nl` is exact, down to punctuation; `en` is a translation. */
  readonly text: LocalText;
}

/**
 * The 'open' civil servant as the study sums it up (§4.4, thesis line 945) and the "ambtenaar 4.0" of
 * the conclusion (§5.1, line 989): a direction the research sees, shown as such and never as a score.
 */
export const ROLE_DIRECTION: readonly ThesisPassage[] = [
  {
    section: '4.4',
    text: {
      nl: 'De ‘open’ ambtenaar moet in contact staan met de burger, een kei zijn in netwerken en durven te samenwerken, zowel binnen als buiten het stadskantoor.',
      en: 'The ‘open’ civil servant must be in touch with citizens, be a star at networking and dare to collaborate, both inside and outside the city offices.',
    },
  },
  {
    section: '5.1',
    text: {
      nl: 'Tot slot moet de ambtenaar 4.0 beschikken over innovatieve competenties, dit betekent dat hij/zij gericht is op nieuwe kansen, durft te experimenteren en bovenal creativiteit bezit.',
      en: 'Finally, the civil servant 4.0 must have innovative competencies: he or she looks for new opportunities, dares to experiment and above all is creative.',
    },
  },
  {
    section: '5.1',
    text: {
      nl: 'Hierdoor groeit het competentieprofiel van de ambtenaar alleen maar.',
      en: 'As a result, the civil servant’s competency profile only grows.',
    },
  },
];
