import type { ReactNode } from 'react';

/** Horizontal scroll container for wide tables; focusable so keyboard users can scroll it. */
export function TableWrap({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="table-wrap" role="region" aria-label={`${label} table`} tabIndex={0} data-testid={testId}>
      {children}
    </div>
  );
}
