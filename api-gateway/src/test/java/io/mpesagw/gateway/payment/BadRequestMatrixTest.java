package io.mpesagw.gateway.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.gateway.GatewayApiTest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every kind of bad {@code POST /v1/payments} gets the documented error (status, code, the field in
 * {@code param}, a request id), never a 500 or an internal name, and leaves nothing behind: no
 * payment, no command for payment-service, no phone hold.
 */
class BadRequestMatrixTest extends GatewayApiTest {

    static Stream<Arguments> badRequests() {
        String ok = "\"phone\":\"0712345678\",\"reference\":\"INV-1\"";
        return Stream.of(
                Arguments.of("malformed JSON", "{\"amount\":10,", 400, "body_invalid", null),
                Arguments.of("not an object", "[1,2,3]", 400, "body_invalid", null),
                Arguments.of("empty body", "", 400, "body_invalid", null),
                Arguments.of("amount as text", "{\"amount\":\"ten\"," + ok + "}", 400, "parameter_invalid", "amount"),
                Arguments.of("amount as object", "{\"amount\":{\"value\":10}," + ok + "}", 400, "parameter_invalid", "amount"),
                Arguments.of("phone as number", "{\"amount\":10,\"phone\":712345678,\"reference\":\"INV-1\"}", 400,
                        "parameter_invalid", "phone"),
                Arguments.of("amount as a numeric string", "{\"amount\":\"10\"," + ok + "}", 400, "parameter_invalid", "amount"),
                Arguments.of("missing amount", "{" + ok + "}", 400, "parameter_missing", "amount"),
                Arguments.of("missing phone", "{\"amount\":10,\"reference\":\"INV-1\"}", 400, "phone_invalid", "phone"),
                Arguments.of("missing reference", "{\"amount\":10,\"phone\":\"0712345678\"}", 400, "reference_invalid", "reference"),
                Arguments.of("unknown field", "{\"amount\":10," + ok + ",\"descripton\":\"x\"}", 400, "parameter_unknown",
                        "descripton"),
                Arguments.of("fractional amount", "{\"amount\":10.5," + ok + "}", 400, "amount_not_whole", "amount"),
                Arguments.of("amount zero", "{\"amount\":0," + ok + "}", 400, "amount_out_of_range", "amount"),
                Arguments.of("amount above the limit", "{\"amount\":250001," + ok + "}", 400, "amount_out_of_range", "amount"),
                Arguments.of("negative amount", "{\"amount\":-5," + ok + "}", 400, "amount_out_of_range", "amount"),
                Arguments.of("huge amount", "{\"amount\":1e400," + ok + "}", 400, "amount_out_of_range", "amount"),
                Arguments.of("landline", "{\"amount\":10,\"phone\":\"020 2345678\",\"reference\":\"INV-1\"}", 400,
                        "phone_invalid", "phone"),
                Arguments.of("foreign phone", "{\"amount\":10,\"phone\":\"+255754321987\",\"reference\":\"INV-1\"}", 400,
                        "phone_invalid", "phone"),
                Arguments.of("letters in phone", "{\"amount\":10,\"phone\":\"07I2345678\",\"reference\":\"INV-1\"}", 400,
                        "phone_invalid", "phone"),
                Arguments.of("SQL injection in reference", "{\"amount\":10,\"phone\":\"0712345678\",\"reference\":\"x'; drop table payments;--\"}",
                        400, "reference_invalid", "reference"),
                Arguments.of("script in description", "{\"amount\":10," + ok + ",\"description\":\"<script>alert(1)</script>\"}",
                        400, "description_invalid", "description"),
                Arguments.of("reference too long", "{\"amount\":10,\"phone\":\"0712345678\",\"reference\":\"INV-1234567890\"}",
                        400, "reference_invalid", "reference"),
                Arguments.of("oversize body", "{\"amount\":10," + ok + ",\"description\":\"" + "a".repeat(70_000) + "\"}",
                        413, "body_too_large", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void is_refused_with_the_documented_error_and_nothing_is_stored(String name, String body, int status, String code,
            String param) throws Exception {
        long payments = count("payments");
        long outbox = count("outbox");

        HttpResponse<String> answer = api.post("/v1/payments", KEY, body);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        JsonNode error = JSON.readTree(answer.body()).get("error");
        assertThat(error.get("code").asString()).isEqualTo(code);
        assertThat(error.has("param") ? error.get("param").asString() : null).isEqualTo(param);
        assertThat(error.get("request_id").asString()).isNotBlank();
        assertThat(answer.body()).doesNotContainIgnoringCase("exception").doesNotContain("tools.jackson")
                .doesNotContain("io.mpesagw").doesNotContainIgnoringCase("sql");
        assertThat(count("payments")).isEqualTo(payments);
        assertThat(count("outbox")).isEqualTo(outbox);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
