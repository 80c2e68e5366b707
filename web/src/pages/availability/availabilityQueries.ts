import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api.ts';
import type { components } from '../../api.gen.ts';

type Schemas = components['schemas'];
export type Capability = Schemas['Capability'];
export type WeeklyWindow = Schemas['WeeklyWindow'];
export type Slot = Schemas['AvailabilitySlot'];
export type AvailabilityException = Schemas['AvailabilityException'];
export type Coverage = Schemas['Coverage'];
export type AvailableNow = Schemas['AvailableNow'];

/** Every slot of a capability, following the cursor page by page (a capability has a few hundred at most). */
async function fetchSlots(networkId: string, capability: string): Promise<Slot[]> {
  const slots: Slot[] = [];
  let cursor: string | undefined;
  do {
    const page = await unwrap(api.GET('/api/networks/{networkId}/availability-slots', { params: { path: { networkId }, query: { capability, limit: 200, cursor } } }));
    slots.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return slots;
}

async function fetchExceptions(networkId: string, capability: string): Promise<AvailabilityException[]> {
  const items: AvailabilityException[] = [];
  let cursor: string | undefined;
  do {
    const page = await unwrap(api.GET('/api/networks/{networkId}/availability-exceptions', { params: { path: { networkId }, query: { capability, limit: 200, cursor } } }));
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

/** The availability queries; their keys nest under 'availability', so one invalidation refreshes them all. */
export const availabilityQueries = {
  capabilities: (networkId: string) =>
    queryOptions({
      queryKey: ['network', networkId, 'availability', 'capabilities'],
      queryFn: async () => (await unwrap(api.GET('/api/networks/{networkId}/capabilities', { params: { path: { networkId } } }))).items,
    }),
  slots: (networkId: string, capability: string) =>
    queryOptions({ queryKey: ['network', networkId, 'availability', 'slots', capability], queryFn: () => fetchSlots(networkId, capability) }),
  exceptions: (networkId: string, capability: string) =>
    queryOptions({ queryKey: ['network', networkId, 'availability', 'exceptions', capability], queryFn: () => fetchExceptions(networkId, capability) }),
  coverage: (networkId: string, capability: string, from: string, to: string) =>
    queryOptions({
      queryKey: ['network', networkId, 'availability', 'coverage', capability, from, to],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/coverage', { params: { path: { networkId }, query: { capability, from, to } } })),
    }),
  availableNow: (networkId: string, capability: string) =>
    queryOptions({
      queryKey: ['network', networkId, 'availability', 'now', capability],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/available-now', { params: { path: { networkId }, query: { capability } } })),
      refetchInterval: 60_000,
      refetchIntervalInBackground: false,
      staleTime: 0,
    }),
};

export const invalidateAvailability = (queryClient: QueryClient, networkId: string) =>
  queryClient.invalidateQueries({ queryKey: ['network', networkId, 'availability'] });
