import { inTransaction, type Queryable } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import { effectiveDeliveries, isTopic, TOPIC_NAMES, TOPICS, type Delivery, type Language, type Topic } from '../../domain/notification-preferences.ts';
import { notFound } from '../../errors.ts';
import { readUnsubscribeToken } from '../../mail/unsubscribe-token.ts';

/** A person's mail settings: their language (null: each network's) and the delivery per topic. */
export interface NotificationPreferences {
  language: Language | null;
  topics: { topic: Topic; group: 'action' | 'information'; delivery: Delivery; chosen: boolean }[];
}

async function choicesOf(q: Queryable, userId: string): Promise<Map<string, Delivery>> {
  const rows = await q.selectFrom('notification_preferences').select(['topic', 'delivery']).where('user_id', '=', userId).execute();
  return new Map(rows.map((r) => [r.topic, r.delivery]));
}

/** The signed-in person's mail language and the delivery of each topic (their choice or the default). */
export async function getNotificationPreferences({ db }: Pick<AppDeps, 'db'>, { userId }: { userId: string }): Promise<NotificationPreferences> {
  const settings = await db.selectFrom('user_settings').select('language').where('user_id', '=', userId).executeTakeFirst();
  const choices = await choicesOf(db, userId);
  const all = effectiveDeliveries(choices);
  return {
    language: settings?.language ?? null,
    topics: TOPIC_NAMES.map((topic) => ({ topic, group: TOPICS[topic].group, delivery: all[topic], chosen: choices.has(topic) })),
  };
}

async function setDeliveries(q: Queryable, userId: string, deliveries: Partial<Record<Topic, Delivery>>, now: Date) {
  const rows = Object.entries(deliveries).map(([topic, delivery]) => ({ user_id: userId, topic, delivery: delivery!, updated_at: now }));
  if (rows.length === 0) return;
  await q
    .insertInto('notification_preferences')
    .values(rows)
    .onConflict((oc) => oc.columns(['user_id', 'topic']).doUpdateSet((eb) => ({ delivery: eb.ref('excluded.delivery'), updated_at: eb.ref('excluded.updated_at') })))
    .execute();
}

/**
 * Changes the person's mail language (null: each network's) and the deliveries of the topics
 * given; topics not given keep what they had.
 */
export async function updateNotificationPreferences(
  { db, clock }: Pick<AppDeps, 'db' | 'clock'>,
  { userId, language, deliveries = {} }: { userId: string; language?: Language | null | undefined; deliveries?: Partial<Record<Topic, Delivery>> | undefined },
): Promise<NotificationPreferences> {
  const now = clock.now();
  await inTransaction(db, async (tx) => {
    if (language !== undefined) {
      await tx
        .insertInto('user_settings')
        .values({ user_id: userId, language, updated_at: now })
        .onConflict((oc) => oc.column('user_id').doUpdateSet({ language, updated_at: now }))
        .execute();
    }
    await setDeliveries(tx, userId, deliveries, now);
  });
  return getNotificationPreferences({ db }, { userId });
}

/** What an unsubscribe link stops: one topic, or a digest (every topic that comes in it). */
export type UnsubscribeScope = { topic: Topic } | { digest: 'daily' | 'weekly' };

function scopeOf(key: string, token: string): { userId: string; scope: UnsubscribeScope } {
  const read = readUnsubscribeToken(key, token);
  if (read && isTopic(read.scope)) return { userId: read.userId, scope: { topic: read.scope } };
  if (read && (read.scope === 'daily' || read.scope === 'weekly')) return { userId: read.userId, scope: { digest: read.scope } };
  throw notFound('This unsubscribe link is not valid');
}

/** What an unsubscribe link would stop, for the confirmation page (a GET changes nothing). */
export async function describeUnsubscribe({ db, unsubscribeKey }: Pick<AppDeps, 'db' | 'unsubscribeKey'>, { token }: { token: string }): Promise<UnsubscribeScope> {
  const { userId, scope } = scopeOf(unsubscribeKey, token);
  const user = await db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
  if (!user) throw notFound('This unsubscribe link is not valid');
  return scope;
}

/**
 * The one-click unsubscribe (RFC 8058), without a session: the link's topic goes to "not by mail",
 * or for a digest every topic that came in it. The notifications stay in the app.
 */
export async function unsubscribe(deps: Pick<AppDeps, 'db' | 'clock' | 'unsubscribeKey'>, { token }: { token: string }): Promise<UnsubscribeScope> {
  const scope = await describeUnsubscribe(deps, { token });
  const { userId } = readUnsubscribeToken(deps.unsubscribeKey, token)!;
  await inTransaction(deps.db, async (tx) => {
    if ('topic' in scope) return setDeliveries(tx, userId, { [scope.topic]: 'never' }, deps.clock.now());
    const all = effectiveDeliveries(await choicesOf(tx, userId));
    const inDigest = TOPIC_NAMES.filter((t) => all[t] === scope.digest);
    await setDeliveries(tx, userId, Object.fromEntries(inDigest.map((t) => [t, 'never'])), deps.clock.now());
  });
  return scope;
}

