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
