package io.mpesagw.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.audit.VerificationResult.BrokenLink;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each test tampers with a log of its own: six entries in one chain, payment-service:0. */
class AuditVerifierTest {

    private static final String CHAIN = "payment-service:0";

    @Test
    void an_untouched_log_is_intact_and_every_hash_recomputes_in_sql_too() {
        AuditDatabase db = logOfSix("verify_intact");

        assertThat(AuditVerifier.verify(db.dataSource())).isEqualTo(new VerificationResult.Intact(1, 6));
        long mismatches = db.jdbc().sql("select count(*) from audit.entries e where audit.entry_hash(e) <> e.hash")
                .query(Long.class).single();
        assertThat(mismatches).isZero();
    }

    @Test
    void pinpoints_an_edited_field() {
        AuditDatabase db = logOfSix("verify_edited");
        db.tamper("update audit.entries set details_canonical = replace(details_canonical, '300', '3') where seq = 3");

        BrokenLink link = onlyBrokenLink(db);
        assertThat(link.seq()).isEqualTo(3);
        assertThat(link.entryId()).isEqualTo(idAt(db, 3));
        assertThat(link.what()).contains("edited");
    }

    @Test
    void pinpoints_a_deleted_row_in_the_middle() {
        AuditDatabase db = logOfSix("verify_deleted_middle");
        long fourth = idAt(db, 4);
        db.tamper("delete from audit.entries where seq = 3");

        BrokenLink link = onlyBrokenLink(db);
        assertThat(link).extracting(BrokenLink::seq, BrokenLink::entryId, BrokenLink::expected, BrokenLink::found)
                .containsExactly(3L, fourth, "seq 3", "seq 4");
        assertThat(link.what()).contains("deleted");
    }

    @Test
    void pinpoints_a_deleted_last_row_through_the_chain_head() {
        AuditDatabase db = logOfSix("verify_deleted_last");
        db.tamper("delete from audit.entries where seq = 6");

        BrokenLink link = onlyBrokenLink(db);
        assertThat(link.seq()).isEqualTo(6);
        assertThat(link.what()).contains("last entries were deleted");
    }

    @Test
    void pinpoints_an_inserted_row_even_with_a_correctly_computed_hash() {
        AuditDatabase db = logOfSix("verify_inserted");
        long oldFourth = idAt(db, 4);
        // make room after seq 3, then forge seq 4 linked to seq 3 with a valid hash of its own
        db.tamper("update audit.entries set seq = seq + 1000 where seq >= 4",
                "update audit.entries set seq = seq - 999 where seq >= 1000",
                """
                insert into audit.entries (chain_id, seq, occurred_at, service, event_type, actor, details_canonical,
                    prev_hash, hash)
                select chain_id, 4, occurred_at, service, event_type, 'mer_forged', '{"amount":1}', hash, ''
                from audit.entries where seq = 3""",
                "update audit.entries e set hash = audit.entry_hash(e) where actor = 'mer_forged'");

        BrokenLink link = onlyBrokenLink(db);
        assertThat(link.seq()).isEqualTo(5);
        assertThat(link.entryId()).isEqualTo(oldFourth);
        assertThat(link.what()).contains("prev_hash");
    }

    @Test
    void pinpoints_a_swapped_pair() {
        AuditDatabase db = logOfSix("verify_swapped");
        long fourth = idAt(db, 4);
        db.tamper("update audit.entries set seq = seq + 1000 where seq in (3, 4)",
                "update audit.entries set seq = 1007 - seq where seq in (1003, 1004)"); // 3 <-> 4

        BrokenLink link = onlyBrokenLink(db);
        assertThat(link).extracting(BrokenLink::seq, BrokenLink::entryId).containsExactly(3L, fourth);
        assertThat(link.what()).contains("reordered");
    }

    @Test
    void reports_the_first_broken_link_of_every_broken_chain() {
        AuditDatabase db = AuditDatabase.fresh("verify_two_chains");
        AuditTrail payments = db.trail("payment-service", 1, Clock.systemUTC());
        AuditTrail callbacks = db.trail("callback-service", 1, Clock.systemUTC());
        for (int i = 1; i <= 3; i++) {
            db.inTransaction(() -> payments.record(entry("pay_1", 100)));
            db.inTransaction(() -> callbacks.record(entry("pay_1", 100)));
        }
        db.tamper("update audit.entries set actor = 'x' where seq >= 2");

        var result = (VerificationResult.Broken) AuditVerifier.verify(db.dataSource());
        assertThat(result.links()).extracting(BrokenLink::chainId, BrokenLink::seq)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("payment-service:0", 2L),
                        org.assertj.core.groups.Tuple.tuple("callback-service:0", 2L));
    }

    static AuditDatabase logOfSix(String hint) {
        AuditDatabase db = AuditDatabase.fresh(hint);
        AuditTrail trail = db.trail("payment-service", 1, Clock.systemUTC());
        for (int i = 1; i <= 6; i++) {
            int amount = i * 100;
            db.inTransaction(() -> trail.record(entry("pay_" + amount, amount)));
        }
        return db;
    }

    private static AuditEntry entry(String paymentId, int amount) {
        return AuditEntry.of(AuditEventType.API_REQUEST, "mer_1", "payment", paymentId)
                .withRequest("req_" + paymentId, "127.0.0.1").withDetails(Map.of("amount", amount));
    }

    private static BrokenLink onlyBrokenLink(AuditDatabase db) {
        VerificationResult result = AuditVerifier.verify(db.dataSource());
        assertThat(result).isInstanceOf(VerificationResult.Broken.class);
        var links = ((VerificationResult.Broken) result).links();
        assertThat(links).hasSize(1);
        assertThat(links.getFirst().chainId()).isEqualTo(CHAIN);
        return links.getFirst();
    }

    private static long idAt(AuditDatabase db, long seq) {
        return db.jdbc().sql("select id from audit.entries where seq = ?").param(seq).query(Long.class).single();
    }
}
