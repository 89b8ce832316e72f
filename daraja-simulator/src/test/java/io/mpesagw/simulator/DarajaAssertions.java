package io.mpesagw.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.simulator.DarajaTestClient.Reply;

public final class DarajaAssertions {

    private DarajaAssertions() {
    }

    /** Daraja's error envelope: requestId, errorCode, errorMessage, and never a ResponseCode. */
    public static void assertDarajaError(Reply reply, int status, String errorCode, String errorMessage) {
        assertThat(reply.status()).as("HTTP status of %s", reply.json()).isEqualTo(status);
        assertThat(reply.text("errorCode")).isEqualTo(errorCode);
        assertThat(reply.text("errorMessage")).isEqualTo(errorMessage);
        assertThat(reply.text("requestId")).isNotBlank();
        assertThat(reply.json().has("ResponseCode")).isFalse();
    }
}
