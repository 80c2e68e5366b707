import 'i18next';
import type nl from './nl.json';

// Translation keys are checked against the Dutch catalog, the default language.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
  }
}
