/** Scenario files added to the library by the build mode (see scripts/vite-scenario-plugin.ts); path → text. */
declare module 'virtual:extra-scenario-files' {
  const files: Readonly<Record<string, string>>;
  export default files;
}
