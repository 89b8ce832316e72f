package io.mpesagw.callback.result.adapter.out.persistence;

import io.mpesagw.callback.result.application.ResultInbox;
import io.mpesagw.callback.result.domain.ReceivedResult;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcResultInbox implements ResultInbox {

    private static final String INSERT = """
            insert into result_callbacks
                (id, kind, payout_id, originator_conversation_id, conversation_id, receipt, is_final,
                 source_address, raw_body, status, reason, received_at)
            values (:id, :kind, :payoutId, :originatorConversationId, :conversationId, :receipt, :isFinal,
                    :sourceAddress, :rawBody, :status, :reason, :receivedAt)""";

    private final JdbcClient jdbc;

    JdbcResultInbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Without a conflict target, DO NOTHING covers every unique index (V2: one accepted row per kind and
     * OriginatorConversationID, ConversationID, receipt, or id-less payout), so a match on any key loses.
     */
    @Override
    public boolean storeIfFirstAccepted(ReceivedResult result) {
        return insert(INSERT + " on conflict do nothing", result) == 1;
    }

    @Override
    public void store(ReceivedResult result) {
        insert(INSERT, result);
    }

    private int insert(String sql, ReceivedResult result) {
        return jdbc.sql(sql)
                .param("id", result.id())
                .param("kind", result.kind().wireName())
                .param("payoutId", result.payoutId())
                .param("originatorConversationId", result.originatorConversationId())
                .param("conversationId", result.conversationId())
                .param("receipt", result.receipt())
                .param("isFinal", result.isFinal())
                .param("sourceAddress", result.sourceAddress())
                .param("rawBody", result.rawBody())
                .param("status", result.status().wireName())
                .param("reason", result.reason())
                .param("receivedAt", OffsetDateTime.ofInstant(result.receivedAt(), ZoneOffset.UTC))
                .update();
    }
}
