import { useCallback, useEffect, useState } from 'react';
import type { PaymentAccepted, SessionPayment } from './api';
import { isFinal, isKnownStatus, type PaymentProgress } from './paymentProgress';

const STREAM_BASE = '/stream/v1/payments';

export interface PaymentWatch {
  readonly progress: PaymentProgress | null;
  /** The stream was closed by the server or the network and the browser will not retry. */
  readonly connectionLost: boolean;
  readonly begin: (accepted: PaymentAccepted) => void;
}

/**
 * Holds the latest state of the session's payment and follows it over server-sent events until a
 * final status, so a reload after paying resumes watching from the session's own payment.
 */
export function usePaymentWatch(existing: SessionPayment | null): PaymentWatch {
  const [progress, setProgress] = useState<PaymentProgress | null>(() => fromSession(existing));
  const [connectionLost, setConnectionLost] = useState(false);

  const paymentId = progress?.paymentId;
  const watchToken = progress?.watchToken;
  const watching = progress !== null && !isFinal(progress.status);

  useEffect(() => {
    if (!watching || !paymentId || !watchToken) return;
    const source = new EventSource(streamUrl(paymentId, watchToken));
    source.addEventListener('payment', (event) => {
      const update = parseUpdate((event as MessageEvent<unknown>).data, paymentId);
      if (!update) return;
      if (isFinal(update.status)) source.close();
      setProgress((current) => (current?.paymentId === paymentId ? { ...current, ...update } : current));
    });
    source.onopen = () => setConnectionLost(false);
    // EventSource reconnects by itself after a dropped connection; CLOSED means it has given up.
    source.onerror = () => setConnectionLost(source.readyState === EventSource.CLOSED);
    return () => source.close();
  }, [watching, paymentId, watchToken]);

  const begin = useCallback((accepted: PaymentAccepted) => {
    setConnectionLost(false);
    setProgress({
      paymentId: accepted.payment_id,
      watchToken: accepted.watch_token,
      status: isKnownStatus(accepted.status) ? accepted.status : 'pending',
      message: null,
      receipt: null,
    });
  }, []);

  return { progress, connectionLost, begin };
}

function fromSession(payment: SessionPayment | null): PaymentProgress | null {
  if (!payment) return null;
  return {
    paymentId: payment.id,
    watchToken: payment.watch_token,
    status: isKnownStatus(payment.status) ? payment.status : 'unknown',
    message: payment.message,
    receipt: payment.mpesa_receipt ?? null,
  };
}

function streamUrl(paymentId: string, watchToken: string): string {
  return `${STREAM_BASE}/${encodeURIComponent(paymentId)}/events?token=${encodeURIComponent(watchToken)}`;
}

type ProgressUpdate = Pick<PaymentProgress, 'status' | 'message' | 'receipt'>;

/** Ignores events that are malformed or about another payment rather than showing nonsense. */
function parseUpdate(data: unknown, paymentId: string): ProgressUpdate | null {
  let event: Record<string, unknown>;
  try {
    event = JSON.parse(String(data)) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (event?.payment_id !== paymentId || !isKnownStatus(event.status)) return null;
  return {
    status: event.status,
    message: typeof event.message === 'string' ? event.message : null,
    receipt: typeof event.mpesa_receipt === 'string' ? event.mpesa_receipt : null,
  };
}
