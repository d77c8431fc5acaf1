package io.daybrief.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code daybrief.yml} into a {@link DaybriefConfig}, or gives the defaults when there is no file.
 *
 * <p>Every key is checked: an unknown or misspelt key is an error, not something to ignore, because a 6 a.m. job
 * that silently runs with a default nobody meant is worse than one that refuses to start.
 */
public final class ConfigLoader {

    /** The file read from the working directory when no {@code --config} is given. */
    public static final Path DEFAULT_FILE = Path.of("daybrief.yml");
    public static final String DEFAULT_DATABASE_URL = "jdbc:h2:file:./data/daybrief";

    private static final Set<String> TOP_KEYS = Set.of("database", "output", "templates", "smtp", "briefings",
            "ingest", "sources", "web", "archive");
    private static final Set<String> WEB_KEYS = Set.of("host", "port", "public_read", "token", "max_upload_kb",
            "max_runs", "run_queue");
    private static final Set<String> SOURCE_KEYS = Set.of("name", "feed", "inbox", "cron", "full_text",
            "allow_private", "max_kb", "timeout_seconds");
    private static final Set<String> DATABASE_KEYS = Set.of("url", "user", "password", "wait_seconds", "pool_size");
    private static final Set<String> SMTP_KEYS = Set.of("host", "port", "from", "user", "password", "starttls",
            "allow_plain_auth", "timeout_seconds", "attach_limit_mb", "link_base");
    private static final Set<String> INGEST_KEYS = Set.of("max_event_kb");
    /** The configuration's sections, each with its keys, as environment variables name them. */
    private static final Map<String, Set<String>> SECTIONS = Map.of("database", DATABASE_KEYS, "smtp", SMTP_KEYS,
            "ingest", INGEST_KEYS, "web", WEB_KEYS, "archive", Set.of("store"));
    private static final Set<String> BRIEFING_KEYS = Set.of("name", "title", "zone", "cron", "window", "recipients",
            "max_stories", "quotes_per_story", "figures_per_story", "owner", "digests", "alert", "catch_up", "rank",
            "send_empty");
    private static final Set<String> CATCH_UPS = Set.of("all", "latest", "none");
    private static final Set<String> DIGESTS = Set.of("weekly", "monthly");
    private static final Set<String> WINDOWS = Set.of("previous-day");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\",;]+@[^@\\s<>\",;]+");

    private ConfigLoader() {
    }

    /** The configuration with no file: one briefing, {@code daily}, at 06:00 UTC covering the previous day. */
    public static DaybriefConfig defaults() {
        return new DaybriefConfig(new DaybriefConfig.DatabaseConfig(DEFAULT_DATABASE_URL, "", ""), Path.of("output"),
                Path.of("templates"), new DaybriefConfig.SmtpConfig("localhost", 25, "briefings@localhost"),
                List.of(BriefingConfig.of("daily", "Daily Briefing", ZoneId.of("UTC"), "0 0 6 * * ?")));
    }

    /**
     * Reads the given file; with {@code null}, reads {@code daybrief.yml} in the working directory when there is
     * one and gives the defaults when there is not.
     */
    public static DaybriefConfig load(Path file) {
        return load(file, System.getenv());
    }

    /**
     * Reads the configuration, then lets environment variables override its keys: {@code DAYBRIEF_SMTP_PASSWORD}
     * sets {@code smtp.password}, {@code DAYBRIEF_DATABASE_URL} sets {@code database.url}, {@code DAYBRIEF_OUTPUT}
     * sets {@code output}; so secrets stay out of the file.
     */
    public static DaybriefConfig load(Path file, Map<String, String> environment) {
        Path source = file != null ? file : Files.exists(DEFAULT_FILE) ? DEFAULT_FILE : null;
        if (file != null && !Files.exists(file)) {
            throw new ConfigException(file + ": no such configuration file; give the path of a YAML file,"
                    + " or leave --config out to use daybrief.yml in the working directory");
        }
        JsonNode root = source == null ? new ObjectMapper().createObjectNode() : parse(source);
        if (root == null || root.isMissingNode() || root.isNull()) {
            root = new ObjectMapper().createObjectNode();
        }
        if (root.isObject()) {
            applyEnvironment((ObjectNode) root, environment);
        }
        return new Reader(source == null ? Path.of("(defaults)") : source).config(root);
    }

    /**
     * The address if it is one plain email address (no display name, no line break, no list), else an error that
     * names {@code where} it was given.
     */
    public static String checkAddress(String value, String where) {
        if (!ADDRESS.matcher(value).matches() || value.contains("\n") || value.contains("\r")) {
            throw new ConfigException(where + ": '" + value.replaceAll("[\\r\\n]", "\\\\n")
                    + "' is not an email address; write it as name@example.org");
        }
        return value;
    }

    private static final Set<String> NOT_KEYS = Set.of("DAYBRIEF_DEBUG", "DAYBRIEF_API_TOKEN");

    private static void applyEnvironment(ObjectNode root, Map<String, String> environment) {
        for (Map.Entry<String, String> variable : new java.util.TreeMap<>(environment).entrySet()) {
            String name = variable.getKey();
            if (!name.startsWith("DAYBRIEF_") || NOT_KEYS.contains(name)) {
                continue;
            }
            String key = name.substring("DAYBRIEF_".length()).toLowerCase(java.util.Locale.ROOT);
            String section = key.contains("_") ? key.substring(0, key.indexOf('_')) : key;
            if (SECTIONS.containsKey(section) && key.contains("_")) {
                String field = key.substring(section.length() + 1);
                Set<String> allowed = SECTIONS.get(section);
                if (!allowed.contains(field)) {
                    throw new ConfigException(name + " is not a known setting; " + section + " has "
                            + String.join(", ", allowed.stream().sorted().toList()));
                }
                JsonNode node = root.get(section);
                ObjectNode map = node instanceof ObjectNode object ? object : root.putObject(section);
                map.put(field, variable.getValue());
            } else if (key.equals("output") || key.equals("templates")) {
                root.put(key, variable.getValue());
            } else {
                throw new ConfigException(name + " is not a known setting; use DAYBRIEF_DATABASE_URL, DAYBRIEF_SMTP_PASSWORD"
                        + " and the like (a section and a key of the configuration file)");
            }
        }
    }

    private static JsonNode parse(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(file + ": not a regular file (a folder, device or pipe); give the path of a YAML"
                    + " file");
        }
        try {
            String text = Files.readString(file);
            refuseAliases(file, text);
            return new ObjectMapper(new YAMLFactory()).readTree(text);
        } catch (JacksonException e) {
            throw new ConfigException(file + ": not valid YAML at line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Refuses YAML aliases ({@code *name}): the tree reader would take each one as the text of its anchor's name,
     * so a key would silently get a value nobody wrote.
     */
    private static void refuseAliases(Path file, String text) throws IOException {
        try (com.fasterxml.jackson.dataformat.yaml.YAMLParser parser = new YAMLFactory().createParser(text)) {
            while (parser.nextToken() != null) {
                if (parser.isCurrentAlias()) {
                    throw new ConfigException(file + ": line " + parser.currentTokenLocation().getLineNr()
                            + ": the alias *" + parser.getText() + " is not supported; write the value out in full");
                }
            }
        }
    }

    /** Reads one file's tree, naming the file and the key in every error. */
    private record Reader(Path file) {

        DaybriefConfig config(JsonNode root) {
            requireObject(root, "(top level)");
            checkKeys(root, "", TOP_KEYS);
            DaybriefConfig defaults = defaults();
            JsonNode db = root.path("database");
            if (!db.isMissingNode()) {
                requireObject(db, "database");
                checkKeys(db, "database.", DATABASE_KEYS);
            }
            var database = new DaybriefConfig.DatabaseConfig(text(db, "database.", "url", DEFAULT_DATABASE_URL),
                    text(db, "database.", "user", ""), text(db, "database.", "password", ""),
                    count(db, "database.", "wait_seconds", 1, 86_400, DaybriefConfig.DatabaseConfig.DEFAULT_WAIT_SECONDS),
                    count(db, "database.", "pool_size", 2, 500, DaybriefConfig.DatabaseConfig.DEFAULT_POOL_SIZE));
            JsonNode ingest = root.path("ingest");
            if (!ingest.isMissingNode()) {
                requireObject(ingest, "ingest");
                checkKeys(ingest, "ingest.", INGEST_KEYS);
            }
            var limits = new DaybriefConfig.IngestConfig(count(ingest, "ingest.", "max_event_kb", 1, 64 * 1024,
                    DaybriefConfig.IngestConfig.DEFAULT.maxEventKb()));
            JsonNode smtp = root.path("smtp");
            if (!smtp.isMissingNode()) {
                requireObject(smtp, "smtp");
                checkKeys(smtp, "smtp.", SMTP_KEYS);
            }
            var mail = new DaybriefConfig.SmtpConfig(text(smtp, "smtp.", "host", defaults.smtp().host()),
                    port(smtp), address(text(smtp, "smtp.", "from", defaults.smtp().from()), "smtp.from"),
                    text(smtp, "smtp.", "user", ""), text(smtp, "smtp.", "password", ""),
                    bool(smtp, "smtp.", "starttls", false),
                    count(smtp, "smtp.", "timeout_seconds", 1, 600, 30), count(smtp, "smtp.", "attach_limit_mb", 0, 100, 10),
                    text(smtp, "smtp.", "link_base", ""));
            if (!mail.password().isEmpty() && !mail.startTls() && !bool(smtp, "smtp.", "allow_plain_auth", false)) {
                throw new ConfigException(file + ": smtp.password is set but smtp.starttls is not true: the password"
                        + " would cross the network in plain text; set smtp.starttls: true, or smtp.allow_plain_auth:"
                        + " true if the mail server is on this machine");
            }
            List<BriefingConfig> briefings = root.has("briefings") ? briefings(root.get("briefings")) : defaults.briefings();
            Path templates = Path.of(text(root, "", "templates", "templates"));
            if (root.has("templates") && !Files.isDirectory(templates)) {
                throw error("templates", root.get("templates"), "no such folder (" + templates.toAbsolutePath()
                        + "); give the folder of your edited templates, or leave the key out to use the defaults");
            }
            List<SourceConfig> sources = root.has("sources") ? sources(root.get("sources")) : List.of();
            return new DaybriefConfig(database, Path.of(text(root, "", "output", "output")), templates, mail, briefings,
                    limits, sources, web(root.path("web")), archiveStore(root.path("archive")));
        }

        /** A switch: YAML's true or false, or the same words as text (as environment variables give them). */
        private boolean bool(JsonNode node, String at, String key, boolean fallback) {
            JsonNode value = node.path(key);
            if (value.isMissingNode() || value.isNull()) {
                return fallback;
            }
            if (value.isBoolean()) {
                return value.asBoolean();
            }
            String word = value.isTextual() ? value.asText().strip().toLowerCase(java.util.Locale.ROOT) : "";
            if (word.equals("true") || word.equals("false")) {
                return word.equals("true");
            }
            throw error(at + key, value, "write true or false (default " + fallback + ")");
        }

        private List<BriefingConfig> briefings(JsonNode list) {
            if (!list.isArray() || list.isEmpty()) {
                throw error("briefings", list, "give a list with at least one briefing (- name: morning ...)");
            }
            return named(list, "briefings", "briefing", this::briefing, BriefingConfig::name);
        }

        /** The entries of a list each read by {@code read}, refusing a name given twice. */
        private <T> List<T> named(JsonNode list, String key, String what,
                                  java.util.function.BiFunction<JsonNode, String, T> read,
                                  java.util.function.Function<T, String> name) {
            List<T> entries = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                T entry = read.apply(list.get(i), key + "[" + i + "].");
                if (!names.add(name.apply(entry))) {
                    throw new ConfigException(file + ": " + key + "[" + i + "].name: '" + name.apply(entry)
                            + "' is used twice; give each " + what + " its own name");
                }
                entries.add(entry);
            }
            return entries;
        }

        private String archiveStore(JsonNode archive) {
            if (archive.isMissingNode()) {
                return "both";
            }
            requireObject(archive, "archive");
            checkKeys(archive, "archive.", Set.of("store"));
            String store = text(archive, "archive.", "store", "both");
            if (!DaybriefConfig.ARCHIVE_STORES.contains(store)) {
                throw error("archive.store", archive.get("store"), "allowed: both (the default), database (every node"
                        + " reads from the database; the folder is a cache), folder (one machine)");
            }
            return store;
        }

        private WebConfig web(JsonNode web) {
            if (web.isMissingNode()) {
                return WebConfig.DEFAULT;
            }
            requireObject(web, "web");
            checkKeys(web, "web.", WEB_KEYS);
            String host = text(web, "web.", "host", WebConfig.DEFAULT_HOST);
            return new WebConfig(host, count(web, "web.", "port", 0, 65535, WebConfig.DEFAULT_PORT),
                    bool(web, "web.", "public_read", WebConfig.isLoopback(host)), text(web, "web.", "token", ""),
                    count(web, "web.", "max_upload_kb", 1, 1024 * 1024, WebConfig.DEFAULT.maxUploadKb()),
                    count(web, "web.", "max_runs", 1, 64, WebConfig.DEFAULT.maxRuns()),
                    count(web, "web.", "run_queue", 0, 10_000, WebConfig.DEFAULT.runQueue()));
        }

        private List<SourceConfig> sources(JsonNode list) {
            if (!list.isArray()) {
                throw error("sources", list, "give a list of sources, e.g. - {name: wire, feed: \"https://example.org/world.rss\"}");
            }
            return named(list, "sources", "source", this::source, SourceConfig::name);
        }

        private SourceConfig source(JsonNode node, String at) {
            requireObject(node, at.substring(0, at.length() - 1));
            checkKeys(node, at, SOURCE_KEYS);
            String name = required(node, at, "name");
            if (!NAME.matcher(name).matches()) {
                throw error(at + "name", node.get("name"), "use lower-case letters, digits, '-' and '_', e.g. wire");
            }
            if (node.has("feed") == node.has("inbox")) {
                throw new ConfigException(file + ": " + at + " give exactly one of feed: (an http or https URL) and"
                        + " inbox: (a folder)");
            }
            SourceConfig.Kind kind = node.has("feed") ? SourceConfig.Kind.FEED : SourceConfig.Kind.INBOX;
            String location = required(node, at, kind == SourceConfig.Kind.FEED ? "feed" : "inbox");
            if (kind == SourceConfig.Kind.FEED) {
                java.net.URI uri;
                try {
                    uri = new java.net.URI(location);
                } catch (java.net.URISyntaxException e) {
                    throw error(at + "feed", node.get("feed"), "not a URL (" + e.getReason() + ")");
                }
                if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
                    throw error(at + "feed", node.get("feed"), "only http and https URLs are fetched, e.g."
                            + " https://example.org/world.rss");
                }
            }
            String cron = text(node, at, "cron", kind == SourceConfig.Kind.FEED ? SourceConfig.FEED_CRON
                    : SourceConfig.INBOX_CRON);
            int fields = cron.trim().split("\\s+").length;
            if (fields < 6 || fields > 7) {
                throw new ConfigException(file + ": " + at + "cron: '" + cron + "' has " + fields + " fields; a Quartz"
                        + " cron has 6 or 7, e.g. \"0 */15 * * * ?\" (every 15 minutes)");
            }
            if (kind == SourceConfig.Kind.INBOX && (node.has("full_text") || node.has("allow_private"))) {
                throw new ConfigException(file + ": " + at + " full_text and allow_private are for feeds, not inboxes");
            }
            return new SourceConfig(name, kind, location, cron, bool(node, at, "full_text", false),
                    bool(node, at, "allow_private", false),
                    count(node, at, "max_kb", 1, 256 * 1024, SourceConfig.DEFAULT_MAX_KB),
                    count(node, at, "timeout_seconds", 1, 600, SourceConfig.DEFAULT_TIMEOUT_SECONDS));
        }

        private BriefingConfig briefing(JsonNode node, String at) {
            requireObject(node, at.substring(0, at.length() - 1));
            checkKeys(node, at, BRIEFING_KEYS);
            String name = required(node, at, "name");
            if (!NAME.matcher(name).matches()) {
                throw error(at + "name", node.get("name"), "use lower-case letters, digits, '-' and '_' (it names"
                        + " the briefing's archive folder), e.g. morning");
            }
            String title = text(node, at, "title", name);
            ZoneId zone = zone(text(node, at, "zone", "UTC"), at + "zone");
            String cron = text(node, at, "cron", "0 0 6 * * ?");
            int fields = cron.trim().split("\\s+").length;
            if (fields < 6 || fields > 7) {
                throw new ConfigException(file + ": " + at + "cron: '" + cron + "' has " + fields + " fields; a Quartz"
                        + " cron has 6 or 7 (seconds minutes hours day-of-month month day-of-week [year]), e.g. 0 0 6 * * ?");
            }
            String window = text(node, at, "window", "previous-day");
            if (!WINDOWS.contains(window)) {
                throw error(at + "window", node.get("window"), "allowed: " + String.join(", ", WINDOWS));
            }
            List<String> recipients = new ArrayList<>();
            JsonNode list = node.path("recipients");
            if (!list.isMissingNode() && !list.isArray()) {
                throw error(at + "recipients", list, "give a list of addresses, e.g. [\"desk@example.org\"]");
            }
            for (int i = 0; i < list.size(); i++) {
                recipients.add(address(list.get(i).asText(), at + "recipients[" + i + "]"));
            }
            int maxStories = count(node, at, "max_stories", 1, 500, BriefingConfig.DEFAULT_MAX_STORIES);
            int quotes = count(node, at, "quotes_per_story", 0, 20, BriefingConfig.DEFAULT_QUOTES_PER_STORY);
            int figures = count(node, at, "figures_per_story", 0, 20, BriefingConfig.DEFAULT_FIGURES_PER_STORY);
            String owner = text(node, at, "owner", BriefingConfig.DEFAULT_OWNER);
            List<String> digests = new ArrayList<>();
            JsonNode digestList = node.path("digests");
            if (!digestList.isMissingNode() && !digestList.isArray()) {
                throw error(at + "digests", digestList, "give a list, e.g. [weekly, monthly]");
            }
            for (int i = 0; i < digestList.size(); i++) {
                String digest = digestList.get(i).asText();
                if (!DIGESTS.contains(digest)) {
                    throw error(at + "digests[" + i + "]", digestList.get(i), "allowed: monthly, weekly");
                }
                digests.add(digest);
            }
            String alert = node.has("alert") ? address(text(node, at, "alert", ""), at + "alert") : "";
            String catchUp = text(node, at, "catch_up", "latest");
            if (!CATCH_UPS.contains(catchUp)) {
                throw error(at + "catch_up", node.get("catch_up"), "allowed: all, latest, none (default latest)");
            }
            java.util.Map<String, Double> weights = new java.util.LinkedHashMap<>();
            List<String> favour = new ArrayList<>();
            List<String> avoid = new ArrayList<>();
            JsonNode rank = node.path("rank");
            if (!rank.isMissingNode()) {
                requireObject(rank, at + "rank");
                checkKeys(rank, at + "rank.", Set.of("weights", "favour", "avoid"));
                JsonNode w = rank.path("weights");
                if (!w.isMissingNode()) {
                    requireObject(w, at + "rank.weights");
                    for (var field : (Iterable<java.util.Map.Entry<String, JsonNode>>) w::fields) {
                        JsonNode value = field.getValue();
                        if (!value.isNumber() && !(value.isTextual() && value.asText().strip().matches("-?\\d+(\\.\\d+)?"))) {
                            throw error(at + "rank.weights." + field.getKey(), value, "give a number, e.g. 2.5 (negative"
                                    + " ranks lower)");
                        }
                        weights.put(field.getKey(), Double.parseDouble(value.asText().strip()));
                    }
                }
                favour.addAll(words(rank.path("favour"), at + "rank.favour"));
                avoid.addAll(words(rank.path("avoid"), at + "rank.avoid"));
            }
            boolean sendEmpty = bool(node, at, "send_empty", false);
            return new BriefingConfig(name, title, zone, cron, window, recipients, maxStories, quotes, figures, owner,
                    digests, alert, catchUp, weights, favour, avoid, sendEmpty);
        }

        /** A number given as text (as environment variables give everything) is read as the number. */
        private static JsonNode numeric(JsonNode value) {
            return value.isTextual() && value.asText().strip().matches("-?\\d{1,9}")
                    ? com.fasterxml.jackson.databind.node.IntNode.valueOf(Integer.parseInt(value.asText().strip())) : value;
        }

        private int count(JsonNode node, String at, String key, int min, int max, int fallback) {
            JsonNode value = numeric(node.path(key));
            if (value.isMissingNode()) {
                return fallback;
            }
            if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < min || value.asInt() > max) {
                throw error(at + key, value, "give a whole number from " + min + " to " + max + " (default " + fallback
                        + ")");
            }
            return value.asInt();
        }

        private ZoneId zone(String value, String key) {
            try {
                return ZoneId.of(value);
            } catch (DateTimeException e) {
                throw new ConfigException(file + ": " + key + ": '" + value + "' is not a time zone; use an IANA name"
                        + " such as Europe/London or America/New_York, or UTC", e);
            }
        }

        private String address(String value, String key) {
            return checkAddress(value, file + ": " + key);
        }

        private int port(JsonNode smtp) {
            JsonNode port = numeric(smtp.path("port"));
            if (port.isMissingNode()) {
                return 25;
            }
            if (!port.canConvertToInt() || !port.isIntegralNumber() || port.asInt() < 1 || port.asInt() > 65535) {
                throw error("smtp.port", port, "give a port number from 1 to 65535, e.g. 25 or 587");
            }
            return port.asInt();
        }

        private String required(JsonNode node, String at, String key) {
            String value = text(node, at, key, null);
            if (value == null || value.isBlank()) {
                throw new ConfigException(file + ": " + at + key + " is missing; every briefing needs one");
            }
            return value;
        }

        private String text(JsonNode node, String at, String key, String fallback) {
            JsonNode value = node.path(key);
            if (value.isMissingNode() || value.isNull()) {
                return fallback;
            }
            if (!value.isValueNode()) {
                throw error(at + key, value, "give a single value, not a list or a map");
            }
            return value.asText();
        }

        /** A list of words, such as topics: [conflict, "source:Harbour Radio"]. */
        private List<String> words(JsonNode list, String key) {
            if (list.isMissingNode() || list.isNull()) {
                return List.of();
            }
            if (!list.isArray()) {
                throw error(key, list, "give a list, e.g. [conflict, \"source:Harbour Radio\"]");
            }
            List<String> words = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                if (!list.get(i).isTextual() || list.get(i).asText().isBlank()) {
                    throw error(key + "[" + i + "]", list.get(i), "give a topic or source:NAME");
                }
                words.add(list.get(i).asText().strip());
            }
            return words;
        }

        private void checkKeys(JsonNode node, String at, Set<String> allowed) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String key = names.next();
                if (!allowed.contains(key)) {
                    throw new ConfigException(file + ": " + at + key + " is not a known key; allowed here: "
                            + String.join(", ", allowed.stream().sorted().toList()));
                }
            }
        }

        private void requireObject(JsonNode node, String key) {
            if (!node.isObject()) {
                throw error(key, node, "give a map of keys and values");
            }
        }

        private ConfigException error(String key, JsonNode value, String fix) {
            return new ConfigException(file + ": " + key + ": '" + (value == null ? "" : value.toString()) + "' is not"
                    + " allowed; " + fix);
        }
    }
}
