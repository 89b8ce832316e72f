package io.mpesagw.simulator.stk;

import io.mpesagw.simulator.daraja.DarajaIds;
import io.mpesagw.simulator.daraja.DarajaRejection;
import java.time.Clock;
import org.springframework.stereotype.Service;

/** Accepts STK pushes and answers STK queries, with Daraja's business checks. */
@Service
public class StkPushService {

    static final String SUBSCRIBER_LOCKED =
            "Unable to lock subscriber, a transaction is already in process for the current subscriber";

    private final StkMerchant merchant;
    private final StkPrompts prompts;
    private final StkOutcomePlan outcomes;
    private final SimulatedCustomer customer;
    private final DarajaIds ids;
    private final Clock clock;

    StkPushService(StkMerchant merchant, StkPrompts prompts, StkOutcomePlan outcomes, SimulatedCustomer customer,
            DarajaIds ids, Clock clock) {
        this.merchant = merchant;
        this.prompts = prompts;
        this.outcomes = outcomes;
        this.customer = customer;
        this.ids = ids;
        this.clock = clock;
    }

    public StkPrompt push(StkPushRequest request) {
        merchant.verify(request.businessShortCode(), request.password(), request.timestamp());
        String msisdn = request.phoneNumber();
        if (!prompts.lockSubscriber(msisdn)) {
            throw DarajaRejection.stkRefusal(SUBSCRIBER_LOCKED);
        }
        try {
            StkPrompt prompt = new StkPrompt(
                    ids.merchantRequestId(),
                    prompts.unusedCheckoutRequestId(shift -> ids.checkoutRequestId(msisdn, shift)),
                    msisdn,
                    request.partyB(),
                    request.transactionType(),
                    request.amount(),
                    request.callBackUrl(),
                    outcomes.next(msisdn, request.amount()),
                    clock.instant());
            prompts.add(prompt);
            customer.answerLater(prompt);
            return prompt;
        } catch (RuntimeException failure) {
            // Never leave a subscriber locked by a push that was not accepted.
            prompts.releaseSubscriber(msisdn);
            throw failure;
        }
    }

    /**
     * @throws DarajaRejection 400.002.02 for an unknown CheckoutRequestID, HTTP 500 "The transaction
     *     is being processed" while the customer has not answered
     */
    public PromptState.Resolved query(StkQueryRequest request) {
        merchant.verify(request.businessShortCode(), request.password(), request.timestamp());
        PromptState state = prompts.find(request.checkoutRequestId())
                .orElseThrow(() -> DarajaRejection.invalidField("CheckoutRequestID"));
        return switch (state) {
            case PromptState.Pending pending -> throw DarajaRejection.stillProcessing(request.checkoutRequestId());
            case PromptState.Resolved resolved -> resolved;
        };
    }
}
