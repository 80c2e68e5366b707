import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import type { Signal } from './build-signals.ts';
import { namedSubject, roundRef } from './get-trends.ts';
import { loadSignalContext, type SignalContext } from './signal-context.ts';
import { signalUncertainty, spiralUncertainties } from './signal-uncertainty.ts';
import { webLinks } from './web-links.ts';

/** Where to look further: pairs and agreements at the results or the agreement, spirals at the trends. */
export function signalLink(networkId: string, signal: Signal, lastRoundId: string | null): string | null {
  switch (signal.code) {
    case 'asymmetry':
    case 'perception_gap':
      return lastRoundId ? webLinks.roundResults(networkId, lastRoundId) : null;
    case 'agreement_gap':
      return webLinks.agreement(networkId, signal.agreementId!);
    default:
      return webLinks.signals(networkId);
  }
}

/** A signal with its partners and agreement named, as the API returns it. */
export function signalView(context: SignalContext, networkId: string, signal: Signal) {
  const lastRoundId = context.rounds.at(-1)?.round.id ?? null;
  return {
    code: signal.code,
    measure: signal.measure,
    aspect: signal.aspect,
    ...namedSubject(context.partners, signal),
    agreement: signal.agreementId ? { id: signal.agreementId, title: context.agreements.get(signal.agreementId) ?? '' } : null,
    figures: signal.figures,
    link: signalLink(networkId, signal, lastRoundId),
  };
}

/**
 * The signals of DESIGN §5.7 the caller may see: downward and upward spirals, "too good to be
 * true", and the asymmetries, perception gaps and agreement gaps of the last closed round.
 */
export async function getSignals({ db, clock }: AppDeps, { membership }: { membership: Membership }) {
  permit(membership, 'network.read');
  const context = await loadSignalContext(db, membership, clock.now());
  const last = context.rounds.at(-1);
  const spirals = await spiralUncertainties(db, context);
  return {
    round: last ? roundRef(last) : null,
    signals: context.signals.map((s) => ({ ...signalView(context, membership.networkId, s), uncertain: signalUncertainty(context, spirals, s) })),
  };
}
