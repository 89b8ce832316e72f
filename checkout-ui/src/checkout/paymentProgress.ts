import type { PaymentStatus } from './api';

/** What the customer sees about one payment; the server's message wins over our default wording. */
export interface PaymentProgress {
  readonly paymentId: string;
  readonly watchToken: string;
  readonly status: PaymentStatus;
  readonly message: string | null;
  readonly receipt: string | null;
}

const DEFAULT_MESSAGES: Record<PaymentStatus, string> = {
  pending: 'Sending the payment request to your phone…',
  submitted: 'Check your phone and enter your M-Pesa PIN',
  succeeded: 'Payment received. Thank you!',
  failed: 'The payment did not go through.',
  cancelled: 'You cancelled the request on your phone',
  expired: 'The request on your phone expired before it was approved.',
  // money may have moved: never suggest a failure or a retry while M-Pesa has not confirmed
  unknown: 'We are confirming your payment with M-Pesa… Please do not pay again.',
};

const FINAL: ReadonlySet<PaymentStatus> = new Set(['succeeded', 'failed', 'cancelled', 'expired']);

export function isFinal(status: PaymentStatus): boolean {
  return FINAL.has(status);
}

/** A final outcome other than success: the customer may start a new payment. */
export function canRetry(status: PaymentStatus): boolean {
  return isFinal(status) && status !== 'succeeded';
}

export function isKnownStatus(value: unknown): value is PaymentStatus {
  return typeof value === 'string' && Object.hasOwn(DEFAULT_MESSAGES, value);
}

export function messageFor(progress: Pick<PaymentProgress, 'status' | 'message'>): string {
  const fromServer = progress.message?.trim();
  return fromServer ? fromServer : DEFAULT_MESSAGES[progress.status];
}
