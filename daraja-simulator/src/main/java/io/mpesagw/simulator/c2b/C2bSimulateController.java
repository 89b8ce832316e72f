package io.mpesagw.simulator.c2b;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.mpesagw.simulator.daraja.DarajaIds;
import io.mpesagw.simulator.daraja.DarajaJsonBody;
import io.mpesagw.simulator.daraja.DarajaRejection;
import io.mpesagw.simulator.daraja.EastAfricaTime;
import io.mpesagw.simulator.mode.SimulatorMode;
import io.mpesagw.simulator.oauth.BearerGuard;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /mpesa/c2b/v1/simulate} and {@code /v2/simulate}: a customer pays a shortcode.
 * Sandbox only; in production mode the paths do not exist, whatever the method.
 */
@RestController
class C2bSimulateController {

    private static final String ACCEPTED = "Accept the service request successfully.";

    private final BearerGuard bearer;
    private final DarajaJsonBody jsonBody;
    private final C2bNotifier notifier;
    private final DarajaIds ids;
    private final Clock clock;
    private final SimulatorMode mode;
    private final C2bCounters counters;

    C2bSimulateController(BearerGuard bearer, DarajaJsonBody jsonBody, C2bNotifier notifier, DarajaIds ids,
            Clock clock, SimulatorMode mode, C2bCounters counters) {
        this.bearer = bearer;
        this.jsonBody = jsonBody;
        this.notifier = notifier;
        this.ids = ids;
        this.clock = clock;
        this.mode = mode;
        this.counters = counters;
    }

    @RequestMapping({"/mpesa/c2b/v1/simulate", "/mpesa/c2b/v2/simulate"})
    Simulated simulate(
            HttpServletRequest http,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestBody(required = false) byte[] body) throws HttpRequestMethodNotSupportedException {
        if (!mode.offersC2bSimulate()) {
            throw DarajaRejection.resourceNotFound();
        }
        if (!"POST".equals(http.getMethod())) {
            // The shared handler answers 405.001, or 404.001.04 when there is no Authorization header.
            throw new HttpRequestMethodNotSupportedException(http.getMethod(), List.of("POST"));
        }
        counters.simulationReceived();
        bearer.requireValidToken(authorization);
        C2bSimulateRequest request = C2bSimulateRequest.from(jsonBody.read(contentType, body));
        notifier.notifyLater(request, ids.mpesaReceipt(), EastAfricaTime.now(clock));
        return new Simulated(ids.merchantRequestId(), "0", ACCEPTED);
    }

    /** Safaricom's key really is "OriginatorCoversationID" (no "n"). */
    @JsonPropertyOrder({"OriginatorCoversationID", "ResponseCode", "ResponseDescription"})
    record Simulated(
            @JsonProperty("OriginatorCoversationID") String originatorCoversationId,
            @JsonProperty("ResponseCode") String responseCode,
            @JsonProperty("ResponseDescription") String responseDescription) {
    }
}
