package io.mpesagw.simulator.c2b;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** The C2B APIs' traffic as {@code simulator_c2b_*_total}, next to the simulator's other counters. */
@Component
class C2bCounters {

    private final Counter registrations;
    private final Counter simulations;

    C2bCounters(MeterRegistry registry) {
        registrations = Counter.builder("simulator.c2b.registrations")
                .description("Requests to the C2B Register URL API (v1 and v2), accepted or not")
                .register(registry);
        simulations = Counter.builder("simulator.c2b.simulations")
                .description("Requests to the C2B simulate API (v1 and v2), accepted or not")
                .register(registry);
    }

    void registrationReceived() {
        registrations.increment();
    }

    void simulationReceived() {
        simulations.increment();
    }
}
