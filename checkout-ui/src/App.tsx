import { CheckoutPage } from './checkout/CheckoutPage';
import { checkoutRoute } from './checkout/route';

interface AppProps {
  readonly location: Pick<Location, 'pathname' | 'hash'>;
}

export function App({ location }: AppProps) {
  const route = checkoutRoute(location.pathname, location.hash);
  return (
    <div className="page">
      <header className="page__header">
        <span className="page__brand">M-Pesa checkout</span>
      </header>
      <main className="card">
        {route.kind === 'checkout' && (
          <CheckoutPage sessionId={route.sessionId} credentials={route.credentials} />
        )}
        {route.kind === 'missing-secret' && (
          <p className="notice notice--problem" role="alert">
            This checkout link is incomplete. Open the full link the merchant sent you.
          </p>
        )}
        {route.kind === 'no-session' && <NoSession />}
      </main>
      <footer className="page__footer">Payments are processed by M-Pesa. Never share your PIN.</footer>
    </div>
  );
}

function NoSession() {
  return (
    <section className="notice">
      <h1 className="notice__title">No checkout session</h1>
      <p>
        This page shows a payment that a merchant has started for you. Open the checkout link the
        merchant sent you to pay with M-Pesa.
      </p>
    </section>
  );
}
