import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { pageOfTasks } from './task-view.ts';

/** The task division in the order the tasks were made, a page at a time. */
export async function listTasks({ db }: AppDeps, { membership, page }: { membership: Membership; page: { limit: number; cursor?: string | undefined } }) {
  permit(membership, 'network.read');
  return pageOfTasks(db, membership.networkId, page);
}
