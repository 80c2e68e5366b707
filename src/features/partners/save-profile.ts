import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { mayEditProfile, type ProfileText } from '../../domain/profile.ts';
import { conflict, forbidden } from '../../errors.ts';
import type { Actor, Membership } from '../../domain/membership.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { findPartner } from './partner-view.ts';
import { latestProfiles, toProfileView } from './profile-view.ts';

export type ProfileEdit = ProfileText & { baseVersion: number; changeNote?: string | undefined };

/**
 * Saves a partner's profile as a new, immutable version (its representatives and the
 * coordinator). An edit based on a stale version gets 409 with the current profile, so nobody
 * overwrites a colleague's words unseen.
 */
export async function saveProfile(db: Kysely<DB>, actor: Actor & { userId: string }, membership: Membership, partnerId: string, edit: ProfileEdit) {
  const { networkId } = membership;
  return inTransaction(db, async (tx) => {
    // The lock on the partner makes concurrent saves of one profile take turns.
    const partner = await findPartner(tx, networkId, partnerId, { lock: true });
    if (!mayEditProfile(membership, partnerId)) throw forbidden("Only this partner's representatives and the coordinator may change its profile");
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
        created_at: new Date(),
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
