package io.mpesagw.payment.payout.adapter.in.kafka;

import io.mpesagw.contracts.EventJson;
import io.mpesagw.contracts.PayoutCallback;
import io.mpesagw.contracts.Topics;
import io.mpesagw.payment.payout.application.SettlePayout;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class PayoutCallbackListener {

    private final SettlePayout settlePayout;

    PayoutCallbackListener(SettlePayout settlePayout) {
        this.settlePayout = settlePayout;
    }

    @KafkaListener(topics = Topics.PAYOUT_RESULTS)
    void on(String json) {
        settlePayout.handle(EventJson.read(json, PayoutCallback.class));
    }
}
