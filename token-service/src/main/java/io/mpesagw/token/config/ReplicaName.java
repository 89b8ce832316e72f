package io.mpesagw.token.config;

/** Which replica refreshed a stored token, for operators reading the table: host name (pod) and process id. */
final class ReplicaName {

    private ReplicaName() {
    }

    static String current() {
        String host = System.getenv("HOSTNAME");
        return (host == null || host.isBlank() ? "local" : host) + ":" + ProcessHandle.current().pid();
    }
}
