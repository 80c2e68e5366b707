import { describe, expect, it } from 'vitest';
import { DRAFT_KIND_OF, DRAFT_TITLE_LENGTH, draftTitle } from './open-answer.ts';

describe('open answers', () => {
  it('turns each open question into its own kind of draft', () => {
    expect(DRAFT_KIND_OF).toEqual({ wentWell: 'story', toDiscuss: 'difference', askOfPartner: 'request' });
  });

  it('titles a draft with the first line of the answer', () => {
    expect(draftTitle('  De overdracht ging snel.\nVerder   niets. ')).toBe('De overdracht ging snel.');
    expect(draftTitle('Kort   en\tbondig')).toBe('Kort en bondig');
  });

  it('cuts a long first line at a word and marks the cut', () => {
    const long = `${'woord '.repeat(40)}einde`;
    const title = draftTitle(long);
    expect(title.length).toBeLessThanOrEqual(DRAFT_TITLE_LENGTH);
    expect(title.endsWith('woord…')).toBe(true);
    expect(draftTitle('x'.repeat(200))).toBe(`${'x'.repeat(DRAFT_TITLE_LENGTH - 1)}…`);
  });
});
