package io.mpesagw.notification.status.application;

import io.mpesagw.notification.status.domain.PaymentStatusView;
import java.util.Optional;

/** Where the latest status per payment is kept. */
public interface PaymentStatusStore {

    /**
     * Stores {@code next} only if it {@link PaymentStatusView#replaces replaces} the stored view, in one
     * guarded statement (no read-modify-write), so concurrent consumers cannot undo a final status.
     *
     * @return true when the stored status changed
     */
    boolean saveIfReplacing(PaymentStatusView next);

    Optional<PaymentStatusView> find(String paymentId);
}
