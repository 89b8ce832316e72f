package io.mpesagw.notification.status.adapter.out.persistence;

import io.mpesagw.contracts.PaymentStatus;
import io.mpesagw.notification.status.application.PaymentStatusStore;
import io.mpesagw.notification.status.domain.PaymentStatusView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPaymentStatusStore implements PaymentStatusStore {

    private final JdbcClient jdbc;

    JdbcPaymentStatusStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The where clause is PaymentStatusView.replaces, evaluated by the database under the row lock. */
    @Override
    public boolean saveIfReplacing(PaymentStatusView next) {
        int changed = jdbc.sql("""
                insert into payment_status as current
                    (payment_id, status, message, mpesa_receipt, last_event_id, updated_at)
                values (:paymentId, :status, :message, :receipt, :eventId, :updatedAt)
                on conflict (payment_id) do update
                set status = excluded.status, message = excluded.message, mpesa_receipt = excluded.mpesa_receipt,
                    last_event_id = excluded.last_event_id, updated_at = excluded.updated_at
                where current.status = any(:replaceable)
                  and current.last_event_id <> excluded.last_event_id""")
                .param("paymentId", next.paymentId())
                .param("status", next.status().wireName())
                .param("message", next.message())
                .param("receipt", next.mpesaReceipt())
                .param("eventId", next.lastEventId())
                .param("updatedAt", OffsetDateTime.ofInstant(next.updatedAt(), ZoneOffset.UTC))
                .param("replaceable", Arrays.stream(PaymentStatus.values())
                        .filter(status -> status.mayMoveTo(next.status())).map(PaymentStatus::wireName)
                        .toArray(String[]::new))
                .update();
        return changed == 1;
    }

    @Override
    public Optional<PaymentStatusView> find(String paymentId) {
        return jdbc.sql("""
                select payment_id, status, message, mpesa_receipt, last_event_id, updated_at
                from payment_status where payment_id = ?""")
                .param(paymentId)
                .query(JdbcPaymentStatusStore::view)
                .optional();
    }

    private static PaymentStatusView view(ResultSet rs, int row) throws SQLException {
        return new PaymentStatusView(rs.getString("payment_id"), PaymentStatus.fromWireName(rs.getString("status")),
                rs.getString("message"), rs.getString("mpesa_receipt"), rs.getString("last_event_id"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
