import type { Tx } from '../../db/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../../domain/membership.ts';
import { coordinatorsOf, notify, representativesOf, type NotifyDeps } from '../notifications/notify.ts';
import { agreementMail, noticeParams, type AgreementEvent } from './agreement-mails.ts';
import { partiesOf, type AgreementRow } from './agreement-view.ts';
import { reviewAttachment } from './review-attachment.ts';

/** The web path of an agreement's page. */
export const agreementLink = (networkId: string, agreementId: string) => `/networks/${networkId}/agreements/${agreementId}`;

export interface Announcement {
  actor: Actor;
  agreement: Pick<AgreementRow, 'id' | 'network_id' | 'title' | 'all_partners'>;
  event: AgreementEvent;
  audit: { action: string; details?: Record<string, unknown> };
  /** Who hears about it; by default the parties' representatives and the coordinators. */
  recipients?: string[] | undefined;
}

/**
 * Records one step of an agreement in the audit log and tells the parties' representatives and
 * the coordinators (in the app and by e-mail), except the person who took the step. A mail about a
 * review date in force carries it as a calendar file (review-attachment.ts).
 *
 * @example await announce(tx, deps, { actor, agreement: row, event: { kind: 'agreementCreated' }, audit: { action: 'agreement.create' } });
 */
export async function announce(tx: Tx, deps: NotifyDeps, { actor, agreement: row, event, audit, recipients }: Announcement): Promise<void> {
  await recordAudit(tx, actor, { networkId: row.network_id, action: audit.action, objectType: 'agreement', objectId: row.id, details: { title: row.title, ...audit.details } });
  const network = await tx.selectFrom('networks').select('name').where('id', '=', row.network_id).executeTakeFirstOrThrow();
  const actorName = actor.userId ? ((await tx.selectFrom('users').select('name').where('id', '=', actor.userId).executeTakeFirst())?.name ?? '') : 'Ketenregie';
  let userIds = recipients;
  if (!userIds) {
    const parties = (await partiesOf(tx, row.network_id, [row])).get(row.id)!.map((p) => p.id);
    userIds = [...(await representativesOf(tx, row.network_id, parties)), ...(await coordinatorsOf(tx, row.network_id))];
  }
  const link = agreementLink(row.network_id, row.id);
  const attachment = await reviewAttachment(tx, { publicUrl: deps.config.publicUrl, agreementId: row.id, event });
  await notify(
    tx,
    deps,
    row.network_id,
    userIds,
    {
      kind: event.kind,
      params: noticeParams(event, row.title, actorName),
      link,
      mail: (language) => agreementMail(event, { networkName: network.name, title: row.title, actorName }, language),
      attachment,
    },
    actor.userId,
  );
}
