package io.mpesagw.simulator.balance;

import io.mpesagw.simulator.daraja.EastAfricaTime;
import io.mpesagw.simulator.initiator.CredentialVerdict;
import io.mpesagw.simulator.initiator.InitiatorAccepted;
import io.mpesagw.simulator.initiator.InitiatorCredentials;
import io.mpesagw.simulator.initiator.InitiatorIds;
import io.mpesagw.simulator.initiator.InitiatorResult;
import io.mpesagw.simulator.initiator.OrganisationAccounts;
import io.mpesagw.simulator.initiator.ResultDelivery;
import io.mpesagw.simulator.initiator.ResultParameter;
import io.mpesagw.simulator.mode.SimulatorMode;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/** Answers Account Balance queries with the organisation's simulated accounts (section 7.2). */
@Service
class AccountBalanceService {

    private static final String PROCESSED = "The service request is processed successfully.";

    private final InitiatorCredentials credentials;
    private final OrganisationAccounts accounts;
    private final ResultDelivery delivery;
    private final InitiatorIds ids;
    private final Clock clock;
    private final ResultParameter reference;

    AccountBalanceService(InitiatorCredentials credentials, OrganisationAccounts accounts, ResultDelivery delivery,
            InitiatorIds ids, Clock clock, SimulatorMode mode) {
        this.credentials = credentials;
        this.accounts = accounts;
        this.delivery = delivery;
        this.ids = ids;
        this.clock = clock;
        this.reference = InitiatorResult.queueTimeoutReference(mode, "/mpesa/abresults/v1/submit");
    }

    InitiatorAccepted query(AccountBalanceRequest request) {
        String originator = ids.originatorConversationId();
        String conversation = ids.conversationId();
        String transactionId = ids.queryTransactionId();
        ResultParameter completed = ResultParameter.number("BOCompletedTime", EastAfricaTime.compactNumber(clock));
        InitiatorResult result = switch (credentials.verify(request.initiator(), request.securityCredential())) {
            case CredentialVerdict.Accepted accepted -> new InitiatorResult("0", PROCESSED, originator, conversation,
                    transactionId, List.of(ResultParameter.text("AccountBalance", accounts.snapshot().accountBalance()),
                            completed), InitiatorResult.Shape.LIST, reference);
            // A 2026 sandbox capture of a locked API user: three parameters and a bare ReferenceItem.
            case CredentialVerdict.Locked locked -> new InitiatorResult(locked.resultCode(), locked.resultDesc(),
                    originator, conversation, transactionId, List.of(
                            ResultParameter.text("ActionType", "AccountBalance"),
                            ResultParameter.text("ErrorMsg", "API Password is locked. "), completed),
                    InitiatorResult.Shape.LIST, ResultParameter.keyOnly("QueueTimeoutURL"));
            // Other failures carry BOCompletedTime alone, as an object rather than a one-element array.
            case CredentialVerdict.Invalid invalid -> new InitiatorResult(invalid.resultCode(), invalid.resultDesc(),
                    originator, conversation, transactionId, List.of(completed), InitiatorResult.Shape.SINGLE_OBJECT,
                    reference);
        };
        delivery.postLater(request.resultUrl(), result);
        return new InitiatorAccepted(originator, conversation);
    }
}
