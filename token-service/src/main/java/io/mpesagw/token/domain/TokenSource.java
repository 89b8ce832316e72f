package io.mpesagw.token.domain;

/** Where new tokens come from (Daraja OAuth for one credential set). */
public interface TokenSource {

    /** Fetches a brand-new token; slow and rate-limited, so the lease calls it as rarely as it can. */
    LeasedToken fetch() throws TokenSourceException;
}
