import { describe, expect, it } from 'vitest';
import { disclosureNotice, roundDisclosure } from './disclosure.ts';

describe('round disclosure (DESIGN §5.3)', () => {
  it('keeps the k frozen at opening, and takes the network k only while a round has none', () => {
    expect(roundDisclosure({ disclosure_mode: 'strict', anonymity_k: 3 }, 2)).toEqual({ mode: 'strict', k: 3 });
    expect(roundDisclosure({ disclosure_mode: 'organisation', anonymity_k: null }, 4)).toEqual({ mode: 'organisation', k: 4 });
    expect(roundDisclosure({ disclosure_mode: 'organisation', anonymity_k: 1 }, 4)).toEqual({ mode: 'organisation', k: 2 });
  });

  it("tells an organisation's only respondent that, in organisation mode, their own ratings are seen", () => {
    expect(disclosureNotice({ mode: 'organisation', k: 3 }, 1)).toEqual({ mode: 'organisation', k: 3, invitedOfOrganisation: 1, onlyRespondent: true, ratingsShownAsOwn: true });
    expect(disclosureNotice({ mode: 'strict', k: 3 }, 1)).toMatchObject({ onlyRespondent: true, ratingsShownAsOwn: false });
    expect(disclosureNotice({ mode: 'organisation', k: 3 }, 4)).toMatchObject({ onlyRespondent: false, ratingsShownAsOwn: false });
  });
});
