import { randomUUID } from 'node:crypto';
import type { ResponseAnswers } from '../../src/features/rounds/round-answers.ts';
import type { TestApp } from './test-app.ts';

type Rating = ResponseAnswers['partners'][string];

/** A rating with the same answer on the three trust items and on the three value items. */
export function rating(level: number | null, trust: number | null, value: number | null, openness: number | null = trust): Rating {
  return { level, reliability: trust, openness, mission: trust, influence: value, resources: value, involvement: value };
}

const NO_ASPECTS: ResponseAnswers['aspects'] = { ambition: [null, null], interests: [null, null], relationship: [null, null], organisation: [null, null], process: [null, null] };

/** A full response body (DESIGN §7.1) with "don't know" wherever `partial` says nothing. */
export function answers(partial: Partial<Omit<ResponseAnswers, 'aspects'>> & { aspects?: Partial<ResponseAnswers['aspects']> }): ResponseAnswers {
  return { agreements: {}, partners: {}, ...partial, aspects: { ...NO_ASPECTS, ...partial.aspects } };
}

/** A user without a password (a respondent for tests that insert responses directly). */
export async function insertUser(app: TestApp, name: string): Promise<string> {
  const id = randomUUID();
  const now = new Date();
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${id.slice(0, 6)}@example.test`;
  await app.runtime.deps.db.insertInto('users').values({ id, name, email, email_verified: true, image: null, created_at: now, updated_at: now }).execute();
  return id;
}

/** A round inserted directly, closed (by default) or open. */
export async function insertRound(app: TestApp, networkId: string, createdBy: string, status: 'draft' | 'open' | 'closed' = 'closed', title = 'Reflectieronde najaar'): Promise<string> {
  const id = randomUUID();
  const now = Date.now();
  await app.runtime.deps.db
    .insertInto('rounds')
    .values({
      id,
      network_id: networkId,
      title,
      opens_at: new Date(now - 20 * 86_400_000),
      closes_at: new Date(status === 'closed' ? now - 86_400_000 : now + 7 * 86_400_000),
      status,
      opened_at: status === 'draft' ? null : new Date(now - 20 * 86_400_000),
      closed_at: status === 'closed' ? new Date(now - 86_400_000) : null,
      created_by: createdBy,
    })
    .execute();
  return id;
}

/** Invites a respondent to a round and, when `body` is given, stores their submitted response. */
export async function insertResponse(app: TestApp, round: { networkId: string; roundId: string }, userId: string, partnerId: string, body?: ResponseAnswers): Promise<void> {
  const db = app.runtime.deps.db;
  await db.insertInto('round_invitees').values({ network_id: round.networkId, round_id: round.roundId, user_id: userId, partner_id: partnerId }).execute();
  if (!body) return;
  await db
    .insertInto('round_responses')
    .values({ id: randomUUID(), network_id: round.networkId, round_id: round.roundId, respondent_id: userId, partner_id: partnerId, answers: JSON.stringify(body), submitted_at: new Date() })
    .execute();
}
