package io.mpesagw.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mpesagw.localinfra.LoopbackPorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two token-service instances over one PostgreSQL and the simulator: however many callers, on
 * whichever instance, there is one valid Daraja token and one OAuth call per refresh. Free ports,
 * never the e2e PortPlan, so it can run beside PaymentEndToEndTest; PostgreSQL and Kafka come from
 * the environment (bin/test's) when it names them, else the stack starts its own.
 */
class TokenServiceReplicasTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final String TOKENS = "/internal/v1/tokens/default";
    private static final String LIFETIME = "/simulator/v1/tokens/lifetime";
    // HTTP/1.1: one connection per concurrent call, as a fleet of payment-service threads would open
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static RunningStack stack;
    private static String instanceA;
    private static String instanceB;

    record Token(String accessToken, Instant expiresAt) {
    }

    record Answer(int status, String body) {

        Token token() {
            JsonNode json = JSON.readTree(body);
            return new Token(json.path("accessToken").asString(), Instant.parse(json.path("expiresAt").asString()));
        }
    }

    @BeforeAll
    static void startTwoInstances() {
        stack = LocalStack.start(StackSettings.endToEnd(REPO, Path.of("target", "token-replicas-stack"))
                .withPorts(PortPlan.free())
                .withComponents(EnumSet.of(Component.DARAJA_SIMULATOR, Component.TOKEN_SERVICE))
                .withDemoCheckout(false)
                // no background refresh may add an OAuth call while a test counts them
                .withOverride(Component.TOKEN_SERVICE, "TOKEN_PROACTIVE_REFRESH_INTERVAL", "1h")
                // a 3-second token must count as usable, not as due for refresh at once
                .withOverride(Component.TOKEN_SERVICE, "TOKEN_REFRESH_BUFFER", "0s"));
        int replicaPort = LoopbackPorts.free();
        stack.startReplica(Component.TOKEN_SERVICE, replicaPort);
        instanceA = stack.url(Component.TOKEN_SERVICE);
        instanceB = "http://127.0.0.1:" + replicaPort;
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @AfterEach
    void restoreTokenLifetime() {
        send(HttpRequest.newBuilder(URI.create(stack.simulatorUrl() + LIFETIME)).DELETE());
    }

    @Test
    void a_thousand_callers_over_two_instances_after_expiry_cause_one_oauth_call_and_get_one_new_token()
            throws Exception {
        setTokenLifetime(4);
        String current = get(instanceA).token().accessToken();
        long beforeFirst = oauthCalls();
        Token t1 = invalidate(instanceA, current).token();
        Token seenByB = get(instanceB).token();
        restoreTokenLifetime();

        assertThat(t1.expiresAt()).as("T1 has the short lifetime").isBefore(Instant.now().plusSeconds(10));
        assertThat(seenByB.accessToken()).as("instance B reads instance A's token from the shared store")
                .isEqualTo(t1.accessToken());
        assertThat(oauthCalls()).as("OAuth calls for T1").isEqualTo(beforeFirst + 1);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> Instant.now().isAfter(t1.expiresAt()));
        long beforeBurst = oauthCalls();

        List<Answer> answers = together(1000, i -> get(i % 2 == 0 ? instanceA : instanceB));

        assertThat(answers).as("every caller gets a token").allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(200));
        List<String> tokens = answers.stream().map(a -> a.token().accessToken()).distinct().toList();
        assertThat(tokens).as("one token for all 1,000 callers").hasSize(1).doesNotContain(t1.accessToken());
        assertThat(oauthCalls()).as("OAuth calls for 1,000 callers").isEqualTo(beforeBurst + 1);
        assertAcceptedBySimulator(tokens.getFirst());
    }

    @Test
    void a_hundred_reports_of_the_same_stale_token_over_two_instances_cause_one_refresh() throws Exception {
        Token current = get(instanceA).token();
        assertThat(get(instanceB).token().accessToken()).as("both instances hand out the same current token")
                .isEqualTo(current.accessToken());
        long before = oauthCalls();

        List<Answer> answers = together(100, i -> invalidate(i % 2 == 0 ? instanceA : instanceB, current.accessToken()));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(200));
        List<String> tokens = answers.stream().map(a -> a.token().accessToken()).distinct().toList();
        assertThat(tokens).as("one new token for all 100 reports").hasSize(1).doesNotContain(current.accessToken());
        assertThat(oauthCalls()).as("OAuth calls for 100 reports of one stale token").isEqualTo(before + 1);
        assertAcceptedBySimulator(tokens.getFirst());
    }

    @Test
    void the_replica_refuses_a_caller_without_the_internal_bearer() throws Exception {
        HttpRequest.Builder noBearer = HttpRequest.newBuilder(URI.create(instanceB + TOKENS)).GET();
        HttpRequest.Builder wrongBearer = HttpRequest.newBuilder(URI.create(instanceB + TOKENS))
                .header("Authorization", "Bearer " + "x".repeat(48)).GET();
        HttpRequest.Builder noBearerInvalidation = HttpRequest.newBuilder(URI.create(instanceB + TOKENS + "/invalidations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"accessToken\":\"anything\"}"));

        assertThat(send(noBearer).status()).isEqualTo(401);
        assertThat(send(wrongBearer).status()).isEqualTo(401);
        assertThat(send(noBearerInvalidation).status()).isEqualTo(401);
    }

    /** Starts {@code count} calls at the same instant (a latch opens them) and returns every answer. */
    private static List<Answer> together(int count, IntFunction<Answer> call) throws Exception {
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> calls = new ArrayList<>(count);
        long started;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                int index = i;
                calls.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.apply(index);
                }));
            }
            ready.await();
            started = System.nanoTime();
            go.countDown();
        }
        List<Answer> answers = new ArrayList<>(count);
        for (Future<Answer> answer : calls) {
            answers.add(answer.get());
        }
        System.out.printf("token replicas: %d concurrent calls answered in %d ms%n", count,
                (System.nanoTime() - started) / 1_000_000);
        return answers;
    }

    private static Answer get(String instance) {
        return send(bearer(HttpRequest.newBuilder(URI.create(instance + TOKENS))).GET());
    }

    private static Answer invalidate(String instance, String staleToken) {
        return send(bearer(HttpRequest.newBuilder(URI.create(instance + TOKENS + "/invalidations")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"accessToken\":\"" + staleToken + "\"}")));
    }

    private static HttpRequest.Builder bearer(HttpRequest.Builder request) {
        return request.header("Authorization", "Bearer " + stack.secrets().internalAuthToken());
    }

    private static void setTokenLifetime(int seconds) {
        Answer set = send(HttpRequest.newBuilder(URI.create(stack.simulatorUrl() + LIFETIME))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"seconds\":" + seconds + "}")));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
    }

    private static long oauthCalls() {
        Answer stats = send(HttpRequest.newBuilder(URI.create(stack.simulatorUrl() + "/simulator/v1/stats")).GET());
        return JSON.readTree(stats.body()).path("oauthCalls").asLong();
    }

    /**
     * The token gets past Daraja's bearer check: an STK query with it reaches the CheckoutRequestID
     * lookup (400 Invalid CheckoutRequestID) instead of 404.001.03 Invalid Access Token.
     */
    private static void assertAcceptedBySimulator(String accessToken) {
        String timestamp = "20261128102430";
        String password = Base64.getEncoder().encodeToString((StackSecrets.SHORTCODE + stack.secrets().darajaPasskey()
                + timestamp).getBytes(StandardCharsets.UTF_8));
        String query = "{\"BusinessShortCode\":\"" + StackSecrets.SHORTCODE + "\",\"Password\":\"" + password
                + "\",\"Timestamp\":\"" + timestamp + "\",\"CheckoutRequestID\":\"ws_CO_28112026102430000712000000\"}";
        Answer answer = send(HttpRequest.newBuilder(URI.create(stack.simulatorUrl() + "/mpesa/stkpushquery/v1/query"))
                .header("Authorization", "Bearer " + accessToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(query)));

        assertThat(answer.body()).as("the simulator's answer to an STK query with the token")
                .doesNotContain("404.001.03").contains("Invalid CheckoutRequestID");
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
