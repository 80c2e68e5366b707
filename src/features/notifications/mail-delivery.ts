import { randomUUID } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import type { MailAttachment, NotificationMailItemsTable } from '../../db/schema.ts';
import { inTransaction, type Tx } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import { digestPeriod, type Cadence, type Language } from '../../domain/notification-preferences.ts';
import type { JobHandlers } from '../../jobs/queue.ts';
import { mailDay } from '../../mail/dates.ts';
import { composeMail, type MailSection } from '../../mail/layout.ts';
import type { OutgoingMail } from '../../mail/mailer.ts';
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

/** A mail to one person in their language, with the links to their preferences and to unsubscribe from `scope`. */
function mailContent(deps: DeliveryDeps, input: { userId: string; language: Language; subject: string; sections: MailSection[]; scope: string }) {
  return composeMail(input.language, {
    subject: input.subject,
    sections: input.sections,
    preferencesUrl: appUrl(deps.config.publicUrl, PREFERENCES_PATH),
    unsubscribeUrl: unsubscribeUrl(deps, input.userId, input.scope),
  });
}

/** Sends one mail to a person from their claimed items, with the calendar files given, in the caller's transaction. */
async function sendMail(
  tx: Tx,
  deps: DeliveryDeps,
  input: { userId: string; networkId: string | null; language: Language; subject: string; sections: MailSection[]; scope: string; items: Item[]; attachments: MailAttachment[] },
) {
  const user = await tx.selectFrom('users').select('email').where('id', '=', input.userId).executeTakeFirstOrThrow();
  const mailId = await deps.mailer.send(tx, { ...mailContent(deps, input), to: user.email, networkId: input.networkId, attachments: input.attachments });
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

/** How many people's digests go out in one transaction: few commits, short enough locks. */
const DIGEST_BATCH = 200;

/**
 * Sends the digests of one digest moment: one mail per person with every pending item of that
 * cadence from before the moment; people without items get none. A digest row per person, cadence
 * and period (unique) and claiming the items by update make each go out once, even when two app
 * processes run this at the same time. People go in batches of `DIGEST_BATCH`, in the order of
 * their id (so two processes take their rows' locks in the same order), one transaction each.
 * Returns how many digests it sent. The calendar files of the things in a digest go with it, the
 * latest per thing, for at most MAX_DIGEST_CALENDAR_FILES things (the first ones); the digest says
 * which are left out and where to get them.
 */
export async function sendDigests(deps: DeliveryDeps, { cadence, at }: { cadence: Cadence; at: Date }): Promise<number> {
  const people = await deps.db
    .selectFrom('notification_mail_items')
    .select('user_id')
    .distinct()
    .where('delivery', '=', cadence)
    .where('mailed_at', 'is', null)
    .where('created_at', '<=', at)
    .orderBy('user_id')
    .execute();
  let sent = 0;
  for (let i = 0; i < people.length; i += DIGEST_BATCH) {
    const batch = people.slice(i, i + DIGEST_BATCH).map((p) => p.user_id);
    sent += await inTransaction(deps.db, (tx) => sendDigestBatch(tx, deps, { cadence, at, userIds: batch }));
  }
  return sent;
}

async function sendDigestBatch(tx: Tx, deps: DeliveryDeps, { cadence, at, userIds }: { cadence: Cadence; at: Date; userIds: string[] }): Promise<number> {
  const now = deps.clock.now();
  const period = digestPeriod(at);
  // Whoever inserts a person's digest row first sends it; a second process skips that person.
  const digests = await tx
    .insertInto('notification_digests')
    .values(userIds.map((userId) => ({ id: randomUUID(), user_id: userId, cadence, period, items: 0, created_at: now })))
    .onConflict((oc) => oc.columns(['user_id', 'cadence', 'period']).doNothing())
    .returning(['id', 'user_id'])
    .execute();
  if (digests.length === 0) return 0;
  const claimed = digests.map((d) => d.user_id);
  const items = await tx
    .updateTable('notification_mail_items')
    .set({ mailed_at: now })
    .where('user_id', 'in', claimed)
    .where('delivery', '=', cadence)
    .where('mailed_at', 'is', null)
    .where('created_at', '<=', at)
    .returningAll()
    .execute();
  const people = await tx.selectFrom('users as u').leftJoin('user_settings as s', 's.user_id', 'u.id').select(['u.id', 'u.email', 's.language']).where('u.id', 'in', claimed).execute();
  const personOf = new Map(people.map((p) => [p.id, p]));
  const itemsOf = new Map<string, Item[]>();
  for (const item of items) itemsOf.set(item.user_id, [...(itemsOf.get(item.user_id) ?? []), item]);
  const empty: string[] = [];
  const mails: { digestId: string; items: Item[]; mail: OutgoingMail }[] = [];
  for (const digest of digests) {
    const mine = itemsOf.get(digest.user_id);
    const person = personOf.get(digest.user_id);
    if (!mine || !person) {
      empty.push(digest.id);
      continue;
    }
    mine.sort((a, b) => a.created_at.getTime() - b.created_at.getTime());
    const language = person.language ?? mine[0]!.language;
    const text = DIGEST_TEXT[language];
    const { attachments, leftOut } = attachmentsOf(mine, MAX_DIGEST_CALENDAR_FILES);
    const content = mailContent(deps, {
      userId: digest.user_id,
      language,
      subject: text.subject(cadence, mailDay(at, language)),
      sections: [{ lines: leftOut > 0 ? [text.intro(mine.length), text.moreFiles(leftOut)] : [text.intro(mine.length)] }, ...mine.map((i) => sectionOf(i, true))],
      scope: cadence,
    });
    mails.push({ digestId: digest.id, items: mine, mail: { ...content, to: person.email, networkId: null, attachments } });
  }
  if (empty.length > 0) await tx.deleteFrom('notification_digests').where('id', 'in', empty).execute();
  if (mails.length === 0) return 0;
  const mailIds = await deps.mailer.sendAll(
    tx,
    mails.map((m) => m.mail),
  );
  // Each item learns its mail, and each digest its size: one statement each for the whole batch.
  const itemMail = mails.flatMap((m, index) => m.items.map((item) => sql`(${item.id}::uuid, ${mailIds[index]!}::uuid)`));
  await sql`update notification_mail_items as i set mail_id = v.mail_id from (values ${sql.join(itemMail)}) as v(id, mail_id) where i.id = v.id`.execute(tx);
  const sizes = mails.map((m) => sql`(${m.digestId}::uuid, ${m.items.length}::integer)`);
  await sql`update notification_digests as d set items = v.items from (values ${sql.join(sizes)}) as v(id, items) where d.id = v.id`.execute(tx);
  return mails.length;
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
