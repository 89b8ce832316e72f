package io.mpesagw.payment.payout.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PayoutStateTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    private static final StatusQuerySchedule SCHEDULE =
            new StatusQuerySchedule(Duration.ofMinutes(2), Duration.ofMinutes(1), Duration.ofMinutes(10));

    @Test
    void a_final_payout_never_moves_again() {
        for (PayoutState next : PayoutState.values()) {
            assertThat(PayoutState.SUCCEEDED.canMoveTo(next)).isFalse();
            assertThat(PayoutState.FAILED.canMoveTo(next)).isFalse();
        }
    }

    @Test
    void an_unknown_payout_is_left_only_for_a_final_state_never_resubmitted() {
        assertThat(PayoutState.UNKNOWN.canMoveTo(PayoutState.SUBMITTED)).isFalse();
        assertThat(PayoutState.UNKNOWN.canMoveTo(PayoutState.REQUESTED)).isFalse();
        assertThat(PayoutState.UNKNOWN.canMoveTo(PayoutState.SUCCEEDED)).isTrue();
        assertThat(PayoutState.UNKNOWN.canMoveTo(PayoutState.FAILED)).isTrue();
    }

    @Test
    void a_result_may_overtake_the_commit_of_the_sync_answer() {
        assertThat(PayoutState.REQUESTED.canMoveTo(PayoutState.SUCCEEDED)).isTrue();
        assertThat(PayoutState.SUBMITTED.canMoveTo(PayoutState.UNKNOWN)).isTrue();
        assertThat(PayoutState.SUBMITTED.canMoveTo(PayoutState.SUBMITTED)).isFalse();
    }

    @Test
    void a_submitted_payout_is_asked_about_once_its_result_is_overdue_and_then_every_interval() {
        Instant submitted = CLOCK.instant();

        assertThat(SCHEDULE.firstQueryAt(submitted)).isEqualTo(Instant.parse("2026-11-28T10:02:00Z"));
        assertThat(SCHEDULE.nextQueryAt(CLOCK.instant())).isEqualTo(Instant.parse("2026-11-28T10:01:00Z"));
    }

    @Test
    void not_found_is_final_only_once_the_payout_is_old_enough() {
        Instant created = CLOCK.instant();
        Instant early = created.plus(Duration.ofMinutes(3));
        Instant late = created.plus(Duration.ofMinutes(10));

        assertThat(B2cResultCodes.ofStatus("2032", null, null, created, early, SCHEDULE.notFoundAfter()))
                .isInstanceOf(PayoutVerdict.Unsettled.class);
        assertThat(B2cResultCodes.ofStatus("2032", null, null, created, late, SCHEDULE.notFoundAfter()))
                .isEqualTo(new PayoutVerdict.Declined("payout_not_found", "2032",
                        "M-Pesa has no record of the payout; no money moved."));
    }

    @Test
    void a_completed_transaction_status_settles_the_payout_as_paid_with_its_receipt() {
        assertThat(B2cResultCodes.ofStatus("0", "Completed", "TIH5E7ZVSZ", CLOCK.instant(), CLOCK.instant(),
                SCHEDULE.notFoundAfter())).isEqualTo(new PayoutVerdict.Paid("TIH5E7ZVSZ"));
    }

    @Test
    void b2c_result_codes_become_stable_failure_codes() {
        assertThat(B2cResultCodes.ofResult("0", "0", "RBH7V5GG0J")).isEqualTo(new PayoutVerdict.Paid("RBH7V5GG0J"));
        assertThat(B2cResultCodes.ofResult("0", "1", null)).extracting(v -> ((PayoutVerdict.Declined) v).failureCode())
                .isEqualTo("insufficient_funds");
        assertThat(B2cResultCodes.ofResult(null, "SFC_IC0003", null))
                .extracting(v -> ((PayoutVerdict.Declined) v).failureCode()).isEqualTo("recipient_unknown");
        assertThat(B2cResultCodes.ofResult("0", "2001", null))
                .extracting(v -> ((PayoutVerdict.Declined) v).failureCode()).isEqualTo("initiator_rejected");
        assertThat(B2cResultCodes.ofResult("1", "0", "RBH7V5GG0J")).isInstanceOf(PayoutVerdict.Unsettled.class);
    }
}
