package io.mpesagw.payment.payout.application;

import io.mpesagw.payment.application.DarajaAccount;
import io.mpesagw.payment.payout.domain.Payout;

/** Sends one B2C payment request. Implementations never resend anything that may have been processed. */
public interface B2cPort {

    /** Sends as {@code account}: its B2C shortcode, initiator and access token. */
    B2cSubmission send(Payout payout, DarajaAccount account);

    /** What the B2C request's sync answer says. */
    sealed interface B2cSubmission {

        /** Queued by Daraja; the Result follows. */
        record Queued(String conversationId) implements B2cSubmission {
        }

        /** Certainly not processed. */
        record Refused(String darajaCode, String reason) implements B2cSubmission {
        }

        /** May have been processed: a timeout, an unclear 5xx. */
        record Unclear(String reason) implements B2cSubmission {
        }
    }
}
