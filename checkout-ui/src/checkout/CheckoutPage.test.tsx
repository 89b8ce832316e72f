import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { FakeEventSource } from '../test/FakeEventSource';
import { checkoutLocation, expectPageCredentials, openSession, stubGateway } from '../test/gatewayStub';

function renderCheckout() {
  render(<App location={checkoutLocation} />);
  return userEvent.setup();
}

beforeEach(() => {
  FakeEventSource.reset();
  vi.stubGlobal('EventSource', FakeEventSource);
});

describe('checkout page', () => {
  it('shows the merchant, amount, reference and description of the session', async () => {
    const fetchStub = stubGateway({ status: 200, body: openSession });
    renderCheckout();

    expect(await screen.findByRole('heading', { name: 'Demo Merchant' })).toBeInTheDocument();
    expect(screen.getByText('KES 1,500')).toBeInTheDocument();
    expect(screen.getByText('INV-1')).toBeInTheDocument();
    expect(screen.getByText('Two bags of flour')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Pay KES 1,500' })).toBeEnabled();
    const [url, init] = fetchStub.mock.calls[0];
    expect(url).toBe('/api/v1/checkout/sessions/cs_123');
    expectPageCredentials(init);
  });

  it('rejects a phone number that is not Kenyan without calling the gateway', async () => {
    const fetchStub = stubGateway({ status: 200, body: openSession });
    const user = renderCheckout();

    const phone = await screen.findByLabelText('M-Pesa phone number');
    await user.type(phone, '+255 712 345 678');
    await user.click(screen.getByRole('button', { name: /^Pay/ }));

    const notKenyan = '“+255 712 345 678” is not a Kenyan number; M-Pesa prompts go to Kenyan (+254) mobile phones.';
    expect(screen.getByRole('alert')).toHaveTextContent(notKenyan);
    expect(phone).toHaveAttribute('aria-invalid', 'true');
    expect(phone).toHaveAccessibleDescription(new RegExp(notKenyan.replace(/[+()]/g, '\\$&')));
    expect(phone).toHaveFocus();
    expect(fetchStub).toHaveBeenCalledTimes(1); // only the session GET
  });

  it('shows the gateway’s message next to the field it names', async () => {
    const fieldError = {
      error: {
        type: 'invalid_request_error',
        code: 'phone_not_mpesa',
        message: 'This number is not registered for M-Pesa',
        param: 'phone',
      },
    };
    stubGateway({ status: 200, body: openSession }, { status: 400, body: fieldError });
    const user = renderCheckout();

    const phone = await screen.findByLabelText('M-Pesa phone number');
    await user.type(phone, '0712345678{Enter}');

    expect(await screen.findByText('This number is not registered for M-Pesa')).toBeInTheDocument();
    expect(phone).toHaveAccessibleDescription(/This number is not registered for M-Pesa/);
    expect(phone).toHaveAttribute('aria-invalid', 'true');
    expect(FakeEventSource.instances).toHaveLength(0);
  });

  it('sends the payment with an Idempotency-Key, the same one when the answer was lost', async () => {
    const fetchStub = stubGateway(
      { status: 200, body: openSession },
      { status: 503, body: { error: { type: 'api_error', message: 'Try again' } } },
    );
    const user = renderCheckout();

    await user.type(await screen.findByLabelText('M-Pesa phone number'), '0712345678{Enter}');
    await screen.findByRole('alert');
    await user.click(screen.getByRole('button', { name: /^Pay/ }));
    await vi.waitFor(() => expect(fetchStub).toHaveBeenCalledTimes(3));

    const keys = fetchStub.mock.calls.slice(1).map(([, init]) => new Headers(init?.headers).get('Idempotency-Key'));
    expect(keys[0]).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it('shows an error that names no field above the pay button', async () => {
    const conflict = { error: { type: 'invalid_request_error', code: 'session_busy', message: 'A payment is already in progress' } };
    stubGateway({ status: 200, body: openSession }, { status: 409, body: conflict });
    const user = renderCheckout();

    await user.type(await screen.findByLabelText('M-Pesa phone number'), '0712345678{Enter}');

    expect(await screen.findByRole('alert')).toHaveTextContent('A payment is already in progress');
    expect(screen.getByLabelText('M-Pesa phone number')).not.toHaveAttribute('aria-invalid');
  });

  it('says the link is not valid when the gateway refuses the client secret', async () => {
    stubGateway({ status: 401, body: { error: { type: 'authentication_error', message: 'Invalid client secret' } } });
    renderCheckout();

    expect(await screen.findByRole('alert')).toHaveTextContent('This checkout link is not valid or has expired');
    expect(screen.queryByLabelText('M-Pesa phone number')).not.toBeInTheDocument();
  });

  it('says the link is incomplete when the client secret is missing', () => {
    const fetchStub = stubGateway({ status: 200, body: openSession });
    render(<App location={{ pathname: '/checkout/cs_123', hash: '' }} />);

    expect(screen.getByRole('alert')).toHaveTextContent('This checkout link is incomplete');
    expect(fetchStub).not.toHaveBeenCalled();
  });

  it('says the link is incomplete without the publishable key, and never sends the secret alone', () => {
    const fetchStub = stubGateway({ status: 200, body: openSession });
    render(<App location={{ pathname: '/checkout/cs_123', hash: '#client_secret=cs_123_secret_abc' }} />);

    expect(screen.getByRole('alert')).toHaveTextContent('This checkout link is incomplete');
    expect(fetchStub).not.toHaveBeenCalled();
  });

  it('explains that there is no checkout session when opened at the root', () => {
    const fetchStub = stubGateway({ status: 200, body: openSession });
    render(<App location={{ pathname: '/', hash: '' }} />);

    expect(screen.getByRole('heading', { name: 'No checkout session' })).toBeInTheDocument();
    expect(fetchStub).not.toHaveBeenCalled();
  });
});
