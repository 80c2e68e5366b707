import type { Selectable } from 'kysely';
import type { AgreementsTable } from '../../db/schema.ts';
import type { Queryable, Tx } from '../../db/transaction.ts';
import { agreementStatus, ratificationState, type AgreementFacts, type AgreementStatus } from '../../domain/agreement.ts';
import { notFound } from '../../errors.ts';

export type AgreementRow = Selectable<AgreementsTable>;

export function statusOf(row: Pick<AgreementRow, 'ended_at' | 'version_in_force' | 'proposed_version'>): AgreementStatus {
  return agreementStatus({ parties: [], ratifications: [], proposedVersion: row.proposed_version, versionInForce: row.version_in_force, ended: row.ended_at !== null });
}

/** In force with a review date that has passed. */
export function isReviewOverdue(row: Pick<AgreementRow, 'ended_at' | 'version_in_force' | 'proposed_version' | 'review_on'>, today: string): boolean {
  return statusOf(row) === 'in_force' && row.review_on !== null && row.review_on < today;
}

/** The parties of each agreement, by name: all partners of the network for `all_partners`. */
export async function partiesOf(q: Queryable, networkId: string, rows: Pick<AgreementRow, 'id' | 'all_partners'>[]) {
  const result = new Map<string, { id: string; name: string }[]>();
  if (rows.length === 0) return result;
  const chosen = rows.filter((r) => !r.all_partners).map((r) => r.id);
  const all = rows.some((r) => r.all_partners) ? await q.selectFrom('partners').select(['id', 'name']).where('network_id', '=', networkId).orderBy('name').orderBy('id').execute() : [];
  const links =
    chosen.length > 0
      ? await q
          .selectFrom('agreement_parties as ap')
          .innerJoin('partners as p', 'p.id', 'ap.partner_id')
          .select(['ap.agreement_id', 'p.id', 'p.name'])
          .where('ap.agreement_id', 'in', chosen)
          .orderBy('p.name')
          .orderBy('p.id')
          .execute()
      : [];
  for (const r of rows) result.set(r.id, r.all_partners ? all : []);
  for (const l of links) result.get(l.agreement_id)!.push({ id: l.id, name: l.name });
  return result;
}

/** The ratification facts of one agreement for the domain's state machine. */
export async function factsOf(q: Queryable, row: AgreementRow): Promise<AgreementFacts> {
  const parties = (await partiesOf(q, row.network_id, [row])).get(row.id)!.map((p) => p.id);
  const ratifications = await q
    .selectFrom('agreement_ratifications')
    .select(['partner_id', 'version', 'decision', 'reason'])
    .where('agreement_id', '=', row.id)
    .execute();
  return {
    parties,
    proposedVersion: row.proposed_version,
    versionInForce: row.version_in_force,
    ended: row.ended_at !== null,
    ratifications: ratifications.map((r) => ({ partnerId: r.partner_id, version: r.version, decision: r.decision, reason: r.reason })),
  };
}

/** The agreement row, locked for the rest of the transaction; 404 when it is not in this network. */
export async function lockAgreement(tx: Tx, networkId: string, agreementId: string): Promise<AgreementRow> {
  const row = await tx.selectFrom('agreements').selectAll().where('id', '=', agreementId).where('network_id', '=', networkId).forUpdate().executeTakeFirst();
  if (!row) throw notFound('Agreement not found');
  return row;
}

export async function loadAgreement(q: Queryable, networkId: string, agreementId: string): Promise<AgreementRow> {
  const row = await q.selectFrom('agreements').selectAll().where('id', '=', agreementId).where('network_id', '=', networkId).executeTakeFirst();
  if (!row) throw notFound('Agreement not found');
  return row;
}

/**
 * The API view of agreements, in the order given, with parties, status and the state of a proposal;
 * `today` is the Dutch calendar day (`dutchToday(now)`) a review date is overdue against.
 */
export async function toAgreementViews(q: Queryable, { networkId, rows, today }: { networkId: string; rows: AgreementRow[]; today: string }) {
  const parties = await partiesOf(q, networkId, rows);
  const proposed = rows.filter((r) => r.proposed_version !== null && r.ended_at === null);
  const decisions =
    proposed.length > 0
      ? await q
          .selectFrom('agreement_ratifications')
          .select(['agreement_id', 'partner_id', 'version', 'decision', 'reason'])
          .where('agreement_id', 'in', proposed.map((r) => r.id))
          .execute()
      : [];
  const userIds = [...new Set(rows.flatMap((r) => [r.created_by, ...(r.ended_by ? [r.ended_by] : [])]))];
  const users = userIds.length > 0 ? await q.selectFrom('users').select(['id', 'name']).where('id', 'in', userIds).execute() : [];
  const person = (id: string) => ({ id, name: users.find((u) => u.id === id)?.name ?? '' });
  return rows.map((r) => {
    const partyList = parties.get(r.id) ?? [];
    let proposal = null;
    if (r.proposed_version !== null && r.ended_at === null) {
      const state = ratificationState(
        {
          parties: partyList.map((p) => p.id),
          proposedVersion: r.proposed_version,
          versionInForce: r.version_in_force,
          ended: false,
          ratifications: decisions.filter((d) => d.agreement_id === r.id).map((d) => ({ partnerId: d.partner_id, version: d.version, decision: d.decision, reason: d.reason })),
        },
        r.proposed_version,
      );
      proposal = { version: r.proposed_version, consented: state.consented.length, objections: state.objections.length, waiting: state.waitingFor.length };
    }
    return {
      id: r.id,
      kind: r.kind,
      title: r.title,
      status: statusOf(r),
      allPartners: r.all_partners,
      parties: partyList,
      reviewOn: r.review_on,
      reviewOverdue: isReviewOverdue(r, today),
      currentVersion: r.current_version,
      proposedVersion: r.proposed_version,
      versionInForce: r.version_in_force,
      inForceSince: r.in_force_since?.toISOString() ?? null,
      proposal,
      endedAt: r.ended_at?.toISOString() ?? null,
      endedBy: r.ended_by ? person(r.ended_by) : null,
      endReason: r.end_reason,
      createdBy: person(r.created_by),
      createdAt: r.created_at.toISOString(),
      updatedAt: r.updated_at.toISOString(),
    };
  });
}

export type AgreementView = Awaited<ReturnType<typeof toAgreementViews>>[number];

/** One agreement as the API shows it on `today` (a Dutch calendar day); 404 when it is not in this network. */
export async function findAgreement(q: Queryable, { networkId, agreementId, today }: { networkId: string; agreementId: string; today: string }): Promise<AgreementView> {
  return (await toAgreementViews(q, { networkId, rows: [await loadAgreement(q, networkId, agreementId)], today }))[0]!;
}
