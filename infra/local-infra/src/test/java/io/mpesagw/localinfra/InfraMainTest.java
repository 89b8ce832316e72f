package io.mpesagw.localinfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class InfraMainTest {

    @Test
    void defaults_to_the_local_run_ports_of_the_wiring_document() {
        InfraSettings settings = InfraMain.settings(InfraMain.parse(List.of("--env-file", "x.env")));

        assertThat(settings.postgresPort()).isEqualTo(55432);
        assertThat(settings.kafkaPort()).isEqualTo(59092);
        assertThat(settings.kafkaControllerPort()).isEqualTo(59093);
        assertThat(settings.database()).isEqualTo("mpesa");
        assertThat(settings.ephemeral()).isFalse();
    }

    @Test
    void takes_the_test_ports_and_an_ephemeral_directory_from_flags() {
        InfraSettings settings = InfraMain.settings(InfraMain.parse(List.of("--env-file", "x.env",
                "--postgres-port", "56432", "--kafka-port", "59192", "--kafka-controller-port", "59193",
                "--data-dir", "/tmp/infra", "--ephemeral")));

        assertThat(settings.postgresPort()).isEqualTo(56432);
        assertThat(settings.kafkaPort()).isEqualTo(59192);
        assertThat(settings.kafkaControllerPort()).isEqualTo(59193);
        assertThat(settings.dataDir()).hasToString("/tmp/infra");
        assertThat(settings.ephemeral()).isTrue();
    }

    @Test
    void rejects_a_port_that_is_not_a_number_naming_the_flag() {
        var options = InfraMain.parse(List.of("--env-file", "x.env", "--kafka-port", "ninety"));

        assertThatThrownBy(() -> InfraMain.settings(options))
                .hasMessage("--kafka-port must be a port number 0..65535, was 'ninety'");
    }

    @Test
    void requires_the_env_file_and_rejects_unknown_flags() {
        assertThatThrownBy(() -> InfraMain.parse(List.of())).hasMessage("--env-file is required");
        assertThatThrownBy(() -> InfraMain.parse(List.of("--env-file", "x", "--verbose")))
                .hasMessage("unknown option '--verbose'");
    }

    @Test
    void rejects_a_database_name_that_is_not_a_plain_identifier() {
        var options = InfraMain.parse(List.of("--env-file", "x.env", "--database", "mpesa; DROP"));

        assertThatThrownBy(() -> InfraMain.settings(options))
                .hasMessageContaining("database must match");
    }
}
