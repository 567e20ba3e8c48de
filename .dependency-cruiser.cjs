/** Import boundaries of ../shared/DESIGN.md §3, checked by `npm run lint`. */
const outside = '^(phaser|howler|i18next)($|/)';
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Import cycles make start-up order fragile and modules impossible to test alone.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'src/domain holds the rules: it imports nothing from the rest of src and no UI, sound or i18n library.',
      from: { path: '^src/domain/' },
      to: { pathNot: ['^src/domain/', '^node_modules/(yaml|valibot)/'], dependencyTypesNot: ['core'] },
    },
    {
      name: 'machines-only-xstate-and-domain',
      severity: 'error',
      comment: 'src/machines imports xstate and src/domain only — no Phaser, howler, i18next or DOM code.',
      from: { path: '^src/machines/' },
      to: { pathNot: ['^src/machines/', '^src/domain/', '^node_modules/xstate/'] },
    },
    {
      name: 'no-outside-libs-in-rules',
      severity: 'error',
      from: { path: '^src/(domain|machines)/' },
      to: { path: outside },
    },
    {
      name: 'scenes-do-not-reach-adapters',
      severity: 'error',
      comment: 'Scenes draw; they get what they need through the stage port, never from adapters directly.',
      from: { path: '^src/scenes/' },
      to: { path: '^src/(adapters|ui)/' },
    },
    {
      name: 'server-takes-only-the-rules',
      severity: 'error',
      comment:
        'The room server relays and validates; it may use the pure rules in src/domain, never the game\'s UI, scenes, machines or browser code.',
      from: { path: '^server/' },
      to: { path: '^src/', pathNot: '^src/domain/' },
    },
    {
      name: 'server-no-browser-libs',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^node_modules/(phaser|howler|i18next|xstate|socket\\.io-client)($|/)' },
    },
    {
      name: 'game-does-not-import-the-server',
      severity: 'error',
      comment: 'The game runs in the browser, also from a static copy of dist/: it never imports Node server code.',
      from: { path: '^src/' },
      to: { path: '^server/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.d\\.ts$' },
  },
};
