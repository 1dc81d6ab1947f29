export interface LoadingStateProps {
  /** What is loading, e.g. "team". */
  label?: string;
}

/** Polite live region with a spinner; the text is what screen readers announce. */
export function LoadingState({ label = 'data' }: LoadingStateProps) {
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>Loading {label}…</span>
    </div>
  );
}
