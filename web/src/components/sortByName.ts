/** Sorts things with a name the way a Dutch or English reader expects (case and accents aside). */
export function sortByName<T extends { name: string }>(items: readonly T[], language: string): T[] {
  const collator = new Intl.Collator(language === 'en' ? 'en-GB' : 'nl-NL', { sensitivity: 'base', numeric: true });
  return [...items].sort((a, b) => collator.compare(a.name, b.name));
}
