import type { AppDeps } from '../../deps.ts';
import {
  daysBetween,
  isDifferenceNotYetDiscussed,
  isRequestUnanswered,
  newStoriesFrom,
  orderAgenda,
  UNANSWERED_REQUEST_DAYS,
  type AgendaItem,
  type WeighedAgendaItem,
} from '../../domain/agenda.ts';
import type { Aspect } from '../../domain/scores.ts';
import { dutchToday } from '../../domain/calendar.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { isStepOverdue } from '../../domain/step-due.ts';
import type { Signal } from '../signals/build-signals.ts';
import { loadSignalContext, type SignalContext } from '../signals/signal-context.ts';
import { webLinks } from '../signals/web-links.ts';
import { valueMapGaps } from '../value-map/value-map-gaps.ts';
import { hasConsequence, selectDecisions } from '../decisions/decision-view.ts';
import {
  agreementsPastReview,
  agreementsWithObjections,
  differencesToDiscuss,
  lateSteps,
  openRequestsBefore,
  previousSessionOn,
  storiesSince,
} from './agenda-queries.ts';

export type { AgendaItem } from '../../domain/agenda.ts';

// Titles are stored with a session's agenda as text, so they are in the UI's first language.
const ASPECT_TITLES: Record<Aspect, string> = {
  ambition: 'Gedeelde ambitie',
  interests: 'Eigen belangen',
  relationship: 'De relaties',
  organisation: 'Organisatie: afspraken en rollen',
  process: 'Het proces van samenwerken',
};

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The title and params of a signal about a series or a pair, with the partners named. */
function signalSubject(context: SignalContext, signal: Signal): { title: string; params: Record<string, string | number> } {
  const name = (id: string | null) => (id === null ? '' : (context.partners.get(id) ?? ''));
  const params: Record<string, string | number> = {};
  if (signal.measure) params.measure = signal.measure;
  if (signal.aspect) params.aspect = signal.aspect;
  if (signal.partnerId) params.partner = name(signal.partnerId);
  if (signal.from) params.from = name(signal.from);
  if (signal.to) params.to = name(signal.to);
  for (const [key, value] of Object.entries(signal.figures)) params[key] = round1(value);
  let title: string;
  if (signal.from && signal.to) title = `${name(signal.from)} → ${name(signal.to)}`;
  else if (signal.measure === 'receivedTrust') title = `Vertrouwen in ${name(signal.partnerId)}`;
  else if (signal.measure === 'aspect') title = ASPECT_TITLES[signal.aspect!];
  else if (signal.measure === 'openness') title = 'Openheid in het netwerk';
  else title = 'Vertrouwen in het netwerk';
  return { title, params };
}

function signalItems(context: SignalContext, networkId: string): WeighedAgendaItem[] {
  const lastRoundId = context.rounds.at(-1)?.round.id ?? null;
  const pairLink = lastRoundId ? webLinks.roundResults(networkId, lastRoundId) : webLinks.signals(networkId);
  const items: WeighedAgendaItem[] = [];
  for (const signal of context.signals) {
    const { title, params } = signalSubject(context, signal);
    const item = (section: WeighedAgendaItem['section'], weight: number, link: string, itemTitle = title): WeighedAgendaItem => ({
      section,
      kind: signal.code,
      title: itemTitle,
      reason: { code: signal.code, params },
      link,
      weight,
    });
    const figures = signal.figures;
    switch (signal.code) {
      case 'upward_spiral':
        items.push(item('going_well', figures.totalChange!, webLinks.signals(networkId)));
        break;
      case 'downward_spiral':
        items.push(item('downward_spirals', -figures.totalChange!, webLinks.signals(networkId)));
        break;
      case 'too_good_to_be_true':
        items.push(item('too_good_to_be_true', 0, webLinks.signals(networkId), 'Te mooi om waar te zijn?'));
        break;
      // Asymmetries (0–100) before perception gaps (levels 0–5), larger first within each.
      case 'asymmetry':
        items.push(item('pairs', 1000 + Math.abs(figures.difference!), pairLink));
        break;
      case 'perception_gap':
        items.push(item('pairs', Math.abs(figures.difference!), pairLink));
        break;
      case 'agreement_gap':
        items.push(item('agreements', 1000 + figures.gap!, webLinks.agreement(networkId, signal.agreementId!), context.agreements.get(signal.agreementId!) ?? ''));
        break;
    }
  }
  return items;
}

/**
 * The agenda of the next session (DESIGN §5.7), for this caller under the anonymity rule: what
 * goes well (upward spirals, success stories since the previous session or of the last 60 days),
 * downward spirals, "too good to be true", asymmetries and perception gaps, agreements with a gap,
 * past their review date or with objections, differences not yet discussed, overdue steps and
 * decisions that change nothing tomorrow (no owned, dated step),
 * requests unanswered for 14 days and large value-map gaps. Each item says why and where to act.
 *
 * @example const { items } = await getAgenda(deps, { membership }); items[0].section // 'going_well'
 */
export async function getAgenda({ db, clock }: AppDeps, { membership }: { membership: Membership }): Promise<{ items: AgendaItem[] }> {
  permit(membership, 'network.read');
  const { networkId } = membership;
  const now = clock.now();
  const today = dutchToday(now);
  const [context, previousOn, differences, steps, requests, pastReview, objections, gaps] = await Promise.all([
    loadSignalContext(db, membership, now),
    previousSessionOn(db, networkId, today),
    differencesToDiscuss(db, networkId),
    lateSteps(db, networkId, today),
    openRequestsBefore(db, networkId, { today, days: UNANSWERED_REQUEST_DAYS }),
    agreementsPastReview(db, networkId, today),
    agreementsWithObjections(db, networkId),
    valueMapGaps(db, networkId, now),
  ]);
  const stories = await storiesSince(db, networkId, newStoriesFrom(previousOn, today));
  const withoutConsequence = await selectDecisions(db, networkId).where((eb) => eb.not(hasConsequence(eb))).orderBy('d.created_at').execute();

  const items: WeighedAgendaItem[] = [
    ...signalItems(context, networkId),
    ...stories.map((s) => ({
      section: 'going_well' as const,
      kind: 'story',
      title: s.title,
      reason: { code: 'new_story' as const, params: { createdOn: dutchToday(s.created_at) } },
      link: webLinks.story(networkId, s.id),
      weight: 0,
    })),
    ...pastReview.map((a) => ({
      section: 'agreements' as const,
      kind: 'agreement',
      title: a.title,
      reason: { code: 'agreement_review_overdue' as const, params: { reviewOn: a.review_on! } },
      link: webLinks.agreement(networkId, a.id),
      weight: 500 + daysBetween(a.review_on!, today) / 1000,
    })),
    ...objections.map((a) => ({
      section: 'agreements' as const,
      kind: 'agreement',
      title: a.title,
      reason: { code: 'agreement_objection' as const, params: { objections: Number(a.objections), version: a.proposed_version! } },
      link: webLinks.agreement(networkId, a.id),
      weight: 0,
    })),
    ...differences.filter(isDifferenceNotYetDiscussed).map((d) => ({
      section: 'differences' as const,
      kind: 'difference',
      title: d.topic,
      reason: { code: 'difference_open' as const, params: { status: d.status, since: dutchToday(d.created_at) } },
      link: webLinks.difference(networkId, d.id),
      weight: daysBetween(dutchToday(d.created_at), today),
    })),
    ...steps
      .filter((s) => isStepOverdue({ status: s.status, dueOn: s.due_on }, today))
      .map((s) => ({
        section: 'steps' as const,
        kind: 'step',
        title: s.title,
        reason: { code: 'step_overdue' as const, params: { dueOn: s.due_on!, daysOverdue: daysBetween(s.due_on!, today) } },
        link: webLinks.steps(networkId),
        weight: daysBetween(s.due_on!, today),
      })),
    ...withoutConsequence.map((d) => ({
      section: 'steps' as const,
      kind: 'decision',
      title: d.title,
      reason: { code: 'decision_without_consequence' as const, params: { decidedOn: dutchToday(d.created_at), session: d.meeting_title ?? '' } },
      link: webLinks.decision(networkId, d.meeting_id, d.id),
      weight: 0,
    })),
    ...requests
      .map((r) => ({ ...r, createdOn: dutchToday(r.created_at) }))
      .filter((r) => isRequestUnanswered(r, today))
      .map((r) => ({
        section: 'requests' as const,
        kind: 'request',
        title: r.title,
        reason: { code: 'request_unanswered' as const, params: { from: r.fromName ?? '', to: r.toName ?? '', days: daysBetween(r.createdOn, today) } },
        link: webLinks.request(networkId, r.id),
        weight: daysBetween(r.createdOn, today),
      })),
    ...gaps.map((g) => ({
      section: 'value_map' as const,
      kind: 'value_map_gap',
      title: g.dimension ? `${g.partnerName}: ${g.dimension}` : g.partnerName,
      reason: { code: 'value_map_gap' as const, params: { partner: g.partnerName, ...(g.dimension ? { dimension: g.dimension } : {}), claimed: round1(g.claimed), perceived: round1(g.perceived), gap: round1(g.gap) } },
      link: webLinks.valueMap(networkId),
      weight: Math.abs(g.gap),
    })),
  ];
  return { items: orderAgenda(items) };
}
