package io.mpesagw.gateway.audit.application;

import io.mpesagw.audit.AuditQuery;
import io.mpesagw.audit.AuditSearch;
import io.mpesagw.audit.VerificationResult;

/** The shared audit log, as operators and auditors read it through the admin API. */
public interface AuditLog {

    /** Walks every chain; a broken log is a result, not an error. */
    VerificationResult verify();

    AuditSearch.Page find(AuditQuery query);
}
