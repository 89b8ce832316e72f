package io.mpesagw.simulator.daraja;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DarajaIdsTest {

    /** 2025-09-17 23:25:43.250 in Nairobi, the moment of a real CheckoutRequestID in the fact sheet. */
    private final DarajaIds ids = new DarajaIds(Clock.fixed(Instant.parse("2025-09-17T20:25:43.250Z"), ZoneOffset.UTC));

    @Test
    void checkout_request_ids_follow_the_current_real_format() {
        assertThat(ids.checkoutRequestId("254708374149", 0)).isEqualTo("ws_CO_17092025232543250708374149");
        assertThat(ids.checkoutRequestId("254708374149", 1)).isEqualTo("ws_CO_17092025232543251708374149");
    }

    @Test
    void milliseconds_are_not_zero_padded() {
        DarajaIds early = new DarajaIds(Clock.fixed(Instant.parse("2025-08-31T13:34:53.007Z"), ZoneOffset.UTC));

        assertThat(early.checkoutRequestId("254708374149", 0)).isEqualTo("ws_CO_310820251634537708374149");
    }

    @Test
    void receipts_encode_the_date_in_their_first_three_characters() {
        assertThat(ids.mpesaReceipt()).matches("TIH[0-9][A-Z0-9]{6}");
    }

    @Test
    void merchant_request_ids_are_hex_groups_and_a_growing_counter() {
        String first = ids.merchantRequestId();
        String second = ids.merchantRequestId();

        assertThat(first).matches("[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\d{5,}");
        assertThat(Long.parseLong(second.substring(27))).isEqualTo(Long.parseLong(first.substring(27)) + 1);
    }
}
