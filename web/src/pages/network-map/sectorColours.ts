import type { Sector } from '../../api.ts';

/**
 * The colour of each sector on the network map. Every colour has at least 3:1 contrast against the
 * map's white background (WCAG 1.4.11, checked by test/sector-colours.test.ts); the legend and the
 * table say the sector in words, so nobody depends on telling the colours apart.
 */
export const SECTOR_COLOURS: Record<Sector, string> = {
  gemeente: '#1f5fbf',
  ggz: '#c0392b',
  gehandicaptenzorg: '#7b3fa0',
  vvt: '#b35c00',
  huisartsenzorg: '#1e7d3a',
  wijkteam: '#00838f',
  welzijn: '#c2185b',
  jeugdhulp: '#6b7a00',
  onderwijs: '#5d4037',
  'informele-zorg': '#e65100',
  clientvertegenwoordiging: '#283593',
  zorgverzekeraar: '#37474f',
  anders: '#757575',
};

/** The colour of ties between partners. */
export const TIE_COLOUR = '#9aa4ae';
