package io.mpesagw.kit.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the topics a service declares are made.
 *
 * @param topicPartitions KAFKA_TOPIC_PARTITIONS: partitions of every topic and its dead-letter topic; the most
 *                        instances of one consumer group that can share a topic's work
 */
@ConfigurationProperties("mpesa.kafka")
public record KafkaTopicSettings(@DefaultValue("" + KafkaTopicSettings.DEFAULT_PARTITIONS) int topicPartitions) {

    public static final int DEFAULT_PARTITIONS = 6;
    /** Far above what one payment flow needs; a typo like 6000 should not reach the broker. */
    public static final int MAX_PARTITIONS = 1000;

    public KafkaTopicSettings {
        if (topicPartitions < 1 || topicPartitions > MAX_PARTITIONS) {
            throw new IllegalArgumentException("KAFKA_TOPIC_PARTITIONS must be 1.." + MAX_PARTITIONS + ", was "
                    + topicPartitions);
        }
    }
}
