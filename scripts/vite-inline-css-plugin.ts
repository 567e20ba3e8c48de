import type { Plugin, Rollup } from 'vite';

/**
 * Puts the title's stylesheet into index.html itself, so the first words paint without waiting for
 * a second request (the CSP allows inline styles, not scripts). Only in the build; the file stays in
 * the build too, for anything that asks for it.
 */
export const inlineCssPlugin = (): Plugin => ({
  name: 'open-ambtenaar-inline-css',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html, ctx) => {
      if (!ctx.bundle) return html;
      return html.replace(
        /<link rel="stylesheet"[^>]*href="\.?\/?([^"]+\.css)"[^>]*>/g,
        (link, file: string) => {
          const asset = ctx.bundle?.[file] as Rollup.OutputAsset | undefined;
          if (asset?.type !== 'asset') return link;
          const css =
            typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
          // Addresses inside the sheet are relative to assets/, not to the page: keep such a sheet linked.
          if (/url\(/i.test(css)) return link;
          return `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`;
        },
      );
    },
  },
});
