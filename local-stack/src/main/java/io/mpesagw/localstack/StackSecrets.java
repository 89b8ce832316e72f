package io.mpesagw.localstack;

import io.mpesagw.localinfra.EnvFile;
import io.mpesagw.localinfra.RandomSecrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The local stack's credentials: generated on the first run, kept in {@code <state>/secrets.env}
 * (mode 600) so restarts reuse them. The simulator is given the same Daraja credentials and
 * passkey as the services, so no public sandbox value is needed outside the simulator.
 */
public record StackSecrets(String darajaConsumerKey, String darajaConsumerSecret, String darajaPasskey,
                           String internalAuthToken, String callbackSigningKey, String checkoutWatchSigningKey,
                           String merchantSecretKey, String adminToken, String initiatorPassword,
                           String tokenEncryptionKey, String gatewayEncryptionKey, String merchantPublishableKey) {

    /** The B2C initiator the simulator and payment-service share (Daraja's sandbox calls it testapi). */
    public static final String INITIATOR_NAME = "testapi";

    public static final String SHORTCODE = "174379";

    /** AES-256: token-service seals the Daraja tokens it shares through PostgreSQL, the gateway stored answers. */
    static final int TOKEN_ENCRYPTION_KEY_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<String, Supplier<String>> GENERATORS = generators();

    public static StackSecrets loadOrCreate(Path file) {
        Map<String, String> stored = Files.isRegularFile(file) ? EnvFile.read(file) : Map.of();
        Map<String, String> values = new LinkedHashMap<>();
        GENERATORS.forEach((name, generate) -> {
            String existing = stored.get(name);
            values.put(name, existing == null || existing.isBlank() ? generate.get() : existing);
        });
        if (!values.equals(stored)) {
            EnvFile.write(file, values);
        }
        return new StackSecrets(values.get("DARAJA_CONSUMER_KEY"), values.get("DARAJA_CONSUMER_SECRET"),
                values.get("DARAJA_PASSKEY"), values.get("INTERNAL_AUTH_TOKEN"), values.get("CALLBACK_SIGNING_KEY"),
                values.get("CHECKOUT_WATCH_SIGNING_KEY"), values.get("MERCHANT_SECRET_KEY"), values.get("ADMIN_TOKEN"),
                values.get("DARAJA_INITIATOR_PASSWORD"), values.get("TOKEN_ENCRYPTION_KEY"),
                values.get("GATEWAY_ENCRYPTION_KEY"), values.get("MERCHANT_PUBLISHABLE_KEY"));
    }

    private static Map<String, Supplier<String>> generators() {
        Map<String, Supplier<String>> generators = new LinkedHashMap<>();
        generators.put("DARAJA_CONSUMER_KEY", () -> RandomSecrets.base62(48));
        generators.put("DARAJA_CONSUMER_SECRET", () -> RandomSecrets.base62(48));
        generators.put("DARAJA_PASSKEY", () -> RandomSecrets.hex(32));
        generators.put("INTERNAL_AUTH_TOKEN", () -> RandomSecrets.base62(48));
        generators.put("CALLBACK_SIGNING_KEY", () -> RandomSecrets.base62(48));
        generators.put("CHECKOUT_WATCH_SIGNING_KEY", () -> RandomSecrets.base62(48));
        generators.put("MERCHANT_SECRET_KEY", () -> "sk_test_" + RandomSecrets.base62(32));
        generators.put("MERCHANT_PUBLISHABLE_KEY", () -> "pk_test_" + RandomSecrets.base62(32));
        generators.put("ADMIN_TOKEN", () -> RandomSecrets.base62(48));
        // Daraja allows only # & % $ as special characters in an initiator password
        generators.put("DARAJA_INITIATOR_PASSWORD", () -> RandomSecrets.base62(24) + "#7");
        generators.put("TOKEN_ENCRYPTION_KEY", StackSecrets::aesKey);
        generators.put("GATEWAY_ENCRYPTION_KEY", StackSecrets::aesKey);
        return generators;
    }

    private static String aesKey() {
        byte[] key = new byte[TOKEN_ENCRYPTION_KEY_BYTES];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Override
    public String toString() {
        return "StackSecrets[****]";
    }
}
