package io.mpesagw.localstack;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/** What a scale-out test reads from the stack's Kafka: who in a consumer group owns what, and a topic's records. */
final class KafkaProbe implements AutoCloseable {

    static final String PAYMENT_COMMANDS = "mpesa.payment-commands.v1";
    static final String PAYMENT_EVENTS = "mpesa.payment-events.v1";

    /** One record as a downstream reader sees it: where it sits and what the outbox named it. */
    record Seen(String key, int partition, long offset, String eventType) {
    }

    private final String bootstrapServers;
    private final Admin admin;

    KafkaProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /**
     * The partitions of {@code topic} each member of {@code group} owns, one set per member that owns any;
     * empty while the group is rebalancing, so that a caller never acts on a half-made assignment.
     */
    List<Set<Integer>> owners(String group, String topic) throws Exception {
        ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all()
                .get(10, TimeUnit.SECONDS).get(group);
        if (description.groupState() != GroupState.STABLE) {
            return List.of();
        }
        List<Set<Integer>> owners = new ArrayList<>();
        description.members().forEach(member -> {
            Set<Integer> owned = new TreeSet<>();
            member.assignment().topicPartitions().stream().filter(tp -> tp.topic().equals(topic))
                    .forEach(tp -> owned.add(tp.partition()));
            if (!owned.isEmpty()) {
                owners.add(owned);
            }
        });
        return owners;
    }

    int partitions(String topic) throws Exception {
        return admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic)
                .partitions().size();
    }

    /** Every record of {@code topic} so far, read with no group as any downstream reader would, in offset order per partition. */
    List<Seen> records(String topic) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<Seen> seen = new ArrayList<>();
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    Header type = record.headers().lastHeader("event-type");
                    seen.add(new Seen(record.key(), record.partition(), record.offset(),
                            type == null ? null : new String(type.value(), StandardCharsets.UTF_8)));
                });
            }
            return seen;
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
