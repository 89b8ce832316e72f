package io.mpesagw.payment.payout.adapter.out.persistence;

import io.mpesagw.contracts.PayoutEvent;
import io.mpesagw.contracts.Topics;
import io.mpesagw.kit.outbox.Outbox;
import io.mpesagw.payment.payout.application.PayoutEventPort;
import org.springframework.stereotype.Component;

@Component
class OutboxPayoutEvents implements PayoutEventPort {

    private final Outbox outbox;

    OutboxPayoutEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(PayoutEvent event) {
        outbox.append(Topics.PAYOUT_EVENTS, event.payoutId(), event);
    }
}
