package io.mpesagw.localstack;

import java.util.List;

/** A component did not come up; carries the end of its log so the reader sees why. */
public final class StackStartException extends RuntimeException {

    static final int LOG_LINES = 40;

    private final String component;
    private final String logName;
    private final List<String> logTail;

    StackStartException(ManagedProcess process, String problem) {
        super(process.component().module() + " " + problem + " (log: " + process.logFile() + ")");
        this.component = process.component().module();
        this.logName = process.logFile().getFileName().toString();
        this.logTail = process.tail(LOG_LINES);
    }

    StackStartException(String message) {
        super(message);
        this.component = null;
        this.logName = null;
        this.logTail = List.of();
    }

    public String component() {
        return component;
    }

    public List<String> logTail() {
        return logTail;
    }

    /** The message plus the end of the log, ready to print. */
    public String report() {
        if (logTail.isEmpty()) {
            return getMessage();
        }
        StringBuilder out = new StringBuilder(getMessage()).append("\n--- last ").append(logTail.size())
                .append(" lines of ").append(logName).append(" ---\n");
        logTail.forEach(line -> out.append(line).append('\n'));
        return out.append("--- end of ").append(logName).append(" ---").toString();
    }
}
