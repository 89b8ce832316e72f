package io.mpesagw.localinfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalInfrastructureTest {

    @TempDir
    static Path tempDir;

    static LocalInfrastructure infrastructure;

    @BeforeAll
    static void start() {
        infrastructure = LocalInfrastructure.start(InfraSettings.ephemeral(tempDir.resolve("infra")));
    }

    @AfterAll
    static void stop() {
        if (infrastructure != null) {
            infrastructure.close();
        }
    }

    @Test
    void services_role_runs_sql_with_the_generated_password() throws SQLException {
        Map<String, String> env = infrastructure.environment();
        assertThat(env.get("DATABASE_URL")).matches("jdbc:postgresql://127\\.0\\.0\\.1:\\d+/mpesa");

        try (Connection connection = DriverManager.getConnection(
                env.get("DATABASE_URL"), env.get("DATABASE_USER"), env.get("DATABASE_PASSWORD"));
             ResultSet row = connection.createStatement().executeQuery(
                     "SELECT current_user, current_database(), current_setting('server_version_num')::int")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("mpesa");
            assertThat(row.getString(2)).isEqualTo("mpesa");
            assertThat(row.getInt(3)).isGreaterThanOrEqualTo(170000);
        }
        try (Connection connection = DriverManager.getConnection(
                env.get("DATABASE_URL"), env.get("DATABASE_MIGRATION_USER"), env.get("DATABASE_MIGRATION_PASSWORD"));
             ResultSet row = connection.createStatement().executeQuery(
                     "SELECT current_user, pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("mpesa_owner");
            assertThat(row.getString(2)).as("the database belongs to the migration owner").isEqualTo("mpesa_owner");
        }
        assertThat(env.get("DATABASE_PASSWORD")).isNotEqualTo(env.get("DATABASE_MIGRATION_PASSWORD"));
    }

    @Test
    void refuses_the_services_role_with_a_wrong_password() {
        String url = infrastructure.postgres().jdbcUrl();

        assertThatThrownBy(() -> DriverManager.getConnection(url, "mpesa", "not-the-password").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
    }

    @Test
    void creates_an_isolated_database_where_only_the_owner_may_create_objects() throws SQLException {
        DatabaseLogins logins = infrastructure.postgres().logins().createDatabase("isolated_one");

        try (Connection owner = DriverManager.getConnection(logins.jdbcUrl(), logins.owner().user(), logins.owner().password())) {
            owner.createStatement().execute("CREATE SCHEMA payments");
            owner.createStatement().execute("CREATE TABLE payments.t (id int)");
            assertThat(owner.getCatalog()).isEqualTo("isolated_one");
        }
        try (Connection runtime = DriverManager.getConnection(logins.jdbcUrl(), logins.runtime().user(), logins.runtime().password())) {
            assertThatThrownBy(() -> runtime.createStatement().execute("CREATE SCHEMA other"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> runtime.createStatement().execute("CREATE TABLE public.t (id int)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> runtime.createStatement().execute("CREATE DATABASE not_mine"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    @Test
    void produces_and_consumes_one_record_on_an_auto_created_topic() throws Exception {
        String bootstrap = infrastructure.kafka().bootstrapServers();
        String topic = "local-infra-check-" + UUID.randomUUID();

        RecordMetadata sent;
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            sent = producer.send(new ProducerRecord<>(topic, "pay_1", "{\"status\":\"SUCCEEDED\"}"))
                    .get(30, TimeUnit.SECONDS);
            assertThat(producer.partitionsFor(topic)).as("partitions of an auto-created topic")
                    .hasSize(LocalKafka.DEFAULT_TOPIC_PARTITIONS);
        }
        assertThat(sent.offset()).isZero();

        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "local-infra-check",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> received = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                    .until(() -> {
                        consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                        return !received.isEmpty();
                    });
            assertThat(received).singleElement().satisfies(record -> {
                assertThat(record.key()).isEqualTo("pay_1");
                assertThat(record.value()).isEqualTo("{\"status\":\"SUCCEEDED\"}");
            });
        }
    }

    @Test
    void refuses_a_fixed_port_that_is_already_taken() {
        int taken = infrastructure.postgres().port();
        Path dir = tempDir.resolve("second");

        assertThatThrownBy(() -> LocalPostgres.start(PostgresSettings.defaults(taken, dir, true)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("port " + taken)
                .hasMessageContaining("already in use");
        assertThat(Files.exists(dir.resolve("postmaster.pid"))).isFalse();
    }
}
