package io.mpesagw.token.domain;

/** What the lease reports for monitoring; an adapter turns these into metrics. */
public interface LeaseEvents {

    /** A refresh fetched a new token. */
    void refreshed();

    /** A refresh failed. */
    void refreshFailed();

    /** A caller waited for a refresh that another caller had started. */
    void waitedForRefresh();

    /** A refresh failed, so a token inside the buffer (but not yet expired) was served. */
    void servedExpiringToken();

    LeaseEvents NONE = new LeaseEvents() {
        @Override
        public void refreshed() {
        }

        @Override
        public void refreshFailed() {
        }

        @Override
        public void waitedForRefresh() {
        }

        @Override
        public void servedExpiringToken() {
        }
    };
}
