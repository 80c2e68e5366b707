import { randomUUID } from 'node:crypto';
import { inTransaction, type Tx } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { PersonActor } from '../../domain/membership.ts';
import { notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { bumpMapRevision } from '../map/map-revision.ts';
import { addExampleAgreements } from './example-agreements.ts';
import { addExampleAvailability } from './example-availability.ts';
import { addExampleHistory, EXAMPLE_HISTORY } from './example-history.ts';
import { addExampleRounds } from './example-rounds.ts';
import { addExamplePartners, EXAMPLE_PARTNERS, type ExamplePartnerKey } from './example-partners.ts';
import { addExampleSessions } from './example-sessions.ts';
import { addExampleTasks } from './example-tasks.ts';
import { addExampleDialogue } from './example-dialogue.ts';
import { addExampleDevelopment } from './example-development.ts';
import { addExampleRepresentatives, type ExampleRepresentatives } from './example-representatives.ts';

export const EXAMPLE_NETWORK = {
  name: 'Crisisroute Jeugd Regio Noord',
  description:
    'Voorbeeldnetwerk. Tien organisaties in Regio Noord spreken af hoe een jongere tot 23 jaar in een acute crisis binnen 24 uur de juiste hulp krijgt: ' +
    'wie beoordeelt, wie vangt op, wie houdt daarna de regie, en hoe de LVB-expertise en de jeugd-GGZ elkaar aanvullen.',
};

/** What every part of the example builds on: the network, its coordinator and the partners by key. */
export interface ExampleNetworkContext {
  networkId: string;
  /** The coordinator, who authors the example's profiles, history and (later) everything else. */
  authorId: string;
  partnerIds: Map<ExamplePartnerKey, string>;
  /** Each partner's two representatives; the first speaks for the partner (consents, claims, writes its view). */
  representatives: ExampleRepresentatives;
  /** The moment the example is loaded: its past and future are placed around it. */
  now: Date;
}

/** A part of the example network that comes after the partners. */
export type ExamplePart = (tx: Tx, context: ExampleNetworkContext) => Promise<void>;

/**
 * The parts after partners and profiles, in order. Later issues append theirs (agreements,
 * availability, rounds, dialogue) as functions of their own next to this file.
 */
export const EXAMPLE_PARTS: ExamplePart[] = [addExampleHistory, addExampleTasks, addExampleDialogue, addExampleAgreements, addExampleDevelopment, addExampleRounds, addExampleAvailability, addExampleSessions];

export interface ExampleNetworkSummary {
  networkId: string;
  name: string;
  partners: number;
  historyEntries: number;
}

/**
 * Creates the example network inside the caller's transaction, with `actor` as its coordinator:
 * a Dutch youth crisis route with ten partners, their profiles and their shared history, dated
 * around `now`.
 */
export async function createExampleNetwork(tx: Tx, { actor, now }: { actor: PersonActor; now: Date }): Promise<ExampleNetworkSummary> {
  const user = await tx.selectFrom('users').select('id').where('id', '=', actor.userId).executeTakeFirst();
  if (!user) throw notFound('The coordinator of the example network does not exist');
  const networkId = randomUUID();
  await tx
    .insertInto('networks')
    .values({ id: networkId, ...EXAMPLE_NETWORK, created_by: actor.userId, created_at: now, updated_at: now, anonymity_k: 3, version: 1 })
    .execute();
  await tx.insertInto('network_members').values({ id: randomUUID(), network_id: networkId, user_id: actor.userId, role: 'coordinator', partner_id: null, created_at: now }).execute();
  const partnerIds = await addExamplePartners(tx, { networkId, authorId: actor.userId, now });
  const representatives = await addExampleRepresentatives(tx, { networkId, partnerIds, now });
  const context: ExampleNetworkContext = { networkId, authorId: actor.userId, partnerIds, representatives, now };
  for (const part of EXAMPLE_PARTS) await part(tx, context);
  await bumpMapRevision(tx, networkId);
  const summary = { networkId, name: EXAMPLE_NETWORK.name, partners: EXAMPLE_PARTNERS.length, historyEntries: EXAMPLE_HISTORY.length };
  await recordAudit(tx, actor, {
    networkId,
    action: 'network.create',
    objectType: 'network',
    objectId: networkId,
    details: { name: EXAMPLE_NETWORK.name, example: true, partners: summary.partners, historyEntries: summary.historyEntries },
  });
  return summary;
}

/** Loads the example network in a transaction of its own (the `ketenregie demo` command). */
export async function loadExampleNetwork({ db, clock }: AppDeps, { actor }: { actor: PersonActor }): Promise<ExampleNetworkSummary> {
  const now = clock.now();
  return inTransaction(db, (tx) => createExampleNetwork(tx, { actor, now }));
}
