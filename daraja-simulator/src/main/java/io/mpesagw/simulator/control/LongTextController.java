package io.mpesagw.simulator.control;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.mpesagw.simulator.stk.LongTextPolicy;
import io.mpesagw.simulator.stk.StkTextLimits;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test control: whether an STK push with an AccountReference over 12 or a TransactionDesc over 13
 * characters is refused or cut (SIMULATOR_STK_LONG_TEXT at start). Not part of Daraja.
 */
@RestController
class LongTextController {

    private static final String PATH = "/simulator/v1/stk/long-text";

    private final StkTextLimits limits;

    LongTextController(StkTextLimits limits) {
        this.limits = limits;
    }

    @GetMapping(PATH)
    LongTextSetting current() {
        return LongTextSetting.of(limits.longText());
    }

    @PutMapping(PATH)
    LongTextSetting set(@RequestBody LongTextRequest request) {
        LongTextPolicy policy = LongTextPolicy.fromLabel(request.longText()).orElseThrow(() ->
                new ControlRejection("longText", "longText must be reject or truncate"));
        limits.setLongText(policy);
        return LongTextSetting.of(policy);
    }

    /** Back to SIMULATOR_STK_LONG_TEXT. */
    @DeleteMapping(PATH)
    LongTextSetting reset() {
        return LongTextSetting.of(limits.reset());
    }

    record LongTextRequest(String longText) {
    }

    @JsonPropertyOrder({"longText", "accountReferenceMax", "transactionDescMax"})
    record LongTextSetting(String longText, int accountReferenceMax, int transactionDescMax) {

        static LongTextSetting of(LongTextPolicy policy) {
            return new LongTextSetting(policy.label(), StkTextLimits.MAX_ACCOUNT_REFERENCE,
                    StkTextLimits.MAX_TRANSACTION_DESC);
        }
    }
}
