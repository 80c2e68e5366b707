import { randomUUID } from 'node:crypto';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { actsForPartner, demand, permit } from '../../domain/permissions.ts';
import type { ProfileText } from '../../domain/profile.ts';
import { conflict } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { findPartner } from './partner-view.ts';
import { latestProfiles, toProfileView } from './profile-view.ts';

export type ProfileEdit = ProfileText & { baseVersion: number; changeNote?: string | undefined };

/**
 * Saves a partner's profile as a new, immutable version (its representatives and the
 * coordinator). An edit based on a stale version gets 409 with the current profile, so nobody
 * overwrites a colleague's words unseen.
 */
export async function saveProfile({ db, clock }: AppDeps, { actor, membership, partnerId, edit }: NetworkCaller & { partnerId: string; edit: ProfileEdit }) {
  // Everyone may ask; only the coordinator and the partner's representatives get past the partner check (404 first).
  permit(membership, 'network.read');
  const { networkId } = membership;
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    // The lock on the partner makes concurrent saves of one profile take turns.
    const partner = await findPartner(tx, networkId, partnerId, { lock: true });
    const mayChange = "Only this partner's representatives and the coordinator may change its profile";
    permit(membership, 'profile.write', mayChange);
    demand(actsForPartner(membership, partnerId), mayChange);
    const current = (await latestProfiles(tx, networkId, [partnerId])).get(partnerId);
    const currentVersion = current?.version ?? 0;
    if (currentVersion !== edit.baseVersion) {
      throw conflict('Someone else saved this profile in the meantime; read their version and try again', {
        currentVersion,
        current: toProfileView(partnerId, current),
      });
    }
    const version = currentVersion + 1;
    const row = await tx
      .insertInto('partner_profile_versions')
      .values({
        id: randomUUID(),
        network_id: networkId,
        partner_id: partnerId,
        version,
        drivers: edit.drivers,
        interests: edit.interests,
        values: edit.values,
        work_logic: edit.workLogic,
        offer: edit.offer,
        need: edit.need,
        competences: edit.competences,
        constituency: edit.constituency,
        constituency_risks: edit.constituencyRisks,
        change_note: edit.changeNote ?? '',
        author_id: actor.userId,
        created_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const author = await tx.selectFrom('users').select('name').where('id', '=', actor.userId).executeTakeFirstOrThrow();
    await recordAudit(tx, actor, {
      networkId,
      action: 'profile.update',
      objectType: 'partner',
      objectId: partnerId,
      details: { name: partner.name, version, ...(edit.changeNote ? { changeNote: edit.changeNote } : {}) },
    });
    return toProfileView(partnerId, { ...row, author_name: author.name });
  });
}
