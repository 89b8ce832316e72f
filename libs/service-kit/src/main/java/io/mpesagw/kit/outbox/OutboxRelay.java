package io.mpesagw.kit.outbox;

import io.mpesagw.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes outbox rows to Kafka in id order, then marks them published. At least once: a crash
 * between send and commit resends, and consumers drop the duplicate. One relay at a time per schema
 * (an advisory lock), so that several instances cannot reorder the events of one payment.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, String> kafka;
    private final Duration pollInterval;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile Thread worker;

    public OutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<String, String> kafka,
            Duration pollInterval) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.pollInterval = pollInterval;
    }

    void wakeUp() {
        wakeUps.release();
    }

    /** Publishes one batch; returns how many rows were published. */
    public int publishBatch() {
        Integer published = transactions.execute(status -> {
            Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(hashtext(current_schema() || '.outbox'))")
                    .query(Boolean.class).single();
            if (!locked) {
                return 0;
            }
            List<OutboxRecord> rows = jdbc.sql("""
                    select id, topic, message_key, event_type, payload from outbox
                    where published_at is null order by id limit ?""")
                    .param(BATCH)
                    .query((rs, n) -> new OutboxRecord(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5)))
                    .list();
            if (rows.isEmpty()) {
                return 0;
            }
            send(rows);
            jdbc.sql("update outbox set published_at = now() where id = any(?)")
                    .param(rows.stream().map(OutboxRecord::id).toArray(Long[]::new))
                    .update();
            return rows.size();
        });
        return published == null ? 0 : published;
    }

    private void send(List<OutboxRecord> rows) {
        List<CompletableFuture<?>> sends = new ArrayList<>(rows.size());
        for (OutboxRecord row : rows) {
            ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
            record.headers().add(Topics.EVENT_TYPE_HEADER, row.eventType().getBytes(StandardCharsets.UTF_8));
            sends.add(kafka.send(record));
        }
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // Rolls the transaction back: the rows stay unpublished and are sent again.
            throw new IllegalStateException("outbox publish failed; will retry", e);
        }
    }

    private void run() {
        while (worker == Thread.currentThread()) {
            try {
                if (publishBatch() < BATCH) {
                    wakeUps.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("outbox relay: {}", e.getMessage());
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(pollInterval.toMillis() * 5); // back off while Kafka or the database is down
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = worker;
        worker = null;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }
}
