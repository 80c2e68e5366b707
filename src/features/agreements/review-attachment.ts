import type { MailAttachment } from '../../db/schema.ts';
import type { Queryable } from '../../db/transaction.ts';
import type { Language } from '../../domain/notification-preferences.ts';
import { reviewEvent } from '../calendar/calendar-events.ts';
import { calendarAttachment } from '../calendar/calendar-file.ts';
import type { AgreementEvent } from './agreement-mails.ts';

/** The events whose mail carries the review date: it came into force, its title or date changed, it ended. */
const WITH_REVIEW_DATE: ReadonlySet<AgreementEvent['kind']> = new Set(['agreementInForce', 'agreementChanged', 'agreementEnded']);

/**
 * The calendar file of an agreement's review date for the mail about this event, per language; none
 * when the event does not touch the date or the agreement has no review date in force. As in the
 * personal feed, only an agreement in force has a review in people's calendars; an ended one sends
 * its event once more as cancelled, so it leaves the calendars it was put in. Title and date only:
 * what everyone in the network reads on the agreement's page.
 */
export async function reviewAttachment(
  q: Queryable,
  { publicUrl, agreementId, event }: { publicUrl: string; agreementId: string; event: AgreementEvent },
): Promise<((language: Language) => MailAttachment) | undefined> {
  if (!WITH_REVIEW_DATE.has(event.kind)) return undefined;
  const row = await q
    .selectFrom('agreements')
    .select(['id', 'network_id', 'title', 'review_on', 'review_sequence', 'version_in_force', 'ended_at', 'updated_at'])
    .where('id', '=', agreementId)
    .executeTakeFirstOrThrow();
  if (row.review_on === null || row.version_in_force === null) return undefined;
  const reviewOn = row.review_on;
  const agreement = { id: row.id, networkId: row.network_id, title: row.title, reviewOn, reviewSequence: row.review_sequence, ended: row.ended_at !== null, updatedAt: row.updated_at };
  return (language) => calendarAttachment(reviewEvent(agreement, { publicUrl, language }));
}
