package io.mpesagw.simulator.stk;

import io.mpesagw.simulator.daraja.DarajaIds;
import io.mpesagw.simulator.daraja.EastAfricaTime;
import io.mpesagw.simulator.initiator.BookedPayment;
import io.mpesagw.simulator.initiator.PaymentLedger;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/**
 * Issues the M-Pesa receipt of a paid prompt and books the payment, so Transaction Status can find
 * it and Reversal can reverse it, as on Daraja, where STK payments are customer payments.
 */
@Component
class StkReceipts {

    private final DarajaIds ids;
    private final PaymentLedger ledger;
    private final Clock clock;

    StkReceipts(DarajaIds ids, PaymentLedger ledger, Clock clock) {
        this.ids = ids;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The customer ({@code PhoneNumber}, who entered the PIN) paid {@code PartyB}. */
    String issue(StkPrompt prompt) {
        String receipt = ids.mpesaReceipt();
        LocalDateTime accepted = LocalDateTime.ofInstant(prompt.acceptedAt(), EastAfricaTime.ZONE);
        ledger.book(BookedPayment.customerPayment(receipt, prompt.transactionType(), prompt.amount(),
                prompt.partyB(), prompt.phoneNumber(), accepted, EastAfricaTime.now(clock)));
        return receipt;
    }
}
