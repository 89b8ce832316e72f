package io.mpesagw.simulator.reversal;

import io.mpesagw.simulator.SimulatorMetrics;
import io.mpesagw.simulator.initiator.InitiatorAccepted;
import io.mpesagw.simulator.initiator.InitiatorGate;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /mpesa/reversal/v1/request}: accepted now, answered by a Result to ResultURL. */
@RestController
class ReversalController {

    private final InitiatorGate gate;
    private final ReversalService reversals;
    private final SimulatorMetrics metrics;

    ReversalController(InitiatorGate gate, ReversalService reversals, SimulatorMetrics metrics) {
        this.gate = gate;
        this.reversals = reversals;
        this.metrics = metrics;
    }

    @PostMapping("/mpesa/reversal/v1/request")
    InitiatorAccepted reverse(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestBody(required = false) byte[] body) {
        metrics.reversalReceived();
        return reversals.reverse(ReversalRequest.from(gate.open(authorization, contentType, body)));
    }
}
