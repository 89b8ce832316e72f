package io.mpesagw.simulator.stk;

import io.mpesagw.simulator.mode.SimulatorMode;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Picks the form of each STK callback from the {@link CallbackVariants} set by test control,
 * rotating where asked. Setting the variants restarts every rotation at its first form, so a test
 * that sets "rotate" knows which form comes next.
 */
@Component
public class CallbackVariantPlan {

    /** The texts 1032 has come with (daraja-facts.md, rule 5). */
    static final List<String> CANCELLED_TEXTS = List.of(
            "Request cancelled by user", "Request Cancelled by user.", "[STK_CB - ]Request cancelled by user");
    /** The texts 1037 has come with; production mode always drifts between them. */
    static final List<String> TIMEOUT_TEXTS = List.of(
            "DS timeout user cannot be reached", "DS timeout user cannot be reached.", "No response from user.");

    private static final List<CallbackVariants.Balance> BALANCES = List.of(
            CallbackVariants.Balance.NO_VALUE, CallbackVariants.Balance.ZERO, CallbackVariants.Balance.OMITTED);
    private static final List<CallbackVariants.Amount> AMOUNTS =
            List.of(CallbackVariants.Amount.INTEGER, CallbackVariants.Amount.DECIMAL);

    /** The forms of one paid callback's metadata items; never ROTATE. */
    record PaidForm(CallbackVariants.Balance balance, CallbackVariants.Amount amount) {
    }

    private final SimulatorMode mode;
    // Guarded by this: a rotation step and the setting it follows must change together.
    private CallbackVariants current = CallbackVariants.DEFAULTS;
    private int balanceTurn;
    private int amountTurn;
    private int cancelledTurn;
    private int timeoutTurn;

    public CallbackVariantPlan(SimulatorMode mode) {
        this.mode = mode;
    }

    public synchronized CallbackVariants current() {
        return current;
    }

    public synchronized void set(CallbackVariants variants) {
        current = variants;
        balanceTurn = 0;
        amountTurn = 0;
        cancelledTurn = 0;
        timeoutTurn = 0;
    }

    public CallbackVariants reset() {
        set(CallbackVariants.DEFAULTS);
        return CallbackVariants.DEFAULTS;
    }

    synchronized PaidForm nextPaidForm() {
        CallbackVariants.Balance balance = current.balance() == CallbackVariants.Balance.ROTATE
                ? pick(BALANCES, balanceTurn++) : current.balance();
        CallbackVariants.Amount amount = current.amount() == CallbackVariants.Amount.ROTATE
                ? pick(AMOUNTS, amountTurn++) : current.amount();
        return new PaidForm(balance, amount);
    }

    /**
     * A built-in (not scripted with its own text) 1032 or 1037 outcome with the text it is sent with;
     * the text is chosen once, at the push, so the callback and the query agree.
     */
    synchronized StkOutcome worded(StkOutcome builtIn) {
        boolean rotate = current.texts() == CallbackVariants.Texts.ROTATE;
        String text = switch (builtIn.resultCode()) {
            case "1032" -> rotate ? pick(CANCELLED_TEXTS, cancelledTurn++) : null;
            case "1037" -> rotate || mode == SimulatorMode.PRODUCTION
                    ? pick(TIMEOUT_TEXTS, timeoutTurn++) : null;
            default -> null;
        };
        if (text == null) {
            return builtIn;
        }
        return switch (builtIn) {
            case StkOutcome.Paid paid -> paid;
            case StkOutcome.Declined declined -> new StkOutcome.Declined(declined.resultCode(), text);
            case StkOutcome.NoCallback silent -> new StkOutcome.NoCallback(silent.resultCode(), text);
        };
    }

    /** floorMod: a counter that wraps after 2^31 callbacks still picks a form. */
    private static <T> T pick(List<T> forms, int turn) {
        return forms.get(Math.floorMod(turn, forms.size()));
    }
}
