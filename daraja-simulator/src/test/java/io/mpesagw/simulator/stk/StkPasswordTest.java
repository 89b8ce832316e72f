package io.mpesagw.simulator.stk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StkPasswordTest {

    private static final String SANDBOX_PASSKEY = "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919";

    @Test
    void matches_the_daraja_docs_test_vector() {
        assertThat(StkPassword.of("174379", SANDBOX_PASSKEY, "20160216165627")).isEqualTo(
                "MTc0Mzc5YmZiMjc5ZjlhYTliZGJjZjE1OGU5N2RkNzFhNDY3Y2QyZTBjODkzMDU5YjEwZjc4ZTZi"
                        + "NzJhZGExZWQyYzkxOTIwMTYwMjE2MTY1NjI3");
    }

    @Test
    void a_password_for_another_timestamp_does_not_match() {
        String password = StkPassword.of("174379", SANDBOX_PASSKEY, "20160216165627");

        assertThat(StkPassword.matches(password, "174379", SANDBOX_PASSKEY, "20160216165627")).isTrue();
        assertThat(StkPassword.matches(password, "174379", SANDBOX_PASSKEY, "20160216165628")).isFalse();
    }
}
