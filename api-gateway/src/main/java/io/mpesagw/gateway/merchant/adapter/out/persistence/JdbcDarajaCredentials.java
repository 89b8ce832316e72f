package io.mpesagw.gateway.merchant.adapter.out.persistence;

import static io.mpesagw.gateway.merchant.adapter.out.persistence.ApiKeyRows.instant;
import static io.mpesagw.gateway.merchant.adapter.out.persistence.ApiKeyRows.timestamp;

import io.mpesagw.gateway.merchant.application.DarajaCredentialStore;
import io.mpesagw.gateway.merchant.domain.DarajaCredentialSummary;
import io.mpesagw.gateway.merchant.domain.DarajaCredentials;
import io.mpesagw.gateway.merchant.domain.DarajaCredentials.Environment;
import io.mpesagw.gateway.merchant.domain.DarajaCredentials.SecretField;
import io.mpesagw.gateway.merchant.domain.DarajaCredentials.ShortcodeType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcDarajaCredentials implements DarajaCredentialStore {

    private final JdbcClient jdbc;
    private final CredentialSeal seal;

    JdbcDarajaCredentials(JdbcClient jdbc, CredentialSeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    @Override
    public void save(String merchantId, DarajaCredentials c, Instant updatedAt) {
        Map<SecretField, String> secrets = c.secrets();
        jdbc.sql("""
                insert into daraja_credentials (merchant_id, shortcode, shortcode_type, environment, passkey_sealed,
                    consumer_key_sealed, consumer_secret_sealed, initiator_name_sealed, initiator_password_sealed, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (merchant_id) do update set shortcode = excluded.shortcode,
                    shortcode_type = excluded.shortcode_type, environment = excluded.environment,
                    passkey_sealed = excluded.passkey_sealed, consumer_key_sealed = excluded.consumer_key_sealed,
                    consumer_secret_sealed = excluded.consumer_secret_sealed,
                    initiator_name_sealed = excluded.initiator_name_sealed,
                    initiator_password_sealed = excluded.initiator_password_sealed, updated_at = excluded.updated_at""")
                .params(merchantId, c.shortcode(), c.shortcodeType().wireName(), c.environment().wireName(),
                        sealed(merchantId, secrets, SecretField.PASSKEY), sealed(merchantId, secrets, SecretField.CONSUMER_KEY),
                        sealed(merchantId, secrets, SecretField.CONSUMER_SECRET),
                        sealed(merchantId, secrets, SecretField.INITIATOR_NAME),
                        sealed(merchantId, secrets, SecretField.INITIATOR_PASSWORD), timestamp(updatedAt))
                .update();
    }

    @Override
    public Optional<DarajaCredentialSummary> summary(String merchantId) {
        return jdbc.sql("select * from daraja_credentials where merchant_id = ?").param(merchantId)
                .query((rs, n) -> new DarajaCredentialSummary(rs.getString("shortcode"), shortcodeType(rs),
                        environment(rs), fieldsSet(rs), instant(rs, "updated_at")))
                .optional();
    }

    @Override
    public Optional<DarajaCredentials> open(String merchantId) {
        return jdbc.sql("select * from daraja_credentials where merchant_id = ?").param(merchantId)
                .query((rs, n) -> new DarajaCredentials(rs.getString("shortcode"), shortcodeType(rs), environment(rs),
                        opened(rs, merchantId, SecretField.PASSKEY), opened(rs, merchantId, SecretField.CONSUMER_KEY),
                        opened(rs, merchantId, SecretField.CONSUMER_SECRET),
                        opened(rs, merchantId, SecretField.INITIATOR_NAME),
                        opened(rs, merchantId, SecretField.INITIATOR_PASSWORD)))
                .optional();
    }

    private String sealed(String merchantId, Map<SecretField, String> secrets, SecretField field) {
        String value = secrets.get(field);
        return value == null ? null : seal.seal(merchantId, field, value);
    }

    private String opened(ResultSet rs, String merchantId, SecretField field) throws SQLException {
        return seal.open(merchantId, field, rs.getString(column(field)));
    }

    private static Set<SecretField> fieldsSet(ResultSet rs) throws SQLException {
        Set<SecretField> set = EnumSet.noneOf(SecretField.class);
        for (SecretField field : SecretField.values()) {
            if (rs.getString(column(field)) != null) {
                set.add(field);
            }
        }
        return set;
    }

    private static String column(SecretField field) {
        return field.wireName() + "_sealed";
    }

    private static ShortcodeType shortcodeType(ResultSet rs) throws SQLException {
        return ShortcodeType.valueOf(rs.getString("shortcode_type").toUpperCase(Locale.ROOT));
    }

    private static Environment environment(ResultSet rs) throws SQLException {
        return Environment.valueOf(rs.getString("environment").toUpperCase(Locale.ROOT));
    }
}
