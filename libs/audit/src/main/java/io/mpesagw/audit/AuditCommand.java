package io.mpesagw.audit;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The auditor's command line ({@code bin/audit} runs it):
 * <pre>
 * verify                                 walk every chain of the database's log
 * export --older-than AGE --out FILE     write entries older than AGE (90d, 12h, P90D) as JSON lines
 * verify-file FILE                       check an export on its own, without the database
 * </pre>
 * Exit status: 0 intact / done, 1 broken, 2 cannot run. The database is {@code DATABASE_URL} as
 * {@code DATABASE_USER} (an auditor's login in role {@code audit_reader} is enough); the password is
 * read only from {@code DATABASE_PASSWORD}, never from the command line (where {@code ps} shows it).
 */
public final class AuditCommand {

    static final String USAGE = """
            usage: audit verify
                   audit export --older-than AGE --out FILE     (AGE: 90d, 12h or ISO-8601 such as P90D)
                   audit verify-file FILE
            database: DATABASE_URL, DATABASE_USER, DATABASE_PASSWORD (a login in role audit_reader suffices)""";
    private static final Pattern SHORT_AGE = Pattern.compile("(\\d{1,6})([dh])");

    private AuditCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        try {
            return switch (args.length == 0 ? "" : args[0]) {
                case "verify" -> report(AuditVerifier.verify(database(env)), out);
                case "export" -> export(args, env, out);
                case "verify-file" -> {
                    if (args.length != 2) {
                        throw new UsageException("verify-file takes one FILE");
                    }
                    yield report(AuditExport.verifyFile(Path.of(args[1])), out);
                }
                default -> throw new UsageException(args.length == 0 ? "no command" : "unknown command '" + args[0] + "'");
            };
        } catch (UsageException e) {
            err.println("audit: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (RuntimeException e) {
            err.println("audit: could not run: " + e.getMessage());
            return 2;
        }
    }

    private static int export(String[] args, Map<String, String> env, PrintStream out) {
        Duration age = null;
        Path file = null;
        for (int i = 1; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new UsageException(args[i] + " needs a value");
            }
            switch (args[i]) {
                case "--older-than" -> age = age(args[i + 1]);
                case "--out" -> file = Path.of(args[i + 1]);
                default -> throw new UsageException("unknown option '" + args[i] + "'");
            }
        }
        if (age == null || file == null) {
            throw new UsageException("export needs --older-than AGE and --out FILE");
        }
        if (Files.exists(file)) {
            throw new UsageException(file + " exists already; an export never overwrites one");
        }
        var summary = AuditExport.exportOlderThan(database(env), age, file);
        out.printf("exported %d entries of %d chains older than %s to %s (nothing deleted)%n",
                summary.entries(), summary.chains(), summary.cutoff(), summary.file());
        return 0;
    }

    static Duration age(String text) {
        Matcher shortForm = SHORT_AGE.matcher(text.toLowerCase(Locale.ROOT));
        try {
            Duration age = shortForm.matches()
                    ? Duration.ofHours(Long.parseLong(shortForm.group(1)) * (shortForm.group(2).equals("d") ? 24 : 1))
                    : Duration.parse(text);
            if (age.isNegative()) {
                throw new UsageException("--older-than must not be negative, was " + text);
            }
            return age;
        } catch (DateTimeParseException e) {
            throw new UsageException("--older-than must look like 90d, 12h or P90D, was '" + text + "'");
        }
    }

    private static DriverManagerDataSource database(Map<String, String> env) {
        String url = env.get("DATABASE_URL");
        if (url == null || !url.startsWith("jdbc:postgresql://")) {
            throw new UsageException("no database: set DATABASE_URL (jdbc:postgresql://...), DATABASE_USER and DATABASE_PASSWORD");
        }
        return new DriverManagerDataSource(url, env.getOrDefault("DATABASE_USER", ""), env.getOrDefault("DATABASE_PASSWORD", ""));
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

    private static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
