import { randomUUID } from 'node:crypto';
import type { MailAttachment } from '../../db/schema.ts';
import type { Queryable } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import { BUNDLE_WINDOW_MINUTES, defaultDelivery, nextDigestMoment, topicOf, type Cadence, type Delivery, type Language } from '../../domain/notification-preferences.ts';
import { enqueueJob } from '../../jobs/queue.ts';
import type { MailBody } from '../../mail/layout.ts';
import { BUNDLE_JOB, DIGEST_JOB } from './mail-jobs.ts';

/** What notify needs: the mailer's home (config), the clock, and the key of unsubscribe links. */
export type NotifyDeps = Pick<AppDeps, 'mailer' | 'config' | 'clock' | 'unsubscribeKey'>;

/**
 * One event that people should hear about: `kind` names the in-app message (web catalog key
 * `notifications.kinds.<kind>`, filled with `params`), `link` is the web path to open (and what
 * the event is about: events about one thing are bundled), and `mail` what the e-mail says in a
 * recipient's language. `attachment`, when given, is the calendar file of what the event is about in
 * a recipient's language: it goes with the mail (the latest one per thing, see mail-attachments.ts).
 * Every recipient of a notice may see what it is about, so the file holds nothing they may not see.
 */
export interface Notice {
  kind: string;
  params: Record<string, string | number | null>;
  link: string;
  /** What the event is about, when that is not where the link goes (a deleted session's page is gone). */
  about?: string | undefined;
  mail: (language: Language) => MailBody;
  attachment?: ((language: Language) => MailAttachment) | undefined;
}

/**
 * Notifies people in the caller's transaction: an in-app notification each, and by e-mail as each
 * chose for the notice's topic (see domain/notification-preferences.ts): a mail item that goes out
 * in a bundle after a short window (immediately) or in the next daily or weekly digest, in the
 * person's language. Nothing is sent unless the transaction commits. Duplicates and the actor's
 * own id, when given as `except`, are skipped.
 */
export async function notify(q: Queryable, deps: NotifyDeps, networkId: string, userIds: Iterable<string>, notice: Notice, except?: string | null): Promise<number> {
  const ids = [...new Set(userIds)].filter((id) => id !== except);
  if (ids.length === 0) return 0;
  const users = await q
    .selectFrom('users as u')
    .leftJoin('user_settings as s', 's.user_id', 'u.id')
    .leftJoin('notification_preferences as p', (j) => j.onRef('p.user_id', '=', 'u.id').on('p.topic', '=', topicOf(notice.kind)))
    .select(['u.id', 's.language', 'p.delivery'])
    .where('u.id', 'in', ids)
    .execute();
  if (users.length === 0) return 0;
  await q
    .insertInto('notifications')
    .values(users.map((u) => ({ id: randomUUID(), network_id: networkId, user_id: u.id, kind: notice.kind, params: JSON.stringify(notice.params), link: notice.link })))
    .execute();
  await queueMailItems(q, deps, { networkId, notice, users });
  return users.length;
}

async function queueMailItems(q: Queryable, deps: NotifyDeps, { networkId, notice, users }: { networkId: string; notice: Notice; users: { id: string; language: Language | null; delivery: Delivery | null }[] }) {
  const topic = topicOf(notice.kind);
  const network = await q.selectFrom('networks').select('language').where('id', '=', networkId).executeTakeFirstOrThrow();
  const now = deps.clock.now();
  const bodies = new Map<Language, MailBody>();
  const bodyIn = (language: Language) => bodies.get(language) ?? bodies.set(language, notice.mail(language)).get(language)!;
  const files = new Map<Language, string | null>();
  const filesIn = (language: Language) => {
    if (!files.has(language)) files.set(language, notice.attachment ? JSON.stringify([notice.attachment(language)]) : null);
    return files.get(language)!;
  };
  const url = appUrl(deps.config.publicUrl, notice.link);
  const about = notice.about ?? notice.link;
  const items = users.flatMap((u) => {
    const delivery = u.delivery ?? defaultDelivery(topic);
    if (delivery === 'never') return [];
    const language = u.language ?? network.language;
    const body = bodyIn(language);
    return [{ id: randomUUID(), user_id: u.id, network_id: networkId, topic, kind: notice.kind, about, delivery, language, subject: body.subject, lines: JSON.stringify(body.lines), action: body.action, url, created_at: now, attachments: filesIn(language) }];
  });
  if (items.length === 0) return;
  const immediate = items.filter((i) => i.delivery === 'immediate');
  // A bundle whose window is still open takes the new event; only the first event starts a window.
  const waiting = new Set(
    immediate.length === 0
      ? []
      : (
          await q
            .selectFrom('notification_mail_items')
            .select('user_id')
            .where('user_id', 'in', immediate.map((i) => i.user_id))
            .where('about', '=', about)
            .where('topic', '=', topic)
            .where('delivery', '=', 'immediate')
            .where('mailed_at', 'is', null)
            .execute()
        ).map((r) => r.user_id),
  );
  await q.insertInto('notification_mail_items').values(items).execute();
  const windowEnd = new Date(now.getTime() + BUNDLE_WINDOW_MINUTES * 60_000);
  for (const item of immediate) {
    if (waiting.has(item.user_id)) continue;
    await enqueueJob(q, { kind: BUNDLE_JOB, networkId, payload: { userId: item.user_id, about: item.about, topic }, runAt: windowEnd, dedupeKey: `${BUNDLE_JOB}:${item.id}` });
  }
  for (const cadence of ['daily', 'weekly'] as Cadence[]) {
    if (!items.some((i) => i.delivery === cadence)) continue;
    const at = nextDigestMoment(cadence, now);
    await enqueueJob(q, { kind: DIGEST_JOB, payload: { cadence, at: at.toISOString() }, runAt: at, dedupeKey: `${DIGEST_JOB}:${cadence}:${at.toISOString()}` });
  }
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
