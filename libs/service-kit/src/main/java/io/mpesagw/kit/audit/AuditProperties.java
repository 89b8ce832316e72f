package io.mpesagw.kit.audit;

import io.mpesagw.audit.AuditSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled MPESA_AUDIT_ENABLED: false leaves the service without an audit trail
 * @param buckets MPESA_AUDIT_BUCKETS: chains per service (see {@link AuditSettings})
 */
@ConfigurationProperties("mpesa.audit")
public record AuditProperties(@DefaultValue("true") boolean enabled,
        @DefaultValue("" + AuditSettings.DEFAULT_BUCKETS) int buckets) {
}
