package io.mpesagw.simulator.control;

import io.mpesagw.simulator.fault.ApiFault;
import io.mpesagw.simulator.fault.RawFaultBody;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A fault to arm, as POST /simulator/v1/faults takes it. {@code path} absent = every Daraja API;
 * {@code status} for server-error, daraja-error and raw-body; {@code errorCode}/{@code errorMessage}
 * for daraja-error only; {@code body} (a {@link RawFaultBody} name) for raw-body only; {@code delayMs}
 * for lost-answer only.
 */
record FaultRequest(String fault, Integer count, String path, Integer status, String errorCode,
        String errorMessage, String body, Long delayMs) {

    private static final List<String> KINDS = List.of("spike-arrest", "quota", "server-error", "daraja-error",
            "raw-body", "lost-answer");
    private static final long DEFAULT_LOST_ANSWER_DELAY_MS = 60_000;
    private static final int DEFAULT_SERVER_ERROR_STATUS = 503;
    private static final int MAX_MESSAGE = 1000;
    /** Daraja's dotted codes (400.002.02), OAuth-variant digits (999991), Apigee's names; no spaces. */
    private static final Pattern ERROR_CODE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    /** 500.003.1001 → 500: the status most codes begin with. */
    private static final Pattern STATUS_PREFIX = Pattern.compile("^([45]\\d\\d)\\..*");

    ApiFault toFault() {
        String kind = fault == null ? "" : fault;
        if (!KINDS.contains(kind)) {
            throw new ControlRejection("fault", "fault must be one of " + String.join(", ", KINDS));
        }
        onlyFor(kind, "status", status, "server-error", "daraja-error", "raw-body");
        onlyFor(kind, "errorCode", errorCode, "daraja-error");
        onlyFor(kind, "errorMessage", errorMessage, "daraja-error");
        onlyFor(kind, "body", body, "raw-body");
        onlyFor(kind, "delayMs", delayMs, "lost-answer");
        return switch (kind) {
            case "spike-arrest" -> new ApiFault.SpikeArrest();
            case "quota" -> new ApiFault.QuotaViolation();
            case "server-error" -> serverError();
            case "daraja-error" -> darajaError();
            case "lost-answer" -> lostAnswer();
            default -> rawAnswer();
        };
    }

    private ApiFault serverError() {
        int chosen = status == null ? DEFAULT_SERVER_ERROR_STATUS : status;
        if (chosen < 500 || chosen > 599) {
            throw new ControlRejection("status", "status must be from 500 to 599 (default 503)");
        }
        return new ApiFault.ServerError(chosen);
    }

    private ApiFault lostAnswer() {
        long chosen = delayMs == null ? DEFAULT_LOST_ANSWER_DELAY_MS : delayMs;
        if (chosen < 1 || chosen > ApiFault.LostAnswer.MAX_DELAY_MS) {
            throw new ControlRejection("delayMs", "delayMs must be from 1 to " + ApiFault.LostAnswer.MAX_DELAY_MS
                    + " (default " + DEFAULT_LOST_ANSWER_DELAY_MS + ")");
        }
        return new ApiFault.LostAnswer(chosen);
    }

    private ApiFault darajaError() {
        if (errorCode == null || !ERROR_CODE.matcher(errorCode).matches()) {
            throw new ControlRejection("errorCode",
                    "errorCode is required: 1-64 letters, digits or . _ : - (e.g. 500.003.1001)");
        }
        if (errorMessage == null || errorMessage.isBlank() || errorMessage.length() > MAX_MESSAGE) {
            throw new ControlRejection("errorMessage", "errorMessage is required, at most " + MAX_MESSAGE
                    + " characters; " + ApiFault.DarajaErrorAnswer.TOKEN + " stands for the caller's token");
        }
        var prefix = STATUS_PREFIX.matcher(errorCode);
        if (status == null && !prefix.matches()) {
            throw new ControlRejection("status", "status is required when errorCode does not begin with one"
                    + " (400.002.02 means 400)");
        }
        return new ApiFault.DarajaErrorAnswer(answerStatus(status == null ? Integer.parseInt(prefix.group(1)) : status),
                errorCode, errorMessage);
    }

    private ApiFault rawAnswer() {
        RawFaultBody named = RawFaultBody.named(body == null ? "" : body).orElseThrow(() -> new ControlRejection(
                "body", "body must be one of " + String.join(", ", RawFaultBody.labels())));
        return new ApiFault.RawAnswer(named, answerStatus(status == null ? named.defaultStatus() : status));
    }

    private static int answerStatus(int chosen) {
        if (!ApiFault.isAnswerStatus(chosen)) {
            throw new ControlRejection("status", "status must be 200 or from 400 to 599");
        }
        return chosen;
    }

    private static void onlyFor(String kind, String field, Object value, String... kinds) {
        if (value != null && !List.of(kinds).contains(kind)) {
            throw new ControlRejection(field, field + " applies to the " + String.join(", ", kinds)
                    + " fault" + (kinds.length > 1 ? "s" : "") + " only");
        }
    }
}
