package io.mpesagw.simulator.control;

import io.mpesagw.simulator.SimulatorMetrics;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The simulator's counters as plain JSON, for tests and benchmark scripts. */
@RestController
class StatsController {

    private final SimulatorMetrics metrics;

    StatsController(SimulatorMetrics metrics) {
        this.metrics = metrics;
    }

    @GetMapping("/simulator/v1/stats")
    SimulatorMetrics.Snapshot stats() {
        return metrics.snapshot();
    }
}
