package io.mpesagw.callback.stk.adapter.out.persistence;

import io.mpesagw.callback.stk.application.CallbackInbox;
import io.mpesagw.callback.stk.domain.ReceivedCallback;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCallbackInbox implements CallbackInbox {

    private static final String INSERT = """
            insert into stk_callbacks
                (id, payment_id, checkout_request_id, source_address, raw_body, status, reason, received_at)
            values (:id, :paymentId, :checkoutRequestId, :sourceAddress, :rawBody, :status, :reason, :receivedAt)""";

    private final JdbcClient jdbc;

    JdbcCallbackInbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The partial unique index admits one accepted row per CheckoutRequestID; a loser inserts nothing. */
    @Override
    public boolean storeIfFirstAccepted(ReceivedCallback callback) {
        return insert(INSERT + " on conflict (checkout_request_id) where status = 'accepted' do nothing", callback) == 1;
    }

    @Override
    public void store(ReceivedCallback callback) {
        insert(INSERT, callback);
    }

    private int insert(String sql, ReceivedCallback callback) {
        return jdbc.sql(sql)
                .param("id", callback.id())
                .param("paymentId", callback.paymentId())
                .param("checkoutRequestId", callback.checkoutRequestId())
                .param("sourceAddress", callback.sourceAddress())
                .param("rawBody", callback.rawBody())
                .param("status", callback.status().wireName())
                .param("reason", callback.reason())
                .param("receivedAt", OffsetDateTime.ofInstant(callback.receivedAt(), ZoneOffset.UTC))
                .update();
    }
}
