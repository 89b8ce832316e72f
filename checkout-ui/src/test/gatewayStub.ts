import { expect, vi } from 'vitest';
import type { CheckoutSession } from '../checkout/api';

export interface StubReply {
  readonly status: number;
  readonly body: unknown;
}

/** Where the tests open the page: the link the merchant sends, with the client secret and publishable key. */
export const checkoutLocation = {
  pathname: '/checkout/cs_123',
  hash: '#client_secret=cs_123_secret_abc&publishable_key=pk_test_abc',
};

/** What every gateway call must carry: the publishable key as bearer, the client secret in its own header. */
export function expectPageCredentials(init: RequestInit | undefined) {
  const headers = new Headers(init?.headers);
  expect(headers.get('Authorization')).toBe('Bearer pk_test_abc');
  expect(headers.get('Checkout-Client-Secret')).toBe('cs_123_secret_abc');
}

export const openSession: CheckoutSession = {
  id: 'cs_123',
  amount: 1500,
  currency: 'KES',
  reference: 'INV-1',
  description: 'Two bags of flour',
  merchant_name: 'Demo Merchant',
  status: 'open',
  payment: null,
};

export const accepted: StubReply = {
  status: 202,
  body: { payment_id: 'pay_1', status: 'pending', watch_token: 'wt_1' },
};

/** Replaces fetch with the gateway's two checkout endpoints, answering with the given replies. */
export function stubGateway(session: StubReply, pay: StubReply = accepted) {
  const fetchStub = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const reply =
      init?.method === 'POST' && url === `/api/v1/checkout/sessions/${openSession.id}/pay`
        ? pay
        : url === `/api/v1/checkout/sessions/${openSession.id}` && init?.method === 'GET'
          ? session
          : { status: 404, body: { error: { type: 'invalid_request_error', message: 'no such route' } } };
    return new Response(JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchStub);
  return fetchStub;
}
