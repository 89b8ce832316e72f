package io.mpesagw.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.localinfra.EnvFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
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
    void generates_the_token_encryption_key_as_base64_of_32_random_bytes() {
        StackSecrets one = StackSecrets.loadOrCreate(state.resolve("one.env"));
        StackSecrets other = StackSecrets.loadOrCreate(state.resolve("other.env"));

        assertThat(Base64.getDecoder().decode(one.tokenEncryptionKey())).hasSize(32);
        assertThat(one.tokenEncryptionKey()).isNotEqualTo(other.tokenEncryptionKey());
        assertThat(EnvFile.read(state.resolve("one.env"))).containsEntry("TOKEN_ENCRYPTION_KEY", one.tokenEncryptionKey());
        assertThat(one.toString()).doesNotContain(one.tokenEncryptionKey());
    }

    @Test
    void adds_a_token_encryption_key_to_a_secrets_file_written_before_it_existed() {
        Path file = state.resolve("secrets.env");
        StackSecrets first = StackSecrets.loadOrCreate(file);
        Map<String, String> older = new LinkedHashMap<>(EnvFile.read(file));
        older.remove("TOKEN_ENCRYPTION_KEY");
        EnvFile.write(file, older);

        StackSecrets upgraded = StackSecrets.loadOrCreate(file);

        assertThat(Base64.getDecoder().decode(upgraded.tokenEncryptionKey())).hasSize(32);
        assertThat(upgraded.internalAuthToken()).isEqualTo(first.internalAuthToken());
        assertThat(StackSecrets.loadOrCreate(file).tokenEncryptionKey()).as("kept from then on")
                .isEqualTo(upgraded.tokenEncryptionKey());
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
