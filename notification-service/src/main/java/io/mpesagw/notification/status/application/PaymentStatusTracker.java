package io.mpesagw.notification.status.application;

import io.mpesagw.contracts.PaymentEvent;
import io.mpesagw.contracts.PaymentSucceeded;
import io.mpesagw.notification.status.domain.PaymentStatusView;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Keeps the latest status per payment and tells live watchers (and later, merchants) about changes. */
@Service
public class PaymentStatusTracker {

    private final PaymentStatusStore store;
    private final StatusWatchers watchers;
    private final MerchantWebhooks webhooks;

    public PaymentStatusTracker(PaymentStatusStore store, StatusWatchers watchers, MerchantWebhooks webhooks) {
        this.store = store;
        this.watchers = watchers;
        this.webhooks = webhooks;
    }

    /** Applies one payment event; a stale or redelivered event is dropped without telling anyone. */
    public void record(PaymentEvent event) {
        PaymentStatusView next = viewOf(event);
        if (store.saveIfReplacing(next)) {
            watchers.statusChanged(next);
            webhooks.paymentChanged(event);
        }
    }

    public Optional<PaymentStatusView> current(String paymentId) {
        return store.find(paymentId);
    }

    static PaymentStatusView viewOf(PaymentEvent event) {
        String receipt = event instanceof PaymentSucceeded succeeded ? succeeded.mpesaReceipt() : null;
        return new PaymentStatusView(event.paymentId(), event.status(), event.customerMessage(), receipt,
                event.eventId(), event.occurredAt());
    }
}
