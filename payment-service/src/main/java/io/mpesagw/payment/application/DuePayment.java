package io.mpesagw.payment.application;

import io.mpesagw.payment.domain.Payment;
import java.time.Instant;

/**
 * A payment the janitor has claimed.
 *
 * @param pushAttemptedAt when the push was (or was about to be) sent: the clock of its prompt
 * @param claims          how many times the janitor has claimed it, this claim included
 */
public record DuePayment(Payment payment, Instant pushAttemptedAt, int claims) {
}
