import { canRetry, isFinal, messageFor, type PaymentProgress } from './paymentProgress';

interface PaymentStatusPanelProps {
  readonly progress: PaymentProgress | null;
  readonly connectionLost: boolean;
}

/**
 * Always mounted, so screen readers announce each change of the live region; it is empty until
 * a payment exists.
 */
export function PaymentStatusPanel({ progress, connectionLost }: PaymentStatusPanelProps) {
  const tone = progress ? toneOf(progress) : 'idle';
  return (
    <div className={`status status--${tone}`} role="status" aria-live="polite" aria-atomic="true">
      {progress && (
        <>
          {!isFinal(progress.status) && <span className="status__spinner" aria-hidden="true" />}
          <p className="status__message">{messageFor(progress)}</p>
          {progress.status === 'succeeded' && progress.receipt && (
            <p className="status__receipt">
              M-Pesa receipt <strong>{progress.receipt}</strong>
            </p>
          )}
          {canRetry(progress.status) && (
            <p className="status__next">You can try again with the same or another number.</p>
          )}
          {connectionLost && !isFinal(progress.status) && (
            <p className="status__next">
              We lost the live connection. Refresh the page to see the latest status.
            </p>
          )}
        </>
      )}
    </div>
  );
}

function toneOf(progress: PaymentProgress): 'waiting' | 'success' | 'problem' {
  if (progress.status === 'succeeded') return 'success';
  return canRetry(progress.status) ? 'problem' : 'waiting';
}
