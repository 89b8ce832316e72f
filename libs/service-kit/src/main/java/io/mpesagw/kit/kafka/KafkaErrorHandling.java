package io.mpesagw.kit.kafka;

import io.mpesagw.contracts.Topics;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * Consumers retry a failing record with backoff (a callback can arrive a moment before the state it
 * completes is committed), then send it to the topic's dead-letter topic instead of looping forever.
 * Records that can never succeed (unreadable JSON, broken contracts) go there at once; records failing
 * because the database or a peer is down are retried until it is back ({@link InfrastructureOutage}).
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnBean(KafkaTemplate.class)
@EnableConfigurationProperties(InfrastructureOutage.class)
public class KafkaErrorHandling {

    @Bean
    CommonErrorHandler kafkaErrorHandler(KafkaTemplate<Object, Object> template, InfrastructureOutage outage) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(template,
                (record, e) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(8);
        backOff.setInitialInterval(200);
        backOff.setMultiplier(2);
        backOff.setMaxInterval(5_000);
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, backOff);
        handler.addNotRetryableExceptions(PoisonMessageException.class, IllegalArgumentException.class,
                tools.jackson.core.JacksonException.class);
        // null = the bounded back-off above; a new exception type starts the record's count afresh
        handler.setBackOffFunction((record, failure) -> InfrastructureOutage.explains(failure) ? outage.backOff() : null);
        return handler;
    }
}
