package io.mpesagw.payment.adapter.in.kafka;

import io.mpesagw.contracts.EventJson;
import io.mpesagw.contracts.PaymentCommand;
import io.mpesagw.contracts.RequestStkPush;
import io.mpesagw.contracts.Topics;
import io.mpesagw.payment.application.StartStkPayment;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class PaymentCommandListener {

    private final StartStkPayment startStkPayment;

    PaymentCommandListener(StartStkPayment startStkPayment) {
        this.startStkPayment = startStkPayment;
    }

    @KafkaListener(topics = Topics.PAYMENT_COMMANDS)
    void on(String json) {
        switch (EventJson.read(json, PaymentCommand.class)) {
            case RequestStkPush push -> startStkPayment.handle(push);
        }
    }
}
