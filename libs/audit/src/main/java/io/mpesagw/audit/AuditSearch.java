package io.mpesagw.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Runs an {@link AuditQuery}: one page of entries, oldest first, and whether more follow. */
public final class AuditSearch {

    private AuditSearch() {
    }

    public record Page(List<StoredEntry> entries, boolean hasMore) {
        public Page {
            entries = List.copyOf(entries);
        }
    }

    public static Page find(DataSource dataSource, AuditQuery query) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        filter(where, params, "subject_id = :subject", "subject", query.subjectId());
        filter(where, params, "details ->> 'merchantId' = :merchant", "merchant", query.merchantId());
        filter(where, params, "actor = :actor", "actor", query.actor());
        filter(where, params, "event_type = :type", "type", query.eventType() == null ? null : query.eventType().name());
        filter(where, params, "request_id = :request", "request", query.requestId());
        filter(where, params, "occurred_at >= :from", "from", query.from() == null ? null : Timestamp.from(query.from()));
        filter(where, params, "occurred_at < :to", "to", query.to() == null ? null : Timestamp.from(query.to()));
        filter(where, params, "id > :after", "after", query.startingAfter());
        String sql = "select " + StoredEntry.COLUMNS + " from audit.entries"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by id limit :limit";
        params.put("limit", query.limit() + 1);
        List<StoredEntry> rows = JdbcClient.create(dataSource).sql(sql).params(params).query(StoredEntry::read).list();
        boolean hasMore = rows.size() > query.limit();
        return new Page(hasMore ? rows.subList(0, query.limit()) : rows, hasMore);
    }

    private static void filter(List<String> where, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null) {
            where.add(clause);
            params.put(name, value);
        }
    }
}
