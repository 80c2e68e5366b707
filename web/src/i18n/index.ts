import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import nl from './nl.json' with { type: 'json' };

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'ketenregie.language';

function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl'; // storage blocked: Dutch, the default
  }
}

/**
 * Makes sure the catalog of `language` is there. Dutch, the default, ships with the app; English
 * is a chunk of its own that arrives when someone chooses it, so a first load in Dutch does not
 * download it (about 21 kB compressed).
 */
async function loadCatalog(language: Language): Promise<void> {
  if (i18n.hasResourceBundle(language, 'translation')) return;
  const catalog = (await import('./en.json', { with: { type: 'json' } })).default;
  i18n.addResourceBundle(language, 'translation', catalog);
}

/** Turns the whole UI to `language`, remembers the choice and keeps `<html lang>` in step. */
export async function chooseLanguage(language: Language) {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // storage blocked: the choice lasts for this page only
  }
  await loadCatalog(language);
  return i18n.changeLanguage(language);
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

/** Resolves once the UI's language and its catalog are ready: render the app after it. */
export const i18nReady: Promise<void> = (async () => {
  await i18n.use(initReactI18next).init({
    resources: { nl: { translation: nl } },
    partialBundledLanguages: true,
    lng: 'nl',
    fallbackLng: 'nl',
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  const language = storedLanguage();
  if (language !== 'nl') {
    try {
      await loadCatalog(language);
      await i18n.changeLanguage(language);
    } catch {
      // the catalog did not arrive (offline): Dutch it is
    }
  }
  document.documentElement.lang = i18n.language;
})();

export default i18n;
