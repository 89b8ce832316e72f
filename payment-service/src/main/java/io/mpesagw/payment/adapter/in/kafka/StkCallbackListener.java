package io.mpesagw.payment.adapter.in.kafka;

import io.mpesagw.contracts.CallbackResult;
import io.mpesagw.contracts.EventJson;
import io.mpesagw.contracts.StkCallbackReceived;
import io.mpesagw.contracts.Topics;
import io.mpesagw.payment.application.SettleStkPayment;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class StkCallbackListener {

    private final SettleStkPayment settleStkPayment;

    StkCallbackListener(SettleStkPayment settleStkPayment) {
        this.settleStkPayment = settleStkPayment;
    }

    @KafkaListener(topics = Topics.STK_CALLBACKS)
    void on(String json) {
        switch (EventJson.read(json, CallbackResult.class)) {
            case StkCallbackReceived callback -> settleStkPayment.handle(callback);
        }
    }
}
