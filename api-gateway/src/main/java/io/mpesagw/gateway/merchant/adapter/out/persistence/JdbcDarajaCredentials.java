package io.mpesagw.gateway.merchant.adapter.out.persistence;

import static io.mpesagw.gateway.merchant.adapter.out.persistence.ApiKeyRows.instant;
import static io.mpesagw.gateway.merchant.adapter.out.persistence.ApiKeyRows.timestamp;

import io.mpesagw.gateway.merchant.application.DarajaCredentialStore;
import io.mpesagw.gateway.merchant.domain.DarajaCredentialSummary;
import io.mpesagw.gateway.merchant.domain.DarajaCredentials.Environment;
import io.mpesagw.gateway.merchant.domain.DarajaCredentials.SecretField;
import io.mpesagw.gateway.merchant.domain.DarajaCredentials.ShortcodeType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The summary rows of {@code daraja_credentials}: no secret is stored here (token-service keeps them). */
@Repository
class JdbcDarajaCredentials implements DarajaCredentialStore {

    private final JdbcClient jdbc;

    JdbcDarajaCredentials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(String merchantId, DarajaCredentialSummary s) {
        String[] fields = s.fieldsSet().stream().sorted().map(SecretField::wireName).toArray(String[]::new);
        jdbc.sql("""
                insert into daraja_credentials (merchant_id, shortcode, shortcode_type, till_number, environment, fields_set,
                    updated_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (merchant_id) do update set shortcode = excluded.shortcode,
                    shortcode_type = excluded.shortcode_type, till_number = excluded.till_number,
                    environment = excluded.environment, fields_set = excluded.fields_set, updated_at = excluded.updated_at""")
                .params(merchantId, s.shortcode(), s.shortcodeType().wireName(), s.tillNumber(), s.environment().wireName(),
                        fields, timestamp(s.updatedAt()))
                .update();
    }

    @Override
    public Optional<DarajaCredentialSummary> summary(String merchantId) {
        return jdbc.sql("select * from daraja_credentials where merchant_id = ?").param(merchantId)
                .query((rs, n) -> new DarajaCredentialSummary(rs.getString("shortcode"), shortcodeType(rs),
                        rs.getString("till_number"), environment(rs), fieldsSet(rs), instant(rs, "updated_at")))
                .optional();
    }

    private static Set<SecretField> fieldsSet(ResultSet rs) throws SQLException {
        Set<SecretField> set = EnumSet.noneOf(SecretField.class);
        for (String field : (String[]) rs.getArray("fields_set").getArray()) {
            set.add(SecretField.valueOf(field.toUpperCase(Locale.ROOT)));
        }
        return set;
    }

    private static ShortcodeType shortcodeType(ResultSet rs) throws SQLException {
        return ShortcodeType.valueOf(rs.getString("shortcode_type").toUpperCase(Locale.ROOT));
    }

    private static Environment environment(ResultSet rs) throws SQLException {
        return Environment.valueOf(rs.getString("environment").toUpperCase(Locale.ROOT));
    }
}
