package io.mpesagw.gateway.idempotency.application;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes keys past their time to live; until then an expired key is already ignored, so timing is loose. */
@Component
public class IdempotencyJanitor {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyJanitor.class);

    private final IdempotencyKeys keys;
    private final Clock clock;

    public IdempotencyJanitor(IdempotencyKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT10M")
    public int sweep() {
        int deleted = keys.deleteExpired(clock.instant());
        if (deleted > 0) {
            log.info("deleted {} expired idempotency keys", deleted);
        }
        return deleted;
    }
}
