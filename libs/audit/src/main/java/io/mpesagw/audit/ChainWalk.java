package io.mpesagw.audit;

import io.mpesagw.audit.VerificationResult.BrokenLink;
import java.util.Optional;

/**
 * Walks one chain in seq order and remembers its first broken link. Shared by the database
 * verifier and the export verifier, so both apply exactly the same rules.
 */
final class ChainWalk {

    private final String chainId;
    private long expectedSeq = 1;
    private String prevHash = AuditCanonicalForm.GENESIS;
    private BrokenLink broken;
    private long seen;

    ChainWalk(String chainId) {
        this.chainId = chainId;
    }

    void accept(StoredEntry entry) {
        seen++;
        if (broken != null) {
            return;
        }
        if (entry.seq() != expectedSeq) {
            broken = link(expectedSeq, entry.id(), "seq " + expectedSeq, "seq " + entry.seq(), entry.seq() > expectedSeq
                    ? "entries missing before this one: a row was deleted"
                    : "seq repeats or goes backwards: rows were reordered or inserted");
        } else if (!entry.prevHash().equals(prevHash)) {
            broken = link(entry.seq(), entry.id(), prevHash, entry.prevHash(),
                    "prev_hash is not the previous entry's hash: a row was inserted, removed or reordered here");
        } else if (!entry.expectedHash().equals(entry.hash())) {
            broken = link(entry.seq(), entry.id(), entry.expectedHash(), entry.hash(),
                    "hash does not match the entry's content: a field of this entry was edited");
        } else {
            prevHash = entry.hash();
            expectedSeq++;
        }
    }

    /** Ends the walk against the recorded head (null when the chain has none). */
    Optional<BrokenLink> finish(ChainHead head) {
        long lastSeq = expectedSeq - 1;
        if (broken == null && head == null) {
            broken = link(lastSeq, null, "a chain head", "none", "the chain has entries but no head: the head was removed");
        } else if (broken == null && head.lastSeq() != lastSeq) {
            broken = link(lastSeq + 1, null, "entries up to seq " + head.lastSeq(), "entries up to seq " + lastSeq,
                    head.lastSeq() > lastSeq ? "the head is ahead of the entries: the last entries were deleted"
                            : "entries beyond the head: rows were appended without going through the trail");
        } else if (broken == null && !head.lastHash().equals(prevHash)) {
            broken = link(lastSeq, null, head.lastHash(), prevHash,
                    "the last entry's hash is not the head's: the last entry was replaced");
        }
        return Optional.ofNullable(broken);
    }

    long entries() {
        return seen;
    }

    private BrokenLink link(long seq, Long entryId, String expected, String found, String what) {
        return new BrokenLink(chainId, seq, entryId, expected, found, what);
    }
}
