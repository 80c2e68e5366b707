import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, unwrap, type Task } from '../../api.ts';

/** Every task of the network, following the cursor (the matrix shows them all). */
async function fetchAllTasks(networkId: string): Promise<Task[]> {
  const tasks: Task[] = [];
  let cursor: string | undefined;
  do {
    const page = await unwrap(api.GET('/api/networks/{networkId}/tasks', { params: { path: { networkId }, query: { limit: 200, cursor } } }));
    tasks.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return tasks;
}

export const taskQueries = {
  all: (networkId: string) => queryOptions({ queryKey: ['network', networkId, 'tasks'], queryFn: () => fetchAllTasks(networkId) }),
};

/** After a change of the task division: the matrix and the stage assessment are out of date. */
export function invalidateTasks(queryClient: QueryClient, networkId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ['network', networkId, 'tasks'] }),
    queryClient.invalidateQueries({ queryKey: ['network', networkId, 'stage'] }),
  ]);
}
