import type { ReactNode } from 'react';

/**
 * Wraps a table that may scroll sideways on a narrow screen; the region takes keyboard focus so
 * people without a mouse can scroll it too.
 */
export function TableRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
