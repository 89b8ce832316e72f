package io.mpesagw.kit.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.contracts.Topics;
import io.mpesagw.localinfra.KafkaSettings;
import io.mpesagw.localinfra.LocalKafka;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The topics every service declares: all of event-contracts' topics, their dead letters, KAFKA_TOPIC_PARTITIONS each. */
class KafkaTopicsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class, KafkaTopics.class));

    @Test
    void declares_every_topic_of_the_contracts_and_its_dead_letter_topic() throws IllegalAccessException {
        List<String> contractTopics = new ArrayList<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof String value
                    && value.startsWith("mpesa.")) {
                contractTopics.add(value);
            }
        }

        List<NewTopic> declared = KafkaTopics.declarations(new KafkaTopicSettings(6));

        assertThat(contractTopics).isNotEmpty();
        assertThat(declared).extracting(NewTopic::name).containsExactlyInAnyOrderElementsOf(contractTopics.stream()
                .flatMap(topic -> List.of(topic, Topics.deadLetterOf(topic)).stream()).toList());
        assertThat(declared).allSatisfy(topic -> {
            assertThat(topic.numPartitions()).isEqualTo(6);
            assertThat(topic.replicationFactor()).as("the broker's default").isEqualTo((short) -1);
        });
    }

    @Test
    void refuses_to_start_with_a_partition_count_outside_one_to_a_thousand() {
        for (String bad : List.of("0", "-1", "1001")) {
            runner.withPropertyValues("mpesa.kafka.topic-partitions=" + bad).run(context ->
                    assertThat(context).getFailure().rootCause().hasMessageContaining("KAFKA_TOPIC_PARTITIONS must be 1..1000"));
        }
    }

    @Test
    void creates_missing_topics_with_the_configured_partitions_and_grows_ones_that_have_fewer(@TempDir Path dir) throws Exception {
        try (LocalKafka kafka = LocalKafka.start(new KafkaSettings(0, 0, dir, true))) {
            ApplicationContextRunner onThisBroker = runner.withPropertyValues(
                    "spring.kafka.bootstrap-servers=" + kafka.bootstrapServers());

            onThisBroker.withPropertyValues("mpesa.kafka.topic-partitions=3").run(context ->
                    assertThat(context).hasNotFailed());
            assertThat(partitions(kafka).values()).hasSize(12).containsOnly(3);

            onThisBroker.withPropertyValues("mpesa.kafka.topic-partitions=4").run(context ->
                    assertThat(context).hasNotFailed());
            // the controller has agreed once createPartitions returns; the brokers' metadata follows a moment later
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(partitions(kafka).values()).hasSize(12).containsOnly(4));
        }
    }

    private static Map<String, Integer> partitions(LocalKafka kafka) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            var names = admin.listTopics().names().get(10, TimeUnit.SECONDS).stream()
                    .filter(name -> name.startsWith("mpesa.")).toList();
            Map<String, Integer> counts = new TreeMap<>();
            admin.describeTopics(names).allTopicNames().get(10, TimeUnit.SECONDS)
                    .forEach((name, description) -> counts.put(name, description.partitions().size()));
            return counts;
        }
    }
}
