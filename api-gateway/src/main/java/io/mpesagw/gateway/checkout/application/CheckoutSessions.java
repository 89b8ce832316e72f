package io.mpesagw.gateway.checkout.application;

import java.util.Optional;

/** Stores checkout sessions; client secrets only as digests. */
public interface CheckoutSessions {

    void insert(CheckoutSession session, String clientSecretDigest);

    Optional<CheckoutSession> find(String sessionId, String clientSecretDigest);

    /**
     * Points the session at a new payment, but only if it has none in flight or paid: a guarded
     * update, so two clicks racing each other cannot start two payments.
     */
    boolean attachPayment(String sessionId, String previousPaymentId, String paymentId);
}
