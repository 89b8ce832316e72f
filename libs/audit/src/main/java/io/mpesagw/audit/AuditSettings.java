package io.mpesagw.audit;

/**
 * How one service writes its audit entries.
 *
 * @param service the writing service's name, e.g. {@code payment-service}; first half of its chain ids
 * @param buckets how many chains the service spreads its subjects over (default 16); more chains
 *                means less lock contention between concurrent writers, and more heads to watch
 */
public record AuditSettings(String service, int buckets) {

    public static final int DEFAULT_BUCKETS = 16;

    public AuditSettings {
        if (service == null || !service.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw new IllegalArgumentException("audit service name must be lower-case letters, digits and '-'"
                    + " (at most 63), e.g. payment-service; was " + service);
        }
        if (buckets < 1 || buckets > 1024) {
            throw new IllegalArgumentException("audit buckets must be between 1 and 1024, was " + buckets);
        }
    }

    public AuditSettings(String service) {
        this(service, DEFAULT_BUCKETS);
    }

    String chainOf(String subjectId) {
        return service + ":" + AuditCanonicalForm.bucket(subjectId, buckets);
    }
}
