/**
 * The two gateway endpoints the checkout page calls. Each carries the merchant's publishable key as
 * the bearer (it names the merchant and may sit in a browser; a secret key never may) and the
 * session's client secret, which opens this one session.
 */

export interface PageCredentials {
  readonly publishableKey: string;
  readonly clientSecret: string;
}

export type SessionStatus = 'open' | 'processing' | 'complete';

export type PaymentStatus =
  | 'pending'
  | 'submitted'
  | 'succeeded'
  | 'failed'
  | 'cancelled'
  | 'expired'
  | 'unknown';

export interface SessionPayment {
  readonly id: string;
  readonly status: PaymentStatus;
  readonly message: string | null;
  readonly watch_token: string;
  readonly mpesa_receipt?: string | null;
}

export interface CheckoutSession {
  readonly id: string;
  readonly amount: number;
  readonly currency: string;
  readonly reference: string;
  readonly description: string | null;
  readonly merchant_name: string;
  readonly status: SessionStatus;
  readonly payment: SessionPayment | null;
}

export interface PaymentAccepted {
  readonly payment_id: string;
  readonly status: PaymentStatus;
  readonly watch_token: string;
}

/** The gateway's one error envelope, or a failure to reach it at all (status 0). */
export class CheckoutApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string | null = null,
    readonly param: string | null = null,
  ) {
    super(message);
    this.name = 'CheckoutApiError';
  }
}

const API_BASE = '/api/v1/checkout/sessions';
const UNREACHABLE = 'We could not reach the payment service. Check your connection and try again.';
const UNEXPECTED = 'Something went wrong on our side. Please try again in a moment.';

export function fetchSession(sessionId: string, credentials: PageCredentials): Promise<CheckoutSession> {
  return request<CheckoutSession>(`${API_BASE}/${encodeURIComponent(sessionId)}`, credentials, {
    method: 'GET',
  });
}

export function payForSession(
  sessionId: string,
  credentials: PageCredentials,
  phone: string,
  idempotencyKey: string,
): Promise<PaymentAccepted> {
  return request<PaymentAccepted>(`${API_BASE}/${encodeURIComponent(sessionId)}/pay`, credentials, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
    body: JSON.stringify({ phone }),
  });
}

async function request<T>(url: string, credentials: PageCredentials, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: {
        ...init.headers,
        Accept: 'application/json',
        Authorization: `Bearer ${credentials.publishableKey}`,
        'Checkout-Client-Secret': credentials.clientSecret,
      },
      cache: 'no-store',
    });
  } catch {
    throw new CheckoutApiError(0, UNREACHABLE);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw errorFrom(response.status, body);
  if (body === null) throw new CheckoutApiError(response.status, UNEXPECTED);
  return body as T;
}

function errorFrom(status: number, body: unknown): CheckoutApiError {
  const error = (body as { error?: Record<string, unknown> } | null)?.error;
  const text = (key: string) => (typeof error?.[key] === 'string' ? (error[key] as string) : null);
  return new CheckoutApiError(status, text('message') ?? UNEXPECTED, text('code'), text('param'));
}
