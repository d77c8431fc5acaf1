package io.daybrief.config;

/**
 * The web console and API that {@code serve} runs.
 *
 * @param host        the address to listen on; loopback by default
 * @param port        the port
 * @param publicRead  whether pages and read-only API calls need no token (on loopback by default they do not)
 * @param token       the bearer token that every write needs (runs, uploads, API posts, send again); empty when
 *                    none is set, and then nothing can be written over HTTP
 * @param maxUploadKb the largest upload or API post, in kilobytes; larger ones are refused with 413 unread
 * @param maxRuns     how many editions may be made at once on request
 * @param runQueue    how many requested runs may wait; more are answered 429
 */
public record WebConfig(String host, int port, boolean publicRead, String token, int maxUploadKb, int maxRuns,
                        int runQueue) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final WebConfig DEFAULT = new WebConfig(DEFAULT_HOST, DEFAULT_PORT, true, "", 10 * 1024, 2, 20);

    /** Whether a host name or address is this machine's loopback, reachable from this machine only. */
    public static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }

    /** The same with another port. */
    public WebConfig withPort(int newPort) {
        return new WebConfig(host, newPort, publicRead, token, maxUploadKb, maxRuns, runQueue);
    }

    /** The same with a token (from the environment, say) when none was configured. */
    public WebConfig withTokenIfNone(String fallback) {
        return token.isEmpty() && fallback != null ? new WebConfig(host, port, publicRead, fallback.strip(),
                maxUploadKb, maxRuns, runQueue) : this;
    }

    @Override
    public String toString() {
        return "WebConfig[host=" + host + ", port=" + port + ", publicRead=" + publicRead + ", token="
                + (token.isEmpty() ? "none" : "(set)") + "]";
    }
}
