package io.mpesagw.audit;

import java.util.List;

/** What {@link AuditVerifier} or {@link AuditExport#verifyFile} found. */
public sealed interface VerificationResult {

    int chains();

    long entries();

    /** Every chain recomputed from its first entry to its head without a mismatch. */
    record Intact(int chains, long entries) implements VerificationResult {
    }

    /** At least one chain is broken; {@code links} holds the first broken link of each broken chain. */
    record Broken(int chains, long entries, List<BrokenLink> links) implements VerificationResult {
        public Broken {
            links = List.copyOf(links);
        }
    }

    /**
     * The first place a chain stops adding up.
     *
     * @param seq     the position in the chain where the break shows
     * @param entryId the row id found there, or null when the break is a missing tail or head
     * @param what    what is wrong, in words an auditor can act on
     */
    record BrokenLink(String chainId, long seq, Long entryId, String expected, String found, String what) {

        @Override
        public String toString() {
            return chainId + " #" + seq + (entryId == null ? "" : " (entry id " + entryId + ")") + ": " + what
                    + "; expected " + expected + ", found " + found;
        }
    }
}
