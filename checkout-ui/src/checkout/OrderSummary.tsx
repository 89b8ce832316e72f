import type { CheckoutSession } from './api';

export function formatAmount(amount: number, currency: string): string {
  // Whole shillings: M-Pesa has no cents.
  return `${currency} ${new Intl.NumberFormat('en-KE', { maximumFractionDigits: 0 }).format(amount)}`;
}

export function OrderSummary({ session }: { readonly session: CheckoutSession }) {
  return (
    <section className="summary" aria-labelledby="summary-title">
      <h1 className="summary__merchant" id="summary-title">
        {session.merchant_name}
      </h1>
      <p className="summary__amount">{formatAmount(session.amount, session.currency)}</p>
      {session.description && <p className="summary__description">{session.description}</p>}
      <dl className="summary__details">
        <dt>Reference</dt>
        <dd>{session.reference}</dd>
      </dl>
    </section>
  );
}
