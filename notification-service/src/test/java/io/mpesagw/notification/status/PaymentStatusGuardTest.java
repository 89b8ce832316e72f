package io.mpesagw.notification.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.mpesagw.contracts.PaymentStatus;
import io.mpesagw.kit.ids.Ids;
import io.mpesagw.notification.status.application.PaymentStatusStore;
import io.mpesagw.notification.status.domain.PaymentStatusView;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The guarded update against the real database. */
class PaymentStatusGuardTest extends NotificationIntegrationTest {

    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Autowired
    PaymentStatusStore store;

    @Test
    void a_final_status_is_not_overwritten_by_a_late_submitted_event() {
        String paymentId = Ids.newId("pay");
        PaymentStatusView succeeded = view(paymentId, PaymentStatus.SUCCEEDED, "SA77CVC7PZ", "evt_2", T0.plusSeconds(20));

        assertThat(store.saveIfReplacing(succeeded)).isTrue();
        assertThat(store.saveIfReplacing(view(paymentId, PaymentStatus.SUBMITTED, null, "evt_1", T0))).isFalse();
        assertThat(store.saveIfReplacing(view(paymentId, PaymentStatus.FAILED, null, "evt_3", T0.plusSeconds(30))))
                .isFalse();

        assertThat(store.find(paymentId)).contains(succeeded);
    }

    @Test
    void a_redelivered_event_changes_nothing() {
        String paymentId = Ids.newId("pay");
        PaymentStatusView submitted = view(paymentId, PaymentStatus.SUBMITTED, null, "evt_1", T0);

        assertThat(store.saveIfReplacing(submitted)).isTrue();
        assertThat(store.saveIfReplacing(view(paymentId, PaymentStatus.SUBMITTED, null, "evt_1", T0.plusSeconds(5))))
                .isFalse();

        assertThat(store.find(paymentId)).contains(submitted);
    }

    @Test
    void a_pending_status_moves_on_to_its_outcome() {
        String paymentId = Ids.newId("pay");
        store.saveIfReplacing(view(paymentId, PaymentStatus.SUBMITTED, null, "evt_1", T0));
        PaymentStatusView expired = view(paymentId, PaymentStatus.EXPIRED, null, "evt_2", T0.plusSeconds(60));

        assertThat(store.saveIfReplacing(expired)).isTrue();
        assertThat(store.find(paymentId)).contains(expired);
    }

    @Test
    void an_unknown_status_is_not_moved_back_by_a_late_submitted_event_and_moves_on_to_its_outcome() {
        String paymentId = Ids.newId("pay");
        PaymentStatusView unknown = view(paymentId, PaymentStatus.UNKNOWN, null, "evt_2", T0.plusSeconds(5));
        assertThat(store.saveIfReplacing(unknown)).isTrue();

        assertThat(store.saveIfReplacing(view(paymentId, PaymentStatus.SUBMITTED, null, "evt_1", T0))).isFalse();
        assertThat(store.find(paymentId)).contains(unknown);

        PaymentStatusView succeeded = view(paymentId, PaymentStatus.SUCCEEDED, "SA77CVC7PZ", "evt_3", T0.plusSeconds(9));
        assertThat(store.saveIfReplacing(succeeded)).isTrue();
        assertThat(store.find(paymentId)).contains(succeeded);
    }

    private static PaymentStatusView view(String paymentId, PaymentStatus status, String receipt, String eventId,
            Instant at) {
        return new PaymentStatusView(paymentId, status, "message for " + status.wireName(), receipt, eventId, at);
    }
}
