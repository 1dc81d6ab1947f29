export interface ErrorStateProps {
  title?: string;
  /** The error message as received (e.g. the GraphQL error message). */
  message: string;
  /** The GraphQL `extensions.code`, when known. */
  code?: string | null;
  onRetry?: () => void;
}

export function ErrorState({ title = 'Something went wrong', message, code, onRetry }: ErrorStateProps) {
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">
        <span aria-hidden="true">✕ </span>
        {title}
      </p>
      <p className="state__message">
        {message}
        {code ? <code className="state__code">{code}</code> : null}
      </p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
