import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { MailAttachment, NotificationMailItemsTable } from '../../db/schema.ts';
import { inTransaction, type Tx } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import { digestPeriod, type Cadence, type Language } from '../../domain/notification-preferences.ts';
import type { JobHandlers } from '../../jobs/queue.ts';
import { mailDay } from '../../mail/dates.ts';
import { composeMail, type MailSection } from '../../mail/layout.ts';
import { unsubscribeToken } from '../../mail/unsubscribe-token.ts';
import { attachmentsOf, MAX_DIGEST_CALENDAR_FILES } from './mail-attachments.ts';
import { BUNDLE_JOB, DIGEST_JOB, PREFERENCES_PATH } from './mail-jobs.ts';
import { appUrl, type NotifyDeps } from './notify.ts';

type Item = Selectable<NotificationMailItemsTable>;
type DeliveryDeps = NotifyDeps & Pick<AppDeps, 'db'>;

const sectionOf = (item: Item, heading?: boolean): MailSection => ({ heading: heading ? item.subject : undefined, lines: item.lines, link: { label: item.action, url: item.url } });

/** The web address of the one-click unsubscribe of `scope` (a topic, or a digest's cadence) for one person. */
export function unsubscribeUrl(deps: Pick<AppDeps, 'config' | 'unsubscribeKey'>, userId: string, scope: string): string {
  return appUrl(deps.config.publicUrl, `/api/unsubscribe/${unsubscribeToken(deps.unsubscribeKey, { userId, scope })}`);
}

/** Sends one mail to a person from their claimed items, with the calendar files given, in the caller's transaction. */
async function sendMail(
  tx: Tx,
  deps: DeliveryDeps,
  input: { userId: string; networkId: string | null; language: Language; subject: string; sections: MailSection[]; scope: string; items: Item[]; attachments: MailAttachment[] },
) {
  const user = await tx.selectFrom('users').select('email').where('id', '=', input.userId).executeTakeFirstOrThrow();
  const content = composeMail(input.language, {
    subject: input.subject,
    sections: input.sections,
    preferencesUrl: appUrl(deps.config.publicUrl, PREFERENCES_PATH),
    unsubscribeUrl: unsubscribeUrl(deps, input.userId, input.scope),
  });
  const mailId = await deps.mailer.send(tx, { ...content, to: user.email, networkId: input.networkId, attachments: input.attachments });
  await tx.updateTable('notification_mail_items').set({ mail_id: mailId }).where('id', 'in', input.items.map((i) => i.id)).execute();
}

/**
 * Sends the immediate mail about one thing for one person: every event about it since the window
 * opened goes into one mail, with the latest calendar file of that thing if it has one. Claiming
 * the items by update makes it go out once, whoever runs it.
 */
export async function sendBundle(deps: DeliveryDeps, { userId, about, topic }: { userId: string; about: string; topic: string }): Promise<boolean> {
  return inTransaction(deps.db, async (tx) => {
    const items = await tx
      .updateTable('notification_mail_items')
      .set({ mailed_at: deps.clock.now() })
      .where('user_id', '=', userId)
      .where('about', '=', about)
      .where('topic', '=', topic)
      .where('delivery', '=', 'immediate')
      .where('mailed_at', 'is', null)
      .returningAll()
      .execute();
    if (items.length === 0) return false;
    items.sort((a, b) => a.created_at.getTime() - b.created_at.getTime());
    const last = items.at(-1)!;
    const many = items.length > 1;
    const subject = many ? `${last.subject} (${items.length} ${last.language === 'nl' ? 'meldingen' : 'notices'})` : last.subject;
    await sendMail(tx, deps, { userId, networkId: last.network_id, language: last.language, subject, sections: items.map((i) => sectionOf(i, many)), scope: topic, items, attachments: attachmentsOf(items).attachments });
    return true;
  });
}

const DIGEST_TEXT = {
  nl: {
    subject: (cadence: Cadence, day: string) => `Ketenregie: uw ${cadence === 'daily' ? 'dagoverzicht' : 'weekoverzicht'} van ${day}`,
    intro: (count: number) => `Dit is er gebeurd in uw samenwerkingsverbanden (${count} ${count === 1 ? 'melding' : 'meldingen'}). Alles staat ook bij Meldingen in Ketenregie.`,
    moreFiles: (count: number) =>
      `De agendabestanden van de eerste ${MAX_DIGEST_CALENDAR_FILES} onderwerpen zitten bij deze e-mail; ${count === 1 ? 'dat van het andere onderwerp' : `die van de ${count} andere onderwerpen`} niet. Zet ${count === 1 ? 'het' : 'ze'} in uw agenda met "Zet in uw agenda" op de pagina achter de link.`,
  },
  en: {
    subject: (cadence: Cadence, day: string) => `Ketenregie: your ${cadence} digest of ${day}`,
    intro: (count: number) => `This happened in your networks (${count} ${count === 1 ? 'notice' : 'notices'}). Everything is also under Notifications in Ketenregie.`,
    moreFiles: (count: number) =>
      `The calendar files of the first ${MAX_DIGEST_CALENDAR_FILES} subjects are attached to this e-mail; ${count === 1 ? 'the file of the other subject is' : `those of the ${count} other subjects are`} not. Add ${count === 1 ? 'it' : 'them'} to your calendar with "Add to your calendar" on the page behind the link.`,
  },
} as const;

/**
 * Sends the digests of one digest moment: one mail per person with every pending item of that
 * cadence from before the moment; people without items get none. A digest row per person, cadence
 * and period (unique) and claiming the items by update make each go out once, even when two app
 * processes run this at the same time. Returns how many digests it sent. The calendar files of
 * the things in a digest go with it, the latest per thing, for at most MAX_DIGEST_CALENDAR_FILES
 * things (the first ones); the digest says which are left out and where to get them.
 */
export async function sendDigests(deps: DeliveryDeps, { cadence, at }: { cadence: Cadence; at: Date }): Promise<number> {
  const period = digestPeriod(at);
  const people = await deps.db
    .selectFrom('notification_mail_items')
    .select('user_id')
    .distinct()
    .where('delivery', '=', cadence)
    .where('mailed_at', 'is', null)
    .where('created_at', '<=', at)
    .execute();
  let sent = 0;
  for (const { user_id: userId } of people) {
    const done = await inTransaction(deps.db, async (tx) => {
      const digest = await tx
        .insertInto('notification_digests')
        .values({ id: randomUUID(), user_id: userId, cadence, period, items: 0, created_at: deps.clock.now() })
        .onConflict((oc) => oc.columns(['user_id', 'cadence', 'period']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!digest) return false;
      const items = await tx
        .updateTable('notification_mail_items')
        .set({ mailed_at: deps.clock.now() })
        .where('user_id', '=', userId)
        .where('delivery', '=', cadence)
        .where('mailed_at', 'is', null)
        .where('created_at', '<=', at)
        .returningAll()
        .execute();
      if (items.length === 0) {
        await tx.deleteFrom('notification_digests').where('id', '=', digest.id).execute();
        return false;
      }
      items.sort((a, b) => a.created_at.getTime() - b.created_at.getTime());
      await tx.updateTable('notification_digests').set({ items: items.length }).where('id', '=', digest.id).execute();
      const settings = await tx.selectFrom('user_settings').select('language').where('user_id', '=', userId).executeTakeFirst();
      const language = settings?.language ?? items[0]!.language;
      const text = DIGEST_TEXT[language];
      const { attachments, leftOut } = attachmentsOf(items, MAX_DIGEST_CALENDAR_FILES);
      await sendMail(tx, deps, {
        userId,
        networkId: null,
        language,
        subject: text.subject(cadence, mailDay(at, language)),
        sections: [{ lines: leftOut > 0 ? [text.intro(items.length), text.moreFiles(leftOut)] : [text.intro(items.length)] }, ...items.map((i) => sectionOf(i, true))],
        scope: cadence,
        items,
        attachments,
      });
      return true;
    });
    if (done) sent++;
  }
  return sent;
}

/** The jobs that send bundles and digests. */
export function notificationJobHandlers(deps: DeliveryDeps): JobHandlers {
  return {
    [BUNDLE_JOB]: async (payload) => {
      await sendBundle(deps, { userId: String(payload.userId), about: String(payload.about), topic: String(payload.topic) });
    },
    [DIGEST_JOB]: async (payload) => {
      await sendDigests(deps, { cadence: payload.cadence === 'weekly' ? 'weekly' : 'daily', at: new Date(String(payload.at)) });
    },
  };
}
