import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { coverage, partnerAvailability, type Requirement } from '../../domain/coverage.ts';
import { invalid } from '../../errors.ts';
import { requireCapability, toRequirementView } from './availability-views.ts';
import { loadSchedule, parseMoment, toLocalIso } from './load-schedule.ts';

const DAY = 86_400_000;
export const MAX_SPAN_DAYS = 400;
/** Up to this many days the answer also lists each partner's available time (the week view draws it). */
export const DETAIL_SPAN_DAYS = 35;

/**
 * Coverage of one capability over [from, to) (DESIGN §5.6): gaps below the requirement with
 * have/need, single points of failure with the partner, and the covered share. Without a
 * requirement nothing is required: no gaps, and the share is null.
 */
export async function getCoverage({ db }: AppDeps, { membership, query }: { membership: Membership; query: { capability: string; from: string; to: string } }) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  const from = parseMoment(query.from);
  const to = parseMoment(query.to);
  if (!(to > from)) throw invalid('The end of the period must be after its start', [{ path: ['to'], message: 'Must be after from' }]);
  if (to - from > MAX_SPAN_DAYS * DAY + 2 * 3_600_000) {
    throw invalid(`The period may span at most ${MAX_SPAN_DAYS} days`, [{ path: ['to'], message: `At most ${MAX_SPAN_DAYS} days after from` }]);
  }
  await requireCapability(db, networkId, query.capability);
  const requirementRow = await db.selectFrom('requirements').selectAll().where('network_id', '=', networkId).where('capability_id', '=', query.capability).executeTakeFirst();
  const { slots, exceptions, names } = await loadSchedule(db, { networkId, capabilityId: query.capability, from, to });
  const requirementView = requirementRow ? toRequirementView(requirementRow) : null;
  const requirement: Requirement = requirementView ? { windows: requirementView.windows, minPartners: requirementView.minPartners } : { windows: [], minPartners: 1 };
  const result = coverage(slots, exceptions, requirement, from, to);
  const partner = (id: string) => ({ id, name: names.get(id) ?? '' });
  const detailed = to - from <= DETAIL_SPAN_DAYS * DAY + 2 * 3_600_000;
  return {
    capabilityId: query.capability,
    from: toLocalIso(from),
    to: toLocalIso(to),
    requirement: requirementView,
    requiredMinutes: result.requiredMinutes,
    coveredMinutes: result.coveredMinutes,
    coveredShare: result.coveredShare,
    gaps: result.gaps.map((g) => ({ from: toLocalIso(g.from), to: toLocalIso(g.to), have: g.have, need: g.need })),
    singlePointsOfFailure: result.singlePointsOfFailure.map((s) => ({ from: toLocalIso(s.from), to: toLocalIso(s.to), partner: partner(s.partnerId) })),
    availability: detailed
      ? [...partnerAvailability(slots, exceptions, from, to)]
          .map(([id, intervals]) => ({ partner: partner(id), intervals: intervals.map((i) => ({ from: toLocalIso(i.from), to: toLocalIso(i.to) })) }))
          .sort((a, b) => a.partner.name.localeCompare(b.partner.name, 'nl'))
      : null,
  };
}
