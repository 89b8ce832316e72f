package io.mpesagw.simulator.b2c;

import jakarta.annotation.PostConstruct;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The v3 OriginatorConversationIDs seen so far: Daraja refuses a second use (500.002.1001). */
@Component
class UsedOriginatorConversationIds {

    private static final Logger log = LoggerFactory.getLogger(UsedOriginatorConversationIds.class);
    /** Far longer than any retry window; bounds memory in long benchmark runs. */
    private static final Duration RETENTION = Duration.ofHours(24);
    private static final Duration JANITOR_PERIOD = Duration.ofMinutes(10);

    private final Map<String, Instant> firstSeen = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler;
    private final Clock clock;

    UsedOriginatorConversationIds(ScheduledExecutorService scheduler, Clock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @PostConstruct
    void startJanitor() {
        long period = JANITOR_PERIOD.toMillis();
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                Instant cutoff = clock.instant().minus(RETENTION);
                firstSeen.values().removeIf(seen -> seen.isBefore(cutoff));
            } catch (RuntimeException failure) {
                log.error("OriginatorConversationID janitor failed", failure);
            }
        }, period, period, TimeUnit.MILLISECONDS);
    }

    /** @return false when the id was used before; atomic, so two concurrent requests cannot both win */
    boolean claim(String originatorConversationId) {
        return firstSeen.putIfAbsent(originatorConversationId, clock.instant()) == null;
    }
}
