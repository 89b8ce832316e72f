package io.mpesagw.gateway.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.testsupport.SharedInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /v1/payments} over HTTP against a real PostgreSQL: keyset pages, filters, strict parameters. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PaymentListApiTest {

    private static final String KEY = "sk_test_" + "l".repeat(32);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry);
        registry.add("mpesa.gateway.demo-merchant-secret-key", () -> KEY);
        registry.add("mpesa.gateway.watch-signing-key", () -> "w".repeat(40));
        registry.add("mpesa.gateway.encryption-key", () -> java.util.Base64.getEncoder().encodeToString(new byte[32]));
    }

    /** 25 payments of the demo merchant, two of them in the same millisecond, and 3 of another merchant. */
    @BeforeEach
    void payments() {
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
        List<String> seen = new ArrayList<>();
        String query = "?limit=10";
        boolean more = true;
        int pages = 0;
        while (more) {
            JsonNode page = list(query);
            assertThat(page.get("object").asString()).isEqualTo("list");
            page.get("data").forEach(p -> seen.add(p.get("id").asString()));
            more = page.get("has_more").asBoolean();
            query = "?limit=10&starting_after=" + seen.getLast();
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(25).doesNotHaveDuplicates().noneMatch(id -> id.startsWith("pay_other"));
        assertThat(seen.getFirst()).isEqualTo("pay_24");
        assertThat(seen.getLast()).isEqualTo("pay_00");
        assertThat(seen.subList(12, 14)).containsExactly("pay_12", "pay_11"); // same millisecond: by id, descending
    }

    @Test
    void ending_before_returns_the_page_before_in_the_same_order() throws Exception {
        JsonNode first = list("?limit=5");
        JsonNode second = list("?limit=5&starting_after=" + last(first));

        JsonNode back = list("?limit=5&ending_before=" + second.get("data").get(0).get("id").asString());

        assertThat(ids(back)).isEqualTo(ids(first));
        assertThat(back.get("has_more").asBoolean()).isFalse();
    }

    @Test
    void filters_by_status_and_creation_time() throws Exception {
        assertThat(ids(list("?status=succeeded&limit=100"))).containsExactly("pay_20", "pay_15", "pay_10", "pay_05", "pay_00");
        assertThat(ids(list("?created_gte=2026-11-01T08:00:20Z&created_lt=2026-11-01T08:00:22Z")))
                .containsExactly("pay_21", "pay_20");
        assertThat(ids(list("?created_gte=2026-12-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void every_bad_parameter_is_a_400_naming_it_and_what_is_accepted() throws Exception {
        assertBad("?limt=5", "limt", "Accepted: created_gte, created_lt, ending_before, limit, starting_after, status");
        assertBad("?limit=0", "limit", "from 1 to 100");
        assertBad("?limit=101", "limit", "from 1 to 100");
        assertBad("?limit=ten", "limit", "from 1 to 100");
        assertBad("?status=paid", "status", "must be one of");
        assertBad("?created_gte=yesterday", "created_gte", "ISO-8601");
        assertBad("?created_gte=2026-11-02T00:00:00Z&created_lt=2026-11-01T00:00:00Z", "created_gte", "before");
        assertBad("?starting_after=pay_01&ending_before=pay_03", "ending_before", "not both");
        assertBad("?starting_after=pay_nope", "starting_after", "one of your payments");
        assertBad("?starting_after=pay_other_1", "starting_after", "one of your payments");
    }

    @Test
    void listing_needs_the_secret_key() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/payments"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(401);
    }

    private void assertBad(String query, String param, String says) throws Exception {
        HttpResponse<String> answer = send(query);
        assertThat(answer.statusCode()).as(query).isEqualTo(400);
        JsonNode error = JSON.readTree(answer.body()).get("error");
        assertThat(error.get("param").asString()).as(query).isEqualTo(param);
        assertThat(error.get("message").asString()).as(query).contains(says);
    }

    private void insert(String id, String merchant, String status, Instant created) {
        jdbc.sql("""
                insert into payments (id, merchant_id, amount, msisdn, reference, status, message, created_at, updated_at)
                values (?, ?, 10, '254712345678', 'INV', ?, 'm', ?, ?)""")
                .params(id, merchant, status, Timestamp.from(created), Timestamp.from(created)).update();
    }

    private JsonNode list(String query) throws Exception {
        HttpResponse<String> answer = send(query);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private HttpResponse<String> send(String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/payments" + query))
                .header("Authorization", "Bearer " + KEY).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("data").forEach(p -> ids.add(p.get("id").asString()));
        return ids;
    }

    private static String last(JsonNode page) {
        List<String> ids = ids(page);
        return ids.getLast();
    }
}
