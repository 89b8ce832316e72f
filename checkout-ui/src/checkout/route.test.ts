import { describe, expect, it } from 'vitest';
import { checkoutRoute } from './route';

describe('checkout link', () => {
  it('carries the session id in the path and the client secret and publishable key in the fragment', () => {
    expect(checkoutRoute('/checkout/cs_1', '#client_secret=cs_1_secret_x&publishable_key=pk_live_y')).toEqual({
      kind: 'checkout',
      sessionId: 'cs_1',
      credentials: { clientSecret: 'cs_1_secret_x', publishableKey: 'pk_live_y' },
    });
  });

  it('decodes what the merchant encoded', () => {
    const route = checkoutRoute('/checkout/cs_1/', '#publishable_key=pk_test_a&client_secret=cs_1_secret_a%2Fb');
    expect(route).toMatchObject({ credentials: { clientSecret: 'cs_1_secret_a/b', publishableKey: 'pk_test_a' } });
  });

  it.each([
    ['a link of the old form, the client secret alone', '#cs_1_secret_x'],
    ['no publishable key', '#client_secret=cs_1_secret_x'],
    ['no client secret', '#publishable_key=pk_test_a'],
    ['a secret key where the publishable key goes', '#client_secret=cs_1_secret_x&publishable_key=sk_test_a'],
    ['nothing', ''],
  ])('is incomplete with %s', (_name, hash) => {
    expect(checkoutRoute('/checkout/cs_1', hash)).toEqual({ kind: 'missing-secret', sessionId: 'cs_1' });
  });

  it('has no session anywhere else', () => {
    expect(checkoutRoute('/', '#client_secret=a&publishable_key=pk_test_a')).toEqual({ kind: 'no-session' });
  });
});
