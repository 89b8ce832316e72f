package io.mpesagw.simulator.b2c;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.mpesagw.simulator.initiator.InitiatorFields;
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

/** Test control: script how the next B2C payment to a recipient ends. Not part of Daraja. */
@RestController
class B2cOutcomeScriptController {

    static final String TIMEOUT = "timeout";
    private static final Pattern RESULT_CODE = Pattern.compile("[A-Za-z0-9_]{1,12}");
    private static final int MAX_RESULT_DESC = 200;

    private final B2cOutcomePlan plan;

    B2cOutcomeScriptController(B2cOutcomePlan plan) {
        this.plan = plan;
    }

    @PostMapping("/simulator/v1/b2c-outcomes")
    ScriptedOutcome script(@RequestBody ScriptRequest request) {
        String partyB = request.partyB();
        if (partyB == null || !InitiatorFields.MSISDN.matcher(partyB).matches()) {
            throw new BadScript("partyB", "partyB must be 12 digits, 2547XXXXXXXX or 2541XXXXXXXX (e.g. 254708374149)");
        }
        B2cOutcome outcome = outcomeOf(request);
        int queued = plan.script(partyB, outcome);
        String sentTo = outcome instanceof B2cOutcome.TimedOut ? "QueueTimeOutURL" : "ResultURL";
        return new ScriptedOutcome(partyB, outcome.resultCode(), outcome.resultDesc(), sentTo, queued);
    }

    @DeleteMapping("/simulator/v1/b2c-outcomes")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clear() {
        plan.clearScripts();
    }

    private static B2cOutcome outcomeOf(ScriptRequest request) {
        String code = request.resultCode();
        if (TIMEOUT.equals(code)) {
            return new B2cOutcome.TimedOut();
        }
        if (code == null || !RESULT_CODE.matcher(code).matches()) {
            throw new BadScript("resultCode", "resultCode is required: a B2C ResultCode such as \"0\", \"1\" or "
                    + "\"2040\", or \"timeout\" for a Result sent to QueueTimeOutURL");
        }
        if (code.equals("0")) {
            return new B2cOutcome.Paid();
        }
        if (request.resultDesc() != null && request.resultDesc().length() > MAX_RESULT_DESC) {
            throw new BadScript("resultDesc", "resultDesc must be at most " + MAX_RESULT_DESC + " characters");
        }
        String desc = request.resultDesc() != null ? request.resultDesc()
                : B2cResultCodes.describe(code).orElseThrow(() -> new BadScript("resultDesc",
                        "resultDesc is required for resultCode " + code + "; codes with a built-in text: "
                                + B2cResultCodes.known()));
        return new B2cOutcome.Declined(code, desc);
    }

    @ExceptionHandler(BadScript.class)
    ResponseEntity<ControlError> rejected(BadScript rejection) {
        return ResponseEntity.badRequest().body(new ControlError(rejection.field, rejection.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ControlError> unreadable() {
        return ResponseEntity.badRequest().body(new ControlError("body",
                "expected a JSON object {\"partyB\":\"2547...\",\"resultCode\":\"1\"} with optional \"resultDesc\";"
                        + " resultCode \"timeout\" sends the Result to QueueTimeOutURL"));
    }

    /** {@code resultCode} may be sent as a string or a number. */
    record ScriptRequest(String partyB, String resultCode, String resultDesc) {
    }

    @JsonPropertyOrder({"partyB", "resultCode", "resultDesc", "sentTo", "queued"})
    record ScriptedOutcome(String partyB, String resultCode, String resultDesc, String sentTo, int queued) {
    }

    @JsonPropertyOrder({"field", "message"})
    record ControlError(String field, String message) {
    }

    private static final class BadScript extends RuntimeException {

        private final String field;

        BadScript(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }
}
