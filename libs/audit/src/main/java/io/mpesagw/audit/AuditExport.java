package io.mpesagw.audit;

import io.mpesagw.audit.VerificationResult.BrokenLink;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Retention without loss: writes old entries to a JSON-lines file that verifies on its own, and
 * deletes nothing (the database refuses deletes anyway).
 *
 * <p>Per chain it exports the prefix from seq 1 up to the last entry older than the cutoff, so each
 * chain in the file is contiguous and can be re-verified from its genesis.
 */
public final class AuditExport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PREFIXES = """
            with upto as (select chain_id, max(seq) as last_seq from audit.entries
                          where occurred_at < ? group by chain_id)
            """;

    private AuditExport() {
    }

    public record ExportSummary(Path file, Instant cutoff, int chains, long entries) {
    }

    public static ExportSummary exportOlderThan(DataSource dataSource, Duration age, Path file) {
        return exportOlderThan(dataSource, age, file, Clock.systemUTC());
    }

    public static ExportSummary exportOlderThan(DataSource dataSource, Duration age, Path file, Clock clock) {
        Instant now = clock.instant();
        Instant cutoff = now.minus(age);
        try (Connection connection = dataSource.getConnection();
             BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                Map<String, ExportLine.Head> heads = heads(connection, cutoff);
                writeLine(out, new ExportLine.Manifest(ExportLine.FORMAT, 1, AuditCanonicalForm.formatTime(now),
                        AuditCanonicalForm.formatTime(cutoff), heads));
                long entries = writeEntries(connection, cutoff, out);
                return new ExportSummary(file, cutoff, heads.size(), entries);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit log for export: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit export " + file, e);
        }
    }

    private static Map<String, ExportLine.Head> heads(Connection connection, Instant cutoff) throws SQLException {
        Map<String, ExportLine.Head> heads = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement(PREFIXES + """
                select e.chain_id, e.seq, e.hash from audit.entries e
                join upto u on u.chain_id = e.chain_id and u.last_seq = e.seq""")) {
            query.setObject(1, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    heads.put(rows.getString(1), new ExportLine.Head(rows.getLong(2), rows.getString(3)));
                }
            }
        }
        return heads;
    }

    private static long writeEntries(Connection connection, Instant cutoff, BufferedWriter out)
            throws SQLException, IOException {
        long entries = 0;
        try (PreparedStatement query = connection.prepareStatement(PREFIXES + "select "
                + StoredEntry.COLUMNS.replaceAll("(\\w+)", "e.$1")
                + " from audit.entries e join upto u on u.chain_id = e.chain_id and e.seq <= u.last_seq"
                + " order by e.chain_id, e.seq")) {
            query.setObject(1, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
            query.setFetchSize(1_000);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    writeLine(out, ExportLine.Entry.of(StoredEntry.read(rows, 0)));
                    entries++;
                }
            }
        }
        return entries;
    }

    private static void writeLine(BufferedWriter out, Object line) throws IOException {
        out.write(JSON.writeValueAsString(line));
        out.write('\n');
    }

    /** Re-verifies an export file alone: every chain from its genesis to the manifest's head. */
    public static VerificationResult verifyFile(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            ExportLine.Manifest manifest = parse(in.readLine(), ExportLine.Manifest.class);
            if (manifest == null || !ExportLine.FORMAT.equals(manifest.format()) || manifest.heads() == null) {
                return unreadable(1, "the first line is not an " + ExportLine.FORMAT + " manifest");
            }
            Map<String, ChainWalk> walks = new LinkedHashMap<>();
            long entries = 0;
            int lineNumber = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                ExportLine.Entry entry = parse(line, ExportLine.Entry.class);
                if (entry == null || entry.chainId() == null || entry.prevHash() == null || entry.hash() == null) {
                    return unreadable(lineNumber, "line " + lineNumber + " is not an export entry");
                }
                walks.computeIfAbsent(entry.chainId(), ChainWalk::new).accept(entry.stored());
                entries++;
            }
            return verdict(manifest, walks, entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit export " + file, e);
        }
    }

    private static <T> T parse(String line, Class<T> shape) {
        if (line == null) {
            return null;
        }
        try {
            return JSON.readValue(line, shape);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static VerificationResult verdict(ExportLine.Manifest manifest, Map<String, ChainWalk> walks, long entries) {
        List<BrokenLink> broken = new ArrayList<>();
        walks.forEach((chainId, walk) -> {
            ExportLine.Head head = manifest.heads().get(chainId);
            walk.finish(head == null ? null : new ChainHead(head.lastSeq(), head.lastHash())).ifPresent(broken::add);
        });
        manifest.heads().forEach((chainId, head) -> {
            if (!walks.containsKey(chainId)) {
                new ChainWalk(chainId).finish(new ChainHead(head.lastSeq(), head.lastHash())).ifPresent(broken::add);
            }
        });
        int chains = walks.size() + (int) manifest.heads().keySet().stream().filter(id -> !walks.containsKey(id)).count();
        return broken.isEmpty() ? new VerificationResult.Intact(chains, entries)
                : new VerificationResult.Broken(chains, entries, broken);
    }

    private static VerificationResult unreadable(int line, String what) {
        return new VerificationResult.Broken(0, 0,
                List.of(new BrokenLink("(file)", line, null, "a valid export line", "unreadable", what)));
    }
}
