package io.mpesagw.simulator.control;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.mpesagw.simulator.stk.CallbackVariantPlan;
import io.mpesagw.simulator.stk.CallbackVariants;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test control: which of Daraja's real forms the next STK callbacks take (Balance item, Amount
 * number, 1032/1037 texts). PUT replaces the whole setting (an absent field takes its default) and
 * restarts every rotation at its first form. Not part of Daraja.
 */
@RestController
class CallbackVariantController {

    private static final String PATH = "/simulator/v1/callback-variants";

    private final CallbackVariantPlan plan;

    CallbackVariantController(CallbackVariantPlan plan) {
        this.plan = plan;
    }

    @GetMapping(PATH)
    VariantSetting current() {
        return VariantSetting.of(plan.current());
    }

    @PutMapping(PATH)
    VariantSetting set(@RequestBody VariantSetting setting) {
        CallbackVariants defaults = CallbackVariants.DEFAULTS;
        CallbackVariants variants = new CallbackVariants(
                parse("balance", CallbackVariants.Balance.class, setting.balance(), defaults.balance()),
                parse("amount", CallbackVariants.Amount.class, setting.amount(), defaults.amount()),
                parse("texts", CallbackVariants.Texts.class, setting.texts(), defaults.texts()));
        plan.set(variants);
        return VariantSetting.of(variants);
    }

    /** Back to the defaults: Balance without Value, integer Amount, the first text of each code. */
    @DeleteMapping(PATH)
    VariantSetting reset() {
        return VariantSetting.of(plan.reset());
    }

    private static <E extends Enum<E>> E parse(String field, Class<E> type, String label, E absent) {
        if (label == null) {
            return absent;
        }
        return CallbackVariants.parse(type, label).orElseThrow(() ->
                new ControlRejection(field, field + " must be " + CallbackVariants.labels(type)));
    }

    @JsonPropertyOrder({"balance", "amount", "texts"})
    record VariantSetting(String balance, String amount, String texts) {

        static VariantSetting of(CallbackVariants variants) {
            return new VariantSetting(variants.balance().label(), variants.amount().label(), variants.texts().label());
        }
    }
}
