/** The scenario library, checked and compiled to plain data by the build (scripts/vite-scenario-plugin.ts). */
declare module 'virtual:scenario-catalog' {
  const catalog: import('./domain/catalog.ts').CompiledCatalog;
  export default catalog;
}
