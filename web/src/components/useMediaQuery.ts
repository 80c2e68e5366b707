import { useCallback, useSyncExternalStore } from 'react';

/**
 * Whether the media query matches now, following changes (a phone turned sideways, a window
 * resized).
 *
 * @example
 * const wide = useMediaQuery('(width >= 64rem)');
 */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}
