package io.daybrief.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.daybrief.Daybrief;
import io.daybrief.TestDaybrief;
import io.daybrief.briefing.BriefingDefinition;
import io.daybrief.config.BriefingConfig;
import io.daybrief.config.DaybriefConfig;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class DeliveryTest {

    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final LocalDate DAY = LocalDate.of(2026, 5, 11);
    private static final ZonedDateTime SIX_NEXT_MORNING = ZonedDateTime.of(2026, 5, 12, 6, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path folder;

    /** A clock the test moves forward, for retries that fall due later. */
    private static io.daybrief.MovableClock newClock() {
        return new io.daybrief.MovableClock(Instant.parse("2026-05-12T06:00:00Z"));
    }

    private Daybrief open(int port, Clock clock, String... recipients) {
        return open(port, clock, 10, recipients);
    }

    private Daybrief open(int port, Clock clock, int attachLimitMb, String... recipients) {
        return openKeeping("both", port, clock, attachLimitMb, recipients);
    }

    /** {@code store}: where the PDFs are kept (folder, database or both). */
    private Daybrief openKeeping(String store, int port, Clock clock, int attachLimitMb, String... recipients) {
        BriefingConfig briefing = new BriefingConfig("daily", "Daily Briefing", ZoneId.of("UTC"), "0 0 6 * * ?",
                "previous-day", List.of(recipients), 20, 3, 5, "Amberley Desk", List.of(), "alerts@example.org", "latest");
        DaybriefConfig base = TestDaybrief.config(folder, briefing);
        DaybriefConfig config = new DaybriefConfig(base.database(), base.output(), base.templates(),
                new DaybriefConfig.SmtpConfig("127.0.0.1", port, "briefings@example.org", "", "", false, 5, attachLimitMb,
                        "https://briefings.example.org/archive"),
                base.briefings(), base.ingest(), List.of(), base.web(), store);
        Daybrief daybrief = Daybrief.open(config, clock);
        daybrief.ingester().ingest(List.of(TestDaybrief.fixture("articles")));
        return daybrief;
    }

    @Test
    void sendsEachRecipientTheEditionOnceWithHtmlTextAndThePdf() throws Exception {
        try (Daybrief daybrief = open(GREENMAIL.getSmtp().getPort(), newClock(), "desk@example.org", "chief@example.org")) {
            BriefingDefinition definition = daybrief.briefing("daily");
            daybrief.editions().makeScheduled(definition, SIX_NEXT_MORNING);

            MimeMessage[] received = GREENMAIL.getReceivedMessages();
            assertThat(received).hasSize(2);
            MimeMessage first = received[0];
            assertThat(first.getSubject()).startsWith("Daily Briefing for Monday 11 May 2026: Kestrel Glass");
            Multipart mixed = (Multipart) first.getContent();
            Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
            assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain");
            assertThat((String) alternative.getBodyPart(0).getContent()).contains("Rosalind Achebe");
            assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
            assertThat((String) alternative.getBodyPart(1).getContent()).contains("Kestrel Glass").doesNotContain("<script");
            assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("daily-2026-05-11.pdf");
            assertThat(mixed.getBodyPart(1).getContentType()).startsWith("application/pdf");
        }
    }

    @Test
    void anEditionOfADayWithNoReportsIsArchivedButNotEmailedUnlessTheBriefingSendsEmptyOnes() {
        ZonedDateTime emptyDayRun = ZonedDateTime.of(2026, 5, 2, 6, 0, 0, 0, ZoneOffset.UTC);
        try (Daybrief daybrief = open(GREENMAIL.getSmtp().getPort(), newClock(), "desk@example.org")) {
            BriefingDefinition definition = daybrief.briefing("daily");
            assertThat(definition.sendEmpty()).isFalse();
            daybrief.editions().makeScheduled(definition, emptyDayRun);

            assertThat(daybrief.archive().find("daily", LocalDate.of(2026, 5, 1)).orElseThrow().stories()).isZero();
            assertThat(GREENMAIL.getReceivedMessages()).isEmpty();

            BriefingDefinition sendsEmpty = new BriefingDefinition(definition.name(), definition.title(),
                    definition.zone(), definition.cron(), definition.recipients(), definition.limits(),
                    definition.owner(), definition.digests(), definition.catchUp(), definition.ranking(), true);
            daybrief.editions().makeScheduled(sendsEmpty, emptyDayRun);
            assertThat(GREENMAIL.getReceivedMessages()).hasSize(1);
        }
    }

    @Test
    void aTriggerThatFiresTwiceMakesNoSecondEditionAndNoSecondEmail() {
        try (Daybrief daybrief = open(GREENMAIL.getSmtp().getPort(), newClock(), "desk@example.org")) {
            BriefingDefinition definition = daybrief.briefing("daily");
            daybrief.editions().makeScheduled(definition, SIX_NEXT_MORNING);
            daybrief.editions().makeScheduled(definition, SIX_NEXT_MORNING.plusSeconds(1));

            assertThat(GREENMAIL.getReceivedMessages()).hasSize(1);
            assertThat(daybrief.archive().find("daily", DAY).orElseThrow().makes()).isEqualTo(1);
        }
    }

    @Test
    void retriesATransientRefusalLaterAndRecordsTheMessageId() throws Exception {
        io.daybrief.MovableClock clock = newClock();
        try (ScriptedSmtpServer smtp = new ScriptedSmtpServer(1, null);
             Daybrief daybrief = open(smtp.port(), clock, "desk@example.org")) {
            BriefingDefinition definition = daybrief.briefing("daily");
            daybrief.editions().makeScheduled(definition, SIX_NEXT_MORNING);
            List<Outbox.Delivery> first = daybrief.editions().deliver(definition, DAY, List.of());
            assertThat(first).singleElement().satisfies(d -> {
                assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
                assertThat(d.lastError()).contains("421");
            });

            clock.advance(Duration.ofMinutes(1));
            List<Outbox.Delivery> later = daybrief.editions().deliver(definition, DAY, List.of());

            assertThat(later).singleElement().satisfies(d -> {
                assertThat(d.status()).isEqualTo(DeliveryStatus.SENT);
                assertThat(d.attempts()).isEqualTo(2);
                assertThat(d.messageId()).contains("@daybrief");
            });
            assertThat(smtp.accepted).containsExactly("desk@example.org");
        }
    }

    @Test
    void recordsAPermanentRefusalAndRetriesOnlyThoseWhoFailedForAWhile() throws Exception {
        io.daybrief.MovableClock clock = newClock();
        try (ScriptedSmtpServer smtp = new ScriptedSmtpServer(0, "gone@example.org");
             Daybrief daybrief = open(smtp.port(), clock, "desk@example.org", "gone@example.org")) {
            BriefingDefinition definition = daybrief.briefing("daily");
            daybrief.editions().makeScheduled(definition, SIX_NEXT_MORNING);
            clock.advance(Duration.ofDays(1));
            daybrief.editions().makeScheduled(definition, SIX_NEXT_MORNING);

            List<Outbox.Delivery> deliveries = daybrief.editions().deliver(definition, DAY, List.of());
            assertThat(deliveries).extracting(Outbox.Delivery::recipient, Outbox.Delivery::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("desk@example.org", DeliveryStatus.SENT),
                            org.assertj.core.groups.Tuple.tuple("gone@example.org", DeliveryStatus.FAILED));
            assertThat(deliveries.get(1).lastError()).contains("550");
            // The desk got the edition once; the alert address was told of the failure once.
            assertThat(smtp.accepted).containsExactly("desk@example.org", "alerts@example.org");
        }
    }

    @Test
    void sendsAFailedDeliveryAgainOnRequestAndNeverASentOne() throws Exception {
        io.daybrief.MovableClock clock = newClock();
        try (ScriptedSmtpServer smtp = new ScriptedSmtpServer(0, "gone@example.org");
             Daybrief daybrief = open(smtp.port(), clock, "desk@example.org", "gone@example.org")) {
            BriefingDefinition definition = daybrief.briefing("daily");
            daybrief.editions().makeScheduled(definition, SIX_NEXT_MORNING);
            List<Outbox.Delivery> before = daybrief.editions().deliveries("daily", DAY);
            Outbox.Delivery sent = before.get(0);
            Outbox.Delivery failed = before.get(1);
            smtp.acceptEveryone();

            Outbox.Delivery again = daybrief.editions().sendAgain(failed.id()).orElseThrow();
            Outbox.Delivery notAgain = daybrief.editions().sendAgain(sent.id()).orElseThrow();

            assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(again.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(again.attempts()).isEqualTo(1);
            assertThat(notAgain.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(smtp.accepted).containsExactly("desk@example.org", "alerts@example.org", "gone@example.org");
        }
    }

    @Test
    void aDeliveryWhoseMessageCannotBeComposedIsRecordedRetriedAndAlertedWithoutStoppingTheOthers() throws Exception {
        io.daybrief.MovableClock clock = newClock();
        // Kept in the folder alone, so that a deleted PDF is gone for good and the message cannot be composed.
        try (Daybrief daybrief = openKeeping("folder", GREENMAIL.getSmtp().getPort(), clock, 10)) {
            BriefingDefinition definition = daybrief.briefing("daily");
            LocalDate other = DAY.plusDays(1);
            daybrief.editions().make(definition, DAY);
            daybrief.editions().make(definition, other);
            java.nio.file.Files.delete(daybrief.archive().find("daily", DAY).orElseThrow().pdf());

            daybrief.editions().deliver(definition, DAY, List.of("me@example.org"));
            List<Outbox.Delivery> sent = daybrief.editions().deliver(definition, other, List.of("me@example.org"));

            assertThat(sent).singleElement().extracting(Outbox.Delivery::status).isEqualTo(DeliveryStatus.SENT);
            assertThat(daybrief.editions().deliver(definition, DAY, List.of())).singleElement().satisfies(d -> {
                assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
                assertThat(d.attempts()).isEqualTo(1);
                assertThat(d.lastError()).contains("could not be composed").contains("2026-05-11.pdf");
            });
            for (int attempt = 2; attempt <= Outbox.Retry.DEFAULT.attempts(); attempt++) {
                clock.advance(Duration.ofHours(3));
                daybrief.editions().deliverDue();
            }
            assertThat(daybrief.editions().deliver(definition, DAY, List.of())).singleElement().satisfies(d -> {
                assertThat(d.status()).isEqualTo(DeliveryStatus.FAILED);
                assertThat(d.attempts()).isEqualTo(Outbox.Retry.DEFAULT.attempts());
            });
            assertThat(GREENMAIL.getReceivedMessages()).extracting(m -> m.getAllRecipients()[0].toString())
                    .containsExactly("me@example.org", "alerts@example.org");
            assertThat(GREENMAIL.getReceivedMessages()[1].getSubject()).contains("could not be delivered to me@example.org");
        }
    }

    @Test
    void aScheduledEditionThatCannotBeMadeIsToldToTheAlertAddress() throws Exception {
        java.nio.file.Files.createDirectories(folder.resolve("templates"));
        java.nio.file.Files.writeString(folder.resolve("templates/briefing.ftlh"), "<p>${nothing.here}</p>");
        try (Daybrief daybrief = open(GREENMAIL.getSmtp().getPort(), newClock(), "desk@example.org")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                    daybrief.editions().makeScheduled(daybrief.briefing("daily"), SIX_NEXT_MORNING))
                    .hasMessageContaining("briefing.ftlh");

            assertThat(GREENMAIL.getReceivedMessages()).singleElement().satisfies(alert -> {
                assertThat(alert.getAllRecipients()[0].toString()).isEqualTo("alerts@example.org");
                assertThat(alert.getSubject()).isEqualTo("Daybrief: daily edition of 2026-05-11 could not be made");
            });
        }
    }

    @Test
    void sendsAnOnDemandRunToOneAddressOnceEver() {
        try (Daybrief daybrief = open(GREENMAIL.getSmtp().getPort(), newClock())) {
            BriefingDefinition definition = daybrief.briefing("daily");
            daybrief.editions().make(definition, DAY);
            daybrief.editions().deliver(definition, DAY, List.of("me@example.org"));
            daybrief.editions().make(definition, DAY);
            daybrief.editions().deliver(definition, DAY, List.of("me@example.org"));

            assertThat(GREENMAIL.getReceivedMessages()).hasSize(1);
        }
    }

    @Test
    void sendsALinkInsteadOfAnAttachmentWhenThePdfIsOverTheLimit() throws Exception {
        try (Daybrief daybrief = open(GREENMAIL.getSmtp().getPort(), newClock(), 0, "desk@example.org")) {
            daybrief.editions().makeScheduled(daybrief.briefing("daily"), SIX_NEXT_MORNING);

            MimeMessage message = GREENMAIL.getReceivedMessages()[0];
            Multipart alternative = (Multipart) message.getContent();
            assertThat(alternative.getContentType()).startsWith("multipart/alternative");
            assertThat((String) alternative.getBodyPart(1).getContent())
                    .contains("https://briefings.example.org/archive/daily/2026/2026-05-11.pdf");
        }
    }
}
