package io.mpesagw.simulator.stk;

import io.mpesagw.simulator.daraja.EastAfricaTime;
import java.math.BigDecimal;
import java.time.Clock;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The STK callback exactly as Daraja shapes it (daraja-facts.md, section 5). */
@Component
class StkCallbackBody {

    private final JsonMapper jsonMapper;
    private final Clock clock;
    private final CallbackVariantPlan variants;

    StkCallbackBody(JsonMapper jsonMapper, Clock clock, CallbackVariantPlan variants) {
        this.jsonMapper = jsonMapper;
        this.clock = clock;
        this.variants = variants;
    }

    /** {@code receipt}: the booked MpesaReceiptNumber of a paid prompt, null otherwise. */
    byte[] of(StkPrompt prompt, String receipt) {
        StkOutcome outcome = prompt.outcome();
        ObjectNode root = jsonMapper.createObjectNode();
        ObjectNode callback = root.putObject("Body").putObject("stkCallback");
        callback.put("MerchantRequestID", prompt.merchantRequestId());
        callback.put("CheckoutRequestID", prompt.checkoutRequestId());
        putResultCode(callback, outcome.resultCode());
        callback.put("ResultDesc", outcome.resultDesc());
        if (outcome instanceof StkOutcome.Paid) {
            CallbackVariantPlan.PaidForm form = variants.nextPaidForm();
            ArrayNode items = callback.putObject("CallbackMetadata").putArray("Item");
            ObjectNode amount = items.addObject().put("Name", "Amount");
            if (form.amount() == CallbackVariants.Amount.DECIMAL) {
                amount.put("Value", BigDecimal.valueOf(prompt.amount()).setScale(2));
            } else {
                amount.put("Value", prompt.amount());
            }
            items.addObject().put("Name", "MpesaReceiptNumber").put("Value", receipt);
            // Real callbacks usually carry Balance with no Value at all; see CallbackVariants for the others.
            if (form.balance() == CallbackVariants.Balance.ZERO) {
                items.addObject().put("Name", "Balance").put("Value", 0);
            } else if (form.balance() == CallbackVariants.Balance.NO_VALUE) {
                items.addObject().put("Name", "Balance");
            }
            items.addObject().put("Name", "TransactionDate").put("Value", EastAfricaTime.compactNumber(clock));
            items.addObject().put("Name", "PhoneNumber").put("Value", Long.parseLong(prompt.phoneNumber()));
        }
        return jsonMapper.writeValueAsBytes(root);
    }

    /** The callback's ResultCode is a JSON number; the rare non-numeric code (SFC_IC0003) stays a string. */
    private static void putResultCode(ObjectNode callback, String resultCode) {
        if (resultCode.chars().allMatch(Character::isDigit)) {
            callback.put("ResultCode", Long.parseLong(resultCode));
        } else {
            callback.put("ResultCode", resultCode);
        }
    }
}
