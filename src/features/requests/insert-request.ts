import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/transaction.ts';
import { invalid } from '../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { PersonActor } from '../../domain/membership.ts';
import { noticeRequestMade } from './request-notices.ts';
import { findRequest } from './request-view.ts';

/** The partner asked must be another partner of this network (400 otherwise). */
export async function checkAskedPartner(tx: Tx, { networkId, fromPartnerId, toPartnerId }: { networkId: string; fromPartnerId: string | null; toPartnerId: string | null }) {
  if (toPartnerId === null) return;
  if (toPartnerId === fromPartnerId) throw invalid('A partner does not ask itself', [{ path: ['toPartnerId'], message: 'Ask another partner' }]);
  const found = await tx.selectFrom('partners').select('id').where('id', '=', toPartnerId).where('network_id', '=', networkId).executeTakeFirst();
  if (!found) throw invalid('There is no such partner in this network', [{ path: ['toPartnerId'], message: 'Not a partner of this network' }]);
}

export interface NewRequestRow {
  actor: PersonActor;
  /** The moment of the request: its created_at. */
  now: Date;
  networkId: string;
  fromPartnerId: string;
  toPartnerId: string | null;
  offerId: string | null;
  title: string;
  description: string;
}

/** Inserts a published request from `fromPartnerId`, audits it and tells the partners asked. */
export async function insertRequest(tx: Tx, deps: Pick<AppDeps, 'mailer' | 'config' | 'clock' | 'unsubscribeKey'>, input: NewRequestRow) {
  const { actor, now } = input;
  const id = randomUUID();
  await tx
    .insertInto('requests')
    .values({
      id,
      network_id: input.networkId,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
      from_partner_id: input.fromPartnerId,
      to_partner_id: input.toPartnerId,
      offer_id: input.offerId,
      title: input.title.trim(),
      description: input.description.trim(),
      version: 1,
    })
    .execute();
  await recordAudit(tx, actor, {
    networkId: input.networkId,
    action: 'request.create',
    objectType: 'request',
    objectId: id,
    details: { title: input.title.trim(), fromPartnerId: input.fromPartnerId, toPartnerId: input.toPartnerId, offerId: input.offerId },
  });
  const view = (await findRequest(tx, { networkId: input.networkId, requestId: id, now }))!;
  await noticeRequestMade(tx, deps, { networkId: input.networkId, request: view, actorId: actor.userId });
  return view;
}
