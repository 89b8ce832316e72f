package io.mpesagw.payment.domain;

/**
 * What a Daraja STK result code means for the payment, in our stable terms.
 *
 * @param failureCode null on success; a stable snake_case code merchants can switch on
 * @param customerMessage a sentence the paying customer understands
 * @param recognised false for a code we have never seen (the payment fails and an alert fires)
 */
public record StkOutcome(PaymentState state, String failureCode, String customerMessage, boolean recognised) {
}
