package io.mpesagw.kit.kafka;

import io.mpesagw.contracts.Topics;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Declares every topic of the payment flow and its dead-letter topic with {@code KAFKA_TOPIC_PARTITIONS}
 * partitions. Spring's KafkaAdmin creates a missing one at start-up and adds partitions to one that has
 * fewer. Partitions are what a consumer group spreads over its instances; records keyed by payment (or
 * payout) id keep each payment on one partition, so its events stay in order however many instances run.
 * Replication is the broker's {@code default.replication.factor}. Set SPRING_KAFKA_ADMIN_AUTO_CREATE=false
 * where the topics are managed elsewhere.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnClass(KafkaAdmin.class)
@EnableConfigurationProperties(KafkaTopicSettings.class)
public class KafkaTopics {

    /** Every topic of libs/event-contracts' {@link Topics}; KafkaTopicsTest fails when one is missing here. */
    static final List<String> KEYED_TOPICS = List.of(Topics.PAYMENT_COMMANDS, Topics.STK_CALLBACKS,
            Topics.PAYMENT_EVENTS, Topics.PAYOUT_COMMANDS, Topics.PAYOUT_RESULTS, Topics.PAYOUT_EVENTS);

    @Bean
    KafkaAdmin.NewTopics mpesaTopics(KafkaTopicSettings settings) {
        return new KafkaAdmin.NewTopics(declarations(settings).toArray(NewTopic[]::new));
    }

    static List<NewTopic> declarations(KafkaTopicSettings settings) {
        return KEYED_TOPICS.stream()
                .flatMap(topic -> Stream.of(topic, Topics.deadLetterOf(topic)))
                .map(name -> TopicBuilder.name(name).partitions(settings.topicPartitions()).build())
                .toList();
    }
}
