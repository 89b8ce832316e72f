package io.mpesagw.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.audit.VerificationResult.BrokenLink;
import io.mpesagw.testsupport.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditExportTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00.123456789Z");

    private static AuditDatabase db;
    private static MutableClock clock;

    /** Ten entries one day apart over three subjects, in two chains. */
    @BeforeAll
    static void tenDaysOfEntries() {
        db = AuditDatabase.fresh("audit_export");
        clock = new MutableClock(START);
        AuditTrail trail = db.trail("payment-service", 2, clock);
        for (int day = 0; day < 10; day++) {
            String paymentId = "pay_" + (day % 3);
            int amount = 100 + day;
            db.inTransaction(() -> trail.record(AuditEntry.of(AuditEventType.STATE_TRANSITION, "system", "payment",
                    paymentId).withDetails(Map.of("amount", amount, "day", "d" + amount))));
            clock.advance(Duration.ofDays(1));
        }
    }

    @Test
    void exports_entries_older_than_the_age_and_the_file_verifies_on_its_own(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("audit.jsonl");
        // the clock stands at day 10, so the cutoff is day 6 + 1h: the entries of days 0..6
        var summary = AuditExport.exportOlderThan(db.dataSource(), Duration.ofDays(4).minusHours(1), file, clock);

        assertThat(summary.entries()).isEqualTo(7);
        assertThat(summary.chains()).isEqualTo(2);
        assertThat(Files.readAllLines(file)).hasSize(1 + (int) summary.entries());
        assertThat(AuditExport.verifyFile(file))
                .isEqualTo(new VerificationResult.Intact(summary.chains(), summary.entries()));
        assertThat(db.jdbc().sql("select count(*) from audit.entries").query(Long.class).single())
                .as("exporting deletes nothing").isEqualTo(10);
    }

    @Test
    void a_tampered_line_is_detected(@TempDir Path dir) throws Exception {
        Path file = exportAll(dir);
        List<String> lines = Files.readAllLines(file);
        int target = indexOf(lines, "d103");
        lines.set(target, lines.get(target).replace("\\\"amount\\\":103", "\\\"amount\\\":3"));
        Files.write(file, lines);

        BrokenLink link = onlyLink(AuditExport.verifyFile(file));
        assertThat(link.what()).contains("edited");
        assertThat(lines.get(target)).contains("\"seq\":" + link.seq());
    }

    @Test
    void a_removed_last_line_and_reordered_lines_are_detected(@TempDir Path dir) throws Exception {
        Path file = exportAll(dir);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.removeLast();
        Files.write(file, lines);
        assertThat(onlyLink(AuditExport.verifyFile(file)).what()).contains("last entries were deleted");

        Collections.swap(lines, 1, 2); // lines 1 and 2 are the first two entries of the first chain
        Files.write(file, lines);
        assertThat(AuditExport.verifyFile(file)).isInstanceOf(VerificationResult.Broken.class);
    }

    @Test
    void a_file_that_is_not_an_export_is_reported_not_thrown(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("not-an-export.jsonl");
        Files.writeString(file, "hello\n");
        assertThat(onlyLink(AuditExport.verifyFile(file)).what()).contains("manifest");
    }

    private static Path exportAll(Path dir) {
        Path file = dir.resolve("all.jsonl");
        AuditExport.exportOlderThan(db.dataSource(), Duration.ZERO, file, clock);
        assertThat(AuditExport.verifyFile(file)).isInstanceOf(VerificationResult.Intact.class);
        return file;
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " not in the export");
    }

    private static BrokenLink onlyLink(VerificationResult result) {
        assertThat(result).isInstanceOf(VerificationResult.Broken.class);
        List<BrokenLink> links = ((VerificationResult.Broken) result).links();
        assertThat(links).hasSize(1);
        return links.getFirst();
    }
}
