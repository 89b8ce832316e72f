package io.mpesagw.simulator.fault;

import io.mpesagw.simulator.daraja.DarajaError;
import io.mpesagw.simulator.daraja.DarajaIds;
import io.mpesagw.simulator.daraja.DarajaRejection;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a Daraja call with an armed fault, or Spike Arrest when it is over the rate limit, before
 * anything else looks at it, as Apigee does: a throttled or failed call never reaches the API (no
 * token check, no state change). Mapped on /mpesa/* and /oauth/*, so every Daraja API gets it,
 * whichever package implements it. Armed faults come first: a test that armed one gets it.
 */
class ApiFaultFilter extends OncePerRequestFilter {

    private final ApiFaultPlan plan;
    private final RequestRateLimit rateLimit;
    private final FaultCounters counters;
    private final DarajaIds ids;
    private final JsonMapper jsonMapper;

    ApiFaultFilter(ApiFaultPlan plan, RequestRateLimit rateLimit, FaultCounters counters, DarajaIds ids,
            JsonMapper jsonMapper) {
        this.plan = plan;
        this.rateLimit = rateLimit;
        this.counters = counters;
        this.ids = ids;
        this.jsonMapper = jsonMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<ApiFault> fault = plan.take(request.getRequestURI());
        if (fault.isEmpty()) {
            if (rateLimit.admit()) {
                chain.doFilter(request, response);
            } else {
                counters.injected(FaultCounters.RATE_LIMIT);
                writeDarajaError(response, DarajaRejection.spikeArrest());
            }
            return;
        }
        counters.injected(fault.get().label());
        switch (fault.get()) {
            case ApiFault.SpikeArrest spike -> writeDarajaError(response, DarajaRejection.spikeArrest());
            case ApiFault.QuotaViolation quota -> writeDarajaError(response, DarajaRejection.quotaViolation());
            case ApiFault.ServerError error -> writeHtmlPage(response, error.status());
        }
    }

    private void writeDarajaError(HttpServletResponse response, DarajaRejection rejection) throws IOException {
        response.setStatus(rejection.httpStatus());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(jsonMapper.writeValueAsBytes(
                new DarajaError(ids.requestId(), rejection.errorCode(), rejection.getMessage())));
    }

    /** The kind of page a proxy serves; clients must survive a body that is not JSON at all. */
    private static void writeHtmlPage(HttpServletResponse response, int status) throws IOException {
        HttpStatus known = HttpStatus.resolve(status);
        String title = status + (known == null ? "" : " " + known.getReasonPhrase());
        String page = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }
}
