package io.mpesagw.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the whole gateway on this machine: PostgreSQL and Kafka in this JVM (or the ones named by
 * DATABASE_URL, DATABASE_USER, DATABASE_PASSWORD and KAFKA_BOOTSTRAP_SERVERS), the Daraja
 * simulator and the five services as child processes, and the checkout UI.
 *
 * <pre>
 * try (RunningStack stack = LocalStack.start(StackSettings.endToEnd(repoRoot, stateDir).withoutUi())) {
 *     ... stack.gatewayUrl(), stack.merchantSecretKey() ...
 * }
 * </pre>
 *
 * As a program: {@code LocalStack [up|stop|status] [--repo DIR] [--state DIR] [--no-ui] [--e2e-ports]}.
 */
public final class LocalStack {

    private static final String USAGE = """
            usage: local-stack [up|stop|status] [--repo DIR] [--state DIR] [--no-ui] [--e2e-ports]
              up        start everything and run until Ctrl-C or SIGTERM (default)
              stop      stop the stack whose launcher is in <state>/stack.pid, and wait until it is gone
              status    tell whether a stack runs and which components answer
              --repo    the repository root (default: current directory)
              --state   state folder (default: <repo>/.local)
              --no-ui   do not start the checkout UI
              --e2e-ports  use the end-to-end ports (see the README)
            """;

    private LocalStack() {
    }

    /** Starts the stack and returns once every component reports UP; fails with {@link StackStartException}. */
    public static RunningStack start(StackSettings settings) {
        return new StackLaunch(settings).run();
    }

    public static void main(String[] args) throws InterruptedException {
        Invocation invocation;
        try {
            invocation = Invocation.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("local-stack: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        StackSettings settings = invocation.settings();
        int status = switch (invocation.command()) {
            case "stop" -> StackCommands.stop(settings);
            case "status" -> StackCommands.status(settings);
            default -> up(settings);
        };
        System.exit(status);
    }

    private static int up(StackSettings settings) throws InterruptedException {
        long started = System.nanoTime();
        RunningStack stack;
        try {
            stack = start(settings);
        } catch (StackStartException e) {
            System.err.println("[local-stack] " + e.report());
            return 1;
        } catch (RuntimeException e) {
            System.err.println("[local-stack] could not start: " + e.getMessage());
            e.printStackTrace();
            return 1;
        }
        new StackFiles(settings.stateDir()).writePid();
        StackCommands.printSummary(stack, (System.nanoTime() - started) / 1_000_000_000);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("[local-stack] stopping");
            stack.close();
            stopped.countDown();
        }, "local-stack-stop"));
        stopped.await();
        return 0;
    }

    /** The command line: a command and a few flags. */
    record Invocation(String command, StackSettings settings) {

        static Invocation parse(List<String> args) {
            String command = "up";
            Path repo = Path.of("").toAbsolutePath();
            Path state = null;
            boolean ui = true;
            boolean e2ePorts = false;
            List<String> rest = new ArrayList<>(args);
            while (!rest.isEmpty()) {
                String arg = rest.removeFirst();
                switch (arg) {
                    case "up", "stop", "status" -> command = arg;
                    case "--repo" -> repo = Path.of(value(arg, rest));
                    case "--state" -> state = Path.of(value(arg, rest));
                    case "--no-ui" -> ui = false;
                    case "--e2e-ports" -> e2ePorts = true;
                    default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
                }
            }
            StackSettings settings = StackSettings.localRun(repo);
            if (state != null) {
                settings = settings.withStateDir(state);
            }
            if (e2ePorts) {
                settings = settings.withPorts(PortPlan.END_TO_END);
            }
            return new Invocation(command, ui ? settings : settings.withoutUi());
        }

        private static String value(String flag, List<String> rest) {
            if (rest.isEmpty() || rest.getFirst().startsWith("--")) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            return rest.removeFirst();
        }
    }
}
