package io.mpesagw.simulator.c2b;

import io.mpesagw.simulator.callback.CallbackDelay;
import io.mpesagw.simulator.callback.CallbackKind;
import io.mpesagw.simulator.callback.CallbackSender;
import io.mpesagw.simulator.initiator.PaymentLedger;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Daraja's side of a C2B payment: after the callback delay, asks the ValidationURL (only when
 * validation is on for the shortcode), then sends the confirmation unless the merchant rejected
 * the payment. An unanswered validation follows the registered ResponseType. A payment that goes
 * through is booked in the {@link PaymentLedger} (Transaction Status, Reversal) before it is confirmed.
 */
@Component
class C2bNotifier {

    private static final Logger log = LoggerFactory.getLogger(C2bNotifier.class);

    private final C2bRegistrations registrations;
    private final C2bNotificationBody bodies;
    private final CallbackSender callbacks;
    private final PaymentLedger ledger;
    private final CallbackDelay delay;
    private final ScheduledExecutorService scheduler;
    private final JsonMapper jsonMapper;
    private final Duration validationTimeout;
    /** Each shortcode's running balance, reported as OrgAccountBalance in confirmations. */
    private final Map<String, BigDecimal> balances = new ConcurrentHashMap<>();

    C2bNotifier(C2bRegistrations registrations, C2bNotificationBody bodies, CallbackSender callbacks,
            PaymentLedger ledger, CallbackDelay delay, ScheduledExecutorService scheduler, JsonMapper jsonMapper,
            C2bProperties properties) {
        this.registrations = registrations;
        this.bodies = bodies;
        this.callbacks = callbacks;
        this.ledger = ledger;
        this.delay = delay;
        this.scheduler = scheduler;
        this.jsonMapper = jsonMapper;
        this.validationTimeout = properties.validationTimeout();
    }

    /** The registration is the one in force when the customer pays. */
    void notifyLater(C2bSimulateRequest request, String transId, LocalDateTime paidAt) {
        Optional<C2bRegistration> registration = registrations.find(request.shortCode());
        if (registration.isEmpty()) {
            // Daraja accepts the payment all the same; it simply has nowhere to tell the merchant.
            ledger.book(new C2bPayment(request, null, transId, paidAt).booked());
            log.info("C2B {}: no URLs registered for shortcode {}, nothing to notify", transId, request.shortCode());
            return;
        }
        C2bPayment payment = new C2bPayment(request, registration.get(), transId, paidAt);
        scheduler.schedule(() -> guarded(payment, () -> validateThenConfirm(payment)), delay.current().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void validateThenConfirm(C2bPayment payment) {
        C2bRegistration registration = payment.registration();
        if (!registrations.validates(registration.shortCode())) {
            confirm(payment);
            return;
        }
        callbacks.ask(registration.validationUrl(), bodies.validation(payment), payment.transId(), validationTimeout)
                .thenAccept(answer -> guarded(payment, () -> decide(payment, answer.flatMap(this::resultCode))));
    }

    private void decide(C2bPayment payment, Optional<String> resultCode) {
        if (resultCode.isEmpty()) {
            ResponseType fallback = payment.registration().responseType();
            log.info("C2B {}: validation not answered in time, following ResponseType {}", payment.transId(),
                    fallback.wireName());
            if (fallback == ResponseType.COMPLETED) {
                confirm(payment);
            }
        } else if (resultCode.get().equals("0")) {
            confirm(payment);
        } else {
            log.info("C2B {}: rejected by the merchant with {}, no confirmation", payment.transId(), resultCode.get());
        }
    }

    private void confirm(C2bPayment payment) {
        C2bSimulateRequest request = payment.request();
        ledger.book(payment.booked());
        BigDecimal balance = balances.merge(request.shortCode(), BigDecimal.valueOf(request.amount()), BigDecimal::add);
        callbacks.post(CallbackKind.C2B, payment.registration().confirmationUrl(),
                bodies.confirmation(payment, balance), payment.transId());
    }

    /** {"ResultCode":"0"} or {"ResultCode":0}; empty when the answer is not such an object. */
    private Optional<String> resultCode(byte[] answer) {
        try {
            JsonNode code = jsonMapper.readTree(answer).get("ResultCode");
            boolean present = code != null && code.isValueNode() && !code.isNull();
            return present ? Optional.of(code.asString()) : Optional.empty();
        } catch (JacksonException unreadable) {
            return Optional.empty();
        }
    }

    /** An exception inside a scheduled or async task would vanish silently; log it instead. */
    private static void guarded(C2bPayment payment, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException failure) {
            log.error("C2B notification for {} failed", payment.transId(), failure);
        }
    }
}
