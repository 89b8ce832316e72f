package io.mpesagw.notification.status.adapter.in.kafka;

import io.mpesagw.contracts.EventJson;
import io.mpesagw.contracts.PaymentEvent;
import io.mpesagw.contracts.Topics;
import io.mpesagw.notification.status.application.PaymentStatusTracker;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads payment events. Unreadable records fail with a Jackson exception, which the kit's error
 * handler sends straight to the dead-letter topic; database hiccups are retried with backoff.
 */
@Component
class PaymentEventListener {

    private final PaymentStatusTracker tracker;

    PaymentEventListener(PaymentStatusTracker tracker) {
        this.tracker = tracker;
    }

    @KafkaListener(topics = Topics.PAYMENT_EVENTS, groupId = "${notification.consumer-group:notification-service}")
    void onPaymentEvent(String payload) {
        tracker.record(EventJson.read(payload, PaymentEvent.class));
    }
}
