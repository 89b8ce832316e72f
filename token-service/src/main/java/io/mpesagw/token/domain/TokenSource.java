package io.mpesagw.token.domain;

/** Where new tokens come from: Daraja OAuth for one credential set, possibly through the replicas' shared store. */
public interface TokenSource {

    /** A token that answers the request; slow and rate-limited, so the lease calls it as rarely as it can. */
    LeasedToken fetch(RefreshRequest request) throws TokenSourceException;
}
