package io.daybrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches feeds and pages over HTTP(S), safely: only http and https; no address on this machine, a link-local or a
 * private network unless allowed; redirects followed a few times, each checked again; connect and read
 * time-outs; bodies over a size limit refused without being read whole. Thread-safe.
 */
public final class Fetcher {

    /** Redirects followed before a fetch is refused as a loop. */
    static final int MAX_REDIRECTS = 5;
    private static final String AGENT = "Daybrief/0.1 (news briefing collector)";
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

    /** How one source may be fetched. */
    public record Limits(boolean allowPrivate, long maxBytes, Duration timeout) {
    }

    /** Validators of an earlier answer, sent so that an unchanged resource is answered 304. */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }

    /**
     * An answer: {@code notModified} with no body for a 304, else the body, the charset the server named (or
     * null), the address it finally came from and its validators.
     */
    public record Fetched(boolean notModified, byte[] body, String charset, URI url, Validators validators) {
    }

    /** A fetch that failed, with the address and the reason a person can act on. */
    public static final class FetchException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public FetchException(String message) {
            super(message);
        }

        public FetchException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final HttpClient client;

    /** Cuts off bodies still arriving after their time-out; one daemon thread for all fetches. */
    private static final java.util.concurrent.ScheduledExecutorService TIMER =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "daybrief-fetch-timer");
                thread.setDaemon(true);
                return thread;
            });

    private static void closeQuietly(InputStream body) {
        try {
            body.close();
        } catch (IOException e) {
            // already broken: the reader sees that itself
        }
    }

    public Fetcher(Duration connectTimeout) {
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout).build();
    }

    /** Fetches {@code url} within {@code limits}, sending {@code validators} for a conditional GET. */
    public Fetched fetch(URI url, Limits limits, Validators validators) {
        URI at = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            check(at, limits.allowPrivate());
            HttpRequest.Builder request = HttpRequest.newBuilder(at).timeout(limits.timeout())
                    .header("User-Agent", AGENT)
                    .header("Accept", "application/rss+xml, application/atom+xml, application/xml, text/xml,"
                            + " text/html;q=0.9, */*;q=0.5");
            if (hop == 0 && validators.etag() != null) {
                request.header("If-None-Match", validators.etag());
            }
            if (hop == 0 && validators.lastModified() != null) {
                request.header("If-Modified-Since", validators.lastModified());
            }
            HttpResponse<InputStream> response = send(at, request.GET().build());
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                at = redirect(at, response);
                continue;
            }
            try (InputStream body = response.body()) {
                if (status == 304) {
                    return new Fetched(true, new byte[0], null, at, validators);
                }
                if (status < 200 || status >= 300) {
                    throw new FetchException(at + " answered HTTP " + status + "; it is tried again at the next run");
                }
                String type = response.headers().firstValue("Content-Type").orElse("");
                // The request's time-out ends at the headers: a body that trickles in is cut off by closing it.
                java.util.concurrent.ScheduledFuture<?> cutOff = TIMER.schedule(() -> closeQuietly(body),
                        limits.timeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                byte[] bytes;
                try {
                    bytes = read(at, body, response, limits.maxBytes());
                } finally {
                    cutOff.cancel(false);
                }
                return new Fetched(false, bytes, charset(type), at,
                        new Validators(response.headers().firstValue("ETag").orElse(null),
                                response.headers().firstValue("Last-Modified").orElse(null)));
            } catch (IOException e) {
                throw new FetchException(at + ": the answer broke off or took longer than " + limits.timeout()
                        .toSeconds() + " s (" + e.getMessage() + ")", e);
            }
        }
        throw new FetchException(url + ": more than " + MAX_REDIRECTS + " redirects (a loop?); give the address"
                + " the redirects end at");
    }

    private HttpResponse<InputStream> send(URI at, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (java.net.http.HttpTimeoutException e) {
            throw new FetchException(at + ": no answer within the time-out (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new FetchException(at + ": cannot be fetched (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(at + ": the fetch was interrupted", e);
        }
    }

    private static URI redirect(URI at, HttpResponse<InputStream> response) {
        try (InputStream ignored = response.body()) {
            String location = response.headers().firstValue("Location").orElseThrow(() -> new FetchException(at
                    + " answered HTTP " + response.statusCode() + " without a Location to go to"));
            return at.resolve(location.strip());
        } catch (IOException | IllegalArgumentException e) {
            throw new FetchException(at + ": a redirect to an address that cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static byte[] read(URI at, InputStream body, HttpResponse<?> response, long maxBytes) throws IOException {
        Optional<Long> declared = response.headers().firstValueAsLong("Content-Length").stream().boxed().findFirst();
        if (declared.isPresent() && declared.get() > maxBytes) {
            throw new FetchException(at + ": the answer is " + declared.get() / 1024 + " KB, over the limit of "
                    + maxBytes / 1024 + " KB (max_kb); raise the source's max_kb if such answers are real");
        }
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new FetchException(at + ": the answer is over the limit of " + maxBytes / 1024 + " KB (max_kb);"
                    + " raise the source's max_kb if such answers are real");
        }
        return bytes;
    }

    private static String charset(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    /**
     * Refuses what may not be fetched: a scheme other than http and https, and, unless {@code allowPrivate}, a host
     * any of whose addresses is on this machine, link-local, on a private network or otherwise not public.
     */
    static void check(URI url, boolean allowPrivate) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(url + ": only http and https addresses are fetched");
        }
        if (url.getHost() == null) {
            throw new FetchException(url + ": the address names no host");
        }
        if (allowPrivate) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.getHost());
        } catch (UnknownHostException e) {
            throw new FetchException(url + ": the host " + url.getHost() + " is not known", e);
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new FetchException(url + ": " + url.getHost() + " is at " + address.getHostAddress() + ", an"
                        + " address on this machine or a private network, which is not fetched; set allow_private:"
                        + " true on the source (or --allow-private to ingest --fetch) if it is meant");
            }
        }
    }

    /** Whether an address is on the public internet: not loopback, link-local, private, shared or multicast. */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 && !(first == 100 && second >= 64 && second < 128) // shared address space (CGNAT)
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) && first < 224;
        }
        int top = b[0] & 0xff;
        if ((top & 0xfe) == 0xfc) {
            return false; // unique local (fc00::/7)
        }
        if (address instanceof java.net.Inet6Address && isMappedV4(b)) {
            try {
                return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMappedV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
