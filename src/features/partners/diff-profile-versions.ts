import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { PROFILE_FIELDS } from '../../domain/profile.ts';
import { wordDiff } from '../../domain/word-diff.ts';
import { notFound } from '../../errors.ts';
import { findPartner } from './partner-view.ts';
import { profileText } from './profile-view.ts';

/**
 * The word-level difference between two versions of a partner's profile (either order), field by
 * field in the profile's order, each saying whether it changed.
 */
export async function diffProfileVersions({ db }: AppDeps, { membership, partnerId, from, to }: { membership: Membership; partnerId: string; from: number; to: number }) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  await findPartner(db, networkId, partnerId);
  const rows = await db
    .selectFrom('partner_profile_versions')
    .selectAll()
    .where('network_id', '=', networkId)
    .where('partner_id', '=', partnerId)
    .where('version', 'in', [from, to])
    .execute();
  const version = (n: number) => {
    const row = rows.find((r) => r.version === n);
    if (!row) throw notFound(`Version ${n} of this profile does not exist`);
    return profileText(row);
  };
  const before = version(from);
  const after = version(to);
  return {
    from,
    to,
    fields: PROFILE_FIELDS.map((field) => ({ field, changed: before[field] !== after[field], parts: wordDiff(before[field], after[field]) })),
  };
}
