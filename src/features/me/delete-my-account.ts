import { verifyPassword } from 'better-auth/crypto';
import { sql } from 'kysely';
import { inTransaction, type Tx } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { PersonActor } from '../../domain/membership.ts';
import { directsNetwork } from '../../domain/permissions.ts';
import { AppError, conflict } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';

/** The name that replaces a deleted person's everywhere they appear. */
export const FORMER_PARTICIPANT = 'voormalig deelnemer';

/** An address that cannot receive mail (RFC 2606 reserves .invalid) and is unique per account. */
export const formerAddress = (userId: string) => `verwijderd-${userId}@verwijderd.invalid`;

/** Text as it appears inside JSON, so a name with quotes is found in a jsonb column's text. */
const inJson = (text: string) => JSON.stringify(text).slice(1, -1);

/** Replaces a text inside the jsonb values of one column, in the rows that contain it. */
async function scrubJson(tx: Tx, table: 'audit_events' | 'notifications', column: 'details' | 'params', from: string, to: string) {
  if (!from) return;
  await sql`update ${sql.table(table)} set ${sql.ref(column)} = replace(${sql.ref(column)}::text, ${inJson(from)}, ${inJson(to)})::jsonb where strpos(${sql.ref(column)}::text, ${inJson(from)}) > 0`.execute(tx);
}

/**
 * A person deletes their own account (AVG/GDPR article 17) after proving their password. The
 * account row stays, pseudonymised, so that what they wrote keeps its place and their round
 * answers keep counting in the aggregates without pointing to anyone: the name becomes "voormalig
 * deelnemer", the address one that cannot receive mail; sessions, passwords, tokens, memberships and
 * their notifications and mails go; open steps they claimed become unclaimed; copies of their name
 * and address in the audit log and in others' notifications are replaced. Refused while they are
 * the only coordinator of a network or the only administrator: someone must take over first.
 */
export async function deleteMyAccount({ db, clock }: AppDeps, { actor, password }: { actor: PersonActor; password: string }): Promise<void> {
  const userId = actor.userId;
  const now = clock.now();
  await inTransaction(db, async (tx) => {
    const person = await tx.selectFrom('users').select(['name', 'email']).where('id', '=', userId).forUpdate().executeTakeFirstOrThrow();
    const credential = await tx.selectFrom('accounts').select('password').where('user_id', '=', userId).where('provider_id', '=', 'credential').executeTakeFirst();
    if (!credential?.password || !(await verifyPassword({ hash: credential.password, password }))) {
      throw new AppError('forbidden', 'The password is not right', [{ path: ['password'], code: 'wrong_password', message: 'The password is not right' }]);
    }
    const memberships = await tx.selectFrom('network_members').select(['network_id', 'role']).where('user_id', '=', userId).execute();
    const directed = memberships.filter(directsNetwork).map((m) => m.network_id);
    if (directed.length > 0) {
      const alone = await tx
        .selectFrom('networks as n')
        .select(['n.id', 'n.name'])
        .where('n.id', 'in', directed)
        .where((eb) => eb.not(eb.exists(eb.selectFrom('network_members as o').select('o.id').whereRef('o.network_id', '=', 'n.id').where('o.role', '=', 'coordinator').where('o.user_id', '!=', userId))))
        .orderBy('n.name')
        .execute();
      if (alone.length > 0) {
        throw conflict('You are the only coordinator of a network: hand the role over first', { code: 'only_coordinator', networks: alone.map((n) => ({ id: n.id, name: n.name })) });
      }
    }
    const admin = await tx.selectFrom('instance_admins').select('user_id').where('user_id', '=', userId).executeTakeFirst();
    if (admin) {
      const others = await tx.selectFrom('instance_admins').select('user_id').where('user_id', '!=', userId).executeTakeFirst();
      if (!others) throw conflict('You are the only administrator of this installation: make someone else administrator first', { code: 'only_administrator' });
    }

    const address = formerAddress(userId);
    for (const m of memberships) {
      await recordAudit(tx, actor, { networkId: m.network_id, action: 'account.delete', objectType: 'member', objectId: userId, details: { role: m.role } });
    }
    await scrubJson(tx, 'audit_events', 'details', person.email, address);
    await scrubJson(tx, 'audit_events', 'details', person.name, FORMER_PARTICIPANT);
    await scrubJson(tx, 'notifications', 'params', person.name, FORMER_PARTICIPANT);
    await tx.updateTable('users').set({ name: FORMER_PARTICIPANT, email: address, email_verified: false, image: null, updated_at: now }).where('id', '=', userId).execute();
    await tx.deleteFrom('sessions').where('user_id', '=', userId).execute();
    await tx.deleteFrom('accounts').where('user_id', '=', userId).execute();
    await tx.deleteFrom('verifications').where('value', '=', userId).execute();
    await tx.deleteFrom('instance_admins').where('user_id', '=', userId).execute();
    await tx.deleteFrom('network_members').where('user_id', '=', userId).execute();
    await tx.deleteFrom('notifications').where('user_id', '=', userId).execute();
    await tx.deleteFrom('mail_messages').where('to_address', '=', person.email).execute();
    await tx.updateTable('invitations').set({ email: address }).where('email', '=', person.email).execute();
    await tx.updateTable('steps').set({ status: 'open', claimed_by: null, claimed_at: null }).where('claimed_by', '=', userId).where('status', '=', 'claimed').execute();
  });
}
