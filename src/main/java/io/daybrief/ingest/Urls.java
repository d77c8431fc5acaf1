package io.daybrief.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Addresses as one article's: the same page reached by differently written URLs is one event. */
final class Urls {

    /** Query parameters that say how a reader arrived, not which page they read. */
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "yclid", "mc_cid",
            "mc_eid", "igshid", "_ga", "_gl", "ref_src", "cmpid", "ocid", "ncid", "smid", "sr_share");

    private Urls() {
    }

    /**
     * The address in one form: scheme and host in lower case, the default port, the fragment and tracking
     * parameters (utm_*, fbclid, gclid and the like) removed; {@code null} stays null, and text that is not a URL
     * is kept as given.
     */
    static String normalise(String url) {
        if (url == null || url.isBlank()) {
            return url;
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return url.strip();
        }
        if (uri.getScheme() == null || uri.getRawAuthority() == null) {
            return url.strip();
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https");
        String host = uri.getHost() == null ? uri.getRawAuthority() : uri.getHost().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            out.append(uri.getRawUserInfo()).append('@');
        }
        out.append(host);
        if (port >= 0 && !defaultPort) {
            out.append(':').append(port);
        }
        String path = uri.getRawPath();
        out.append(path == null || path.isEmpty() ? "/" : path);
        String query = query(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    private static String query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : raw.split("&")) {
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!pair.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }
}
