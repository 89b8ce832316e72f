import { vi } from 'vitest';
import type { CheckoutSession } from '../checkout/api';

export interface StubReply {
  readonly status: number;
  readonly body: unknown;
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
