package io.mpesagw.simulator.b2c;

import io.mpesagw.simulator.daraja.DarajaRejection;
import io.mpesagw.simulator.daraja.EastAfricaTime;
import io.mpesagw.simulator.initiator.BookedPayment;
import io.mpesagw.simulator.initiator.CredentialVerdict;
import io.mpesagw.simulator.initiator.InitiatorCredentials;
import io.mpesagw.simulator.initiator.InitiatorIds;
import io.mpesagw.simulator.initiator.OrganisationAccounts;
import io.mpesagw.simulator.initiator.PaymentLedger;
import io.mpesagw.simulator.initiator.ResultDelivery;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;

/**
 * Accepts B2C payments: the synchronous checks (duplicate OriginatorConversationID), then the
 * credential and the recipient's outcome, delivered later as a Result.
 */
@Service
class B2cService {

    private final UsedOriginatorConversationIds usedIds;
    private final InitiatorCredentials credentials;
    private final B2cOutcomePlan outcomes;
    private final B2cResults results;
    private final OrganisationAccounts accounts;
    private final PaymentLedger ledger;
    private final ResultDelivery delivery;
    private final InitiatorIds ids;
    private final Clock clock;

    B2cService(UsedOriginatorConversationIds usedIds, InitiatorCredentials credentials, B2cOutcomePlan outcomes,
            B2cResults results, OrganisationAccounts accounts, PaymentLedger ledger, ResultDelivery delivery,
            InitiatorIds ids, Clock clock) {
        this.usedIds = usedIds;
        this.credentials = credentials;
        this.outcomes = outcomes;
        this.results = results;
        this.accounts = accounts;
        this.ledger = ledger;
        this.delivery = delivery;
        this.ids = ids;
        this.clock = clock;
    }

    /** @return the ids of the sync answer: OriginatorConversationID and ConversationID */
    Accepted pay(B2cRequest request, B2cVersion version) {
        String originator = switch (version) {
            case V1 -> ids.legacyOriginatorConversationId();
            case V3 -> request.originatorConversationId();
        };
        if (version == B2cVersion.V3 && !usedIds.claim(originator)) {
            throw DarajaRejection.duplicateOriginatorConversationId();
        }
        String conversation = ids.conversationId();
        switch (credentials.verify(request.initiatorName(), request.securityCredential())) {
            case CredentialVerdict.Refused refused -> delivery.postLater(request.resultUrl(), results.failed(
                    refused.resultCode(), refused.resultDesc(), originator, conversation, ids.receipt()));
            case CredentialVerdict.Accepted accepted -> settle(request, originator, conversation);
        }
        return new Accepted(originator, conversation);
    }

    private void settle(B2cRequest request, String originator, String conversation) {
        LocalDateTime now = EastAfricaTime.now(clock);
        switch (outcomes.next(request.partyB())) {
            case B2cOutcome.Paid paid -> {
                BookedPayment payment = book(request, originator, conversation, now);
                delivery.postLater(request.resultUrl(), results.paid(payment, accounts.payOut(request.amount())),
                        () -> ledger.book(payment));
            }
            case B2cOutcome.Declined declined -> delivery.postLater(request.resultUrl(), results.failed(
                    declined.resultCode(), declined.resultDesc(), originator, conversation, ids.receipt()));
            case B2cOutcome.TimedOut timedOut -> {
                // The money moves all the same; only a Transaction Status query can tell.
                BookedPayment payment = book(request, originator, conversation, now);
                accounts.payOut(request.amount());
                delivery.postLater(request.queueTimeOutUrl(), results.failed(timedOut.resultCode(),
                        timedOut.resultDesc(), originator, conversation, ids.queryTransactionId()),
                        () -> ledger.book(payment));
            }
        }
    }

    private BookedPayment book(B2cRequest request, String originator, String conversation, LocalDateTime now) {
        return BookedPayment.payout(ids.receipt(), originator, conversation, request.commandId(), request.amount(),
                request.partyA(), request.partyB(), now, now);
    }

    record Accepted(String originatorConversationId, String conversationId) {
    }
}
