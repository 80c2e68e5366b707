/**
 * The sectors a partner organisation can belong to (issue 3), as stable codes. The UI shows the
 * Dutch or English name from the message catalogs.
 */
export const SECTORS = [
  'gemeente',
  'ggz',
  'gehandicaptenzorg',
  'vvt',
  'huisartsenzorg',
  'wijkteam',
  'welzijn',
  'jeugdhulp',
  'onderwijs',
  'informele-zorg',
  'clientvertegenwoordiging',
  'zorgverzekeraar',
  'anders',
] as const;
export type Sector = (typeof SECTORS)[number];

/**
 * The Dutch name of each sector, for what the server writes without the web app's catalogs (the
 * FHIR directory's organisation type text). A test keeps it equal to the web catalog's `sectors`.
 */
export const SECTOR_DUTCH_NAMES: Record<Sector, string> = {
  gemeente: 'Gemeente',
  ggz: 'GGZ',
  gehandicaptenzorg: 'Gehandicaptenzorg / LVB',
  vvt: 'VVT / thuiszorg',
  huisartsenzorg: 'Huisartsenzorg',
  wijkteam: 'Wijkteam',
  welzijn: 'Welzijn',
  jeugdhulp: 'Jeugdhulp',
  onderwijs: 'Onderwijs',
  'informele-zorg': 'Informele zorg',
  clientvertegenwoordiging: 'Cliëntvertegenwoordiging',
  zorgverzekeraar: 'Zorgverzekeraar',
  anders: 'Anders',
};
