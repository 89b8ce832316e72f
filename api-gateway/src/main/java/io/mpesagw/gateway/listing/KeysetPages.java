package io.mpesagw.gateway.listing;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads one {@link Listing.Page} from a table with {@code merchant_id}, {@code status},
 * {@code created_at} and {@code id} columns (and an index on {@code (merchant_id, created_at desc)}).
 */
public final class KeysetPages {

    private KeysetPages() {
    }

    /** {@code table} is a constant of the caller, never input. */
    public static <T> Listing.Page<T> page(JdbcClient jdbc, String table, Listing.Query query, RowMapper<T> rows) {
        StringBuilder sql = new StringBuilder("select * from " + table + " where merchant_id = :merchant");
        Map<String, Object> params = new HashMap<>();
        params.put("merchant", query.merchantId());
        if (query.status() != null) {
            sql.append(" and status = :status");
            params.put("status", query.status());
        }
        if (query.createdFrom() != null) {
            sql.append(" and created_at >= :from");
            params.put("from", Timestamp.from(query.createdFrom()));
        }
        if (query.createdTo() != null) {
            sql.append(" and created_at < :to");
            params.put("to", Timestamp.from(query.createdTo()));
        }
        boolean newerFirst = switch (query.cursor()) {
            case Listing.Cursor.First first -> true;
            case Listing.Cursor.After after -> {
                sql.append(" and (created_at, id) < (:cursorAt, :cursorId)");
                params.put("cursorAt", Timestamp.from(after.createdAt()));
                params.put("cursorId", after.id());
                yield true;
            }
            case Listing.Cursor.Before before -> {
                sql.append(" and (created_at, id) > (:cursorAt, :cursorId)");
                params.put("cursorAt", Timestamp.from(before.createdAt()));
                params.put("cursorId", before.id());
                yield false;
            }
        };
        sql.append(newerFirst ? " order by created_at desc, id desc" : " order by created_at asc, id asc");
        sql.append(" limit :limit");
        params.put("limit", query.limit() + 1); // one more than asked says whether more lie beyond
        List<T> found = jdbc.sql(sql.toString()).params(params).query(rows).list();
        List<T> page = new ArrayList<>(found.subList(0, Math.min(query.limit(), found.size())));
        if (!newerFirst) {
            Collections.reverse(page); // ending_before reads towards the newest; the page is still shown newest first
        }
        return new Listing.Page<>(List.copyOf(page), found.size() > query.limit());
    }
}
