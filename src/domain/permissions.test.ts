import { describe, expect, it } from 'vitest';
import {
  actsForAnyPartner,
  actsForPartner,
  directsNetwork,
  may,
  mayEditOwnWork,
  mayHandOverRole,
  maySeeDyad,
  mayStartNetwork,
  seesResponseProgress,
  partnerSpokenFor,
  permit,
  ROLE_PERMISSIONS,
  seesDrafts,
  speaksFor,
  type Action,
} from './permissions.ts';
import { ROLES, type Role } from './roles.ts';

// The table written out by hand: C coordinator, R representative, M member, O observer.
// Changing who may do what means changing this table on purpose.
const EXPECTED: Record<Action, string> = {
  'network.read': 'CRMO',
  'network.update': 'C',
  'audit.read': 'C',
  'invitation.manage': 'C',
  'sso.manage': 'C',
  'role.handover': 'CR',
  'partner.manage': 'C',
  'profile.write': 'CR',
  'history.write': 'CR',
  'history.confirm': 'CR',
  'agreement.manage': 'C',
  'agreement.write': 'CR',
  'agreement.ratify': 'R',
  'task.manage': 'C',
  'capability.manage': 'C',
  'availability.schedule': 'CR',
  'round.manage': 'C',
  'round.respond': 'CRMO',
  'openAnswer.read': 'C',
  'openAnswer.draft': 'C',
  'step.write': 'CRM',
  'story.write': 'CRM',
  'story.support': 'R',
  'statement.write': 'CRM',
  'statement.support': 'R',
  'difference.write': 'CR',
  'difference.view': 'R',
  'valueMap.manage': 'C',
  'valueMap.claim': 'CR',
  'request.write': 'R',
  'offer.write': 'CR',
  'offer.takeUp': 'R',
  'goal.manage': 'C',
  'goal.accept': 'R',
  'goal.progress': 'CR',
  'session.manage': 'C',
  'decision.manage': 'C',
};

const LETTER: Record<Role, string> = { coordinator: 'C', representative: 'R', member: 'M', observer: 'O' };

const coordinator = { role: 'coordinator', partnerId: null } as const;
const repOfGgz = { role: 'representative', partnerId: 'ggz' } as const;
const memberOfGgz = { role: 'member', partnerId: 'ggz' } as const;
const observer = { role: 'observer', partnerId: null } as const;

describe('the permission table (roles × actions)', () => {
  it('names exactly the actions of the hand-written table', () => {
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const action of Object.keys(EXPECTED) as Action[]) {
    it(`lets ${EXPECTED[action]} take ${action}`, () => {
      for (const role of ROLES) {
        expect(may({ role }, action), `${role} × ${action}`).toBe(EXPECTED[action].includes(LETTER[role]));
      }
    });
  }

  it('refuses with a 403 error that carries the reason, and lets the allowed pass', () => {
    expect(() => permit(observer, 'story.write', 'Observers read along')).toThrow(expect.objectContaining({ code: 'forbidden', message: 'Observers read along' }));
    expect(() => permit(memberOfGgz, 'story.write')).not.toThrow();
  });
});

describe('starting a network', () => {
  it('is for the administrator and for someone who coordinates a network', () => {
    expect(mayStartNetwork({ isAdmin: true, roles: [] })).toBe(true);
    expect(mayStartNetwork({ isAdmin: false, roles: [{ role: 'representative' }, { role: 'coordinator' }] })).toBe(true);
    expect(mayStartNetwork({ isAdmin: false, roles: [{ role: 'representative' }, { role: 'member' }, { role: 'observer' }] })).toBe(false);
    expect(mayStartNetwork({ isAdmin: false, roles: [] })).toBe(false);
  });
});

describe('the finer rules', () => {
  it('lets a representative speak for their own partner only, and a member for none', () => {
    expect(partnerSpokenFor(repOfGgz)).toBe('ggz');
    expect(partnerSpokenFor(memberOfGgz)).toBeNull();
    expect(partnerSpokenFor(coordinator)).toBeNull();
    expect(speaksFor(repOfGgz, 'ggz')).toBe(true);
    expect(speaksFor(repOfGgz, 'wijkteam')).toBe(false);
    expect(speaksFor(memberOfGgz, 'ggz')).toBe(false);
  });

  it('lets the coordinator or the partner’s representative act for a partner', () => {
    expect(actsForPartner(coordinator, 'wijkteam')).toBe(true);
    expect(actsForPartner(repOfGgz, 'ggz')).toBe(true);
    expect(actsForPartner(repOfGgz, 'wijkteam')).toBe(false);
    expect(actsForPartner(memberOfGgz, 'ggz')).toBe(false);
    expect(actsForPartner(observer, 'ggz')).toBe(false);
    expect(actsForAnyPartner(repOfGgz, ['wijkteam', 'ggz'])).toBe(true);
    expect(actsForAnyPartner(repOfGgz, ['wijkteam'])).toBe(false);
    expect(actsForAnyPartner(coordinator, [])).toBe(true);
  });

  it('keeps drafts and direction with the coordinator', () => {
    expect(ROLES.filter((role) => seesDrafts({ role }))).toEqual(['coordinator']);
    expect(ROLES.filter((role) => directsNetwork({ role }))).toEqual(['coordinator']);
  });

  it('lets authors and the coordinator change work, nobody else', () => {
    expect(mayEditOwnWork(memberOfGgz, 'u1', 'u1')).toBe(true);
    expect(mayEditOwnWork(memberOfGgz, 'u1', 'u2')).toBe(false);
    expect(mayEditOwnWork(coordinator, 'u1', 'u2')).toBe(true);
    expect(mayEditOwnWork(memberOfGgz, 'u1', null)).toBe(false);
  });

  it('shows a dyad below k to the coordinator and the two partners in organisation mode, to nobody in strict mode', () => {
    const dyad = { from: 'ggz', to: 'wijkteam' };
    const organisation = { mode: 'organisation', k: 3 } as const;
    const strict = { mode: 'strict', k: 3 } as const;
    const seers = (disclosure: typeof organisation | typeof strict, respondents: number) =>
      [coordinator, repOfGgz, memberOfGgz, { role: 'representative' as const, partnerId: 'wijkteam' }, { role: 'representative' as const, partnerId: 'huisarts' }, observer].map((m) =>
        maySeeDyad(m, dyad, respondents, disclosure),
      );
    expect(seers(organisation, 1)).toEqual([true, true, true, true, false, false]);
    expect(seers(strict, 2)).toEqual([false, false, false, false, false, false]);
    expect(seers(strict, 3)).toEqual([true, true, true, true, true, true]);
    expect(seers(organisation, 3)).toEqual([true, true, true, true, true, true]);
    // k is never below 2, whatever is stored
    expect(maySeeDyad(observer, dyad, 1, { mode: 'strict', k: 1 })).toBe(false);
  });

  it('shows response progress of an open round to the coordinator only', () => {
    expect(ROLES.filter((role) => seesResponseProgress({ role }))).toEqual(['coordinator']);
  });

  it("lets the coordinator hand over any representative's role, and a representative only their own", () => {
    const gert = { userId: 'gert', role: 'representative', partnerId: 'ggz' } as const;
    expect(mayHandOverRole(coordinator, 'anna', gert)).toBe(true);
    expect(mayHandOverRole(repOfGgz, 'gert', gert)).toBe(true);
    // Another representative of the same partner speaks for it, but hands over only their own role.
    expect(mayHandOverRole(repOfGgz, 'petra', gert)).toBe(false);
    expect(mayHandOverRole({ role: 'representative', partnerId: 'wijkteam' }, 'gert', gert)).toBe(false);
    expect(mayHandOverRole(memberOfGgz, 'gert', gert)).toBe(false);
    expect(mayHandOverRole(observer, 'gert', gert)).toBe(false);
    // Only a representative's role passes to a successor this way.
    expect(mayHandOverRole(coordinator, 'anna', { userId: 'mo', role: 'member', partnerId: 'ggz' })).toBe(false);
    expect(mayHandOverRole(coordinator, 'anna', { userId: 'karin', role: 'coordinator', partnerId: null })).toBe(false);
  });
});
