import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { availabilityQueries, type Capability } from './availabilityQueries.ts';

const storageKey = (networkId: string) => `ketenregie.capability.${networkId}`;

function remembered(networkId: string): string | null {
  try {
    return window.localStorage.getItem(storageKey(networkId));
  } catch {
    return null;
  }
}

/**
 * The capability a person looks at, remembered on this device per network (the night-time caller
 * should not have to choose again), falling back to the first capability.
 */
export function useCapabilityChoice(networkId: string): { capabilities: Capability[] | undefined; capability: Capability | null; choose: (id: string | null) => void; isLoading: boolean; error: unknown } {
  const query = useQuery(availabilityQueries.capabilities(networkId));
  const [chosen, setChosen] = useState<string | null>(() => remembered(networkId));
  const choose = useCallback(
    (id: string | null) => {
      setChosen(id);
      try {
        if (id) window.localStorage.setItem(storageKey(networkId), id);
      } catch {
        // Private browsing may refuse storage; the choice then lasts for this visit.
      }
    },
    [networkId],
  );
  const list = query.data;
  const capability = list?.find((c) => c.id === chosen) ?? list?.[0] ?? null;
  return { capabilities: list, capability, choose, isLoading: query.isLoading, error: query.error };
}
