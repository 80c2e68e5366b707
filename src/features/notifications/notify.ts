import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/transaction.ts';
import type { Mailer } from '../../mail/mailer.ts';
import type { MailContent } from '../../mail/templates.ts';

/**
 * One event that people should hear about: `kind` names the in-app message (web catalog key
 * `notifications.kinds.<kind>`, filled with `params`), `link` is the web path to open, and
 * `mail` the bilingual e-mail that goes out with it.
 */
export interface Notice {
  kind: string;
  params: Record<string, string | number | null>;
  link: string;
  mail: MailContent;
}

/**
 * Notifies people in the caller's transaction: an in-app notification each and an e-mail each
 * (SMTP or the outbox). Nothing is sent unless the transaction commits. Duplicates and the
 * actor's own id, when given as `except`, are skipped.
 */
export async function notify(q: Queryable, mailer: Mailer, networkId: string, userIds: Iterable<string>, notice: Notice, except?: string | null): Promise<number> {
  const ids = [...new Set(userIds)].filter((id) => id !== except);
  if (ids.length === 0) return 0;
  const users = await q.selectFrom('users').select(['id', 'email']).where('id', 'in', ids).execute();
  if (users.length === 0) return 0;
  await q
    .insertInto('notifications')
    .values(users.map((u) => ({ id: randomUUID(), network_id: networkId, user_id: u.id, kind: notice.kind, params: JSON.stringify(notice.params), link: notice.link })))
    .execute();
  for (const u of users) await mailer.send(q, { ...notice.mail, to: u.email, networkId });
  return users.length;
}

/** The people who speak for these partners (their representatives). */
export async function representativesOf(q: Queryable, networkId: string, partnerIds: string[]): Promise<string[]> {
  if (partnerIds.length === 0) return [];
  const rows = await q
    .selectFrom('network_members')
    .select('user_id')
    .where('network_id', '=', networkId)
    .where('role', '=', 'representative')
    .where('partner_id', 'in', partnerIds)
    .execute();
  return rows.map((r) => r.user_id);
}

/** The network's coordinators. */
export async function coordinatorsOf(q: Queryable, networkId: string): Promise<string[]> {
  const rows = await q.selectFrom('network_members').select('user_id').where('network_id', '=', networkId).where('role', '=', 'coordinator').execute();
  return rows.map((r) => r.user_id);
}

/** The web address of a path in the app, for links in e-mails. */
export function appUrl(publicUrl: string, path: string): string {
  return new URL(path, publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`).toString();
}
