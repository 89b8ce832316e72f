package io.mpesagw.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mpesagw.testsupport.MutableClock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditSearchTest {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    private static AuditDatabase db;

    /**
     * Twelve entries one hour apart: payments pay_0..pay_2 of merchants mer_a (pay_0, pay_2) and mer_b
     * (pay_1), alternating API requests (actor = merchant, request id) and state transitions (actor system).
     */
    @BeforeAll
    static void twelveEntries() {
        db = AuditDatabase.fresh("audit_search");
        MutableClock clock = new MutableClock(START);
        AuditTrail trail = db.trail("api-gateway", 4, clock);
        for (int i = 0; i < 12; i++) {
            String payment = "pay_" + (i % 3);
            String merchant = i % 3 == 1 ? "mer_b" : "mer_a";
            AuditEntry entry = i % 2 == 0
                    ? AuditEntry.of(AuditEventType.API_REQUEST, merchant, "payment", payment)
                            .withRequest("req_" + i, "127.0.0.9").withDetails(Map.of("amount", 100 + i))
                    : AuditEntry.stateTransition("payment", payment, "REQUESTED", "SUBMITTED", "accepted");
            AuditEntry withMerchant = entry.withMerchant(merchant);
            db.inTransaction(() -> {
                trail.record(withMerchant);
                return null;
            });
            clock.advance(Duration.ofHours(1));
        }
    }

    @Test
    void finds_by_payment_merchant_actor_event_type_request_id_and_time_range() {
        assertThat(subjects(AuditQuery.all().forSubject("pay_1"))).hasSize(4).containsOnly("pay_1");
        assertThat(subjects(AuditQuery.all().forMerchant("mer_b"))).hasSize(4).containsOnly("pay_1");
        assertThat(subjects(AuditQuery.all().forMerchant("mer_a"))).hasSize(8).containsOnly("pay_0", "pay_2");
        assertThat(find(new AuditQuery(null, null, "mer_a", null, null, null, null, null, 100)))
                .extracting(StoredEntry::eventType).hasSize(4).containsOnly("API_REQUEST");
        assertThat(find(new AuditQuery(null, "mer_a", null, AuditEventType.STATE_TRANSITION, null, null, null, null, 100)))
                .hasSize(4).allSatisfy(e -> assertThat(e.actor()).isEqualTo("system"));
        assertThat(find(new AuditQuery(null, null, null, null, "req_4", null, null, null, 100)))
                .singleElement().satisfies(e -> assertThat(e.subjectId()).isEqualTo("pay_1"));
        // hours 3, 4 and 5: [from, to)
        assertThat(find(new AuditQuery(null, null, null, null, null, START.plus(Duration.ofHours(3)),
                START.plus(Duration.ofHours(6)), null, 100)))
                .extracting(StoredEntry::occurredAt)
                .containsExactly(START.plus(Duration.ofHours(3)), START.plus(Duration.ofHours(4)),
                        START.plus(Duration.ofHours(5)));
    }

    @Test
    void pages_through_everything_with_a_cursor_without_gaps_or_repeats() {
        List<Long> seen = new ArrayList<>();
        Long cursor = null;
        int pages = 0;
        AuditSearch.Page page;
        do {
            page = AuditSearch.find(db.dataSource(), new AuditQuery(null, null, null, null, null, null, null, cursor, 5));
            page.entries().forEach(e -> seen.add(e.id()));
            cursor = page.entries().getLast().id();
            pages++;
        } while (page.hasMore());

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(12).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void refuses_a_limit_out_of_range_and_an_empty_time_range() {
        assertThatThrownBy(() -> new AuditQuery(null, null, null, null, null, null, null, null, 0))
                .hasMessageContaining("limit must be 1 to 1000");
        assertThatThrownBy(() -> new AuditQuery(null, null, null, null, null, START, START, null, 10))
                .hasMessageContaining("from must be before to");
    }

    /** Each filter can be served by its own index (sequential scans switched off, as on a large log). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "subject_id = 'pay_1'                                                     | entries_subject_idx",
        "details ->> 'merchantId' = 'mer_a'                                       | entries_merchant_idx",
        "actor = 'mer_a'                                                          | entries_actor_idx",
        "event_type = 'API_REQUEST'                                               | entries_event_type_idx",
        "request_id = 'req_4'                                                     | entries_request_idx",
        "occurred_at >= '2026-03-01T12:00:00Z' and occurred_at < '2026-03-01T13:00:00Z' | entries_occurred_idx"})
    void every_filter_has_an_index(String where, String index) throws Exception {
        try (Connection connection = db.dataSource().getConnection()) {
            connection.createStatement().execute("set enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = connection.createStatement().executeQuery("explain select * from audit.entries where " + where)) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            assertThat(plan.toString()).contains(index);
        }
    }

    private static List<StoredEntry> find(AuditQuery query) {
        return AuditSearch.find(db.dataSource(), query).entries();
    }

    private static List<String> subjects(AuditQuery query) {
        return find(query).stream().map(StoredEntry::subjectId).toList();
    }
}
