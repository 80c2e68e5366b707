import { describe, expect, it } from 'vitest';
import { columnLayout, fileNameSlug, neutralizeFormula, normalizeHeader, restoreFormulaText, sectorFromText, splitEmails } from './partner-columns.ts';
import { SECTORS } from './sectors.ts';

describe('partner file columns', () => {
  it('matches Dutch and English headers whatever their case, accents or punctuation', () => {
    expect(normalizeHeader(' Vertegenwoordiger e-mail ')).toBe('vertegenwoordigeremail');
    expect(columnLayout(['Naam', 'SECTOR', 'KvK-nummer', 'AGB code', 'ura', 'Website', 'Omschrijving', 'vertegenwoordiger_email'])).toEqual({
      columns: { name: 0, sector: 1, kvk: 2, agb: 3, ura: 4, website: 5, description: 6, representativeEmail: 7 },
      ignored: [],
      duplicates: [],
    });
    expect(columnLayout(['name', 'sector', 'description', 'Representative e-mail']).columns).toEqual({ name: 0, sector: 1, description: 2, representativeEmail: 3 });
  });

  it('lists columns it does not read, and columns named twice', () => {
    expect(columnLayout(['naam', 'sector', 'drijfveren', '', 'Opmerking', 'name'])).toEqual({
      columns: { name: 0, sector: 1 },
      ignored: ['drijfveren', 'Opmerking'],
      duplicates: ['name'],
    });
  });

  it('knows every sector by its code and by its Dutch name', () => {
    for (const sector of SECTORS) expect(sectorFromText(sector.toUpperCase())).toBe(sector);
    expect(sectorFromText('Gehandicaptenzorg/LVB')).toBe('gehandicaptenzorg');
    expect(sectorFromText('VVT / thuiszorg')).toBe('vvt');
    expect(sectorFromText('Cliëntvertegenwoordiging')).toBe('clientvertegenwoordiging');
    expect(sectorFromText('Informele zorg')).toBe('informele-zorg');
    expect(sectorFromText('Mental health care')).toBe('ggz');
    expect(sectorFromText('ziekenhuis')).toBeNull();
    expect(sectorFromText('')).toBeNull();
  });

  it('splits a cell of addresses on ";"', () => {
    expect(splitEmails(' a@x.nl; b@y.nl ;;')).toEqual(['a@x.nl', 'b@y.nl']);
    expect(splitEmails('')).toEqual([]);
  });

  it('makes formula-like text harmless for spreadsheets, and restores it on import', () => {
    for (const text of ['=SUM(A1)', '+31 6', '-5', '@cmd', '\tx']) {
      expect(neutralizeFormula(text)).toBe(`'${text}`);
      expect(restoreFormulaText(neutralizeFormula(text))).toBe(text);
    }
    expect(neutralizeFormula('Gewone tekst')).toBe('Gewone tekst');
    expect(restoreFormulaText("'t Hoekje")).toBe("'t Hoekje");
  });

  it('makes a file name out of a network name', () => {
    expect(fileNameSlug('Crisisroute Jeugd Regio Noord')).toBe('crisisroute-jeugd-regio-noord');
    expect(fileNameSlug('Cliënten & Zorg — Zuid!')).toBe('clienten-zorg-zuid');
    expect(fileNameSlug('***')).toBe('netwerk');
  });
});
