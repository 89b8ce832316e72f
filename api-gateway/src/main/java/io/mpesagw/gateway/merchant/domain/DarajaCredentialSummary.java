package io.mpesagw.gateway.merchant.domain;

import io.mpesagw.gateway.merchant.domain.DarajaCredentials.Environment;
import io.mpesagw.gateway.merchant.domain.DarajaCredentials.SecretField;
import io.mpesagw.gateway.merchant.domain.DarajaCredentials.ShortcodeType;
import java.time.Instant;
import java.util.Set;

/** What may be shown of a credential set: the shortcode, a till's number and which secrets are set, never values. */
public record DarajaCredentialSummary(String shortcode, ShortcodeType shortcodeType, String tillNumber,
                                      Environment environment,
                                      Set<SecretField> fieldsSet, Instant updatedAt) {

    public DarajaCredentialSummary {
        fieldsSet = Set.copyOf(fieldsSet);
    }

    public static DarajaCredentialSummary of(DarajaCredentials credentials, Instant updatedAt) {
        return new DarajaCredentialSummary(credentials.shortcode(), credentials.shortcodeType(),
                credentials.tillNumber(), credentials.environment(), credentials.secrets().keySet(), updatedAt);
    }
}
