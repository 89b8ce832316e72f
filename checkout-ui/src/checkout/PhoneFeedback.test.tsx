import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { FakeEventSource } from '../test/FakeEventSource';
import { checkoutLocation, openSession, stubGateway } from '../test/gatewayStub';

const PORTED = 'M-Pesa prompts go to Safaricom lines; numbers can be ported, so you can still try.';

async function phoneField() {
  render(<App location={checkoutLocation} />);
  const user = userEvent.setup();
  return { user, phone: await screen.findByLabelText('M-Pesa phone number') };
}

beforeEach(() => {
  FakeEventSource.reset();
  vi.stubGlobal('EventSource', FakeEventSource);
});

describe('phone number feedback while typing', () => {
  it('says at once why a landline cannot be used, and announces it when the customer pays', async () => {
    const fetchStub = stubGateway({ status: 200, body: openSession });
    const { user, phone } = await phoneField();

    await user.type(phone, '020 2345678');

    const landline = /“020 2345678” is a landline number; M-Pesa prompts go to mobile phones\./;
    expect(screen.getByText(landline)).toBeInTheDocument();
    expect(phone).toHaveAttribute('aria-invalid', 'true');
    expect(phone).toHaveAccessibleDescription(landline);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument(); // no interruption mid-typing

    await user.click(screen.getByRole('button', { name: /^Pay/ }));
    expect(screen.getByRole('alert')).toHaveTextContent(landline);
    expect(phone).toHaveFocus();
    expect(fetchStub).toHaveBeenCalledTimes(1); // only the session GET
  });

  it('waits until the customer leaves the field before calling a number too short', async () => {
    stubGateway({ status: 200, body: openSession });
    const { user, phone } = await phoneField();

    await user.type(phone, '0712 345');
    expect(screen.queryByText(/too few digits/)).not.toBeInTheDocument();
    expect(phone).not.toHaveAttribute('aria-invalid');

    await user.tab();
    expect(screen.getByText(/“0712 345” has too few digits for a Kenyan mobile number/)).toBeInTheDocument();

    await user.type(phone, ' 678');
    expect(screen.queryByText(/too few digits/)).not.toBeInTheDocument();
    expect(phone).not.toHaveAttribute('aria-invalid');
  });

  it('warns gently about a non-Safaricom prefix and still sends the payment', async () => {
    const fetchStub = stubGateway({ status: 200, body: openSession });
    const { user, phone } = await phoneField();

    await user.type(phone, '0733 123 456');

    const warning = `This looks like an Airtel number. ${PORTED}`;
    expect(screen.getByText(warning)).toBeInTheDocument();
    expect(phone).toHaveAccessibleDescription(new RegExp(`Airtel number. ${PORTED.replace(/[.;]/g, '\\$&')}`));
    expect(phone).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Pay/ }));
    await screen.findByText('Sending the payment request to your phone…');
    const [url, init] = fetchStub.mock.calls[1];
    expect(url).toBe('/api/v1/checkout/sessions/cs_123/pay');
    expect(JSON.parse(String(init?.body))).toEqual({ phone: '0733 123 456' });
  });

  it.each(['0712 345 678', '+254 110 345 678'])('shows no warning for the Safaricom number %s', async (number) => {
    stubGateway({ status: 200, body: openSession });
    const { user, phone } = await phoneField();

    await user.type(phone, number);

    expect(screen.queryByText(new RegExp(PORTED.slice(0, 20)))).not.toBeInTheDocument();
    expect(phone).not.toHaveAttribute('aria-invalid');
  });
});
