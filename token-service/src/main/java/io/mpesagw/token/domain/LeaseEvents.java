package io.mpesagw.token.domain;

/** What the lease and its source report for monitoring; an adapter turns these into metrics. */
public interface LeaseEvents {

    /** This replica took a new token into use (fetched or adopted). */
    default void refreshed() {
    }

    /** A refresh failed. */
    default void refreshFailed() {
    }

    /** A caller waited for a refresh that another caller had started. */
    default void waitedForRefresh() {
    }

    /** A refresh failed, so a token inside the buffer (but not yet expired) was served. */
    default void servedExpiringToken() {
    }

    /** This replica called Daraja OAuth and stored the result for the others. */
    default void fetchedFromOAuth() {
    }

    /** This replica took the token another replica had stored, without calling OAuth. */
    default void adoptedSharedToken() {
    }

    LeaseEvents NONE = new LeaseEvents() {
    };
}
