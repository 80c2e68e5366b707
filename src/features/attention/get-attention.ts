import type { AppDeps } from '../../deps.ts';
import { orderAttention, STEP_DUE_SOON_DAYS, type AttentionItem } from '../../domain/attention.ts';
import { addDutchDays, dutchToday } from '../../domain/calendar.ts';
import type { Membership } from '../../domain/membership.ts';
import { partnerSpokenFor, permit } from '../../domain/permissions.ts';
import { isStepOverdue } from '../../domain/step-due.ts';

/** Where in the web app the person acts on an item. */
function linkFor(networkId: string, item: AttentionItem): string {
  const base = `/networks/${networkId}`;
  switch (item.kind) {
    case 'questionnaire':
      return `${base}/rounds/${item.id}/questionnaire`;
    case 'ratification':
      return `${base}/agreements/${item.id}`;
    case 'step':
      return `${base}/steps`;
    case 'request':
      return `${base}/requests`;
    case 'difference':
      return `${base}/differences/${item.id}`;
    case 'session':
      return `${base}/sessions/${item.id}`;
  }
}

/**
 * What asks for this person's attention in the network now (issue 11 item 3): the open
 * questionnaire they have not sent, proposals their partner has not consented to or objected to
 * yet, their own steps due within a week or overdue, open requests addressed to their partner,
 * differences without their partner's view, and the next session. Only the caller's own facts:
 * whether someone else answered a round is never part of it (DESIGN §5.3).
 */
export async function getAttention({ db, clock }: AppDeps, { membership, userId }: { membership: Membership; userId: string }) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  const now = clock.now();
  const today = dutchToday(now);
  const partnerId = partnerSpokenFor(membership);
  const items: AttentionItem[] = [];

  const rounds = await db
    .selectFrom('round_invitees as i')
    .innerJoin('rounds as r', 'r.id', 'i.round_id')
    .leftJoin('round_responses as rr', (j) => j.onRef('rr.round_id', '=', 'r.id').on('rr.respondent_id', '=', userId))
    .select(['r.id', 'r.title', 'r.closes_at', 'rr.submitted_at'])
    .where('i.network_id', '=', networkId)
    .where('i.user_id', '=', userId)
    .where('r.status', '=', 'open')
    .execute();
  for (const r of rounds) {
    if (r.submitted_at === null) items.push({ kind: 'questionnaire', id: r.id, title: r.title, due: r.closes_at.toISOString(), overdue: false });
  }

  const steps = await db
    .selectFrom('steps')
    .select(['id', 'title', 'status', 'due_on'])
    .where('network_id', '=', networkId)
    .where('claimed_by', '=', userId)
    .where('status', 'in', ['open', 'claimed'])
    .where('due_on', 'is not', null)
    .where('due_on', '<=', addDutchDays(today, STEP_DUE_SOON_DAYS))
    .execute();
  for (const s of steps) {
    items.push({ kind: 'step', id: s.id, title: s.title, due: s.due_on, overdue: isStepOverdue({ status: s.status, dueOn: s.due_on }, today) });
  }

  if (partnerId !== null) {
    const proposals = await db
      .selectFrom('agreements as a')
      .select(['a.id', 'a.title', 'a.proposed_version'])
      .where('a.network_id', '=', networkId)
      .where('a.ended_at', 'is', null)
      .where('a.proposed_version', 'is not', null)
      .where((eb) =>
        eb.or([
          eb('a.all_partners', '=', true),
          eb.exists(eb.selectFrom('agreement_parties as ap').select('ap.partner_id').whereRef('ap.agreement_id', '=', 'a.id').where('ap.partner_id', '=', partnerId)),
        ]),
      )
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('agreement_ratifications as ar')
              .select('ar.id')
              .whereRef('ar.agreement_id', '=', 'a.id')
              .whereRef('ar.version', '=', 'a.proposed_version')
              .where('ar.partner_id', '=', partnerId),
          ),
        ),
      )
      .execute();
    for (const a of proposals) items.push({ kind: 'ratification', id: a.id, title: a.title, due: null, overdue: false });

    const requests = await db
      .selectFrom('requests')
      .select(['id', 'title'])
      .where('network_id', '=', networkId)
      .where('to_partner_id', '=', partnerId)
      .where('status', '=', 'open')
      .where('draft', '=', false)
      .execute();
    for (const r of requests) items.push({ kind: 'request', id: r.id, title: r.title, due: null, overdue: false });

    const differences = await db
      .selectFrom('difference_partners as dp')
      .innerJoin('differences as d', 'd.id', 'dp.difference_id')
      .select(['d.id', 'd.topic'])
      .where('dp.network_id', '=', networkId)
      .where('dp.partner_id', '=', partnerId)
      .where('dp.view', '=', '')
      .where('d.draft', '=', false)
      .where('d.status', 'in', ['named', 'explored'])
      .execute();
    for (const d of differences) items.push({ kind: 'difference', id: d.id, title: d.topic, due: null, overdue: false });
  }

  const session = await db
    .selectFrom('meetings')
    .select(['id', 'title', 'held_on'])
    .where('network_id', '=', networkId)
    .where('held_on', '>=', today)
    .orderBy('held_on')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  if (session) items.push({ kind: 'session', id: session.id, title: session.title, due: session.held_on, overdue: false });

  return { today, items: orderAttention(items).map((item) => ({ ...item, link: linkFor(networkId, item) })) };
}
