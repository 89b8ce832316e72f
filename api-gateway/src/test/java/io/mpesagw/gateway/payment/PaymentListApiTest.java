package io.mpesagw.gateway.payment;

import static io.mpesagw.gateway.ListPages.ids;
import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.gateway.GatewayApiTest;
import io.mpesagw.gateway.ListPages;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /v1/payments} over HTTP against a real PostgreSQL: keyset pages, filters, strict parameters. */
class PaymentListApiTest extends GatewayApiTest {

    private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");

    private ListPages payments;

    /** 25 payments of the demo merchant, two of them in the same millisecond, and 3 of another merchant. */
    @BeforeEach
    void payments() {
        payments = new ListPages(api, "/v1/payments", KEY);
        // the gateway is shared with other test classes: their sessions' payments go too
        jdbc.sql("update checkout_sessions set payment_id = null").update();
        jdbc.sql("delete from payments").update();
        jdbc.sql("insert into merchants (id, name, created_at) values ('mer_other', 'Other', now()) on conflict do nothing")
                .update();
        for (int i = 0; i < 25; i++) {
            Instant created = T0.plusSeconds(i == 12 ? 11 : i); // payments 11 and 12 share a timestamp
            insert(String.format("pay_%02d", i), "mer_demo", i % 5 == 0 ? "succeeded" : "pending", created);
        }
        for (int i = 0; i < 3; i++) {
            insert("pay_other_" + i, "mer_other", "succeeded", T0.plusSeconds(100 + i));
        }
    }

    @Test
    void pages_walk_every_payment_newest_first_once_and_only_the_merchants_own() throws Exception {
        int[] pages = {0};
        List<String> seen = payments.walk(10, pages);

        assertThat(pages[0]).isEqualTo(3);
        assertThat(seen).hasSize(25).doesNotHaveDuplicates().noneMatch(id -> id.startsWith("pay_other"));
        assertThat(seen.getFirst()).isEqualTo("pay_24");
        assertThat(seen.getLast()).isEqualTo("pay_00");
        assertThat(seen.subList(12, 14)).containsExactly("pay_12", "pay_11"); // same millisecond: by id, descending
    }

    @Test
    void ending_before_returns_the_page_before_in_the_same_order() throws Exception {
        JsonNode first = payments.page("?limit=5");
        JsonNode second = payments.page("?limit=5&starting_after=" + ids(first).getLast());

        JsonNode back = payments.page("?limit=5&ending_before=" + second.get("data").get(0).get("id").asString());

        assertThat(ids(back)).isEqualTo(ids(first));
        assertThat(back.get("has_more").asBoolean()).isFalse();
    }

    @Test
    void filters_by_status_and_creation_time() throws Exception {
        assertThat(ids(payments.page("?status=succeeded&limit=100")))
                .containsExactly("pay_20", "pay_15", "pay_10", "pay_05", "pay_00");
        assertThat(ids(payments.page("?created_gte=2026-11-01T08:00:20Z&created_lt=2026-11-01T08:00:22Z")))
                .containsExactly("pay_21", "pay_20");
        assertThat(ids(payments.page("?created_gte=2026-12-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void every_bad_parameter_is_a_400_naming_it_and_what_is_accepted() throws Exception {
        payments.assertBad("?limt=5", "limt", "Accepted: created_gte, created_lt, ending_before, limit, starting_after, status");
        payments.assertBad("?limit=0", "limit", "from 1 to 100");
        payments.assertBad("?limit=101", "limit", "from 1 to 100");
        payments.assertBad("?limit=ten", "limit", "from 1 to 100");
        payments.assertBad("?status=paid", "status", "must be one of");
        payments.assertBad("?created_gte=yesterday", "created_gte", "ISO-8601");
        payments.assertBad("?created_gte=2026-11-02T00:00:00Z&created_lt=2026-11-01T00:00:00Z", "created_gte", "before");
        payments.assertBad("?starting_after=pay_01&ending_before=pay_03", "ending_before", "not both");
        payments.assertBad("?starting_after=pay_nope", "starting_after", "one of your payments");
        payments.assertBad("?starting_after=pay_other_1", "starting_after", "one of your payments");
    }

    @Test
    void listing_needs_the_secret_key() throws Exception {
        HttpResponse<String> answer = api.get("/v1/payments", null);

        assertThat(answer.statusCode()).isEqualTo(401);
    }

    private void insert(String id, String merchant, String status, Instant created) {
        jdbc.sql("""
                insert into payments (id, merchant_id, amount, msisdn, reference, status, message, created_at, updated_at)
                values (?, ?, 10, '254712345678', 'INV', ?, 'm', ?, ?)""")
                .params(id, merchant, status, Timestamp.from(created), Timestamp.from(created)).update();
    }
}
