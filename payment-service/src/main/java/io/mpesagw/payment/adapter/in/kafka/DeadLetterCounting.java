package io.mpesagw.payment.adapter.in.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.stereotype.Component;

/**
 * Counts what service-kit's error handler does with a record that fails: each failed delivery
 * ({@code payments_kafka_failed_deliveries_total{topic}}) and each record it gives up on and sends to
 * {@code <topic>.dlt} ({@code payments_kafka_dead_letters_total{topic}}), so an alert can fire on the latter.
 */
@Component
class DeadLetterCounting implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterCounting.class);

    // a provider: a post-processor must not pull the registry in before it is fully configured
    private final ObjectProvider<MeterRegistry> metrics;

    DeadLetterCounting(ObjectProvider<MeterRegistry> metrics) {
        this.metrics = metrics;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DefaultErrorHandler handler) {
            handler.setRetryListeners(new Counting());
        }
        return bean;
    }

    private final class Counting implements RetryListener {

        @Override
        public void failedDelivery(ConsumerRecord<?, ?> record, Exception e, int deliveryAttempt) {
            metrics.getObject().counter("payments.kafka.failed_deliveries", "topic", record.topic()).increment();
        }

        @Override
        public void recovered(ConsumerRecord<?, ?> record, Exception e) {
            log.error("record {}-{}@{} (key {}) sent to the dead-letter topic after {}", record.topic(),
                    record.partition(), record.offset(), record.key(), rootCause(e));
            metrics.getObject().counter("payments.kafka.dead_letters", "topic", record.topic()).increment();
        }
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        // the class only: a parser's message may quote the record, and records carry phone numbers
        return root.getClass().getSimpleName();
    }
}
