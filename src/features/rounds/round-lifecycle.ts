import type { Queryable, Tx } from '../../db/transaction.ts';
import type { Language } from '../../domain/notification-preferences.ts';
import { reminderMoments } from '../../domain/round-schedule.ts';
import { conflict } from '../../errors.ts';
import { enqueueJob } from '../../jobs/queue.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { roundClosingEvent } from '../calendar/calendar-events.ts';
import { calendarAttachment } from '../calendar/calendar-file.ts';
import type { Actor } from '../../domain/membership.ts';
import { coordinatorsOf, notify, type NotifyDeps } from '../notifications/notify.ts';
import { PRECOMPUTE_RESULTS_JOB } from '../results/precompute-results.ts';
import { responseAtClose } from './close-confirmation.ts';
import { roundClosedMail, roundOpenedMail } from './round-mails.ts';
import type { RoundRow } from './round-view.ts';

/** What opening, closing and reminding need besides the transaction. */
export type RoundDeps = NotifyDeps;

/** A step in a round's life: who takes it, on which round (locked by the caller), at which moment. */
export interface RoundStep {
  actor: Actor;
  round: RoundRow;
  now: Date;
}

export const OPEN_JOB = 'rounds.open';
export const CLOSE_JOB = 'rounds.close';
export const REMIND_JOB = 'rounds.remind';

export const questionnairePath = (networkId: string, roundId: string) => `/networks/${networkId}/rounds/${roundId}/questionnaire`;
export const roundPath = (networkId: string, roundId: string) => `/networks/${networkId}/rounds/${roundId}`;

async function networkName(q: Queryable, networkId: string): Promise<string> {
  const row = await q.selectFrom('networks').select('name').where('id', '=', networkId).executeTakeFirstOrThrow();
  return row.name;
}

/**
 * The round's closing moment as a calendar file in a reader's language: its title and date,
 * nothing about answers. An open round no longer changes, so the opening mail and every reminder
 * carry the same event (UID and SEQUENCE): importing a later one updates, never duplicates.
 */
export function closingFile(round: Pick<RoundRow, 'id' | 'network_id' | 'title' | 'closes_at' | 'version' | 'updated_at'>, publicUrl: string) {
  const closing = { id: round.id, networkId: round.network_id, title: round.title, closesAt: round.closes_at, version: round.version, updatedAt: round.updated_at };
  return (language: Language) => calendarAttachment(roundClosingEvent(closing, { publicUrl, language }));
}

/** A draft round opens by itself at its planned moment; a job per planned moment (a changed date makes the old one stale). */
export async function scheduleOpening(q: Queryable, round: Pick<RoundRow, 'id' | 'network_id' | 'opens_at'>): Promise<void> {
  const opensAt = round.opens_at.toISOString();
  await enqueueJob(q, {
    kind: OPEN_JOB,
    networkId: round.network_id,
    payload: { roundId: round.id, networkId: round.network_id, opensAt },
    runAt: round.opens_at,
    dedupeKey: `${OPEN_JOB}:${round.id}:${opensAt}`,
  });
}

/**
 * Opens a draft round (locked by the caller): every representative, and with `include_members`
 * every member who works for a partner, becomes an invitee and hears about it by e-mail and in
 * the app; the closing and the reminders are scheduled as durable jobs.
 */
export async function openLockedRound(tx: Tx, deps: RoundDeps, { actor, round, now }: RoundStep): Promise<number> {
  if (round.status !== 'draft') throw conflict(`The round is already ${round.status}`, { status: round.status });
  if (round.closes_at.getTime() <= now.getTime()) throw conflict('The closing moment has passed; move it to the future first', { closesAt: round.closes_at.toISOString() });
  const roles = round.include_members ? (['representative', 'member'] as const) : (['representative'] as const);
  const people = await tx
    .selectFrom('network_members')
    .select(['user_id', 'partner_id'])
    .where('network_id', '=', round.network_id)
    .where('role', 'in', [...roles])
    .where('partner_id', 'is not', null)
    .execute();
  await tx
    .updateTable('rounds')
    // Opening freezes the network's k for this round (DESIGN §5.3): a later change of the setting
    // does not change what the round shows.
    .set((eb) => ({
      status: 'open',
      opened_at: now,
      updated_at: now,
      version: round.version + 1,
      anonymity_k: eb.selectFrom('networks').select('anonymity_k').where('networks.id', '=', round.network_id),
    }))
    .where('id', '=', round.id)
    .execute();
  if (people.length > 0) {
    await tx
      .insertInto('round_invitees')
      .values(people.map((p) => ({ network_id: round.network_id, round_id: round.id, user_id: p.user_id, partner_id: p.partner_id!, invited_at: now })))
      .onConflict((oc) => oc.columns(['round_id', 'user_id']).doNothing())
      .execute();
  }
  const link = questionnairePath(round.network_id, round.id);
  const mailInput = { networkName: await networkName(tx, round.network_id), title: round.title, closesAt: round.closes_at };
  const mail = (language: Language) => roundOpenedMail(mailInput, language);
  const userIds = people.map((p) => p.user_id);
  const attachment = closingFile({ ...round, version: round.version + 1, updated_at: now }, deps.config.publicUrl);
  await notify(tx, deps, round.network_id, userIds, { kind: 'roundOpened', params: { title: round.title, closesAt: round.closes_at.toISOString() }, link, mail, attachment });
  const closesAt = round.closes_at.toISOString();
  await enqueueJob(tx, { kind: CLOSE_JOB, networkId: round.network_id, payload: { roundId: round.id, networkId: round.network_id }, runAt: round.closes_at, dedupeKey: `${CLOSE_JOB}:${round.id}` });
  for (const moment of reminderMoments(now, round.closes_at)) {
    const at = moment.toISOString();
    await enqueueJob(tx, {
      kind: REMIND_JOB,
      networkId: round.network_id,
      payload: { roundId: round.id, networkId: round.network_id, moment: at },
      runAt: moment,
      dedupeKey: `${REMIND_JOB}:${round.id}:${at}`,
    });
  }
  await recordAudit(tx, actor, {
    networkId: round.network_id,
    action: 'round.open',
    objectType: 'round',
    objectId: round.id,
    details: { title: round.title, invited: userIds.length, closesAt, disclosureMode: round.disclosure_mode, automatic: actor.userId === null },
  });
  return userIds.length;
}

/** Closes an open round (locked by the caller) and tells the coordinators how many responded. */
export async function closeLockedRound(tx: Tx, deps: RoundDeps, { actor, round, now }: RoundStep): Promise<void> {
  if (round.status !== 'open') throw conflict(round.status === 'draft' ? 'A draft round cannot be closed; delete it instead' : 'The round is already closed', { status: round.status });
  const response = await responseAtClose(tx, round);
  const lowResponse = response.lowResponse.length > 0;
  await tx
    .updateTable('rounds')
    .set({ status: 'closed', closed_at: now, updated_at: now, version: round.version + 1, low_response: lowResponse })
    .where('id', '=', round.id)
    .execute();
  const invited = await tx.selectFrom('round_invitees').select((eb) => eb.fn.countAll<string>().as('n')).where('round_id', '=', round.id).executeTakeFirstOrThrow();
  const submitted = await tx
    .selectFrom('round_responses')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('round_id', '=', round.id)
    .where('submitted_at', 'is not', null)
    .executeTakeFirstOrThrow();
  const counts = { invited: Number(invited.n), submitted: Number(submitted.n) };
  await enqueueJob(tx, { kind: PRECOMPUTE_RESULTS_JOB, networkId: round.network_id, payload: { roundId: round.id }, runAt: now, dedupeKey: `${PRECOMPUTE_RESULTS_JOB}:${round.id}` });
  const link = roundPath(round.network_id, round.id);
  const mailInput = { networkName: await networkName(tx, round.network_id), title: round.title, ...counts };
  const mail = (language: Language) => roundClosedMail(mailInput, language);
  await notify(tx, deps, round.network_id, await coordinatorsOf(tx, round.network_id), { kind: 'roundClosed', params: { title: round.title, ...counts }, link, mail }, actor.userId);
  await recordAudit(tx, actor, {
    networkId: round.network_id,
    action: 'round.close',
    objectType: 'round',
    objectId: round.id,
    details: { title: round.title, ...counts, automatic: actor.userId === null, lowResponse: response.lowResponse },
  });
}
