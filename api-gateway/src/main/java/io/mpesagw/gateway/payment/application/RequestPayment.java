package io.mpesagw.gateway.payment.application;

import io.mpesagw.contracts.PaymentStatus;
import io.mpesagw.contracts.RequestStkPush;
import io.mpesagw.contracts.Topics;
import io.mpesagw.gateway.merchant.domain.Merchant;
import io.mpesagw.gateway.payment.domain.PaymentInstruction;
import io.mpesagw.gateway.payment.domain.PaymentView;
import io.mpesagw.kit.ids.Ids;
import io.mpesagw.kit.outbox.Outbox;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepts a payment: the view row and the command for payment-service commit together, so a 202
 * means the command is durable and will reach payment-service.
 */
@Service
public class RequestPayment {

    private final PaymentViews views;
    private final Outbox outbox;
    private final Clock clock;

    public RequestPayment(PaymentViews views, Outbox outbox, Clock clock) {
        this.views = views;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public PaymentView request(Merchant merchant, PaymentInstruction instruction, String checkoutSessionId) {
        Instant now = clock.instant();
        PaymentView payment = new PaymentView(Ids.newId("pay"), merchant.id(), instruction.amount(),
                instruction.msisdn(), instruction.reference(), instruction.description(), PaymentStatus.PENDING,
                null, "Sending the payment request to your phone.", null, checkoutSessionId, now, now);
        views.insert(payment);
        outbox.append(Topics.PAYMENT_COMMANDS, payment.id(), new RequestStkPush(payment.id(), merchant.id(),
                payment.amount(), payment.msisdn(), payment.reference(), payment.description(), now));
        return payment;
    }
}
