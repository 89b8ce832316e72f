package io.mpesagw.payment.application;

/**
 * A callback for a payment whose command has not been processed yet. Retryable: the Kafka error
 * handler redelivers with backoff, and only a payment that never appears ends in the dead letters.
 */
public class PaymentNotYetKnownException extends RuntimeException {

    public PaymentNotYetKnownException(String paymentId) {
        super("payment " + paymentId + " is not known yet");
    }
}
