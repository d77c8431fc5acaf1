package io.daybrief.delivery;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a briefing's {@code alert} address what went wrong with it: an edition that could not be made on
 * schedule, a delivery that failed for good. An alert that cannot be sent either is logged; it never hides the
 * failure it reports. Thread-safe.
 */
public final class Alerts {

    private static final Logger LOG = LoggerFactory.getLogger(Alerts.class);

    private final Mailer mailer;
    private final String from;
    private final Map<String, String> addresses;

    /** {@code addresses} maps a briefing's name to its alert address; a briefing without one is not alerted. */
    public Alerts(Mailer mailer, String from, Map<String, String> addresses) {
        this.mailer = mailer;
        this.from = from;
        this.addresses = Map.copyOf(addresses);
    }

    /** Sends one alert about {@code briefing}, if it has an alert address. */
    public void send(String briefing, String subject, String text) {
        String address = addresses.getOrDefault(briefing, "");
        if (address.isEmpty()) {
            return;
        }
        try {
            mailer.notify(from, address, "Daybrief: " + oneLine(subject), text);
        } catch (SendException | RuntimeException e) {
            LOG.error("the alert to {} about {} could not be sent either: {}", address, briefing, e.getMessage());
        }
    }

    /** A header value on one line: a raw line break would start a new header. */
    private static String oneLine(String text) {
        String line = text.replaceAll("[\\r\\n\\t]+", " ").strip();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
