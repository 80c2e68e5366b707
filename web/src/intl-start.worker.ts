// Started by web/src/main.tsx before anything else. A browser's first use of Intl loads the
// locale data of its ICU library: 40 to 100 ms on this project's CI machine, several times that
// on a phone. That data is shared by every thread of the page, so loading it here, beside the
// download of the app's code, spares the main thread that wait (afterwards the same calls take
// under a millisecond there). The calls are the ones the app makes while it starts: React Aria's
// question about the language and its direction, and dates, numbers and plurals in Dutch and English.
const locales = [...new Set([navigator.language, 'nl-NL', 'en-GB'])];
try {
  Intl.DateTimeFormat.supportedLocalesOf(locales);
  for (const locale of locales) {
    new Intl.Locale(locale).maximize();
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(0);
    new Intl.NumberFormat(locale).format(1.5);
    new Intl.PluralRules(locale).select(1);
  }
} finally {
  postMessage('ready');
}
