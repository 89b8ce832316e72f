package io.mpesagw.simulator.control;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.mpesagw.simulator.stk.StkOutcome;
import io.mpesagw.simulator.stk.StkOutcomePlan;
import io.mpesagw.simulator.stk.StkResultCodes;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Test control: script how the next STK push to a number (or of an amount) ends. Not part of Daraja. */
@RestController
class OutcomeScriptController {

    private static final Pattern MSISDN = Pattern.compile("254(7|1)\\d{8}");
    private static final Pattern RESULT_CODE = Pattern.compile("[A-Za-z0-9_]{1,12}");
    private static final int MAX_RESULT_DESC = 200;
    private static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(250_000);

    private final StkOutcomePlan plan;

    OutcomeScriptController(StkOutcomePlan plan) {
        this.plan = plan;
    }

    @PostMapping("/simulator/v1/outcomes")
    ScriptedOutcome script(@RequestBody ScriptRequest request) {
        if (request.amount() != null) {
            return scriptAmount(request);
        }
        String msisdn = request.phoneNumber();
        if (msisdn == null || !MSISDN.matcher(msisdn).matches()) {
            throw new ControlRejection("phoneNumber",
                    "phoneNumber must be 12 digits, 2547XXXXXXXX or 2541XXXXXXXX (e.g. 254708374149)");
        }
        StkOutcome outcome = outcomeOf(request);
        int queued = plan.script(msisdn, outcome, request.resultDesc() != null);
        return new ScriptedOutcome(msisdn, null, outcome.resultCode(), outcome.resultDesc(),
                !(outcome instanceof StkOutcome.NoCallback), queued);
    }

    private ScriptedOutcome scriptAmount(ScriptRequest request) {
        if (request.phoneNumber() != null) {
            throw new ControlRejection("amount", "give either phoneNumber or amount, not both");
        }
        BigDecimal amount = request.amount();
        if (amount.stripTrailingZeros().scale() > 0 || amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0) {
            throw new ControlRejection("amount", "amount must be whole shillings from 1 to 250000 (e.g. 1032)");
        }
        StkOutcome outcome = outcomeOf(request);
        int queued = plan.scriptAmount(amount.longValueExact(), outcome, request.resultDesc() != null);
        return new ScriptedOutcome(null, amount.longValueExact(), outcome.resultCode(), outcome.resultDesc(),
                !(outcome instanceof StkOutcome.NoCallback), queued);
    }

    @DeleteMapping("/simulator/v1/outcomes")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clear() {
        plan.clearScripts();
    }

    private static StkOutcome outcomeOf(ScriptRequest request) {
        String code = request.resultCode();
        if (code == null || !RESULT_CODE.matcher(code).matches()) {
            throw new ControlRejection("resultCode",
                    "resultCode is required: an STK ResultCode such as \"0\", \"1032\" or \"1037\"");
        }
        if (request.resultDesc() != null && request.resultDesc().length() > MAX_RESULT_DESC) {
            throw new ControlRejection("resultDesc", "resultDesc must be at most " + MAX_RESULT_DESC + " characters");
        }
        String desc = request.resultDesc() != null ? request.resultDesc()
                : StkResultCodes.describe(code).orElseThrow(() -> new ControlRejection("resultDesc",
                        "resultDesc is required for resultCode " + code + "; codes with a built-in text: "
                                + StkResultCodes.known()));
        if (Boolean.FALSE.equals(request.callback())) {
            return new StkOutcome.NoCallback(code, desc);
        }
        return code.equals("0") ? new StkOutcome.Paid(desc) : new StkOutcome.Declined(code, desc);
    }

    @ExceptionHandler(ControlRejection.class)
    ResponseEntity<ControlError> rejected(ControlRejection rejection) {
        return ResponseEntity.badRequest().body(new ControlError(rejection.field(), rejection.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ControlError> unreadable() {
        return ResponseEntity.badRequest().body(new ControlError("body",
                "expected a JSON object {\"phoneNumber\":\"2547...\",\"resultCode\":\"1032\"} (or \"amount\":1032"
                        + " instead of phoneNumber) with optional \"resultDesc\" (text) and \"callback\""
                        + " (true/false)"));
    }

    /**
     * {@code resultCode} may be sent as a string or a number. {@code callback: false} = never called
     * back. Either {@code phoneNumber} or {@code amount} says which push the script is for.
     */
    record ScriptRequest(String phoneNumber, BigDecimal amount, String resultCode, String resultDesc,
            Boolean callback) {
    }

    @JsonPropertyOrder({"phoneNumber", "amount", "resultCode", "resultDesc", "callback", "queued"})
    record ScriptedOutcome(
            @JsonInclude(JsonInclude.Include.NON_NULL) String phoneNumber,
            @JsonInclude(JsonInclude.Include.NON_NULL) Long amount,
            String resultCode, String resultDesc, boolean callback, int queued) {
    }

    @JsonPropertyOrder({"field", "message"})
    record ControlError(String field, String message) {
    }
}
