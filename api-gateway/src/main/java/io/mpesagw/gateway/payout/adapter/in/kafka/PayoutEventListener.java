package io.mpesagw.gateway.payout.adapter.in.kafka;

import io.mpesagw.contracts.EventJson;
import io.mpesagw.contracts.PayoutEvent;
import io.mpesagw.contracts.Topics;
import io.mpesagw.gateway.payout.application.PayoutViews;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the gateway's payout views current from payment-service's payout events. */
@Component
class PayoutEventListener {

    private final PayoutViews views;

    PayoutEventListener(PayoutViews views) {
        this.views = views;
    }

    @KafkaListener(topics = Topics.PAYOUT_EVENTS)
    void on(String json) {
        views.apply(EventJson.read(json, PayoutEvent.class));
    }
}
