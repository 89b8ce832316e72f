package io.mpesagw.token.adapter.out.persistence;

import io.mpesagw.kit.crypto.SealedBox;
import io.mpesagw.token.domain.CredentialSetSummary;
import io.mpesagw.token.domain.CredentialSetStore;
import io.mpesagw.token.domain.StoredCredentialSet;
import io.mpesagw.token.domain.StoredCredentialSet.SecretField;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The vault's sets in {@code token.credential_sets}, each secret sealed on its own (see V2__credential_sets.sql). */
public final class JdbcCredentialSetStore implements CredentialSetStore {

    private final JdbcClient jdbc;
    private final CredentialSeal seal;

    public JdbcCredentialSetStore(JdbcClient jdbc, SealedBox box) {
        this.jdbc = jdbc;
        this.seal = new CredentialSeal(box);
    }

    @Override
    public void save(StoredCredentialSet set, Instant updatedAt) {
        Map<SecretField, String> secrets = set.secrets();
        jdbc.sql("""
                INSERT INTO credential_sets (name, environment, shortcode, shortcode_type, till_number, passkey_sealed,
                    consumer_key_sealed, consumer_secret_sealed, initiator_name_sealed, initiator_password_sealed, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (name) DO UPDATE SET environment = excluded.environment, shortcode = excluded.shortcode,
                    shortcode_type = excluded.shortcode_type, till_number = excluded.till_number,
                    passkey_sealed = excluded.passkey_sealed,
                    consumer_key_sealed = excluded.consumer_key_sealed,
                    consumer_secret_sealed = excluded.consumer_secret_sealed,
                    initiator_name_sealed = excluded.initiator_name_sealed,
                    initiator_password_sealed = excluded.initiator_password_sealed, updated_at = excluded.updated_at""")
                .params(set.name(), set.environment(), set.shortcode(), set.shortcodeType(), set.tillNumber(),
                        sealed(set.name(), secrets, SecretField.PASSKEY), sealed(set.name(), secrets, SecretField.CONSUMER_KEY),
                        sealed(set.name(), secrets, SecretField.CONSUMER_SECRET),
                        sealed(set.name(), secrets, SecretField.INITIATOR_NAME),
                        sealed(set.name(), secrets, SecretField.INITIATOR_PASSWORD), Timestamp.from(updatedAt))
                .update();
    }

    @Override
    public Optional<CredentialSetSummary> summary(String name) {
        return jdbc.sql("SELECT * FROM credential_sets WHERE name = ?").param(name)
                .query((rs, n) -> new CredentialSetSummary(name, rs.getString("environment"), rs.getString("shortcode"),
                        rs.getString("shortcode_type"), rs.getString("till_number"), fieldsSet(rs),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    @Override
    public Optional<StoredCredentialSet> open(String name) {
        return jdbc.sql("SELECT * FROM credential_sets WHERE name = ?").param(name)
                .query((rs, n) -> new StoredCredentialSet(name, rs.getString("environment"), rs.getString("shortcode"),
                        rs.getString("shortcode_type"), rs.getString("till_number"),
                        opened(rs, name, SecretField.PASSKEY),
                        opened(rs, name, SecretField.CONSUMER_KEY), opened(rs, name, SecretField.CONSUMER_SECRET),
                        opened(rs, name, SecretField.INITIATOR_NAME), opened(rs, name, SecretField.INITIATOR_PASSWORD)))
                .optional();
    }

    private String sealed(String name, Map<SecretField, String> secrets, SecretField field) {
        String value = secrets.get(field);
        return value == null ? null : seal.seal(name, field, value);
    }

    private String opened(ResultSet rs, String name, SecretField field) throws SQLException {
        return seal.open(name, field, rs.getString(column(field)));
    }

    private static List<String> fieldsSet(ResultSet rs) throws SQLException {
        List<String> set = new ArrayList<>();
        for (SecretField field : SecretField.values()) {
            if (rs.getString(column(field)) != null) {
                set.add(field.wireName());
            }
        }
        return set;
    }

    private static String column(SecretField field) {
        return field.wireName() + "_sealed";
    }
}
