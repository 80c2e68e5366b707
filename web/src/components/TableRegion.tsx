import type { ReactNode } from 'react';

/**
 * Wraps a table that may scroll sideways on a narrow screen; the region takes keyboard focus so
 * people without a mouse can scroll it too, and is named by the heading `labelledBy` points at or
 * by `label`. The first column stays in view while the rest scrolls (content.css).
 */
export function TableRegion({ labelledBy, label, children }: { labelledBy?: string; label?: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} aria-label={labelledBy ? undefined : label} tabIndex={0}>
      {children}
    </div>
  );
}
