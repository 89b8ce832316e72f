package io.mpesagw.token.adapter.out.daraja;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.mpesagw.token.domain.LeasedToken;
import io.mpesagw.token.domain.RefreshRequest;
import io.mpesagw.token.domain.TokenSource;
import io.mpesagw.token.domain.TokenSourceException;

/**
 * Stops calling Daraja OAuth for a while when it keeps failing (resilience4j): a struggling OAuth
 * endpoint is not hammered by every replica's retries, and callers hear at once that it is down.
 */
public final class CircuitBreakingTokenSource implements TokenSource {

    private final TokenSource oauth;
    private final CircuitBreaker breaker;

    public CircuitBreakingTokenSource(TokenSource oauth, CircuitBreaker breaker) {
        this.oauth = oauth;
        this.breaker = breaker;
    }

    @Override
    public LeasedToken fetch(RefreshRequest request) throws TokenSourceException {
        try {
            return breaker.executeCheckedSupplier(() -> oauth.fetch(request));
        } catch (CallNotPermittedException e) {
            throw new TokenSourceException("Daraja OAuth keeps failing, so calls to it are paused (circuit breaker '"
                    + breaker.getName() + "' is " + breaker.getState() + ")", null);
        } catch (TokenSourceException | RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new TokenSourceException("the Daraja OAuth call failed (" + e.getClass().getSimpleName() + ")", null);
        }
    }

    @Override
    public String toString() {
        return "CircuitBreakingTokenSource[" + oauth + "]";
    }
}
