package io.mpesagw.gateway.idempotency.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdempotencyRecordTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final RequestFingerprint SAME = new RequestFingerprint("a".repeat(64));
    private static final RequestFingerprint OTHER = new RequestFingerprint("b".repeat(64));
    private static final Instant TOMORROW = NOW.plus(Duration.ofHours(24));

    @Test
    void a_retry_of_an_answered_request_replays_its_answer() {
        var completed = new IdempotencyRecord.Completed(SAME, 202, "{\"id\":\"pay_1\"}", TOMORROW);

        assertThat(completed.judge(SAME, NOW)).isEqualTo(new RepeatVerdict.Replay(202, "{\"id\":\"pay_1\"}"));
    }

    @Test
    void another_body_under_the_key_is_a_different_request_whether_or_not_the_first_finished() {
        assertThat(new IdempotencyRecord.Completed(SAME, 202, "{}", TOMORROW).judge(OTHER, NOW))
                .isInstanceOf(RepeatVerdict.DifferentRequest.class);
        assertThat(new IdempotencyRecord.InFlight(SAME, NOW.plusSeconds(30), TOMORROW).judge(OTHER, NOW))
                .isInstanceOf(RepeatVerdict.DifferentRequest.class);
    }

    @Test
    void a_running_request_is_still_running_until_its_lock_runs_out_then_it_is_abandoned() {
        var inFlight = new IdempotencyRecord.InFlight(SAME, NOW.plusSeconds(30), TOMORROW);

        assertThat(inFlight.judge(SAME, NOW)).isInstanceOf(RepeatVerdict.StillRunning.class);
        assertThat(inFlight.judge(SAME, NOW.plusSeconds(30))).isInstanceOf(RepeatVerdict.Abandoned.class);
    }

    @Test
    void a_key_past_its_time_to_live_is_forgotten_whatever_it_held() {
        assertThat(new IdempotencyRecord.Completed(SAME, 202, "{}", NOW).judge(OTHER, NOW))
                .isInstanceOf(RepeatVerdict.Expired.class);
    }

    @Test
    void a_key_is_1_to_255_printable_ascii_characters_and_never_printed() {
        assertThat(new IdempotencyKey("k".repeat(255)).value()).hasSize(255);
        assertThat(new IdempotencyKey("order-42:attempt 1").toString()).doesNotContain("order-42");
        for (String bad : new String[] {null, "", "   ", "k".repeat(256), "tab\there", "caf\u00e9", "line\nbreak"}) {
            assertThatThrownBy(() -> new IdempotencyKey(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
