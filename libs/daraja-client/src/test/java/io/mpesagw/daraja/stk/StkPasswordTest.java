package io.mpesagw.daraja.stk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StkPasswordTest {

    static final String SANDBOX_PASSKEY = "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919";

    @Test
    void matches_the_documented_sandbox_test_vector() {
        assertThat(StkPassword.of("174379", SANDBOX_PASSKEY, "20160216165627")).isEqualTo(
                "MTc0Mzc5YmZiMjc5ZjlhYTliZGJjZjE1OGU5N2RkNzFhNDY3Y2QyZTBjODkzMDU5YjEwZjc4ZTZiNzJhZGExZWQyYzkxOTIwMTYwMjE2MTY1NjI3");
    }

    @Test
    void timestamp_is_fourteen_digits_of_kenyan_time() {
        assertThat(DarajaTimestamp.of(Instant.parse("2016-02-16T13:56:27Z"))).isEqualTo("20160216165627");
        assertThat(DarajaTimestamp.of(Instant.parse("2024-12-31T22:00:00Z"))).isEqualTo("20250101010000");
    }

    @Test
    void push_request_never_prints_the_passkey_the_callback_token_or_the_full_phone() {
        StkPushRequest request = new StkPushRequest("174379", SANDBOX_PASSKEY, "20160216165627",
                TransactionType.CUSTOMER_PAY_BILL_ONLINE, 1, "254708374149", "174379",
                "https://cb.example.com/v1/callbacks/stk/pay_1/secretPathToken", "INV1", "Order");

        assertThat(request.toString()).doesNotContain(SANDBOX_PASSKEY).doesNotContain("secretPathToken")
                .doesNotContain("254708374149").contains("2547****149").contains("https://cb.example.com/****");
    }

    @Test
    void push_request_rejects_missing_fields_and_amounts_below_one_shilling() {
        assertThatThrownBy(() -> new StkPushRequest("174379", SANDBOX_PASSKEY, "20160216165627",
                TransactionType.CUSTOMER_PAY_BILL_ONLINE, 0, "254708374149", "174379", "https://x/cb", "INV1", null))
                .hasMessageContaining("amount must be at least 1");
        assertThatThrownBy(() -> new StkPushRequest("174379", SANDBOX_PASSKEY, "2016021616",
                TransactionType.CUSTOMER_PAY_BILL_ONLINE, 5, "254708374149", "174379", "https://x/cb", "INV1", null))
                .hasMessageContaining("timestamp must be 14 digits");
        assertThatThrownBy(() -> new StkPushRequest("174379", " ", "20160216165627",
                TransactionType.CUSTOMER_PAY_BILL_ONLINE, 5, "254708374149", "174379", "https://x/cb", "INV1", null))
                .hasMessageContaining("passkey is required");
    }
}
