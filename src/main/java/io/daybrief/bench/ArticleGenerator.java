package io.daybrief.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Writes fictional wire articles of a given length from a fixed seed, so that benchmark runs compare: the same
 * seed gives the same articles. They read like news (datelines, quotes with cues, figures of every kind), which
 * is what makes the analysis work as it does on real reports.
 */
public final class ArticleGenerator {

    private static final List<String> FIRST = List.of("Marta", "Tomas", "Priya", "Owen", "Ilse", "Daniel", "Zoë",
            "Rafael", "Lena", "Fenella", "Bram", "Amara", "Joseph", "Sofía", "Piet", "Carla", "Halvard", "Henrik",
            "Naledi", "Mei-Ling", "Joaquim", "Gunnar", "Ines", "Tobias");
    private static final List<String> LAST = List.of("Quillan", "Brell", "Anand", "Hale", "Voorn", "Osei", "Lindqvist",
            "Ortiz", "Marsh", "Achterberg", "Ostrowski", "Diallo", "Mbeki-Tan", "Herrera-Blum", "van der Laan",
            "Engström", "Moen", "Aalto", "Okafor", "Dvořák", "Álvares", "Tveit", "Moreau", "Renn");
    private static final List<String> ROLES = List.of("the finance minister", "the port's chief executive",
            "a union organiser", "the regional governor", "an economist at Harbour Bank", "the health minister",
            "a spokeswoman for the ministry", "the city's mayor");
    private static final List<String> PLACES = List.of("VEYRA", "CALDER BRIDGE", "DUNMERE", "ORRIN", "BRASK",
            "NARVA WELLS", "CAPE MORROW");
    private static final List<String> AGENCIES = List.of("Harbour Wire", "Meridian News", "Coastline Press");
    private static final List<String> TOPICS = List.of("port", "budget", "rail line", "flood defences", "hospital",
            "power grid", "fishing fleet", "school programme", "airport", "housing plan");
    private static final List<String> NOUNS = List.of("workers", "people", "homes", "passengers", "jobs", "families",
            "vessels", "students", "patients", "farms");
    private static final List<String> FILLER = List.of("Officials said the decision followed months of talks.",
            "The plan has divided opinion in the region since it was first proposed.",
            "Critics said the timetable was too ambitious for a project of its size.",
            "Local businesses have called for more detail on how the changes will affect them.",
            "The announcement came after a week of meetings between the two sides.",
            "Several councils have asked for an independent review before work begins.",
            "The opposition said it would press for a vote in parliament next month.",
            "Engineers expect the first phase to be finished by the end of the year.");

    private final Random random;

    public ArticleGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** One article in Daybrief's text format, of about {@code words} words, dated {@code date}. */
    public String article(LocalDate date, int words) {
        String topic = pick(TOPICS);
        StringBuilder body = new StringBuilder();
        String first = pick(FIRST) + " " + pick(LAST);
        String second = pick(FIRST) + " " + pick(LAST);
        String lead = pick(PLACES) + " (" + pick(AGENCIES) + ") \u2014 " + lead(topic);
        body.append(lead).append("\n\n");
        int written = lead.split(" ").length;
        for (int paragraph = 0; written < words; paragraph++) {
            String text = paragraph(paragraph, first, second, topic);
            body.append(text).append("\n\n");
            written += text.split(" ").length;
        }
        return headline(topic) + "\ndate " + date + "\n\n" + body.toString().strip() + "\n";
    }

    private String headline(String topic) {
        return "Talks on the " + topic + " reach a decision after " + (2 + random.nextInt(20)) + " weeks";
    }

    private String lead(String topic) {
        return "About " + thousands() + " " + pick(NOUNS) + " will be affected by changes to the " + topic
                + ", officials said on Monday, in a plan that will cost \u20AC" + (10 + random.nextInt(900))
                + " million over " + words(2 + random.nextInt(8)) + " years.";
    }

    private String paragraph(int index, String first, String second, String topic) {
        return switch (index % 6) {
            case 0 -> "\"We have waited a long time for a decision on the " + topic + ",\" said " + first + ", "
                    + pick(ROLES) + ". \"Nobody here is against change, but it has to be done properly.\"";
            case 1 -> "The budget rose " + (1 + random.nextInt(9)) + "." + random.nextInt(10) + "% to $"
                    + (1 + random.nextInt(9)) + "." + random.nextInt(10) + "bn, and more than " + thousands() + " "
                    + pick(NOUNS) + " have signed a petition. " + pick(FILLER);
            case 2 -> second + " told reporters: \"The numbers do not add up. We asked for figures and got a press"
                    + " release.\" " + pick(FILLER);
            case 3 -> "According to " + second + ", \u2018a six-month pause would save " + words(2 + random.nextInt(8))
                    + " hundred jobs.\u2019 " + pick(FILLER) + " " + pick(FILLER);
            case 4 -> "\"It is the right thing to do,\" " + first.substring(first.indexOf(' ') + 1)
                    + " said. \"We will publish everything.\" She added that nearly \u00A3" + (1 + random.nextInt(90))
                    + "m had already been spent. " + pick(FILLER);
            default -> pick(FILLER) + " " + pick(FILLER) + " Up to " + (5 + random.nextInt(40)) + " percent of the "
                    + pick(NOUNS) + " could be affected, a " + (20 + random.nextInt(60)) + "-year-old resident said.";
        };
    }

    private String thousands() {
        return String.format(java.util.Locale.UK, "%,d", 1000 * (1 + random.nextInt(90)));
    }

    private static String words(int n) {
        return List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine").get(n);
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
