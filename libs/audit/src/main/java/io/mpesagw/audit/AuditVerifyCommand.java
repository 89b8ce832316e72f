package io.mpesagw.audit;

import java.io.PrintStream;
import java.util.Map;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code java -cp audit.jar:... io.mpesagw.audit.AuditVerifyCommand [jdbc-url [user]]}: verifies the
 * audit log and exits 0 when intact, 1 when a chain is broken, 2 when it cannot run. The URL and
 * user default to {@code DATABASE_URL} / {@code DATABASE_USER}; the password is read only from
 * {@code DATABASE_PASSWORD}, never from the command line (where {@code ps} would show it).
 */
public final class AuditVerifyCommand {

    private AuditVerifyCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        String url = args.length > 0 ? args[0] : env.get("DATABASE_URL");
        String user = args.length > 1 ? args[1] : env.get("DATABASE_USER");
        if (url == null || url.isBlank() || !url.startsWith("jdbc:postgresql://")) {
            err.println("audit verify: no database; pass a jdbc:postgresql:// URL as the first argument or set"
                    + " DATABASE_URL (user: second argument or DATABASE_USER; password: DATABASE_PASSWORD)");
            return 2;
        }
        try {
            VerificationResult result = AuditVerifier.verify(
                    new DriverManagerDataSource(url, user, env.getOrDefault("DATABASE_PASSWORD", "")));
            return report(result, out);
        } catch (RuntimeException e) {
            err.println("audit verify: could not verify " + url + ": " + e.getMessage());
            return 2;
        }
    }

    static int report(VerificationResult result, PrintStream out) {
        return switch (result) {
            case VerificationResult.Intact intact -> {
                out.printf("audit log INTACT: %d chains, %d entries verified%n", intact.chains(), intact.entries());
                yield 0;
            }
            case VerificationResult.Broken broken -> {
                out.printf("audit log BROKEN: %d of %d chains broken (%d entries read)%n",
                        broken.links().size(), broken.chains(), broken.entries());
                broken.links().forEach(link -> out.println("  " + link));
                yield 1;
            }
        };
    }
}
