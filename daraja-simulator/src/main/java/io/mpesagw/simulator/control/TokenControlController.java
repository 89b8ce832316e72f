package io.mpesagw.simulator.control;

import io.mpesagw.simulator.fault.FaultCounters;
import io.mpesagw.simulator.oauth.AccessTokens;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test control: every access token issued so far stops working now. Not part of Daraja. */
@RestController
class TokenControlController {

    private final AccessTokens tokens;
    private final FaultCounters counters;

    TokenControlController(AccessTokens tokens, FaultCounters counters) {
        this.tokens = tokens;
        this.counters = counters;
    }

    @PostMapping("/simulator/v1/tokens/expire")
    Expired expire() {
        counters.injected(FaultCounters.TOKENS_EXPIRED);
        return new Expired(tokens.expireAll());
    }

    /** {@code expired}: how many tokens were still valid. */
    record Expired(int expired) {
    }
}
