import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { notFound } from '../../errors.ts';
import { findStep } from './step-view.ts';

/** One step of the network (404 when it is not there). */
export async function getStep({ db, clock }: AppDeps, { membership, stepId }: { membership: Membership; stepId: string }) {
  permit(membership, 'network.read');
  const step = await findStep(db, { networkId: membership.networkId, stepId, now: clock.now() });
  if (!step) throw notFound('Step not found');
  return step;
}
