import i18next, { type i18n as I18n } from 'i18next';
import type { Lang, LocalText } from '../domain/text.ts';
import { en } from '../locales/en.ts';
import { nl } from '../locales/nl.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof nl };
    returnNull: false;
  }
}

export type Translator = I18n;

/** One i18next instance carries the interface words; scenario texts follow its current language. */
export const createI18n = async (lang: Lang): Promise<Translator> => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: lang,
    fallbackLng: 'nl',
    supportedLngs: ['nl', 'en'],
    resources: { nl: { translation: nl }, en: { translation: en } },
    // Words are written with textContent, never as HTML, so i18next need not escape them.
    interpolation: { escapeValue: false },
  });
  return i18n;
};

export const currentLang = (i18n: Translator): Lang => (i18n.language === 'en' ? 'en' : 'nl');

/** A scenario's own text, in the language the interface is in. */
export const local = (i18n: Translator, text: LocalText): string => text[currentLang(i18n)];
