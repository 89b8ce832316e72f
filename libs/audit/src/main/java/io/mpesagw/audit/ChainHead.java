package io.mpesagw.audit;

/** Where a chain ends: the last entry's seq and hash ({@code audit.chain_heads}, or an export's manifest). */
record ChainHead(long lastSeq, String lastHash) {

    static final ChainHead EMPTY = new ChainHead(0, AuditCanonicalForm.GENESIS);
}
