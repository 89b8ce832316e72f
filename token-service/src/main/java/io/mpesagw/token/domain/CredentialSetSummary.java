package io.mpesagw.token.domain;

import java.time.Instant;
import java.util.List;

/**
 * What may be shown of a credential set: never a secret, only which secret fields have a value
 * ({@code fieldsSet}, sorted). A configured set ({@code default}, or one of DARAJA_CREDENTIAL_SETS_FILE)
 * is known only by its consumer key and secret: its shortcode, type, till number and {@code updatedAt} are null.
 */
public record CredentialSetSummary(String name, String environment, String shortcode, String shortcodeType,
                                   String tillNumber, List<String> fieldsSet, Instant updatedAt) {

    public CredentialSetSummary {
        fieldsSet = fieldsSet.stream().sorted().toList();
    }

    public static CredentialSetSummary of(StoredCredentialSet set, Instant updatedAt) {
        return new CredentialSetSummary(set.name(), set.environment(), set.shortcode(), set.shortcodeType(),
                set.tillNumber(), set.secrets().keySet().stream().map(StoredCredentialSet.SecretField::wireName).toList(),
                updatedAt);
    }

    /** A set configured by the environment or the sets file: only its OAuth credentials are known here. */
    public static CredentialSetSummary configured(String name, String environment) {
        return new CredentialSetSummary(name, environment, null, null, null,
                List.of(StoredCredentialSet.SecretField.CONSUMER_KEY.wireName(),
                        StoredCredentialSet.SecretField.CONSUMER_SECRET.wireName()), null);
    }
}
