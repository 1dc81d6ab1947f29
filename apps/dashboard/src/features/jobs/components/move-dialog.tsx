import type { ApplicationStage } from '@skillproof/dashboard-data-access';
import { describeError } from '@skillproof/dashboard-data-access';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { stageLabel, stageVerb } from '../utils/pipeline-stages';

export interface MoveDialogProps {
  /** Who is moved (name, or candidate code in blind mode). */
  personLabel: string;
  /** Current stage (null: not in the pipeline yet). */
  fromStage: ApplicationStage | null;
  /** Stages offered, in pipeline order; the first is preselected unless `defaultStage` is given. */
  stages: ApplicationStage[];
  defaultStage?: ApplicationStage;
  /** Runs the move; a rejected promise shows its (API) error in the dialog, which stays open. */
  onSubmit: (stage: ApplicationStage, reason: string) => Promise<void>;
  onClose: () => void;
}

/**
 * Modal dialog (native `<dialog>`: focus is trapped and Escape closes it) to move a person to a stage.
 * The reason is required: the submit button stays disabled until it is not blank, and the API's
 * answer (e.g. CONFLICT when someone else moved the person meanwhile) is shown in an alert.
 */
export function MoveDialog({ personLabel, fromStage, stages, defaultStage, onSubmit, onClose }: MoveDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [stage, setStage] = useState<ApplicationStage>(defaultStage ?? stages[0]);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const blank = reason.trim() === '';

  // Opened as a modal once mounted (the parent unmounts it to close it; no cleanup, so StrictMode's
  // double effect does not close it again).
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  // The element that opened the dialog gets the focus back when it closes (WAI-ARIA dialog pattern):
  // the parent unmounts the dialog, so the browser's own restoration has nothing to go back to.
  const opener = useRef<Element | null>(typeof document === 'undefined' ? null : document.activeElement);
  useEffect(() => () => {
    const el = opener.current;
    // Deferred: under StrictMode's simulated unmount the dialog is still mounted — then nothing moves.
    setTimeout(() => {
      if (el instanceof HTMLElement && el.isConnected && !ref.current?.isConnected) el.focus();
    }, 0);
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (blank) {
      setError('Give a reason for this decision.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(stage, reason.trim());
    } catch (err) {
      setError(describeError(err).message);
      setBusy(false);
    }
  };

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} onCancel={onClose} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id={`${id}-title`} className="dialog__title">
          {stages.length === 1 ? `${stageVerb(stages[0])} ${personLabel}` : `Move ${personLabel}`}
        </h2>
        <p id={`${id}-desc`} className="muted">
          {fromStage ? `Now: ${stageLabel(fromStage)}.` : 'Not in this job’s pipeline yet.'} Every decision is recorded with your name, the time and the reason.
        </p>
        {stages.length > 1 ? (
          <div className="field">
            <label htmlFor={`${id}-stage`}>New stage</label>
            <select id={`${id}-stage`} value={stage} onChange={(e) => setStage(e.target.value as ApplicationStage)}>
              {stages.map((s) => (
                <option key={s} value={s}>
                  {stageLabel(s)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor={`${id}-reason`}>Reason (required)</label>
          <textarea
            id={`${id}-reason`}
            rows={4}
            maxLength={2000}
            required
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={error && blank ? true : undefined}
            aria-describedby={`${id}-reason-hint${error ? ` ${id}-error` : ''}`}
          />
          <p id={`${id}-reason-hint`} className="field__hint">
            Why this decision, in a sentence (at most 2,000 characters).
          </p>
        </div>
        {error ? (
          <p id={`${id}-error`} role="alert" className="state state--error">
            {error}
          </p>
        ) : null}
        <div className="dialog__actions">
          <button type="button" className="button button--ghost" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="button" disabled={blank || busy}>
            {busy ? 'Saving…' : stageVerb(stage)}
          </button>
        </div>
      </form>
    </dialog>
  );
}
