/** Where the page was opened: `/checkout/{sessionId}#{clientSecret}`, or somewhere without a session. */
export type CheckoutRoute =
  | { readonly kind: 'checkout'; readonly sessionId: string; readonly clientSecret: string }
  | { readonly kind: 'missing-secret'; readonly sessionId: string }
  | { readonly kind: 'no-session' };

const CHECKOUT_PATH = /^\/checkout\/([A-Za-z0-9_-]+)\/?$/;

export function checkoutRoute(pathname: string, hash: string): CheckoutRoute {
  const match = CHECKOUT_PATH.exec(pathname);
  if (!match) return { kind: 'no-session' };
  const sessionId = match[1];
  // The secret travels in the fragment so it never reaches a server log.
  const clientSecret = safeDecode(hash.replace(/^#/, '')).trim();
  return clientSecret ? { kind: 'checkout', sessionId, clientSecret } : { kind: 'missing-secret', sessionId };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
