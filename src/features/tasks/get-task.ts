import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { notFound } from '../../errors.ts';
import { findTask } from './task-view.ts';

/** One task of the task division with its letters; 404 when it is not in this network. */
export async function getTask({ db }: AppDeps, { membership, taskId }: { membership: Membership; taskId: string }) {
  permit(membership, 'network.read');
  const task = await findTask(db, membership.networkId, taskId);
  if (!task) throw notFound('Task not found');
  return task;
}
