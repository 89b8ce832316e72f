package io.mpesagw.simulator.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Faults armed by test control for the next calls to the Daraja APIs, in the order they were armed.
 * A call takes the first armed fault that covers its path.
 */
@Component
public class ApiFaultPlan {

    /** {@code path} null = every Daraja API (including OAuth). */
    public record Armed(ApiFault fault, String path, int remaining) {

        boolean covers(String requestPath) {
            return path == null || path.equals(requestPath);
        }
    }

    private final List<Armed> armed = new ArrayList<>();

    public synchronized void arm(ApiFault fault, String path, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, got " + count);
        }
        armed.add(new Armed(fault, path, count));
    }

    /** The fault this call must get, if any; uses up one of its calls. */
    synchronized Optional<ApiFault> take(String requestPath) {
        for (int i = 0; i < armed.size(); i++) {
            Armed candidate = armed.get(i);
            if (candidate.covers(requestPath)) {
                if (candidate.remaining() == 1) {
                    armed.remove(i);
                } else {
                    armed.set(i, new Armed(candidate.fault(), candidate.path(), candidate.remaining() - 1));
                }
                return Optional.of(candidate.fault());
            }
        }
        return Optional.empty();
    }

    public synchronized List<Armed> armed() {
        return List.copyOf(armed);
    }

    public synchronized void clear() {
        armed.clear();
    }
}
