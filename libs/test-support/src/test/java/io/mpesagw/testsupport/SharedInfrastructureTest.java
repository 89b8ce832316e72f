package io.mpesagw.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mpesagw.localinfra.PostgresLogin;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;

class SharedInfrastructureTest {

    @Test
    void gives_each_caller_a_database_of_its_own() throws SQLException {
        IsolatedDatabase first = SharedInfrastructure.freshDatabase("first");
        IsolatedDatabase second = SharedInfrastructure.freshDatabase("second");

        try (Connection connection = first.ownerDataSource().getConnection()) {
            connection.createStatement().execute("CREATE TABLE only_in_first (id int)");
        }
        try (Connection connection = second.dataSource().getConnection();
             var rows = connection.getMetaData().getTables(null, null, "only_in_first", null)) {
            assertThat(rows.next()).as("table leaked into the second database").isFalse();
        }
        assertThat(first.name()).isNotEqualTo(second.name());
    }

    @Test
    void registers_spring_properties_for_a_fresh_database_named_after_the_test_class() throws SQLException {
        Map<String, Supplier<Object>> properties = new LinkedHashMap<>();
        DynamicPropertyRegistry registry = properties::put;

        SharedInfrastructure.register(registry);

        String url = (String) properties.get("spring.datasource.url").get();
        assertThat(url).matches("jdbc:postgresql://127\\.0\\.0\\.1:\\d+/t\\d+_sharedinfrastructuretest_[a-z0-9]+");
        assertThat(properties.get("spring.datasource.hikari.maximum-pool-size").get()).isEqualTo(5);
        assertThat(properties.get("spring.kafka.bootstrap-servers").get())
                .isEqualTo(SharedInfrastructure.kafkaBootstrapServers());
        var database = new PostgresLogin(url, (String) properties.get("spring.datasource.username").get(),
                (String) properties.get("spring.datasource.password").get());
        try (Connection connection = database.dataSource().getConnection()) {
            assertThat(connection.isValid(5)).isTrue();
        }
        assertThat(properties.get("spring.flyway.user").get())
                .as("migrations run as the owner, not as the runtime role")
                .isNotEqualTo(properties.get("spring.datasource.username").get());
        var owner = new PostgresLogin(url, (String) properties.get("spring.flyway.user").get(),
                (String) properties.get("spring.flyway.password").get());
        try (Connection connection = owner.dataSource().getConnection()) {
            connection.createStatement().execute("CREATE SCHEMA owned_by_the_migration_role");
        }
    }

    @Test
    void shares_a_kafka_broker_that_answers() throws Exception {
        try (Admin admin = Admin.create(Map.<String, Object>of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers()))) {
            assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).hasSize(1);
        }
    }

    @Test
    void rejects_a_partial_environment_naming_what_is_missing() {
        Map<String, String> env = Map.of("DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/x", "DATABASE_USER", "u");

        assertThatThrownBy(() -> InfraCoordinates.fromEnvironment(env)).hasMessageContaining(
                "[DATABASE_PASSWORD, DATABASE_MIGRATION_USER, DATABASE_MIGRATION_PASSWORD, KAFKA_BOOTSTRAP_SERVERS] not set");
    }

    @Test
    void falls_back_to_in_process_servers_when_the_environment_names_none() {
        assertThat(InfraCoordinates.fromEnvironment(Map.of("PATH", "/usr/bin"))).isEmpty();
    }

    @Test
    void keeps_server_and_parameters_when_switching_database() {
        var login = new PostgresLogin("jdbc:postgresql://127.0.0.1:56432/mpesa?sslmode=disable", "u", "p");

        assertThat(login.withDatabase("t1_x").jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:56432/t1_x?sslmode=disable");
        assertThatThrownBy(() -> new PostgresLogin("jdbc:mysql://h/db", "u", "p"))
                .hasMessageContaining("must start with jdbc:postgresql://");
    }

    @Test
    void names_databases_as_plain_short_identifiers() {
        String name = SharedInfrastructure.databaseName("A Very-Long Test Class Name That Goes On And On Forever");

        assertThat(name).matches("[a-z_][a-z0-9_]{0,62}");
    }
}
