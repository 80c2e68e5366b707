/** The `tel:` link of the first phone number in a contact route ("Crisisdienst, 050 123 4567" → tel:0501234567), or null. */
export function telHref(contact: string): string | null {
  const match = /(?:\+|\b)\d[\d\s\-.()]{6,20}\d\b/.exec(contact);
  if (!match) return null;
  const number = match[0].replace(/[^\d+]/g, '');
  return number.replace(/\D/g, '').length >= 8 ? `tel:${number}` : null;
}
