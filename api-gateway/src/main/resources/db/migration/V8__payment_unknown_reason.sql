-- Why a payment's outcome is not known yet (payment-service's PaymentUnknown event), e.g.
-- push_outcome_unclear or callback_mismatch; null unless the payment is unknown.
alter table payments add column unknown_reason text;
