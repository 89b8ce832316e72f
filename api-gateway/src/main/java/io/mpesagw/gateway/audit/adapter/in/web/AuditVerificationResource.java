package io.mpesagw.gateway.audit.adapter.in.web;

import io.mpesagw.audit.VerificationResult;
import java.time.Instant;
import java.util.List;

/** The outcome of walking every chain: {@code intact}, or {@code broken} with the first broken link of each chain. */
record AuditVerificationResource(String object, String status, int chains, long entries, Instant verifiedAt,
                                 List<BrokenLinkResource> brokenLinks) {

    record BrokenLinkResource(String chainId, long seq, Long entryId, String expected, String found, String what) {
    }

    static AuditVerificationResource of(VerificationResult result, Instant at) {
        List<BrokenLinkResource> links = switch (result) {
            case VerificationResult.Intact intact -> List.of();
            case VerificationResult.Broken broken -> broken.links().stream()
                    .map(l -> new BrokenLinkResource(l.chainId(), l.seq(), l.entryId(), l.expected(), l.found(), l.what()))
                    .toList();
        };
        String status = result instanceof VerificationResult.Intact ? "intact" : "broken";
        return new AuditVerificationResource("audit_verification", status, result.chains(), result.entries(), at, links);
    }
}
