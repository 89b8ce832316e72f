package io.mpesagw.gateway.audit.adapter.out.persistence;

import io.mpesagw.audit.AuditQuery;
import io.mpesagw.audit.AuditSearch;
import io.mpesagw.audit.AuditVerifier;
import io.mpesagw.audit.VerificationResult;
import io.mpesagw.gateway.audit.application.AuditLog;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** Reads schema {@code audit} with the gateway's runtime login, which may read it but not change it. */
@Component
class JdbcAuditLog implements AuditLog {

    private final DataSource dataSource;

    JdbcAuditLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public VerificationResult verify() {
        return AuditVerifier.verify(dataSource);
    }

    @Override
    public AuditSearch.Page find(AuditQuery query) {
        return AuditSearch.find(dataSource, query);
    }
}
