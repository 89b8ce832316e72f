package io.mpesagw.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statuses the merchant saw, one list call at a time (one request for every payment keeps well inside the
 * gateway's rate limit): per payment, each status in the order it first appeared.
 */
final class GatewayWatch {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Integer> STAGE = Map.of("pending", 0, "submitted", 1, "unknown", 1,
            "succeeded", 2, "failed", 2, "cancelled", 2, "expired", 2);

    private final RunningStack stack;
    private final Map<String, List<String>> histories = new ConcurrentHashMap<>();

    GatewayWatch(RunningStack stack) {
        this.stack = stack;
    }

    /** One look at the newest 100 payments; true once every one of {@code ids} is final. */
    boolean allFinal(List<String> ids) {
        HttpResponse<String> page = LifecycleProbe.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl()
                + "/v1/payments?limit=100")).header("Authorization", "Bearer " + stack.merchantSecretKey()).GET());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        for (JsonNode payment : JSON.readTree(page.body()).get("data")) {
            List<String> history = histories.computeIfAbsent(payment.get("id").asString(), id -> new ArrayList<>());
            String status = payment.get("status").asString();
            if (history.isEmpty() || !history.getLast().equals(status)) {
                history.add(status);
            }
        }
        return ids.stream().allMatch(id -> !history(id).isEmpty() && STAGE.getOrDefault(history(id).getLast(), 0) == 2);
    }

    List<String> history(String id) {
        return histories.getOrDefault(id, List.of());
    }

    /** The payments whose view moved to an earlier stage, or from one final status to another, with what was seen. */
    Map<String, List<String>> wentBackward(List<String> ids) {
        Map<String, List<String>> backward = new ConcurrentHashMap<>();
        for (String id : ids) {
            List<String> history = history(id);
            for (int i = 1; i < history.size(); i++) {
                int before = STAGE.getOrDefault(history.get(i - 1), -1);
                int after = STAGE.getOrDefault(history.get(i), -1);
                if (after < before || before == 2) {
                    backward.put(id, history);
                }
            }
        }
        return backward;
    }
}
