package io.mpesagw.notification.status.adapter.out.webhook;

import io.mpesagw.contracts.PaymentEvent;
import io.mpesagw.notification.status.application.MerchantWebhooks;
import org.springframework.stereotype.Component;

/** Placeholder until signed merchant webhooks are built: merchants read events from the API meanwhile. */
@Component
class WebhooksNotYetDelivered implements MerchantWebhooks {

    @Override
    public void paymentChanged(PaymentEvent event) {
        // Intentionally nothing: webhook delivery is a later issue.
    }
}
