import { describe, expect, it } from 'vitest';
import { SECTORS } from '../src/domain/sectors.ts';
import { SECTOR_COLOURS, TIE_COLOUR } from '../web/src/pages/network-map/sectorColours.ts';

/** WCAG 2.1 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('the network map colours (web/src/pages/network-map/sectorColours.ts)', () => {
  it('give every sector its own colour', () => {
    expect(Object.keys(SECTOR_COLOURS).sort()).toEqual([...SECTORS].sort());
    expect(new Set(Object.values(SECTOR_COLOURS)).size).toBe(SECTORS.length);
  });

  it('stand out against the white map with at least 3:1 (WCAG 1.4.11)', () => {
    for (const [sector, colour] of Object.entries(SECTOR_COLOURS)) {
      expect(contrast(colour, '#ffffff'), `${sector} ${colour}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('draw ties lighter than every partner, so the partners stand out', () => {
    for (const colour of Object.values(SECTOR_COLOURS)) expect(luminance(TIE_COLOUR)).toBeGreaterThan(luminance(colour));
  });
});
