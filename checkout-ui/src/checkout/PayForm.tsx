import { useId, useRef, useState, type FormEvent } from 'react';
import { normalisePhone } from '../phone/normalise';
import { CheckoutApiError, type PaymentAccepted } from './api';
import { attemptKeys } from './attemptKeys';
import { networkWarning, phoneError } from './phoneFeedback';

interface PayFormProps {
  readonly amountLabel: string;
  readonly pay: (phone: string, idempotencyKey: string) => Promise<PaymentAccepted>;
  readonly onAccepted: (accepted: PaymentAccepted) => void;
}

interface FormErrors {
  readonly phone?: string;
  readonly form?: string;
}

export function PayForm({ amountLabel, pay, onAccepted }: PayFormProps) {
  const [phone, setPhone] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const [sending, setSending] = useState(false);
  // Set once the customer leaves the field or pays: from then on every error shows.
  const [checked, setChecked] = useState(false);
  // Only a refused payment interrupts a screen reader; messages while typing are read on focus.
  const [announce, setAnnounce] = useState(false);
  const phoneInput = useRef<HTMLInputElement>(null);
  const keys = useRef(attemptKeys());
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const warningId = `${id}-warning`;

  const check = normalisePhone(phone);
  const phoneProblem = errors.phone ?? phoneError(check, checked);
  const warning = phoneProblem ? undefined : networkWarning(check);
  const describedBy = [hintId, phoneProblem && errorId, warning && warningId].filter(Boolean).join(' ');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    if (!check.valid) {
      setChecked(true);
      setAnnounce(true);
      phoneInput.current?.focus();
      return;
    }
    setErrors({});
    setSending(true);
    try {
      // The gateway normalises again and is authoritative, so it gets what the customer typed.
      const accepted = await pay(phone.trim(), keys.current.keyFor(phone));
      keys.current.settle();
      onAccepted(accepted);
    } catch (error) {
      keys.current.settle(error);
      setErrors(errorsFrom(error));
      setAnnounce(true);
      if (error instanceof CheckoutApiError && error.param === 'phone') phoneInput.current?.focus();
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="pay-form" onSubmit={submit} noValidate aria-busy={sending}>
      <label className="field__label" htmlFor={id}>
        M-Pesa phone number
      </label>
      <p className="field__hint" id={hintId}>
        You will get a prompt on this phone to enter your M-Pesa PIN.
      </p>
      <input
        ref={phoneInput}
        id={id}
        name="phone"
        className="field__input"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        placeholder="0712 345 678"
        value={phone}
        onChange={(event) => {
          setPhone(event.target.value);
          setAnnounce(false);
          if (normalisePhone(event.target.value).valid) setChecked(false);
          if (errors.phone) setErrors({ ...errors, phone: undefined });
        }}
        onBlur={() => setChecked(checked || phone.trim() !== '')}
        aria-invalid={phoneProblem ? true : undefined}
        aria-describedby={describedBy}
      />
      {phoneProblem && (
        // A new element, not a changed role, so screen readers do announce the alert.
        <p key={String(announce)} className="field__error" id={errorId} role={announce ? 'alert' : undefined}>
          {phoneProblem}
        </p>
      )}
      {/* Always mounted: a live region only announces changes to content it already had. */}
      <div aria-live="polite">
        {warning && (
          <p className="field__warning" id={warningId}>
            {warning}
          </p>
        )}
      </div>
      {errors.form && (
        <p className="form__error" role="alert">
          {errors.form}
        </p>
      )}
      <button className="pay-button" type="submit" disabled={sending}>
        {sending ? 'Sending request…' : `Pay ${amountLabel}`}
      </button>
    </form>
  );
}

/** The gateway names the offending field in `param`; anything else is shown for the whole form. */
function errorsFrom(error: unknown): FormErrors {
  if (error instanceof CheckoutApiError) {
    return error.param === 'phone' ? { phone: error.message } : { form: error.message };
  }
  return { form: 'Something went wrong. Please try again.' };
}
