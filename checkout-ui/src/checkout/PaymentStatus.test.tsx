import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { FakeEventSource } from '../test/FakeEventSource';
import { checkoutLocation, expectPageCredentials, openSession, stubGateway } from '../test/gatewayStub';
import type { CheckoutSession } from './api';

async function payWith(phoneNumber: string) {
  const user = userEvent.setup();
  render(<App location={checkoutLocation} />);
  await user.type(await screen.findByLabelText('M-Pesa phone number'), phoneNumber);
  await user.click(screen.getByRole('button', { name: /^Pay/ }));
  await screen.findByText('Sending the payment request to your phone…');
  return openedEventSource();
}

/** The stream is opened in an effect after the render; on a loaded machine that can come a little later. */
function openedEventSource(): Promise<FakeEventSource> {
  return vi.waitFor(() => FakeEventSource.latest(), { timeout: 5_000 });
}

beforeEach(() => {
  FakeEventSource.reset();
  vi.stubGlobal('EventSource', FakeEventSource);
});

describe('live payment status', () => {
  it('asks the customer to check the phone, then shows the receipt and stops listening', async () => {
    const fetchStub = stubGateway({ status: 200, body: openSession });
    const source = await payWith('0712 345 678');

    const [url, init] = fetchStub.mock.calls[1];
    expect(url).toBe('/api/v1/checkout/sessions/cs_123/pay');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({ phone: '0712 345 678' });
    expectPageCredentials(init);
    expect(source.url).toBe('/stream/v1/payments/pay_1/events?token=wt_1');

    source.emitPayment({ payment_id: 'pay_1', status: 'submitted', message: null, mpesa_receipt: null });
    expect(screen.getByRole('status')).toHaveTextContent('Check your phone and enter your M-Pesa PIN');
    expect(screen.queryByLabelText('M-Pesa phone number')).not.toBeInTheDocument();

    source.emitPayment({ payment_id: 'pay_1', status: 'succeeded', message: null, mpesa_receipt: 'SGR7XYZ123' });
    expect(screen.getByRole('status')).toHaveTextContent('Payment received. Thank you!');
    expect(screen.getByRole('status')).toHaveTextContent('M-Pesa receipt SGR7XYZ123');
    expect(source.readyState).toBe(FakeEventSource.CLOSED);
    expect(screen.queryByRole('button', { name: /^Pay/ })).not.toBeInTheDocument();
  });

  it('tells the customer they cancelled the request and lets them try again', async () => {
    stubGateway({ status: 200, body: openSession });
    const source = await payWith('0712345678');

    source.emitPayment({ payment_id: 'pay_1', status: 'cancelled', message: null, mpesa_receipt: null });

    expect(screen.getByRole('status')).toHaveTextContent('You cancelled the request on your phone');
    expect(source.readyState).toBe(FakeEventSource.CLOSED);
    expect(screen.getByRole('button', { name: 'Pay KES 1,500' })).toBeEnabled();
  });

  it('prefers the message the server sends over its own wording', async () => {
    stubGateway({ status: 200, body: openSession });
    const source = await payWith('0712345678');

    source.emitPayment({
      payment_id: 'pay_1',
      status: 'failed',
      message: 'Your M-Pesa balance is too low for this payment',
      mpesa_receipt: null,
    });

    expect(screen.getByRole('status')).toHaveTextContent('Your M-Pesa balance is too low for this payment');
    expect(screen.getByRole('status')).not.toHaveTextContent('did not go through');
  });

  it('keeps confirming while the outcome is unknown and ignores events of another payment', async () => {
    stubGateway({ status: 200, body: openSession });
    const source = await payWith('0712345678');

    source.emitPayment({ payment_id: 'pay_1', status: 'unknown', message: null, mpesa_receipt: null });
    source.emitPayment({ payment_id: 'pay_other', status: 'succeeded', message: null, mpesa_receipt: 'X' });

    expect(screen.getByRole('status')).toHaveTextContent('We are confirming your payment with M-Pesa…');
    expect(screen.getByRole('status')).not.toHaveTextContent(/fail|did not go through|try again/i);
    expect(screen.queryByRole('button', { name: /^Pay/ })).not.toBeInTheDocument();
    expect(source.readyState).not.toBe(FakeEventSource.CLOSED);
  });

  it('shows the server’s message for an unknown payment and then its outcome', async () => {
    stubGateway({ status: 200, body: openSession });
    const source = await payWith('0712345678');

    source.emitPayment({
      payment_id: 'pay_1',
      status: 'unknown',
      message: 'We are confirming your payment with M-Pesa. Please do not pay again; this page updates by itself.',
      mpesa_receipt: null,
    });
    expect(screen.getByRole('status')).toHaveTextContent('Please do not pay again');

    source.emitPayment({ payment_id: 'pay_1', status: 'succeeded', message: null, mpesa_receipt: 'SGR7UNK001' });
    expect(screen.getByRole('status')).toHaveTextContent('M-Pesa receipt SGR7UNK001');
    expect(source.readyState).toBe(FakeEventSource.CLOSED);
  });

  it('stops at the first final status even when more events follow at once', async () => {
    stubGateway({ status: 200, body: openSession });
    const source = await payWith('0712345678');

    source.emitPayment(
      { payment_id: 'pay_1', status: 'succeeded', message: null, mpesa_receipt: 'SGR7XYZ123' },
      { payment_id: 'pay_1', status: 'failed', message: null, mpesa_receipt: null },
    );

    expect(screen.getByRole('status')).toHaveTextContent('M-Pesa receipt SGR7XYZ123');
    expect(source.readyState).toBe(FakeEventSource.CLOSED);
  });

  it('says so when the live connection is lost for good', async () => {
    stubGateway({ status: 200, body: openSession });
    const source = await payWith('0712345678');

    source.failForGood();

    expect(screen.getByRole('status')).toHaveTextContent('We lost the live connection');
  });

  it('resumes watching the session’s payment after a reload', async () => {
    const processing: CheckoutSession = {
      ...openSession,
      status: 'processing',
      payment: { id: 'pay_9', status: 'submitted', message: null, watch_token: 'wt_9' },
    };
    stubGateway({ status: 200, body: processing });
    render(<App location={checkoutLocation} />);

    expect(await screen.findByText('Check your phone and enter your M-Pesa PIN')).toBeInTheDocument();
    expect(screen.queryByLabelText('M-Pesa phone number')).not.toBeInTheDocument();
    const source = await openedEventSource();
    expect(source.url).toBe('/stream/v1/payments/pay_9/events?token=wt_9');

    source.emitPayment({ payment_id: 'pay_9', status: 'succeeded', message: null, mpesa_receipt: 'SGR7ABC999' });
    expect(screen.getByRole('status')).toHaveTextContent('M-Pesa receipt SGR7ABC999');
  });

  it('shows a paid session without opening a stream', async () => {
    const complete: CheckoutSession = {
      ...openSession,
      status: 'complete',
      payment: { id: 'pay_9', status: 'succeeded', message: 'Paid', watch_token: 'wt_9' },
    };
    stubGateway({ status: 200, body: complete });
    render(<App location={checkoutLocation} />);

    expect(await screen.findByText('Paid')).toBeInTheDocument();
    expect(FakeEventSource.instances).toHaveLength(0);
    expect(screen.queryByRole('button', { name: /^Pay/ })).not.toBeInTheDocument();
  });
});
