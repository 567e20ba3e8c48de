import { debriefSummaryEn } from './debrief-summary.en.ts';
import type { Messages } from './messages.ts';
import { phoneEn } from './phone.en.ts';
import { projectorEn } from './projector.en.ts';
import { soloEn } from './solo.en.ts';
import { studioEn } from './studio.en.ts';

export const en: Messages = {
  app: {
    title: 'The open civil servant',
    tagline: 'A game about the dilemmas of open government',
    screenLoading: 'Loading…',
    screenFailed: 'This part of the game could not load. Check the connection and try again.',
    retry: 'Try again',
  },
  title: {
    intro:
      'You work on open government at a Dutch municipality. Every choice weighs competencies against each other: transparency against political awareness, innovation against result-oriented working. There is no right or wrong answer; the game makes the weighing visible.',
    basis:
      'The dilemmas come from interviews with civil servants in nine municipalities and one province, and from a focus group of three experts (De Vries, 2019, Utrecht University).',
    start: 'Choose a scenario',
    group: 'Group session (projector)',
    language: 'Language',
    keys: 'Keys: Tab and arrows to move, Enter to confirm, 1–4 for a choice, M to turn sound on or off, [ and ] for softer and louder.',
  },
  plan: {
    open: 'View and print the session plan',
    heading: 'Session plan: {{title}}',
    timing:
      'Length: {{min}} to {{max}} minutes ({{decisionsMin}} to {{decisionsMax}} decisions, {{discuss}} minutes of discussion per decision).',
    schedule: 'Outline',
    opening:
      'Opening ({{minutes}} min): the aim of the session, how voting works, there is no right or wrong answer.',
    perDecision:
      'Per decision: read together ({{read}} min), discuss ({{discuss}} min), vote and reveal ({{vote}} min).',
    debrief: 'Debrief ({{minutes}} min): the room’s path, the most divided moments, the closing questions.',
    decisions: 'The decisions, with notes and discussion prompts',
  },
  presenter: {
    heading: 'Presenter view',
    open: 'Presenter view (P)',
    waiting: 'Waiting for the group session. Start it in the other window; this one follows by itself.',
    phase: 'Phase: {{phase}}',
    phases: {
      reading: 'reading aloud',
      present: 'showing the dilemma',
      discuss: 'discussing',
      tally: 'counting votes (distribution still hidden from the room)',
      reveal: 'distribution revealed',
      finished: 'finished',
    },
    notes: 'Notes for the trainer',
    prompts: 'Discussion prompts',
    sources: 'Sources',
    contextNote:
      'This organisation lacks {{missing}} of the four preconditions of §4.4; ask the room what they would change.',
    nextUp: 'Next step: {{action}}',
  },
  phones: {
    debriefHint: 'Every phone now shows its own debrief: its own votes beside the room’s path.',
    joinLabel: 'Join with your phone',
    scan: 'Scan the code with your phone, or go to',
    qrLabel: 'QR code to join, room code {{code}}',
    code: 'Room code',
    joined_one: '{{count}} phone has joined',
    joined_other: '{{count}} phones have joined',
    cast: '{{count}} of {{of}} phones have voted',
    loopback:
      'Phones cannot reach this address. Start the game with npm start -- --lan and open the address it prints.',
    offline: 'The link to the room server is down; the game keeps trying. Count hands meanwhile.',
    remote: 'Presenter view on my phone',
    remoteHint: 'Scan this code yourself only: it gives control of the session. Never show it to the room.',
    remoteQrLabel: 'QR code for the presenter view on your own phone',
    status: {
      checking: 'Checking whether phones can join…',
      unavailable:
        'Phones cannot join here: this game comes from a plain web server, not from the room server (npm start). Count the votes by show of hands.',
      failed:
        'The room for phones could not be opened (the room server is full or out of reach). Count the votes by show of hands.',
    },
  },
  room: {
    setAside:
      'A saved group session could not be restored. It has been kept aside on this device; you start afresh.',
    buttons: {
      blank: 'Blank screen (B)',
      fullscreen: 'Full screen (F)',
      help: 'Keys (?)',
    },
    blank: 'The screen is blank. Press B or Escape to return.',
    closeButton: 'Close',
    helpHeading: 'Keys for the trainer',
    close: 'Press ? or Escape to close.',
    key: {
      next: 'next: the next phase or decision',
      back: 'back, where safe (also: re-run a vote)',
      timer: 'start or pause the timer',
      adjust: 'discussion time ±30 seconds, or while counting the selected option ±1',
      tally: 'one more vote for option A–D; after the reveal: choose that option',
      reveal: 'reveal the distribution',
      undo: 'undo the last key press',
      blank: 'blank the screen and back',
      fullscreen: 'full screen on or off',
      presenter: 'open the presenter view in a second window',
      help: 'this overview',
    },
  },
  group: {
    session: {
      heading_one: 'The whole session: {{count}} scenario',
      heading_other: 'The whole session: {{count}} scenarios',
      decisions_one: '{{count}} decision',
      decisions_other: '{{count}} decisions',
      tensions: 'Tensions the room met',
      tensionCount_one: '{{count}} time, in {{scenarios}} of the scenarios',
      tensionCount_other: '{{count}} times, in {{scenarios}} of the scenarios',
      strategies: 'What the room’s choices resembled over the whole session',
    },
    setupHeading: 'Prepare a group session',
    setupIntro:
      'The room reads the dilemma together, discusses it, votes on their phones or by show of hands and sees the distribution. The room’s choice drives the story.',
    scenario: 'Scenario and organisation',
    minutes: 'Discussion time per decision (minutes)',
    showMeters: 'Show the meters on screen',
    start: 'Start the group session',
    keysHint:
      'Keys during the session: → or space next, ← back, T timer, + and − time or votes, 1–4 votes, R reveal, U undo, B blank screen, F full screen, ? all keys.',
    later: 'Then also (optional, in this order)',
    option: 'Option',
    distribution: 'Distribution of the votes',
    votes_one: '{{count}} vote ({{pct}}%)',
    votes_other: '{{count}} votes ({{pct}}%)',
    majority: 'The room chooses {{letter}} (majority).',
    trainerPick: 'The trainer chooses {{letter}}, departing from the majority.',
    tieBreak: 'The trainer chooses {{letter}} to break the tie.',
    upNext: 'Next scenario: {{title}}',
    noVotesPick: 'No votes were cast; the trainer chooses {{letter}}.',
    tie: 'A tie between {{letters}}. The trainer chooses which option it will be.',
    noVotes: 'No votes counted. The trainer chooses which option it will be.',
    pick: 'Choose {{letter}}',
    quickMajority: 'Majority {{letter}}',
    back: 'Back',
    undo: 'Undo',
    pause: 'Pause timer',
    resume: 'Start timer',
    paused: 'paused',
    discuss: 'Discussion time:',
    roomChose: 'The room chose {{letter}}: “{{choice}}”',
    next: {
      reading: 'Continue',
      present: 'Discuss',
      discuss: 'To the vote',
      tally: 'Reveal',
      reveal: 'Confirm and continue',
      finished: 'Continue',
    },
    debriefHeading: 'Group debrief',
    debriefIntro: 'This is how the room chose in “{{title}}”. No names, only the group’s choices.',
    roomPath: 'The room’s path',
    division: 'divided {{pct}}%',
    mostDivided: 'The room was most divided here: a good point to return to.',
    roomCompetencies: 'What the room’s choices leaned on',
    closing: 'Closing questions for the group',
    exportFile: 'Save as a file',
    again: 'New group session',
    rule: {
      majority: 'Decided by majority.',
      'tie-break': 'A tie; the trainer chose one of the tied options.',
      override: 'The trainer departed from the majority.',
      'no-votes': 'Without votes; the trainer chose.',
    },
  },
  progress: {
    heading: 'My progress',
    private: 'This is stored on this device only. Nothing goes to a server; you can export it yourself.',
    nothingYet: 'You have not finished a scenario yet.',
    profile: 'How you weigh, over everything you played',
    caveat:
      'Note: this describes choices in a game, not who you are. It is a starting point for a conversation, not an assessment.',
    summary: '{{plays}}, {{scenarios}}, {{decisions}}.',
    summaryPlays_one: 'Played {{count}} time',
    summaryPlays_other: 'Played {{count}} times',
    summaryScenarios_one: '{{count}} scenario',
    summaryScenarios_other: '{{count}} different scenarios',
    summaryDecisions_one: '{{count}} decision',
    summaryDecisions_other: '{{count}} decisions',
    noStrategy: 'no coping strategy',
    history: 'Scenarios played',
    when: 'When',
    scenario: 'Scenario',
    move: 'Take it to another device',
    moveIntro:
      'Export your progress to a file and import it on another device. When importing, you choose whether it is merged with or replaces what is here.',
    export: 'Export progress',
    import: 'Import progress from a file',
    importFound:
      'This file holds {{count}} played scenarios. There are {{mine}} here. What would you like to do?',
    merge: 'Merge with what is here',
    replace: 'Replace what is here',
    cancel: 'Cancel',
    cancelled: 'Nothing changed.',
    merged_one: 'Merged: {{count}} played scenario added.',
    merged_other: 'Merged: {{count}} played scenarios added.',
    mergedKnown_one: '{{count}} was here already.',
    mergedKnown_other: '{{count}} were here already.',
    mergedNothing: 'Nothing added: every played scenario in the file was here already.',
    mergedEmpty: 'Nothing added: the file holds no played scenarios.',
    mergedShelved:
      'The file also held a play that was not finished. It is kept: it is ready for you once you have finished or stopped the play that is going on here.',
    importTooLarge:
      'This file is too large to be your progress ({{size}} MB; a progress file is at most {{limit}} MB). Nothing changed.',
    replaced: 'Replaced by the imported file.',
    importProblem: {
      unreadable:
        'This file could not be read: it is not a valid progress file (perhaps damaged or cut off). Nothing changed.',
      foreign: 'This file does not come from The open civil servant. Nothing changed.',
      newer:
        'This file comes from a newer version of the game. Update the game to import it. Nothing changed.',
      damaged: 'This file is incomplete or holds unknown data. Nothing changed.',
    },
    changed:
      'This scenario has changed since you stopped. Not all your choices fit it any more; you continue at decision {{number}}.',
    unavailable:
      'Your play of “{{title}}” is not finished but cannot go on now: that scenario is not (or no longer) in this version of the game. It stays saved on this device and goes along when you export your progress.',
    notSaved: {
      full: 'Your browser’s storage is full, so not everything is saved on this device.',
      forbidden:
        'This browser does not let the game save anything on this device (in a private window, for instance).',
    },
    unsaved: {
      play: 'Your play in progress is not saved: if you close this window, it is lost.',
      finished:
        'The scenarios you have just finished are not on this device: if you close this window, they are lost.',
      import: 'What you imported is not saved: it only holds while this window is open.',
      removal: 'The old plays you removed are still on this device.',
    },
    whatToDo: {
      full: 'What you can do: export your progress to a file (in My progress), so you lose nothing. Then make room: remove old plays in My progress, or clear the stored data of websites you no longer use in your browser. What you do after that is saved again.',
      forbidden:
        'What you can do: export your progress to a file (in My progress), so you lose nothing. If you want the game to remember your progress, open it in a normal window or allow storage for this website.',
    },
    removeOld: 'Remove old plays',
    confirmRemoval_one:
      'The oldest played scenario will be removed from this device. Did you export your progress first? Then it is still in that file.',
    confirmRemoval_other:
      'The oldest {{count}} played scenarios will be removed from this device. Did you export your progress first? Then they are still in that file.',
    remove: 'Remove',
    removed_one: '{{count}} old play removed.',
    removed_other: '{{count}} old plays removed.',
    notKept: {
      unreadable:
        'Your saved progress is damaged and could not be read. We could not make a copy of it, so we leave it as it is and write nothing over it. Until that works, what you play is not saved.',
      foreign:
        'The place of your progress holds data from another program. We could not make a copy of it, so we leave it and write nothing over it. Until that works, what you play is not saved.',
      newer:
        'Your progress was saved by a newer version of this game. We could not make a copy of it, so we leave it and write nothing over it; open the newer version to continue. Until that works, what you play here is not saved.',
      damaged:
        'Part of your saved progress was incomplete. We could not make a copy of it, so we leave all of it as it is and write nothing over it. Until that works, what you play is not saved.',
    },
    resume_one: 'Continue “{{title}}”: {{count}} decision taken',
    resume_other: 'Continue “{{title}}”: {{count}} decisions taken',
    problem: {
      unreadable:
        'Your saved progress was damaged and could not be read. We kept it aside on this device and are starting afresh.',
      foreign: 'This place held progress from another program. We kept it aside and are starting afresh.',
      newer:
        'Your progress was saved by a newer version of this game. We kept it aside; open the newer version to continue.',
      damaged: 'Part of your saved progress was incomplete. We kept all of it aside and are starting afresh.',
    },
  },
  lang: { nl: 'Nederlands', en: 'English' },
  sound: {
    on: 'Sound: on',
    off: 'Sound: off',
    unavailable: 'Sound: not available',
    toggleHint: 'Sound on or off (key M)',
    muted: 'Sound is off.',
    unmuted: 'Sound is on.',
    volume: 'Volume',
    volumeValue: '{{percent}} percent',
    volumeHint: 'Softer or louder (keys [ and ])',
    volumeNow: 'Volume {{percent}} percent.',
  },
  choose: {
    heading: 'Choose a scenario',
    intro:
      'Each scenario is a short situation from practice. Play it alone or together, then talk through your choices.',
    completion: 'Explored: {{choices}} of {{choicesTotal}} choices, {{endings}} of {{endingsTotal}} endings',
    duration: 'Playing time',
    minutes: '{{count}} minutes',
    role: 'Your role',
    setting: 'Setting',
    maturity: 'open-government maturity: stage {{level}} of 5',
    preconditions: 'What the organisation offers',
    noPreconditions: 'none of the preconditions',
    play: 'Play “{{title}}”',
    playIn: 'Play: {{org}}',
    context: 'Organisation',
    contextIntro:
      'You can play this scenario in two organisations. The same choice may land differently there.',
    back: 'Back to the start',
    none: 'There are no playable scenarios yet.',
    problemsHeading: 'Not every scenario could be loaded',
    problemsIntro:
      'These files contain errors and were skipped. The other scenarios can be played as usual. A trainer can fix the errors with the messages below (also shown by npm run scenarios:check).',
    brokenNotice_one:
      '{{count}} scenario file has errors and was skipped; the messages are under “Choose a scenario”.',
    brokenNotice_other:
      '{{count}} scenario files have errors and were skipped; the messages are under “Choose a scenario”.',
    problemsFile_one: '{{file}}: {{count}} problem',
    problemsFile_other: '{{file}}: {{count}} problems',
  },
  play: {
    continue: 'Continue',
    toDebrief: 'On to the debrief',
    decision: 'Decision',
    chooseHint: 'Choose with the arrows and Enter, or press 1 to {{count}}.',
    consequence: 'What happens',
    changes: 'Consequences',
    noChange: 'The meters do not change.',
    ending: 'Ending',
    quit: 'Stop and choose another scenario',
    quitQuestion: 'Stop this play? What you chose so far is kept on this device.',
    quitKeep: 'Keep it and go to the start',
    quitDiscard: 'Discard it and choose another scenario',
    quitCancel: 'Keep playing',
    meters: 'State of play',
    meterChange: '{{label}} {{change}}',
    speakerNarrator: 'Narrator',
    speakerPlayer: 'You',
  },
  debrief: {
    caveats: {
      heading: 'What the study does not claim',
      enthusiasts:
        'The study mostly spoke to civil servants who publish open data themselves or champion data-driven work, and a few policy officers for whom that is not their main task. Its findings may therefore be coloured by a positive view of data-driven work and open government (§6.2).',
      networked:
        'The study found no dilemmas between networked governance and open government. Whether open government is really something different in practice, or networked governance has simply not taken hold much in municipalities, it leaves open (§6.1.2).',
    },
    heading: 'Debrief',
    intro: 'No score, just three points on how you weighed things in “{{title}}”.',
    ending: 'The ending you reached',
    meters: 'Where things stood at the end',
    meterRow: '{{label}}: from {{start}} to {{end}}',
    competencies: 'Competencies: what did you draw on, what did you set aside?',
    competenciesCaption:
      'For each competency: how often your choices drew on it and how often they set it aside, grouped by the layer the competency comes from.',
    competency: 'Competency',
    drawn: 'drawn on',
    setAside: 'set aside',
    tensionRow: '{{tension}}: you took the side of {{side}}',
    tensionBalanced: '{{tension}}: you looked for the middle',
    yourChoice: 'Your choice: “{{choice}}”',
    strategies: 'Which strategies do your choices resemble?',
    strategiesIntro:
      'The research describes four ways in which civil servants cope with these tensions. This is how your choices relate to them.',
    strategyCount_one: '{{count}} choice',
    strategyCount_other: '{{count}} choices',
    notChosen: 'This strategy did not appear in your choices.',
    none: 'Choices that match no strategy',
    quoteBy: '{{who}}, De Vries (2019), §{{section}}',
    respondent: 'respondent {{number}}',
    focusGroup: 'focus group, participant {{number}}',
    path: 'Your path',
    pathIntro: 'How it went: for each decision your choice, the tension behind it and what happened.',
    pathChoice: 'You chose: “{{choice}}”',
    conditions: 'What the organisation offered',
    conditionsIntro:
      'The research concludes that competencies alone are not enough: the organisation must offer room too (§4.4).',
    held: 'Present: {{list}}',
    missing: 'Missing: {{list}}',
    nothing: 'none',
    wouldDiffer: '“{{choice}}” would have landed differently had this been otherwise: {{list}}.',
    explore: 'What you have explored of this scenario',
    exploreIntro:
      'Yellow: your latest play. White: what you explored before. Small dots: not yet discovered; the dashed lines show where there is more to find.',
    completion:
      '{{choices}} of {{choicesTotal}} choices and {{endings}} of {{endingsTotal}} endings discovered.',
    compare: 'Compared with your previous time',
    compareIntro:
      'You played this scenario before, on {{date}}. This is how your choices and profile differ.',
    decisionColumn: 'Decision',
    thisTime: 'This time',
    lastTime: 'Last time',
    notReached: '(not met)',
    recommendations: 'Recommendations from the research (§6.4)',
    reflection: 'To think about',
    reflectionIntro: 'Questions adapted from the research interview questions (appendix 2), now put to you:',
    reflectionOrg: 'About your own organisation',
    reflectionOrgIntro:
      'The second part of the interviews was about the organisation behind open government (appendix 2). The same questions, put to you:',
    dataRole: 'The data role beside conforming',
    dataRoleIntro:
      'Showing what data delivers does ask for one data skill: explaining what data can do without getting technical. One respondent calls this being a data interpreter (§4.3.2).',
    direction: {
      heading: 'Where the role is heading',
      intro:
        'Not a score, and no yardstick for your choices: this is the direction the study sees. What was asked of civil servants before is still needed; added to it are working together inside and outside the town hall, data skills and innovative work (§4.4, §5.1).',
      by: 'De Vries (2019), §{{section}}',
    },
    print: 'Print or save as PDF',
    again: 'Play again',
    another: 'Choose another scenario',
    toTitle: 'Back to the start',
    chartLabel: 'Chart of the competencies you drew on and set aside',
  },
  recommendation: {
    'data-skills':
      'Work on your data skills. Not every civil servant needs to become a technician, but everyone should know what data can do and be able to put a good question to those who work with it (§6.4.1).',
    'team-spread':
      'Look at the spread of competencies in your team: nobody has them all. If you often set a competency aside, make sure someone in your team brings it in (§6.4.1).',
    'conform-norm':
      'Find your organisation’s norm and see how far you can conform to it without losing your goal: showing concrete results worked for many respondents (§6.4.1).',
    hiring:
      'For municipalities: look deliberately at your recruitment policy. Ask about data skills when hiring, and take on people who can think creatively and work together beyond their own department (§6.4.2).',
    preconditions:
      'For municipalities: secure the preconditions. Data that can be found, a programme in which experiments are accounted for afterwards, and a board that gives mandate and capacity (§6.4.2).',
    'trust-experience':
      'Changing an organisation is tailor-made work: trust your own experience and feeling too (§6.4.1).',
  },
  reflection: {
    goal: 'What did you want to achieve?',
    did: 'What did you do, and why that?',
    happened: 'What happened next, and how did it turn out?',
    felt: 'What did you think and feel at the hardest moment?',
    other: 'Who played a part, and what did you need from them?',
    org: {
      changes: 'Is your organisation changing through the work on open government? How can you tell?',
      initiatives:
        'How do open government initiatives start where you work, and is everyone enthusiastic about them?',
      expectations: 'What expectations do you feel from your organisation, and from management?',
      hindered: 'Do you sometimes feel held back by the organisation in working on open government?',
      competencies: 'Which competencies do you think you need to work in an open government?',
      role: 'Do you see the role and the expectations of civil servants change over the years?',
      priorities: 'How do you choose what matters most in a project?',
      residents: 'How do you experience the moments of contact with residents?',
      conflicting: 'How do you deal with expectations and competencies that clash?',
    },
  },
  competency: {
    integer: 'Integrity',
    neutraal: 'Neutrality',
    deskundig: 'Expertise',
    'kritisch-loyaal': 'Critical loyalty',
    regelgericht: 'Rule-following',
    'psm-gemotiveerd': 'Public-service motivation',
    'politiek-bewust': 'Political awareness',
    resultaatgericht: 'Result-orientation',
    flexibel: 'Flexibility',
    omgevingsbewust: 'Awareness of the environment',
    samenwerkend: 'Collaboration',
    'emotioneel-intelligent': 'Emotional intelligence',
    transparant: 'Transparency',
    datatechnisch: 'Data skills',
    innovatief: 'Innovation',
    'burgers-betrekken': 'Involving residents',
    'integraal-samenwerken': 'Working across departments',
  },
  layer: {
    weberiaans: 'Weberian civil servant (1.0)',
    npm: 'New Public Management (2.0)',
    netwerk: 'Networked governance (3.0)',
    'open-overheid': 'Open government (new)',
  },
  tension: {
    'innovatie-resultaat': 'Innovation versus result-orientation',
    'transparantie-politiek': 'Transparency versus political awareness',
    'bureaucratie-innovatie': 'Bureaucracy versus innovation',
    'vernieuwing-cultuur': 'Renewal versus organisational culture',
  },
  pole: {
    innovatie: 'innovation',
    resultaat: 'results',
    transparantie: 'transparency',
    politiek: 'political awareness',
    bureaucratie: 'the existing procedures',
    vernieuwing: 'renewal',
    cultuur: 'the existing culture',
    midden: 'the middle',
  },
  strategy: {
    maatwerk: 'Tailoring: weighing case by case',
    'waar-de-energie-is': 'Going where the energy is',
    conformeren: 'Conforming: showing what it delivers',
    'kleine-successen': 'Being glad of small successes',
    doordrukken: 'Forcing it',
    opgeven: 'Giving up',
    'dood-paard': 'Pulling a dead horse',
    geen: 'No clear strategy',
  },
  strategyExplain: {
    maatwerk:
      'Using experience and a feel for the situation to judge how far you can go and when to compromise.',
    'waar-de-energie-is':
      'Putting your energy into the doors that are ajar, instead of pushing on where nobody wants to move.',
    conformeren:
      'Not arguing on, but showing with concrete results what data-driven work delivers and that it is less complicated than people think.',
    'kleine-successen':
      'Patience and realism: a culture changes over years, so you celebrate every small step forward.',
    doordrukken:
      'You pushed on without bringing others along. It can win ground, but it often costs support.',
    opgeven: 'You let it go. Sometimes stopping is wise; sometimes a chance is left on the table.',
    'dood-paard':
      'You kept pushing where nothing moved. It costs energy and yields little: the opposite of going where the energy is.',
    geen: 'This choice followed none of the strategies from the research.',
  },
  precondition: {
    'ruimte-experimenteren': 'room to experiment',
    'achteraf-verantwoorden': 'accountability afterwards',
    mandaat: 'a political mandate',
    capaciteit: 'capacity: time and money',
  },
  meter: {
    vertrouwen: 'Trust',
    steun: 'Support',
    energie: 'Energy',
    voortgang: 'Progress',
  },
  meterExplain: {
    vertrouwen: 'trust of residents and partners',
    steun: 'support of the alderman, the executive and management',
    energie: 'your own energy',
    voortgang: 'progress of the open-government work',
  },
  role: {
    'data-ambtenaar': 'data civil servant',
    beleidsambtenaar: 'policy civil servant',
  },
  municipality: {
    klein: 'small municipality',
    middelgroot: 'medium-sized municipality',
    groot: 'large municipality',
    provincie: 'province',
  },
  place: {
    kantoor: 'The department’s office',
    vergaderzaal: 'A meeting room',
    raadszaal: 'The council chamber',
    buurthuis: 'The community centre',
  },
  debriefSummary: debriefSummaryEn,
  phone: phoneEn,
  projector: projectorEn,
  solo: soloEn,
  studio: studioEn,
};
