package io.mpesagw.gateway.payment.adapter.out.persistence;

import io.mpesagw.gateway.payment.application.PhonePrompts;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One row per busy phone (V4): the primary key on msisdn is what makes the hold hold under concurrency. */
@Repository
class JdbcPhonePrompts implements PhonePrompts {

    private final JdbcClient jdbc;

    JdbcPhonePrompts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean hold(String msisdn, String paymentId, Instant now, Instant until) {
        // A hold past its time is taken over in the same statement: a payment whose outcome never came
        // frees its phone without any sweep.
        return jdbc.sql("""
                insert into phone_prompt_holds (msisdn, payment_id, held_until) values (?, ?, ?)
                on conflict (msisdn) do update set payment_id = excluded.payment_id, held_until = excluded.held_until
                where phone_prompt_holds.held_until <= ?""")
                .params(msisdn, paymentId, Timestamp.from(until), Timestamp.from(now))
                .update() == 1;
    }

    @Override
    public void release(String paymentId) {
        jdbc.sql("delete from phone_prompt_holds where payment_id = ?").param(paymentId).update();
    }
}
