package io.mpesagw.gateway.payout;

import static io.mpesagw.gateway.ListPages.ids;
import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.gateway.GatewayApiTest;
import io.mpesagw.gateway.GatewayHttp;
import io.mpesagw.gateway.ListPages;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /v1/payouts} over HTTP against a real PostgreSQL: the same pages, filters and rules as payments. */
class PayoutListApiTest extends GatewayApiTest {

    private static final Instant T0 = Instant.parse("2026-10-01T08:00:00Z");
    private static final List<String> STATUSES = List.of("pending", "submitted", "unknown", "succeeded", "failed");

    private ListPages payouts;

    /** 23 payouts of the demo merchant (two in the same millisecond, statuses in turn) and 3 of another merchant. */
    @BeforeEach
    void payouts() {
        payouts = new ListPages(api, "/v1/payouts", KEY);
        jdbc.sql("delete from payouts").update();
        jdbc.sql("insert into merchants (id, name, created_at) values ('mer_po_list', 'Other', now()) on conflict do nothing")
                .update();
        for (int i = 0; i < 23; i++) {
            Instant created = T0.plusSeconds(i == 7 ? 6 : i); // payouts 06 and 07 share a timestamp
            insert(String.format("po_%02d", i), "mer_demo", STATUSES.get(i % 5), created);
        }
        for (int i = 0; i < 3; i++) {
            insert("po_other_" + i, "mer_po_list", "succeeded", T0.plusSeconds(100 + i));
        }
    }

    @Test
    void pages_walk_every_payout_newest_first_once_and_only_the_merchants_own() throws Exception {
        int[] pages = {0};
        List<String> seen = payouts.walk(10, pages);

        assertThat(pages[0]).isEqualTo(3);
        assertThat(seen).hasSize(23).doesNotHaveDuplicates().noneMatch(id -> id.startsWith("po_other"));
        assertThat(seen.getFirst()).isEqualTo("po_22");
        assertThat(seen.getLast()).isEqualTo("po_00");
        assertThat(seen.subList(15, 17)).containsExactly("po_07", "po_06"); // same millisecond: by id, descending
    }

    @Test
    void a_page_shows_payouts_as_get_does_and_ten_by_default() throws Exception {
        JsonNode first = payouts.page("");

        assertThat(first.get("data")).hasSize(10);
        assertThat(first.get("has_more").asBoolean()).isTrue();
        JsonNode newest = first.get("data").get(0);
        assertThat(newest.get("object").asString()).isEqualTo("payout");
        assertThat(newest.get("phone_number").asString()).isEqualTo("254708374149");
        assertThat(newest.toString()).isEqualTo(GatewayHttp.json(api.get("/v1/payouts/po_22", KEY)).toString());
    }

    @Test
    void ending_before_returns_the_page_before_in_the_same_order() throws Exception {
        JsonNode first = payouts.page("?limit=4");
        JsonNode second = payouts.page("?limit=4&starting_after=" + ids(first).getLast());

        JsonNode back = payouts.page("?limit=4&ending_before=" + ids(second).getFirst());

        assertThat(ids(second)).containsExactly("po_18", "po_17", "po_16", "po_15");
        assertThat(ids(back)).isEqualTo(ids(first));
        assertThat(back.get("has_more").asBoolean()).isFalse();
        assertThat(payouts.page("?limit=100&starting_after=po_00").get("data")).isEmpty();
    }

    @Test
    void filters_by_status_and_creation_time() throws Exception {
        assertThat(ids(payouts.page("?status=unknown&limit=100"))).containsExactly("po_22", "po_17", "po_12", "po_07", "po_02");
        assertThat(ids(payouts.page("?status=failed&created_gte=2026-10-01T08:00:09Z")))
                .containsExactly("po_19", "po_14", "po_09");
        assertThat(ids(payouts.page("?created_gte=2026-10-01T08:00:20Z&created_lt=2026-10-01T08:00:22Z")))
                .containsExactly("po_21", "po_20");
        assertThat(ids(payouts.page("?created_lt=2026-10-01T08:00:00Z"))).isEmpty();
    }

    @Test
    void every_bad_parameter_is_a_400_naming_it_and_what_is_accepted() throws Exception {
        payouts.assertBad("?sort=asc", "sort", "Accepted: created_gte, created_lt, ending_before, limit, starting_after, status");
        payouts.assertBad("?limit=0", "limit", "from 1 to 100");
        payouts.assertBad("?limit=101", "limit", "from 1 to 100");
        payouts.assertBad("?limit=", "limit", "1 to 200 characters");
        payouts.assertBad("?status=cancelled", "status", "must be one of [pending, submitted, unknown, succeeded, failed]");
        payouts.assertBad("?created_lt=2026-10-01", "created_lt", "ISO-8601");
        payouts.assertBad("?created_gte=2026-10-02T00:00:00Z&created_lt=2026-10-02T00:00:00Z", "created_gte", "before");
        payouts.assertBad("?starting_after=po_01&ending_before=po_03", "ending_before", "not both");
        payouts.assertBad("?ending_before=po_nope", "ending_before", "one of your payouts");
        payouts.assertBad("?starting_after=po_other_1", "starting_after", "one of your payouts");
        payouts.assertBad("?starting_after=pay_01", "starting_after", "one of your payouts");
    }

    @Test
    void listing_needs_a_valid_secret_key() throws Exception {
        HttpResponse<String> anonymous = api.get("/v1/payouts", null);
        HttpResponse<String> unknown = api.get("/v1/payouts", "sk_test_" + "z".repeat(32));

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(GatewayHttp.error(unknown).get("message").asString()).doesNotContain("po_");
    }

    private void insert(String id, String merchant, String status, Instant created) {
        jdbc.sql("""
                insert into payouts (id, merchant_id, amount, msisdn, reference, remarks, status, created_at, updated_at)
                values (?, ?, 10, '254708374149', 'REF', 'Remarks', ?, ?, ?)""")
                .params(id, merchant, status, Timestamp.from(created), Timestamp.from(created)).update();
    }
}
