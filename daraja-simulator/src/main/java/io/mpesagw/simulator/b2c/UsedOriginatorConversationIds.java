package io.mpesagw.simulator.b2c;

import io.mpesagw.simulator.ScheduledTasks;
import jakarta.annotation.PostConstruct;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import org.springframework.stereotype.Component;

/** The v3 OriginatorConversationIDs seen so far: Daraja refuses a second use (500.002.1001). */
@Component
class UsedOriginatorConversationIds {

    /** Far longer than any retry window; bounds memory in long benchmark runs. */
    private static final Duration RETENTION = Duration.ofHours(24);

    private final Map<String, Instant> firstSeen = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler;
    private final Clock clock;

    UsedOriginatorConversationIds(ScheduledExecutorService scheduler, Clock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @PostConstruct
    void startJanitor() {
        ScheduledTasks.everyPeriod(scheduler, "OriginatorConversationID janitor", () -> {
            Instant cutoff = clock.instant().minus(RETENTION);
            firstSeen.values().removeIf(seen -> seen.isBefore(cutoff));
        });
    }

    /** @return false when the id was used before; atomic, so two concurrent requests cannot both win */
    boolean claim(String originatorConversationId) {
        return firstSeen.putIfAbsent(originatorConversationId, clock.instant()) == null;
    }
}
