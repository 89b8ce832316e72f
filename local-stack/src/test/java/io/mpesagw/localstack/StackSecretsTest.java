package io.mpesagw.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.localinfra.EnvFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackSecretsTest {

    @TempDir
    Path state;

    @Test
    void generates_strong_random_values_on_the_first_run_into_an_owner_only_file() throws Exception {
        Path file = state.resolve("secrets.env");

        StackSecrets secrets = StackSecrets.loadOrCreate(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(secrets.merchantSecretKey()).matches("sk_test_[0-9A-Za-z]{32}");
        assertThat(secrets.darajaPasskey()).matches("[0-9a-f]{64}");
        assertThat(secrets.internalAuthToken().getBytes()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(secrets.callbackSigningKey()).isNotEqualTo(secrets.checkoutWatchSigningKey());
        assertThat(secrets.toString()).doesNotContain(secrets.merchantSecretKey());
    }

    @Test
    void reuses_stored_values_and_fills_in_only_what_is_missing() {
        Path file = state.resolve("secrets.env");
        StackSecrets first = StackSecrets.loadOrCreate(file);
        Map<String, String> stored = new LinkedHashMap<>(EnvFile.read(file));
        stored.remove("INTERNAL_AUTH_TOKEN");
        EnvFile.write(file, stored);

        StackSecrets second = StackSecrets.loadOrCreate(file);

        assertThat(second.merchantSecretKey()).isEqualTo(first.merchantSecretKey());
        assertThat(second.darajaConsumerSecret()).isEqualTo(first.darajaConsumerSecret());
        assertThat(second.internalAuthToken()).isNotBlank().isNotEqualTo(first.internalAuthToken());
        assertThat(EnvFile.read(file)).containsEntry("INTERNAL_AUTH_TOKEN", second.internalAuthToken());
    }
}
