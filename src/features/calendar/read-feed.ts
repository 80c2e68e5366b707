import type { AppDeps } from '../../deps.ts';
import { addDutchDays, dutchToday } from '../../domain/calendar.ts';
import { notFound } from '../../errors.ts';
import { reviewEvent, roundClosingEvent, sessionEvent, stepDueEvent } from './calendar-events.ts';
import { calendarFile, type CalendarEvent } from './calendar-file.ts';
import { calendarTexts } from './calendar-texts.ts';
import { hashFeedToken } from './feed-token.ts';
import { sessionForCalendar } from './session-for-calendar.ts';

/** How far back the feed reaches: recent things stay visible in a calendar for a while. */
const PAST_DAYS = 90;

/**
 * A person's calendar feed, by its secret token: across every network they hold a role in, the
 * open rounds they are invited to answer, the sessions they take part in, the review dates of
 * agreements in force that their partner is party to, and the due days of the steps they claimed.
 * A revoked or unknown token is 404. Titles and descriptions are in the feed's language; nothing
 * about anyone's answers is in it.
 */
export async function readFeed(deps: AppDeps, { token }: { token: string }): Promise<string> {
  const { db, config, clock } = deps;
  const feed = await db.selectFrom('calendar_feeds').select(['user_id', 'language']).where('token_hash', '=', hashFeedToken(token)).where('revoked_at', 'is', null).executeTakeFirst();
  if (!feed) throw notFound('This calendar feed does not exist');
  const where = { publicUrl: config.publicUrl, language: feed.language };
  const userId = feed.user_id;
  const since = addDutchDays(dutchToday(clock.now()), -PAST_DAYS);
  const events: CalendarEvent[] = [];

  const memberships = db.selectFrom('network_members').select('network_id').where('user_id', '=', userId);

  const rounds = await db
    .selectFrom('rounds as r')
    .innerJoin('round_invitees as i', (j) => j.onRef('i.round_id', '=', 'r.id').on('i.user_id', '=', userId))
    .select(['r.id', 'r.network_id', 'r.title', 'r.closes_at', 'r.version', 'r.updated_at'])
    .where('r.status', '=', 'open')
    .where('r.network_id', 'in', memberships)
    .orderBy('r.closes_at')
    .execute();
  for (const r of rounds) {
    events.push(roundClosingEvent({ id: r.id, networkId: r.network_id, title: r.title, closesAt: r.closes_at, version: r.version, updatedAt: r.updated_at }, where));
  }

  const meetings = await db
    .selectFrom('meetings as m')
    .innerJoin('meeting_participants as p', (j) => j.onRef('p.meeting_id', '=', 'm.id').on('p.user_id', '=', userId))
    .select(['m.id', 'm.network_id'])
    .where('m.held_on', '>=', since)
    .where('m.network_id', 'in', memberships)
    .orderBy('m.held_on')
    .execute();
  for (const m of meetings) events.push(sessionEvent(await sessionForCalendar(db, { networkId: m.network_id, meetingId: m.id }), where));

  const partners = db.selectFrom('network_members').select('partner_id').where('user_id', '=', userId).where('partner_id', 'is not', null);
  const agreements = await db
    .selectFrom('agreements as a')
    .innerJoin('network_members as nm', (j) => j.onRef('nm.network_id', '=', 'a.network_id').on('nm.user_id', '=', userId))
    .select(['a.id', 'a.network_id', 'a.title', 'a.review_on', 'a.review_sequence', 'a.updated_at'])
    .where('a.review_on', 'is not', null)
    .where('a.review_on', '>=', since)
    .where('a.version_in_force', 'is not', null)
    .where('a.ended_at', 'is', null)
    .where('nm.partner_id', 'is not', null)
    .where((eb) =>
      eb.or([
        eb('a.all_partners', '=', true),
        eb.exists(eb.selectFrom('agreement_parties as ap').select('ap.partner_id').whereRef('ap.agreement_id', '=', 'a.id').where('ap.partner_id', 'in', partners)),
      ]),
    )
    .orderBy('a.review_on')
    .execute();
  for (const a of agreements) {
    events.push(reviewEvent({ id: a.id, networkId: a.network_id, title: a.title, reviewOn: a.review_on!, reviewSequence: a.review_sequence, ended: false, updatedAt: a.updated_at }, where));
  }

  const steps = await db
    .selectFrom('steps')
    .select(['id', 'network_id', 'title', 'due_on', 'version', 'updated_at'])
    .where('claimed_by', '=', userId)
    .where('status', '=', 'claimed')
    .where('due_on', 'is not', null)
    .where('due_on', '>=', since)
    .where('network_id', 'in', memberships)
    .orderBy('due_on')
    .execute();
  for (const s of steps) events.push(stepDueEvent({ id: s.id, networkId: s.network_id, title: s.title, dueOn: s.due_on!, version: s.version, updatedAt: s.updated_at }, where));

  return calendarFile({ name: calendarTexts(feed.language).feed, events });
}
