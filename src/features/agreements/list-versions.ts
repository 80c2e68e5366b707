import type { Queryable } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { notFound } from '../../errors.ts';
import { loadAgreement } from './agreement-view.ts';

const versionColumns = ['v.version', 'v.change_note', 'v.created_at', 'u.id as author_id', 'u.name as author_name'] as const;

type VersionRow = { version: number; change_note: string; created_at: Date; author_id: string; author_name: string; body?: string };

const toView = (v: VersionRow) => ({
  version: v.version,
  changeNote: v.change_note,
  author: { id: v.author_id, name: v.author_name },
  createdAt: v.created_at.toISOString(),
  ...(v.body === undefined ? {} : { body: v.body }),
});

/** Every version of an agreement's text, newest first, with author, time and change note (without the text). */
export async function listVersions({ db }: AppDeps, { membership, agreementId }: { membership: Membership; agreementId: string }) {
  permit(membership, 'network.read');
  await loadAgreement(db, membership.networkId, agreementId);
  const rows = await db
    .selectFrom('agreement_versions as v')
    .innerJoin('users as u', 'u.id', 'v.author_id')
    .select(versionColumns)
    .where('v.agreement_id', '=', agreementId)
    .orderBy('v.version', 'desc')
    .execute();
  return { items: rows.map(toView) };
}

/** One version with its text; 404 when the agreement or the version does not exist. */
export async function getVersion({ db }: AppDeps, { membership, agreementId, version }: { membership: Membership; agreementId: string; version: number }) {
  permit(membership, 'network.read');
  return findVersion(db, { networkId: membership.networkId, agreementId, version });
}

/** One version of an agreement of this network with its text; 404 when the agreement or the version does not exist. */
export async function findVersion(q: Queryable, { networkId, agreementId, version }: { networkId: string; agreementId: string; version: number }) {
  await loadAgreement(q, networkId, agreementId);
  const row = await q
    .selectFrom('agreement_versions as v')
    .innerJoin('users as u', 'u.id', 'v.author_id')
    .select([...versionColumns, 'v.body'])
    .where('v.agreement_id', '=', agreementId)
    .where('v.version', '=', version)
    .executeTakeFirst();
  if (!row) throw notFound(`Version ${version} of this agreement does not exist`);
  return toView(row) as ReturnType<typeof toView> & { body: string };
}
