package io.mpesagw.payment.adapter.out.persistence;

import io.mpesagw.contracts.PaymentEvent;
import io.mpesagw.contracts.Topics;
import io.mpesagw.kit.outbox.Outbox;
import io.mpesagw.payment.application.PaymentEventPort;
import org.springframework.stereotype.Component;

@Component
class OutboxPaymentEvents implements PaymentEventPort {

    private final Outbox outbox;

    OutboxPaymentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(PaymentEvent event) {
        outbox.append(Topics.PAYMENT_EVENTS, event.paymentId(), event);
    }
}
