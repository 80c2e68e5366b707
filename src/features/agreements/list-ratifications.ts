import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { loadAgreement, partiesOf } from './agreement-view.ts';

/**
 * Per party: its decision on the proposed version and on the version in force (consent, objection
 * with its reason, or still waiting). Objections are visible to every role of the network.
 */
export async function listRatifications({ db }: AppDeps, { membership, agreementId }: { membership: Membership; agreementId: string }) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  const row = await loadAgreement(db, networkId, agreementId);
  const parties = (await partiesOf(db, networkId, [row])).get(row.id)!;
  const versions = [row.proposed_version, row.version_in_force].filter((v): v is number => v !== null);
  const decisions =
    versions.length > 0
      ? await db
          .selectFrom('agreement_ratifications as r')
          .innerJoin('users as u', 'u.id', 'r.decided_by')
          .select(['r.partner_id', 'r.version', 'r.decision', 'r.reason', 'r.created_at', 'u.id as user_id', 'u.name as user_name'])
          .where('r.agreement_id', '=', row.id)
          .where('r.version', 'in', versions)
          .execute()
      : [];
  const decisionOn = (version: number | null, partnerId: string) => {
    if (version === null) return null;
    const d = decisions.find((x) => x.version === version && x.partner_id === partnerId);
    if (!d) return { decision: 'waiting' as const, reason: null, decidedBy: null, decidedAt: null };
    return { decision: d.decision, reason: d.reason, decidedBy: { id: d.user_id, name: d.user_name }, decidedAt: d.created_at.toISOString() };
  };
  return {
    proposedVersion: row.ended_at ? null : row.proposed_version,
    versionInForce: row.version_in_force,
    parties: parties.map((p) => ({
      partner: p,
      proposed: row.ended_at ? null : decisionOn(row.proposed_version, p.id),
      inForce: decisionOn(row.version_in_force, p.id),
    })),
  };
}
