import { useEffect, useState } from 'react';
import {
  CheckoutApiError,
  fetchSession,
  payForSession,
  type CheckoutSession,
  type PageCredentials,
} from './api';
import { formatAmount, OrderSummary } from './OrderSummary';
import { PayForm } from './PayForm';
import { canRetry } from './paymentProgress';
import { PaymentStatusPanel } from './PaymentStatusPanel';
import { usePaymentWatch } from './usePaymentWatch';

interface CheckoutPageProps {
  readonly sessionId: string;
  readonly credentials: PageCredentials;
}

type SessionLoad =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly session: CheckoutSession }
  | { readonly kind: 'failed'; readonly message: string };

const LINK_INVALID = 'This checkout link is not valid or has expired. Ask the merchant for a new one.';

export function CheckoutPage({ sessionId, credentials }: CheckoutPageProps) {
  const [load, setLoad] = useState<SessionLoad>({ kind: 'loading' });
  const { clientSecret, publishableKey } = credentials;

  useEffect(() => {
    let current = true;
    fetchSession(sessionId, { clientSecret, publishableKey }).then(
      (session) => current && setLoad({ kind: 'loaded', session }),
      (error: unknown) => current && setLoad({ kind: 'failed', message: loadFailure(error) }),
    );
    return () => {
      current = false;
    };
  }, [sessionId, clientSecret, publishableKey]);

  switch (load.kind) {
    case 'loading':
      return <p className="notice" aria-busy="true">Loading your checkout…</p>;
    case 'failed':
      return (
        <p className="notice notice--problem" role="alert">
          {load.message}
        </p>
      );
    case 'loaded':
      return (
        <>
          <OrderSummary session={load.session} />
          <SessionPayment session={load.session} credentials={credentials} />
        </>
      );
  }
}

function SessionPayment({ session, credentials }: { session: CheckoutSession; credentials: PageCredentials }) {
  const { progress, connectionLost, begin } = usePaymentWatch(session.payment);
  const open = session.status !== 'complete' && (progress === null || canRetry(progress.status));
  return (
    <section className="payment" aria-label="Payment">
      <PaymentStatusPanel progress={progress} connectionLost={connectionLost} />
      {open && (
        <PayForm
          amountLabel={formatAmount(session.amount, session.currency)}
          pay={(phone, idempotencyKey) => payForSession(session.id, credentials, phone, idempotencyKey)}
          onAccepted={begin}
        />
      )}
      {session.status === 'complete' && progress === null && (
        <p className="notice">This checkout has already been paid.</p>
      )}
    </section>
  );
}

function loadFailure(error: unknown): string {
  const refused = !(error instanceof CheckoutApiError) || [401, 403, 404].includes(error.status);
  return refused ? LINK_INVALID : error.message;
}
