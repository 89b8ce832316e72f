package io.mpesagw.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClientBucketsTest {

    @Test
    void a_client_gets_its_limit_per_period_and_then_a_refusal_saying_when_to_retry() {
        ClientBuckets buckets = new ClientBuckets("address", 3, Duration.ofHours(1), 100);

        assertThat(buckets.take("10.0.0.1").remaining()).isEqualTo(2);
        buckets.take("10.0.0.1");
        ClientBuckets.Allowance last = buckets.take("10.0.0.1");
        ClientBuckets.Allowance refused = buckets.take("10.0.0.1");

        assertThat(last.granted()).isTrue();
        assertThat(last.remaining()).isZero();
        assertThat(refused.granted()).isFalse();
        assertThat(refused.resetSeconds()).isBetween(3500L, 3600L);
        assertThat(buckets.take("10.0.0.2").granted()).as("another client's own allowance").isTrue();
    }

    @Test
    void rotating_addresses_cannot_grow_the_buckets_past_their_capacity() {
        ClientBuckets buckets = new ClientBuckets("address", 1, Duration.ofHours(1), 100);
        buckets.take("victim");

        for (int i = 0; i < 10_000; i++) {
            buckets.take("10.0." + (i / 256) + "." + (i % 256));
        }

        assertThat(buckets.size()).isEqualTo(100);
        assertThat(buckets.take("victim").granted()).as("forgotten: it starts again with a full allowance").isTrue();
    }

    @Test
    void the_tighter_allowance_is_a_refusal_or_else_the_one_with_less_left() {
        ClientBuckets.Allowance address = new ClientBuckets.Allowance("address", true, 200, 150, 1);
        ClientBuckets.Allowance key = new ClientBuckets.Allowance("API key", true, 100, 20, 1);
        ClientBuckets.Allowance refused = new ClientBuckets.Allowance("API key", false, 100, 0, 1);

        assertThat(address.tighter(key)).isEqualTo(key);
        assertThat(key.tighter(address)).isEqualTo(key);
        assertThat(address.tighter(refused)).isEqualTo(refused);
    }

    @Test
    void an_ipv6_slash_64_is_one_client_and_ipv4_stays_itself() {
        assertThat(RateLimits.addressBucket("2001:db8:1:2:aaaa::1")).isEqualTo(RateLimits.addressBucket("2001:db8:1:2:ffff::9"))
                .isEqualTo("20010db800010002::/64");
        assertThat(RateLimits.addressBucket("2001:db8:1:3::1")).isNotEqualTo(RateLimits.addressBucket("2001:db8:1:2::1"));
        assertThat(RateLimits.addressBucket("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(RateLimits.addressBucket("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    }
}
