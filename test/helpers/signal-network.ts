import { answers, insertResponse, insertRound, insertUser, rating } from './round-data.ts';
import { addAgreement } from './round-responses.ts';
import { ADMIN, addPartner, createNetwork, invitePerson } from './scenario.ts';
import type { TestApp, TestClient } from './test-app.ts';

/**
 * A network with three closed rounds whose numbers are worked out by hand (k = 3), for the
 * trends, signals and agenda tests. Partners A (GGZ Noord), B (Wijkteam Centrum), C (Gemeente).
 * Respondents a1, a2 rate B; b1, b2 rate A; c1 rates A. Trust items all equal `s` per round:
 *
 * | dyad | respondents | round 1 | round 2 | round 3 | spiral |
 * | A→B  | 2 | 50 | 75 | 100 | upward (+25, +25) |
 * | B→A  | 2 | 75 | 50 | 25  | downward (−25, −25) |
 * | C→A  | 1 | 75 | 75 | 75  | none |
 *
 * Network trust and openness stay at 200/3; received trust of A is 75, 62.5, 50 (3 respondents,
 * downward); of B it rests on 2 respondents (insufficient for everyone). Aspects (5 respondents):
 * ambition 80, 75, 70 (exactly −10: downward), organisation 50, 55, 60 (exactly +10: upward),
 * relationship 75, 72.5, 70 (−5: none). Round 3: L(A→B) = 4, L(B→A) = 1 (perception gap 3),
 * |T(A→B) − T(B→A)| = 75 (asymmetry); agreement "Warme overdracht" importance 100, adherence 50
 * (gap 50, five respondents); agreement "Weekendbereikbaarheid" answered by two (withheld).
 */
export async function buildSignalNetwork(app: TestApp, coordinator: TestClient) {
  const db = app.runtime.deps.db;
  const networkId = await createNetwork(coordinator, 'Crisisroute Jeugd Signalen');
  const coordinatorId = (await db.selectFrom('users').select('id').where('email', '=', ADMIN.email).executeTakeFirstOrThrow()).id;
  const A = await addPartner(app, networkId, 'GGZ Noord', 'ggz');
  const B = await addPartner(app, networkId, 'Wijkteam Centrum', 'wijkteam');
  const C = await addPartner(app, networkId, 'Gemeente Noorderstad', 'gemeente');
  const handover = await addAgreement(app, networkId, coordinatorId, 'Warme overdracht');
  const weekend = await addAgreement(app, networkId, coordinatorId, 'Weekendbereikbaarheid');
  const [a1, a2, b1, b2, c1] = (await Promise.all(['Anna', 'Arie', 'Bea', 'Bob', 'Cor'].map((n) => insertUser(app, n)))) as [string, string, string, string, string];

  const trust = [
    { ab: 3, ba: 4, ca: 4 },
    { ab: 4, ba: 3, ca: 4 },
    { ab: 5, ba: 2, ca: 4 },
  ];
  // Per respondent (a1, a2, b1, b2, c1) and round: [ambition, organisation, relationship] item pairs.
  const ambition = [
    [[5, 5], [4, 4], [4, 4], [4, 4], [4, 4]],
    [[4, 4], [4, 4], [4, 4], [4, 4], [4, null]],
    [[3, 3], [4, 4], [4, 4], [4, 4], [4, 4]],
  ];
  const organisation = [
    [[3, 3], [3, 3], [3, 3], [3, 3], [3, 3]],
    [[4, 4], [3, 3], [3, 3], [3, 3], [3, 3]],
    [[4, 4], [4, 4], [3, 3], [3, 3], [3, 3]],
  ];
  const relationship = [
    [[4, 4], [4, 4], [4, 4], [4, 4], [4, 4]],
    [[4, 3], [4, 4], [4, 4], [4, 4], [4, 4]],
    [[4, 3], [4, 3], [4, 4], [4, 4], [4, 4]],
  ];
  const rounds: string[] = [];
  for (let r = 0; r < 3; r++) {
    const roundId = await insertRound(app, networkId, coordinatorId, 'closed', `Reflectieronde ${r + 1}`);
    await db.updateTable('rounds').set({ closed_at: new Date(Date.now() - (3 - r) * 30 * 86_400_000) }).where('id', '=', roundId).execute();
    rounds.push(roundId);
    const last = r === 2;
    const people = [
      { id: a1, partner: A, partners: { [B]: rating(last ? 4 : 3, trust[r]!.ab, null) } },
      { id: a2, partner: A, partners: { [B]: rating(last ? 4 : 3, trust[r]!.ab, null) } },
      { id: b1, partner: B, partners: { [A]: rating(last ? 1 : 2, trust[r]!.ba, 1) } },
      { id: b2, partner: B, partners: { [A]: rating(last ? 1 : 2, trust[r]!.ba, 1) } },
      { id: c1, partner: C, partners: { [A]: rating(2, trust[r]!.ca, 1) } },
    ];
    const adherence = [3, 3, 2, 4, 3];
    for (const [i, person] of people.entries()) {
      const pair = (table: (number | null)[][][]) => table[r]![i] as [number | null, number | null];
      await insertResponse(
        app,
        { networkId, roundId },
        person.id,
        person.partner,
        answers({
          aspects: { ambition: pair(ambition), organisation: pair(organisation), relationship: pair(relationship), interests: [3, 3], process: [4, 4] },
          partners: person.partners,
          agreements: last ? { [handover]: { importance: 5, adherence: adherence[i]! }, ...(i < 2 ? { [weekend]: { importance: 5, adherence: 1 } } : {}) } : {},
          toDiscuss: i === 0 ? 'De bereikbaarheid in het weekend' : '',
        }),
      );
    }
  }

  const person = (name: string, email: string, role: 'representative' | 'member' | 'observer', partnerId?: string) =>
    invitePerson(app, coordinator, networkId, { name, email, role, partnerId });
  const repA = await person('Gert GGZ', 'gert@signalen.test', 'representative', A);
  const repC = await person('Gina Gemeente', 'gina@signalen.test', 'representative', C);
  const memberC = await person('Mo Gemeente', 'mo@signalen.test', 'member', C);
  const observer = await person('Olga Toehoorder', 'olga@signalen.test', 'observer');
  return { networkId, coordinatorId, A, B, C, handover, weekend, rounds, callers: { coordinator, repA, repC, memberC, observer } };
}
