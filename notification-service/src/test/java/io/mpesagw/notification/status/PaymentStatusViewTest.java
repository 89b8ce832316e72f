package io.mpesagw.notification.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.contracts.PaymentStatus;
import io.mpesagw.notification.status.domain.PaymentStatusView;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PaymentStatusViewTest {

    private static final Instant T0 = Instant.parse("2026-01-07T14:09:05Z");

    private static PaymentStatusView view(PaymentStatus status, String eventId) {
        return new PaymentStatusView("pay_1", status, "message", null, eventId, T0);
    }

    @Test
    void the_first_status_is_always_taken() {
        assertThat(view(PaymentStatus.SUBMITTED, "evt_1").replaces(null)).isTrue();
    }

    @Test
    void a_final_status_replaces_a_pending_one() {
        assertThat(view(PaymentStatus.SUCCEEDED, "evt_2").replaces(view(PaymentStatus.SUBMITTED, "evt_1"))).isTrue();
    }

    @Test
    void a_late_non_final_event_never_replaces_a_final_status() {
        assertThat(view(PaymentStatus.SUBMITTED, "evt_1").replaces(view(PaymentStatus.SUCCEEDED, "evt_2"))).isFalse();
    }

    @Test
    void a_final_status_is_never_replaced_even_by_another_final_one() {
        assertThat(view(PaymentStatus.FAILED, "evt_3").replaces(view(PaymentStatus.CANCELLED, "evt_2"))).isFalse();
    }

    @Test
    void a_redelivered_event_changes_nothing() {
        assertThat(view(PaymentStatus.SUBMITTED, "evt_1").replaces(view(PaymentStatus.SUBMITTED, "evt_1"))).isFalse();
    }

    @Test
    void an_unknown_status_replaces_a_submitted_one_and_gives_way_to_a_final_one() {
        assertThat(view(PaymentStatus.UNKNOWN, "evt_2").replaces(view(PaymentStatus.SUBMITTED, "evt_1"))).isTrue();
        assertThat(view(PaymentStatus.EXPIRED, "evt_3").replaces(view(PaymentStatus.UNKNOWN, "evt_2"))).isTrue();
    }

    @Test
    void a_late_submitted_event_never_moves_an_unknown_payment_back() {
        assertThat(view(PaymentStatus.SUBMITTED, "evt_1").replaces(view(PaymentStatus.UNKNOWN, "evt_2"))).isFalse();
    }
}
