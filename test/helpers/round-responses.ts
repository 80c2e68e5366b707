import { randomUUID } from 'node:crypto';
import type { TestApp } from './test-app.ts';

// Helpers for the rounds API tests (engineer "rounds"): request bodies and agreements in force.

/** Moments relative to now, as ISO strings. */
export const fromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

/** A complete response body (DESIGN §7.1) rating the given partners and agreements. */
export function responseBody(partnerIds: string[], agreementIds: string[] = [], extra: Record<string, unknown> = {}) {
  return {
    aspects: { ambition: [4, 5], interests: [3, null], relationship: [4, 4], organisation: [2, 3], process: [3, 3] },
    agreements: Object.fromEntries(agreementIds.map((id) => [id, { importance: 5, adherence: 3 }])),
    partners: Object.fromEntries(
      partnerIds.map((id) => [id, { level: 3, reliability: 5, openness: 4, mission: 3, influence: 4, resources: 3, involvement: null }]),
    ),
    wentWell: 'De warme overdracht bij crisismeldingen liep soepel.',
    toDiscuss: 'Bereikbaarheid in het weekend.',
    askOfPartner: 'Kunnen jullie eerder terugbellen?',
    ...extra,
  };
}

/** Inserts an agreement directly: in force (version 1), not yet in force, or ended. */
export async function addAgreement(app: TestApp, networkId: string, createdBy: string, title: string, state: 'in_force' | 'proposed' | 'ended' = 'in_force') {
  const id = randomUUID();
  await app.runtime.deps.db
    .insertInto('agreements')
    .values({
      id,
      network_id: networkId,
      kind: 'ground_rules',
      title,
      created_by: createdBy,
      version_in_force: state === 'proposed' ? null : 1,
      in_force_since: state === 'proposed' ? null : new Date(),
      ended_at: state === 'ended' ? new Date() : null,
    })
    .execute();
  return id;
}
