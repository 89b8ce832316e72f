package io.mpesagw.gateway.payment.adapter.in.kafka;

import io.mpesagw.contracts.EventJson;
import io.mpesagw.contracts.PaymentEvent;
import io.mpesagw.contracts.Topics;
import io.mpesagw.gateway.payment.application.PaymentViews;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the gateway's payment views current from payment-service's events. */
@Component
class PaymentEventListener {

    private final PaymentViews views;

    PaymentEventListener(PaymentViews views) {
        this.views = views;
    }

    @KafkaListener(topics = Topics.PAYMENT_EVENTS)
    @Transactional
    void on(String json) {
        views.apply(EventJson.read(json, PaymentEvent.class));
    }
}
