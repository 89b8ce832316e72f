package io.mpesagw.payment.payout.adapter.in.schedule;

import io.mpesagw.kit.schedule.PeriodicJob;
import io.mpesagw.payment.payout.application.PayoutJanitor;
import io.mpesagw.payment.payout.application.PayoutSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Runs the payout janitor every PAYOUT_JANITOR_INTERVAL on every instance; claims keep them apart. */
@Configuration(proxyBeanMethods = false)
class PayoutJanitorSchedule {

    @Bean
    PeriodicJob payoutJanitorJob(PayoutJanitor janitor, PayoutSettings settings) {
        return new PeriodicJob("payout-janitor", settings.janitorInterval(), janitor::reconcileDuePayouts);
    }
}
