package io.mpesagw.payment.adapter.in.schedule;

import io.mpesagw.kit.schedule.PeriodicJob;
import io.mpesagw.payment.application.PaymentJanitor;
import io.mpesagw.payment.application.ReconciliationSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Runs the payment janitor every PAYMENT_JANITOR_INTERVAL on every instance: claims keep the instances apart. */
@Configuration(proxyBeanMethods = false)
class JanitorSchedule {

    @Bean
    PeriodicJob paymentJanitorJob(PaymentJanitor janitor, ReconciliationSettings settings) {
        return new PeriodicJob("payment-janitor", settings.interval(), janitor::reconcileDuePayments);
    }
}
