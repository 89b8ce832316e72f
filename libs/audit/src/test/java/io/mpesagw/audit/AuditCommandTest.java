package io.mpesagw.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/audit's commands, run as an auditor's login that holds nothing but audit_reader. */
class AuditCommandTest {

    private static final String AUDITOR = "auditor_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    private static final String PASSWORD = "test-only-" + UUID.randomUUID();

    private static AuditDatabase db;
    private static Map<String, String> auditorEnv;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);

    @BeforeAll
    static void logOfSixAndAnAuditor() {
        db = AuditVerifierTest.logOfSix("audit_command");
        db.superuser().sql("create role " + AUDITOR + " login password '" + PASSWORD + "' in role audit_reader").update();
        auditorEnv = Map.of("DATABASE_URL", db.database().jdbcUrl(), "DATABASE_USER", AUDITOR, "DATABASE_PASSWORD", PASSWORD);
    }

    @AfterAll
    static void dropAuditor() {
        db.superuser().sql("drop role " + AUDITOR).update();
    }

    @Test
    void verify_exits_zero_when_intact_and_the_export_verifies_on_its_own(@TempDir Path dir) {
        Path file = dir.resolve("audit.jsonl");

        assertThat(AuditCommand.run(new String[] {"verify"}, auditorEnv, print, print)).isZero();
        assertThat(AuditCommand.run(new String[] {"export", "--older-than", "0d", "--out", file.toString()},
                auditorEnv, print, print)).isZero();
        assertThat(AuditCommand.run(new String[] {"verify-file", file.toString()}, Map.of(), print, print)).isZero();
        assertThat(AuditCommand.run(new String[] {"export", "--older-than", "0d", "--out", file.toString()},
                auditorEnv, print, print)).as("never overwrites an export").isEqualTo(2);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("audit log INTACT: 1 chains, 6 entries verified",
                "exported 6 entries of 1 chains", "nothing deleted", "exists already");
        assertThat(db.jdbc().sql("select count(*) from audit.entries").query(Long.class).single()).isEqualTo(6);
    }

    @Test
    void a_tampered_export_exits_one(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("audit.jsonl");
        AuditCommand.run(new String[] {"export", "--older-than", "P0D", "--out", file.toString()}, auditorEnv, print, print);
        Files.writeString(file, Files.readString(file).replace("\"amount\\\":300", "\"amount\\\":3"));

        assertThat(AuditCommand.run(new String[] {"verify-file", file.toString()}, Map.of(), print, print)).isOne();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("audit log BROKEN", "payment-service:0 #3");
    }

    @Test
    void explains_what_it_needs_and_exits_two() {
        assertThat(AuditCommand.run(new String[] {"verify"}, Map.of(), print, print)).isEqualTo(2);
        assertThat(AuditCommand.run(new String[0], auditorEnv, print, print)).isEqualTo(2);
        assertThat(AuditCommand.run(new String[] {"export", "--older-than", "soon", "--out", "x"}, auditorEnv, print, print))
                .isEqualTo(2);
        assertThat(AuditCommand.run(new String[] {"verify"}, Map.of("DATABASE_URL", db.database().jdbcUrl(),
                "DATABASE_USER", AUDITOR, "DATABASE_PASSWORD", "wrong"), print, print)).isEqualTo(2);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("no database: set DATABASE_URL", "no command", "usage:",
                "--older-than must look like 90d, 12h or P90D, was 'soon'", "could not run")
                .doesNotContain(PASSWORD);
    }

    @Test
    void reads_ages_in_days_hours_or_iso_8601() {
        assertThat(AuditCommand.age("90d")).isEqualTo(Duration.ofDays(90));
        assertThat(AuditCommand.age("12h")).isEqualTo(Duration.ofHours(12));
        assertThat(AuditCommand.age("P30D")).isEqualTo(Duration.ofDays(30));
        assertThatThrownBy(() -> AuditCommand.age("-P1D")).hasMessageContaining("must not be negative");
    }
}
