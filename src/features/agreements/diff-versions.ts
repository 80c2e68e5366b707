import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { wordDiff } from '../../domain/word-diff.ts';
import { findVersion } from './list-versions.ts';

/** The word-level difference between two versions of an agreement's text (either order). */
export async function diffVersions({ db }: AppDeps, { membership, agreementId, from, to }: { membership: Membership; agreementId: string; from: number; to: number }) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  const before = await findVersion(db, { networkId, agreementId, version: from });
  const after = await findVersion(db, { networkId, agreementId, version: to });
  return { from, to, parts: wordDiff(before.body, after.body) };
}
