import { describe, expect, it } from 'vitest';
import { wordDiff } from '../src/domain/word-diff.ts';
import { diffBlocks } from '../web/src/components/diffBlocks.ts';

const shown = (before: string, after: string) => diffBlocks(wordDiff(before, after)).map((b) => ({ type: b.type, text: b.parts.map((p) => (p.kind === 'same' ? p.text : `${p.kind === 'added' ? '+' : '-'}[${p.text}]`)).join('') }));

describe('diffBlocks', () => {
  it('shows headings and list items as such, without # and -, with the changed words marked', () => {
    expect(shown('# Bereikbaarheid\n\n- Wij bellen binnen 2 uur terug', '# Bereikbaarheid\n\n- Wij bellen binnen 1 uur terug')).toEqual([
      { type: 'heading', text: 'Bereikbaarheid' },
      { type: 'item', text: 'Wij bellen binnen -[2]+[1] uur terug' },
    ]);
  });

  it('shows an added list item and a removed paragraph', () => {
    expect(shown('Inleiding.\n\n- Eerste', '- Eerste\n- Tweede')).toEqual([
      { type: 'paragraph', text: '-[Inleiding.]' },
      { type: 'item', text: 'Eerste' },
      { type: 'item', text: '+[Tweede]' },
    ]);
  });

  it('drops emphasis markers and keeps numbered items as items', () => {
    expect(shown('1. **Altijd** bellen', '1. **Altijd** mailen')).toEqual([{ type: 'item', text: 'Altijd -[bellen]+[mailen]' }]);
  });

  it('gives the same text back, block by block, when nothing changed', () => {
    expect(shown('Eén zin.\nTwee zinnen.', 'Eén zin.\nTwee zinnen.')).toEqual([
      { type: 'paragraph', text: 'Eén zin.' },
      { type: 'paragraph', text: 'Twee zinnen.' },
    ]);
  });
});
