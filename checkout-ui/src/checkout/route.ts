import type { PageCredentials } from './api';

/**
 * Where the page was opened: `/checkout/{sessionId}#client_secret=…&publishable_key=pk_…`, or somewhere
 * without a session. The fragment never reaches a server log; the page sends both values to the gateway.
 */
export type CheckoutRoute =
  | { readonly kind: 'checkout'; readonly sessionId: string; readonly credentials: PageCredentials }
  | { readonly kind: 'missing-secret'; readonly sessionId: string }
  | { readonly kind: 'no-session' };

const CHECKOUT_PATH = /^\/checkout\/([A-Za-z0-9_-]+)\/?$/;

export function checkoutRoute(pathname: string, hash: string): CheckoutRoute {
  const match = CHECKOUT_PATH.exec(pathname);
  if (!match) return { kind: 'no-session' };
  const sessionId = match[1];
  // URLSearchParams decodes each value; a link without either part cannot be paid.
  const fragment = new URLSearchParams(hash.replace(/^#/, ''));
  const clientSecret = fragment.get('client_secret')?.trim() ?? '';
  const publishableKey = fragment.get('publishable_key')?.trim() ?? '';
  return clientSecret && publishableKey.startsWith('pk_')
    ? { kind: 'checkout', sessionId, credentials: { clientSecret, publishableKey } }
    : { kind: 'missing-secret', sessionId };
}
