package io.mpesagw.notification.status.application;

import io.mpesagw.contracts.PaymentEvent;

/**
 * The seam for signed merchant webhooks (a later issue): told about every payment event that changed
 * a payment's status. The delivering adapter will need its own outbox and retry schedule so that a
 * slow merchant never holds up the Kafka consumer.
 */
public interface MerchantWebhooks {

    void paymentChanged(PaymentEvent event);
}
