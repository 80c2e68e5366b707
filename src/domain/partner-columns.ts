import { SECTORS, type Sector } from './sectors.ts';

/**
 * The columns of a partner file (import and export, CSV and XLSX). Headers are matched without
 * regard to case, accents, spaces, hyphens or underscores, in Dutch or in English.
 */
export const IMPORT_COLUMNS = {
  name: ['naam', 'name', 'organisatie', 'organisation', 'organization'],
  sector: ['sector'],
  kvk: ['kvk', 'kvknummer', 'kvknumber'],
  agb: ['agb', 'agbcode'],
  ura: ['ura', 'uranummer', 'uranumber'],
  website: ['website', 'webadres'],
  description: ['omschrijving', 'beschrijving', 'description'],
  representativeEmail: ['vertegenwoordigeremail', 'vertegenwoordigersemail', 'representativeemail', 'representativesemail'],
} as const;
export type ImportColumn = keyof typeof IMPORT_COLUMNS;

/** The profile fields an export adds after the partner's own columns (DESIGN §3). */
export const PROFILE_COLUMNS = {
  drivers: ['drijfveren', 'drivers'],
  interests: ['belangen', 'interests'],
  values: ['waarden', 'values'],
  workLogic: ['werklogica', 'worklogic'],
  offer: ['aanbod', 'watwijbieden', 'offer'],
  need: ['behoefte', 'watwijnodighebben', 'need'],
  competences: ['talenten', 'competences'],
  constituency: ['achterban', 'constituency'],
  constituencyRisks: ['risicosachterban', 'achterbanrisicos', 'constituencyrisks'],
} as const;
export type ProfileColumn = keyof typeof PROFILE_COLUMNS;

/** The header row of an export: Dutch, the first name of each column above. */
export const EXPORT_HEADERS: string[] = [
  'naam',
  'sector',
  'kvk',
  'agb',
  'ura',
  'website',
  'omschrijving',
  'vertegenwoordiger_email',
  'drijfveren',
  'belangen',
  'waarden',
  'werklogica',
  'aanbod',
  'behoefte',
  'talenten',
  'achterban',
  'risicos_achterban',
];

/** Lower case, accents and punctuation removed: "Vertegenwoordiger e-mail" → "vertegenwoordigeremail". */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export interface ColumnLayout {
  /** Where each known import column sits (0-based). */
  columns: Partial<Record<ImportColumn, number>>;
  /** Headers the import does not use (profile columns of an export, or unknown ones), as written. */
  ignored: string[];
  /** Headers that name a column a second time. */
  duplicates: string[];
}

/**
 * Finds the import columns in a header row.
 *
 * @example columnLayout(['Naam', 'Sector', 'drijfveren']) // { columns: { name: 0, sector: 1 }, ignored: ['drijfveren'], duplicates: [] }
 */
export function columnLayout(headers: string[]): ColumnLayout {
  const byAlias = new Map<string, ImportColumn>();
  for (const [column, aliases] of Object.entries(IMPORT_COLUMNS) as [ImportColumn, readonly string[]][]) {
    for (const alias of aliases) byAlias.set(alias, column);
  }
  const layout: ColumnLayout = { columns: {}, ignored: [], duplicates: [] };
  headers.forEach((header, index) => {
    const normalized = normalizeHeader(header);
    if (normalized === '') return;
    const column = byAlias.get(normalized);
    if (!column) layout.ignored.push(header.trim());
    else if (layout.columns[column] !== undefined) layout.duplicates.push(header.trim());
    else layout.columns[column] = index;
  });
  return layout;
}

const SECTOR_NAMES: Record<Sector, string[]> = {
  gemeente: ['gemeente', 'municipality'],
  ggz: ['ggz', 'geestelijke gezondheidszorg', 'mental health care', 'mental health'],
  gehandicaptenzorg: ['gehandicaptenzorg', 'gehandicaptenzorg / lvb', 'lvb', 'disability care', 'disability care / mild intellectual disability'],
  vvt: ['vvt', 'vvt / thuiszorg', 'thuiszorg', 'wijkverpleging', 'home care', 'nursing and home care'],
  huisartsenzorg: ['huisartsenzorg', 'huisarts', 'huisartsen', 'general practice', 'gp'],
  wijkteam: ['wijkteam', 'sociaal wijkteam', 'neighbourhood team', 'neighborhood team'],
  welzijn: ['welzijn', 'welfare', 'social welfare'],
  jeugdhulp: ['jeugdhulp', 'jeugdzorg', 'youth care'],
  onderwijs: ['onderwijs', 'education'],
  'informele-zorg': ['informele zorg', 'mantelzorg', 'informal care'],
  clientvertegenwoordiging: ['clientvertegenwoordiging', 'clientondersteuning', 'client representation', 'client support'],
  zorgverzekeraar: ['zorgverzekeraar', 'health insurer', 'insurer'],
  anders: ['anders', 'other'],
};

const sectorKey = (text: string) => normalizeHeader(text);
const SECTOR_BY_NAME = new Map<string, Sector>();
for (const sector of SECTORS) {
  SECTOR_BY_NAME.set(sectorKey(sector), sector);
  for (const name of SECTOR_NAMES[sector]) SECTOR_BY_NAME.set(sectorKey(name), sector);
}

/**
 * The sector a cell names: its code or its Dutch (or English) name, ignoring case, accents,
 * spaces and slashes. Null when it names none.
 *
 * @example sectorFromText('Gehandicaptenzorg/LVB') // 'gehandicaptenzorg'
 */
export function sectorFromText(text: string): Sector | null {
  return SECTOR_BY_NAME.get(sectorKey(text)) ?? null;
}

/** The addresses in a cell, separated by ';' (or ',' or line breaks), without empty ones. */
export function splitEmails(cell: string): string[] {
  return cell
    .split(/[;,\n\r]+/)
    .map((e) => e.trim())
    .filter((e) => e !== '');
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a CSV cell safe to open in a spreadsheet: text that starts like a formula gets a leading
 * apostrophe (OWASP's advice against CSV injection). `restoreFormulaText` undoes it on import.
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes `neutralizeFormula`: "'=SUM(1)" → "=SUM(1)"; other text is left alone. */
export function restoreFormulaText(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** A file name part from free text: "Crisisroute Jeugd Noord" → "crisisroute-jeugd-noord". */
export function fileNameSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || 'netwerk';
}
