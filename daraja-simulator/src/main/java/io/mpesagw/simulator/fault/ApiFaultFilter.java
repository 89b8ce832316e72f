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
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a Daraja call with an armed fault, or Spike Arrest when it is over the rate limit, before
 * anything else looks at it, as Apigee does: a throttled or failed call never reaches the API (no
 * token check, no state change). Mapped on /mpesa/* and /oauth/*, so every Daraja API gets it,
 * whichever package implements it. Armed faults come first: a test that armed one gets it.
 */
class ApiFaultFilter extends OncePerRequestFilter {

    private static final int MAX_ECHOED_TOKEN = 64;

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
            case ApiFault.DarajaErrorAnswer error -> {
                String message = error.errorMessage().replace(ApiFault.DarajaErrorAnswer.TOKEN, bearerToken(request));
                writeJson(response, error.status(), new DarajaError(ids.requestId(), error.errorCode(), message));
            }
            case ApiFault.RawAnswer raw -> writeRaw(response, raw);
            case ApiFault.LostAnswer lost -> answerLate(request, response, chain, lost.delayMs());
        }
    }

    /** Processes the call for real, then holds the answer back; the caller has usually hung up by then. */
    private static void answerLate(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            long delayMs) throws ServletException, IOException {
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, held);
        try {
            Thread.sleep(delayMs);
            held.copyBodyToResponse();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException callerGone) {
            // expected: the client timed out and closed the connection; the call itself was processed
        }
    }

    private void writeDarajaError(HttpServletResponse response, DarajaRejection rejection) throws IOException {
        writeJson(response, rejection.httpStatus(),
                new DarajaError(ids.requestId(), rejection.errorCode(), rejection.getMessage()));
    }

    private void writeJson(HttpServletResponse response, int status, DarajaError error) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(jsonMapper.writeValueAsBytes(error));
    }

    private static void writeRaw(HttpServletResponse response, ApiFault.RawAnswer raw) throws IOException {
        response.setStatus(raw.status());
        if (raw.body().json()) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        }
        byte[] content = raw.body().content().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    /** The token as Daraja's 401.002.01 echoes it: cut short, so a huge header is not reflected whole. */
    private static String bearerToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        String[] schemeAndToken = authorization == null ? new String[0] : authorization.trim().split("\\s+", 2);
        if (schemeAndToken.length < 2 || !schemeAndToken[0].equalsIgnoreCase("Bearer")) {
            return "";
        }
        String token = schemeAndToken[1].trim();
        return token.length() > MAX_ECHOED_TOKEN ? token.substring(0, MAX_ECHOED_TOKEN) : token;
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
