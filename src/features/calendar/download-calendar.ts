import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { notFound } from '../../errors.ts';
import { getAgreement } from '../agreements/get-agreement.ts';
import { getRound } from '../rounds/get-round.ts';
import { getMeeting } from '../sessions/get-meeting.ts';
import { reviewEvent, roundClosingEvent, sessionEvent } from './calendar-events.ts';
import { calendarFile, calendarFileName, type CalendarEvent } from './calendar-file.ts';
import type { CalendarLanguage } from './calendar-texts.ts';
import { sessionForCalendar } from './session-for-calendar.ts';

type Download = NetworkCaller & { language: CalendarLanguage };

export interface CalendarDownload {
  fileName: string;
  body: string;
}

function download(event: CalendarEvent, title: string): CalendarDownload {
  return { fileName: calendarFileName(event.summary || title), body: calendarFile({ name: title, events: [event] }) };
}

/**
 * A round's closing moment as a calendar file, for whoever may see the round (its page's rule:
 * everyone with a role in the network).
 */
export async function downloadRoundCalendar(deps: AppDeps, { actor, membership, language, roundId }: Download & { roundId: string }): Promise<CalendarDownload> {
  const round = await getRound(deps, { actor, membership, roundId });
  const row = await deps.db.selectFrom('rounds').select(['version', 'updated_at']).where('id', '=', round.id).executeTakeFirstOrThrow();
  const event = roundClosingEvent(
    { id: round.id, networkId: membership.networkId, title: round.title, closesAt: new Date(round.closesAt), version: row.version, updatedAt: row.updated_at },
    { publicUrl: deps.config.publicUrl, language },
  );
  return download(event, round.title);
}

/** A session with its time, place and agenda as a calendar file (everyone with a role in the network). */
export async function downloadSessionCalendar(deps: AppDeps, { actor, membership, language, meetingId }: Download & { meetingId: string }): Promise<CalendarDownload> {
  const meeting = await getMeeting(deps, { membership, userId: actor.userId, meetingId });
  const session = await sessionForCalendar(deps.db, { networkId: membership.networkId, meetingId: meeting.id });
  return download(sessionEvent(session, { publicUrl: deps.config.publicUrl, language }), meeting.title);
}

/** An agreement's review date as a calendar file; 404 when it has none. */
export async function downloadReviewCalendar(deps: AppDeps, { membership, language, agreementId }: Download & { agreementId: string }): Promise<CalendarDownload> {
  const agreement = await getAgreement(deps, { membership, agreementId });
  if (!agreement.reviewOn) throw notFound('This agreement has no review date');
  const row = await deps.db.selectFrom('agreements').select(['review_sequence', 'updated_at', 'ended_at']).where('id', '=', agreement.id).executeTakeFirstOrThrow();
  const event = reviewEvent(
    {
      id: agreement.id,
      networkId: membership.networkId,
      title: agreement.title,
      reviewOn: agreement.reviewOn,
      reviewSequence: row.review_sequence,
      ended: row.ended_at !== null,
      updatedAt: row.updated_at,
    },
    { publicUrl: deps.config.publicUrl, language },
  );
  return download(event, agreement.title);
}
