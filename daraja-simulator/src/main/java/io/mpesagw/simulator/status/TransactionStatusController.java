package io.mpesagw.simulator.status;

import io.mpesagw.simulator.SimulatorMetrics;
import io.mpesagw.simulator.initiator.InitiatorAccepted;
import io.mpesagw.simulator.initiator.InitiatorGate;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /mpesa/transactionstatus/v1/query}: accepted now, answered by a Result to ResultURL. */
@RestController
class TransactionStatusController {

    private final InitiatorGate gate;
    private final TransactionStatusService statuses;
    private final SimulatorMetrics metrics;

    TransactionStatusController(InitiatorGate gate, TransactionStatusService statuses, SimulatorMetrics metrics) {
        this.gate = gate;
        this.statuses = statuses;
        this.metrics = metrics;
    }

    @PostMapping("/mpesa/transactionstatus/v1/query")
    InitiatorAccepted query(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestBody(required = false) byte[] body) {
        metrics.statusQueryReceived();
        return statuses.query(TransactionStatusRequest.from(gate.open(authorization, contentType, body)));
    }
}
