package io.mpesagw.payment.payout.application;

import io.mpesagw.payment.application.DarajaAccount;
import io.mpesagw.payment.payout.domain.Payout;

/** Asks Transaction Status what became of a payout; the answer arrives later as a status callback. */
public interface StatusQueryPort {

    StatusQuery ask(Payout payout, DarajaAccount account);

    sealed interface StatusQuery {

        record Asked(String conversationId) implements StatusQuery {
        }

        /** Not asked (token, throttling, refusal): the janitor asks again at the next interval. */
        record Unavailable(String reason) implements StatusQuery {
        }
    }
}
