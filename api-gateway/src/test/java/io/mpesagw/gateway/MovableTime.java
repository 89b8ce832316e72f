package io.mpesagw.gateway;

import io.mpesagw.testsupport.MutableClock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The gateway's clock as a {@link MutableClock} the test moves: {@code @Import(MovableTime.class)}. */
@TestConfiguration(proxyBeanMethods = false)
public class MovableTime {

    @Bean
    @Primary
    MutableClock movableClock() {
        return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }
}
