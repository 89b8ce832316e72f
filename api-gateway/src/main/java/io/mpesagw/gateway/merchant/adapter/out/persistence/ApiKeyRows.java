package io.mpesagw.gateway.merchant.adapter.out.persistence;

import io.mpesagw.gateway.merchant.domain.ApiKey;
import io.mpesagw.gateway.merchant.domain.KeyKind;
import io.mpesagw.gateway.merchant.domain.KeyMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/** Rows of {@code api_keys} and the instants they hold. */
final class ApiKeyRows {

    static final String COLUMNS = "k.id, k.merchant_id, k.kind, k.mode, k.created_at, k.expires_at, k.revoked_at, k.replaced_by";

    private ApiKeyRows() {
    }

    static ApiKey map(ResultSet rs) throws SQLException {
        return new ApiKey(rs.getString("id"), rs.getString("merchant_id"),
                KeyKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                KeyMode.valueOf(rs.getString("mode").toUpperCase(Locale.ROOT)), instant(rs, "created_at"),
                instant(rs, "expires_at"), instant(rs, "revoked_at"), rs.getString("replaced_by"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
