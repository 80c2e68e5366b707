import { randomUUID } from 'node:crypto';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { PersonActor } from '../../domain/membership.ts';
import { notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { appUrl } from '../notifications/notify.ts';
import type { CalendarLanguage } from './calendar-texts.ts';
import { feedPath, newFeedToken } from './feed-token.ts';

function toFeedView(row: { id: string; language: CalendarLanguage; created_at: Date }) {
  return { id: row.id, language: row.language, createdAt: row.created_at.toISOString() };
}

/** The person's calendar feed, if they have one (never its address: only its hash is kept). */
export async function getMyFeed({ db }: AppDeps, { actor }: { actor: PersonActor }) {
  const row = await db
    .selectFrom('calendar_feeds')
    .select(['id', 'language', 'created_at'])
    .where('user_id', '=', actor.userId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return { feed: row ? toFeedView(row) : null };
}

/**
 * Makes a new secret feed address for the person, in their language. A person has one feed: making
 * a new one revokes the old address. The address is returned this once.
 */
export async function createMyFeed(deps: AppDeps, { actor, language }: { actor: PersonActor; language: CalendarLanguage }) {
  const now = deps.clock.now();
  return inTransaction(deps.db, async (tx) => {
    await tx.updateTable('calendar_feeds').set({ revoked_at: now }).where('user_id', '=', actor.userId).where('revoked_at', 'is', null).execute();
    const { token, hash } = newFeedToken();
    const row = await tx
      .insertInto('calendar_feeds')
      .values({ id: randomUUID(), user_id: actor.userId, token_hash: hash, language, created_at: now, revoked_at: null })
      .returning(['id', 'language', 'created_at'])
      .executeTakeFirstOrThrow();
    await recordAudit(tx, actor, { networkId: null, action: 'calendar_feed.create', objectType: 'calendar_feed', objectId: row.id, details: { language } });
    return { ...toFeedView(row), url: appUrl(deps.config.publicUrl, feedPath(token)) };
  });
}

/** Revokes the person's feed: its address answers 404 from now on. */
export async function revokeMyFeed(deps: AppDeps, { actor, feedId }: { actor: PersonActor; feedId: string }) {
  const now = deps.clock.now();
  return inTransaction(deps.db, async (tx) => {
    const revoked = await tx
      .updateTable('calendar_feeds')
      .set({ revoked_at: now })
      .where('id', '=', feedId)
      .where('user_id', '=', actor.userId)
      .where('revoked_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!revoked) throw notFound('Calendar feed not found');
    await recordAudit(tx, actor, { networkId: null, action: 'calendar_feed.revoke', objectType: 'calendar_feed', objectId: feedId, details: {} });
    return { feed: null };
  });
}
