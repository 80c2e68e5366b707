import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { invalid } from '../../errors.ts';
import { findPartner } from './partner-view.ts';
import { toProfileView } from './profile-view.ts';

// Versions are numbered per partner, so the cursor is simply the last version on the page.
function decodeVersionCursor(cursor: string | undefined): number | null {
  if (!cursor) return null;
  const version = Number(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!Number.isInteger(version) || version < 1) throw invalid('The cursor is not valid', [{ path: ['cursor'], message: 'Invalid cursor' }]);
  return version;
}

/** Every saved version of a partner's profile, newest first, with its author and time. */
export async function listProfileHistory({ db }: AppDeps, { membership, partnerId, page }: { membership: Membership; partnerId: string; page: { limit: number; cursor?: string | undefined } }) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  const before = decodeVersionCursor(page.cursor);
  await findPartner(db, networkId, partnerId);
  let query = db
    .selectFrom('partner_profile_versions as v')
    .leftJoin('users as u', 'u.id', 'v.author_id')
    .selectAll('v')
    .select('u.name as author_name')
    .where('v.network_id', '=', networkId)
    .where('v.partner_id', '=', partnerId);
  if (before !== null) query = query.where('v.version', '<', before);
  const rows = await query.orderBy('v.version', 'desc').limit(page.limit + 1).execute();
  const more = rows.length > page.limit;
  const shown = more ? rows.slice(0, page.limit) : rows;
  const last = shown[shown.length - 1];
  return {
    items: shown.map((row) => toProfileView(partnerId, row)),
    nextCursor: more && last ? Buffer.from(String(last.version)).toString('base64url') : null,
  };
}
