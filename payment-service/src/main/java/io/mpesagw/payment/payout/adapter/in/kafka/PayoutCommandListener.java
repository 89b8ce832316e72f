package io.mpesagw.payment.payout.adapter.in.kafka;

import io.mpesagw.contracts.EventJson;
import io.mpesagw.contracts.PayoutCommand;
import io.mpesagw.contracts.RequestPayout;
import io.mpesagw.contracts.Topics;
import io.mpesagw.payment.payout.application.StartPayout;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class PayoutCommandListener {

    private final StartPayout startPayout;

    PayoutCommandListener(StartPayout startPayout) {
        this.startPayout = startPayout;
    }

    @KafkaListener(topics = Topics.PAYOUT_COMMANDS)
    void on(String json) {
        switch (EventJson.read(json, PayoutCommand.class)) {
            case RequestPayout payout -> startPayout.handle(payout);
        }
    }
}
