package io.mpesagw.simulator.callback;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.stereotype.Component;

/**
 * What happens to the next callbacks of each kind: dropped (never sent, as sandbox callbacks
 * sometimes are) or delivered twice (as sandbox C2B confirmations have been). Used in order, one
 * action per callback.
 */
@Component
public class CallbackFaults {

    public enum Action {
        DROP, DUPLICATE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Map<CallbackKind, Queue<Action>> pending = new ConcurrentHashMap<>();

    /** @return how many actions are now waiting for callbacks of this kind */
    public int arm(CallbackKind kind, Action action, int count) {
        Queue<Action> queue = pending.computeIfAbsent(kind, key -> new ConcurrentLinkedQueue<>());
        for (int i = 0; i < count; i++) {
            queue.add(action);
        }
        return queue.size();
    }

    Optional<Action> next(CallbackKind kind) {
        Queue<Action> queue = pending.get(kind);
        return Optional.ofNullable(queue == null ? null : queue.poll());
    }

    public Map<CallbackKind, List<Action>> pending() {
        Map<CallbackKind, List<Action>> snapshot = new EnumMap<>(CallbackKind.class);
        pending.forEach((kind, queue) -> {
            if (!queue.isEmpty()) {
                snapshot.put(kind, new ArrayList<>(queue));
            }
        });
        return snapshot;
    }

    public void clear() {
        pending.clear();
    }
}
