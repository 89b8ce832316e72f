package io.mpesagw.gateway.payment.adapter.in.kafka;

import io.mpesagw.contracts.EventJson;
import io.mpesagw.contracts.PaymentEvent;
import io.mpesagw.contracts.Topics;
import io.mpesagw.gateway.payment.application.PaymentViews;
import io.mpesagw.gateway.payment.application.PhonePrompts;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the gateway's payment views current from payment-service's events, and frees a phone for the next
 * prompt once its payment is final.
 */
@Component
class PaymentEventListener {

    private final PaymentViews views;
    private final PhonePrompts phones;

    PaymentEventListener(PaymentViews views, PhonePrompts phones) {
        this.views = views;
        this.phones = phones;
    }

    @KafkaListener(topics = Topics.PAYMENT_EVENTS)
    @Transactional
    void on(String json) {
        PaymentEvent event = EventJson.read(json, PaymentEvent.class);
        views.apply(event);
        if (event.status().isFinal()) {
            phones.release(event.paymentId());
        }
    }
}
