import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { profileMatches } from '../../domain/profile-matching.ts';
import { latestProfiles } from './profile-view.ts';

const byName = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Per partner, by name: the other partners whose needs its offer answers (every role). */
export async function listProfileMatches({ db }: AppDeps, { membership }: { membership: Membership }) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  const [rows, profiles] = await Promise.all([
    db.selectFrom('partners').select(['id', 'name', 'sector']).where('network_id', '=', networkId).execute(),
    latestProfiles(db, networkId),
  ]);
  // Sorted here, not in SQL: the database's collation differs between PGlite and PostgreSQL installs.
  const partners = rows.sort((a, b) => byName.compare(a.name, b.name) || a.id.localeCompare(b.id));
  const byId = new Map(partners.map((p) => [p.id, p]));
  const ref = (id: string) => {
    const p = byId.get(id)!;
    return { id: p.id, name: p.name, sector: p.sector };
  };
  const matched = profileMatches(partners.map((p) => ({ partnerId: p.id, offer: profiles.get(p.id)?.offer ?? '', need: profiles.get(p.id)?.need ?? '' })));
  return {
    items: matched.map(({ partnerId, matches }) => ({
      partner: ref(partnerId),
      matches: matches.map(({ partnerId: other, ...match }) => ({ partner: ref(other), ...match })),
    })),
  };
}
