package io.mpesagw.kit.outbox;

import io.mpesagw.contracts.EventJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends an event to the service's outbox table. Must be called inside the transaction that makes
 * the state change the event describes, so that both commit or neither does.
 */
public class Outbox {

    private final JdbcClient jdbc;
    private final OutboxRelay relay;

    public Outbox(JdbcClient jdbc, OutboxRelay relay) {
        this.jdbc = jdbc;
        this.relay = relay;
    }

    public void append(String topic, String key, Object event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("an outbox event must be written in the transaction of its state change");
        }
        jdbc.sql("insert into outbox (topic, message_key, event_type, payload) values (?, ?, ?, ?)")
                .params(topic, key, event.getClass().getSimpleName(), EventJson.write(event))
                .update();
        // Publish right after commit instead of waiting for the next poll: keeps payments snappy.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wakeUp();
            }
        });
    }
}
