package io.mpesagw.gateway.audit.adapter.in.web;

import io.mpesagw.audit.AuditSearch;
import io.mpesagw.gateway.admin.application.AdminAuthentication;
import io.mpesagw.gateway.audit.application.AuditLog;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The auditor's view of the audit trail: verify the chains, query entries. Read-only. */
@RestController
class AuditAdminController {

    private final AdminAuthentication admin;
    private final AuditLog auditLog;
    private final JsonMapper json;
    private final Clock clock;

    AuditAdminController(AdminAuthentication admin, AuditLog auditLog, JsonMapper json,
            ObjectProvider<Clock> clock) {
        this.admin = admin;
        this.auditLog = auditLog;
        this.json = json;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    record EntryList(String object, List<AuditEntryResource> data, boolean hasMore) {
    }

    @GetMapping("/admin/v1/audit/verification")
    AuditVerificationResource verify(@RequestHeader(name = "Authorization", required = false) String authorization) {
        admin.authenticate(authorization);
        return AuditVerificationResource.of(auditLog.verify(), clock.instant());
    }

    @GetMapping("/admin/v1/audit/entries")
    EntryList entries(@RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestParam Map<String, String> params) {
        admin.authenticate(authorization);
        AuditSearch.Page page = auditLog.find(AuditQueryParameters.parse(params));
        return new EntryList("list", page.entries().stream().map(e -> AuditEntryResource.of(e, json)).toList(),
                page.hasMore());
    }
}
