package io.mpesagw.simulator.balance;

import io.mpesagw.simulator.SimulatorMetrics;
import io.mpesagw.simulator.initiator.InitiatorAccepted;
import io.mpesagw.simulator.initiator.InitiatorGate;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /mpesa/accountbalance/v1/query}: accepted now, answered by a Result to ResultURL. */
@RestController
class AccountBalanceController {

    private final InitiatorGate gate;
    private final AccountBalanceService balances;
    private final SimulatorMetrics metrics;

    AccountBalanceController(InitiatorGate gate, AccountBalanceService balances, SimulatorMetrics metrics) {
        this.gate = gate;
        this.balances = balances;
        this.metrics = metrics;
    }

    @PostMapping("/mpesa/accountbalance/v1/query")
    InitiatorAccepted query(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestBody(required = false) byte[] body) {
        metrics.balanceQueryReceived();
        return balances.query(AccountBalanceRequest.from(gate.open(authorization, contentType, body)));
    }
}
