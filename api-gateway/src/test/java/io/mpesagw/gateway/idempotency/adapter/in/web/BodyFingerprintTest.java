package io.mpesagw.gateway.idempotency.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BodyFingerprintTest {

    private static String of(String body) {
        return BodyFingerprint.of(body.getBytes(StandardCharsets.UTF_8)).sha256();
    }

    @Test
    void key_order_and_whitespace_do_not_change_the_fingerprint_at_any_depth() {
        assertThat(of("{\"amount\":10,\"phone\":\"0712345678\",\"meta\":{\"a\":1,\"b\":[{\"y\":2,\"x\":1}]}}"))
                .isEqualTo(of(" {\n \"meta\" : { \"b\" : [ { \"x\":1, \"y\":2 } ], \"a\":1 },\t\"phone\":\"0712345678\", \"amount\" : 10 } "));
    }

    @Test
    void any_change_of_a_value_an_array_order_or_a_field_changes_it() {
        String base = of("{\"amount\":10,\"reference\":\"INV-1\",\"items\":[1,2]}");

        assertThat(of("{\"amount\":11,\"reference\":\"INV-1\",\"items\":[1,2]}")).isNotEqualTo(base);
        assertThat(of("{\"amount\":\"10\",\"reference\":\"INV-1\",\"items\":[1,2]}")).isNotEqualTo(base);
        assertThat(of("{\"amount\":10,\"reference\":\"INV-1\",\"items\":[2,1]}")).isNotEqualTo(base);
        assertThat(of("{\"amount\":10,\"reference\":\"INV-1\",\"items\":[1,2],\"description\":null}")).isNotEqualTo(base);
    }

    @Test
    void decimals_are_compared_exactly_not_as_doubles() {
        assertThat(of("{\"amount\":0.1}")).isNotEqualTo(of("{\"amount\":0.1000000000000000001}"));
    }

    @Test
    void a_body_that_is_not_json_is_fingerprinted_byte_for_byte() {
        assertThat(of("amount=10&phone=0712345678")).isEqualTo(of("amount=10&phone=0712345678"))
                .isNotEqualTo(of("amount=10&phone=0712345679"));
        assertThat(of("{\"amount\":10} trailing")).isNotEqualTo(of("{\"amount\":10}"));
        assertThat(of("")).isNotEqualTo(of(" ")).hasSize(64);
    }
}
