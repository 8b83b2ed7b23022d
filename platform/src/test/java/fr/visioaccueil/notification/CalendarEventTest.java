package fr.visioaccueil.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code .ics} read back by ical4j, a real iCalendar parser: same instants, same texts, valid lines. */
class CalendarEventTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Clock STAMP = Clock.fixed(Instant.parse("2026-03-20T09:15:00Z"), ZoneOffset.UTC);

    /** Around both clock changes of 2026 (29 March 02:00 → 03:00, 25 October 03:00 → 02:00), and ordinary days. */
    @ParameterizedTest
    @ValueSource(strings = {"2026-03-28T23:30:00Z", "2026-03-29T00:30:00Z", "2026-03-29T00:40:00Z",
        "2026-03-29T01:00:00Z", "2026-03-29T08:00:00Z", "2026-10-24T23:30:00Z", "2026-10-25T00:00:00Z",
        "2026-10-25T00:30:00Z", "2026-10-25T01:00:00Z", "2026-10-25T01:30:00Z", "2026-10-25T02:00:00Z",
        "2026-10-25T09:00:00Z", "2026-07-14T12:20:00Z", "2026-12-31T22:50:00Z"})
    void startAndEndAreTheGivenInstants(String instant) throws Exception {
        Instant start = Instant.parse(instant);
        Instant end = start.plus(Duration.ofMinutes(40));

        VEvent event = parse(event(start, end, "Rendez-vous CAF", "").toIcs(STAMP));

        assertThat(Instant.from(event.getStartDate().orElseThrow().getDate())).isEqualTo(start);
        assertThat(Instant.from(event.getEndDate().orElseThrow().getDate())).isEqualTo(end);
    }

    @Test
    void ordinaryTimesAreWrittenAsTheLocalTimeOfParis() {
        String ics = text(event(Instant.parse("2026-03-29T01:00:00Z"), Instant.parse("2026-03-29T01:20:00Z"), "RDV",
                "").toIcs(STAMP));

        assertThat(ics).contains("\r\nDTSTART;TZID=Europe/Paris:20260329T030000\r\n",
                "\r\nDTEND;TZID=Europe/Paris:20260329T032000\r\n", "\r\nDTSTAMP:20260320T091500Z\r\n",
                "\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n");
    }

    @Test
    void theRepeatedHourOfOctoberIsWrittenInUtc() {
        String ics = text(event(Instant.parse("2026-10-25T01:30:00Z"), Instant.parse("2026-10-25T02:10:00Z"), "RDV",
                "").toIcs(STAMP));

        assertThat(ics).contains("\r\nDTSTART:20261025T013000Z\r\n", "\r\nDTEND;TZID=Europe/Paris:20261025T031000\r\n");
    }

    /**
     * The zone written in the file changes clocks when Java's Europe/Paris does, for ten years: same local time of
     * change (last Sunday of the month, at the time of its DTSTART), same offsets before and after.
     */
    @Test
    void theIncludedTimeZoneAgreesWithJavasEuropeParis() throws Exception {
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(
                event(Instant.parse("2026-05-05T08:00:00Z"), Instant.parse("2026-05-05T09:00:00Z"), "RDV", "")
                        .toIcs(STAMP)));
        VTimeZone zone = calendar.<VTimeZone>getComponent("VTIMEZONE").orElseThrow();
        assertThat(zone.<Property>getProperty("TZID").orElseThrow().getValue()).isEqualTo("Europe/Paris");
        assertThat(zone.getObservances()).hasSize(2);

        for (Observance observance : zone.getObservances()) {
            String rule = observance.<Property>getProperty("RRULE").orElseThrow().getValue();
            assertThat(rule).contains("FREQ=YEARLY", "BYDAY=-1SU");
            Month month = Month.of(Integer.parseInt(rule.replaceAll(".*BYMONTH=(\\d+).*", "$1")));
            LocalTime at = LocalDateTime.parse(observance.<Property>getProperty("DTSTART").orElseThrow().getValue(),
                    DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")).toLocalTime();
            for (int year = 2026; year < 2036; year++) {
                ZoneOffsetTransition change = PARIS.getRules()
                        .nextTransition(LocalDate.of(year, month, 1).atStartOfDay(PARIS).toInstant());
                assertThat(change.getDateTimeBefore()).as("%s %s", observance.getName(), year).isEqualTo(
                        LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY)).atTime(at));
                assertThat(offset(observance, "TZOFFSETFROM")).isEqualTo(change.getOffsetBefore());
                assertThat(offset(observance, "TZOFFSETTO")).isEqualTo(change.getOffsetAfter());
            }
        }
    }

    private static ZoneOffset offset(Observance observance, String property) {
        String value = observance.<Property>getProperty(property).orElseThrow().getValue();
        return ZoneOffset.of(value.substring(0, 3) + ":" + value.substring(3));
    }

    @Test
    void textsNeedingEscapesAndLongLinesComeBackUnchanged() throws Exception {
        String summary = "Rendez-vous CAF; dossier n°42, \\ logement";
        String description = "Apportez : votre dernier avis d’imposition, vos trois derniers bulletins de salaire; "
                + "un justificatif de domicile de moins de trois mois.\nAccueil : ESP@P Bretenoux, "
                + "place des Halles — à l’étage, « salle de visio » ; pour annuler : https://visio.example/rdv/abc";
        byte[] ics = event(Instant.parse("2026-06-02T08:00:00Z"), Instant.parse("2026-06-02T08:20:00Z"), summary,
                description).toIcs(STAMP);

        VEvent event = parse(ics);

        assertThat(event.<Property>getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo(summary);
        assertThat(event.<Property>getProperty("DESCRIPTION").orElseThrow().getValue()).isEqualTo(description);
        assertThat(event.<Property>getProperty("LOCATION").orElseThrow().getValue())
                .isEqualTo("ESP@P Bretenoux, 1 place des Halles");
        assertThat(event.<Property>getProperty("UID").orElseThrow().getValue()).isEqualTo("rdv-42@visio-accueil");
        assertThat(event.<Property>getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("2");
        assertThat(text(ics)).contains("SUMMARY:Rendez-vous CAF\\; dossier n°42\\, \\\\ logement\r\n");
    }

    @Test
    void everyLineHasAtMost75OctetsAndEndsWithCrLf() throws Exception {
        // two-, three- and four-octet characters (the last one a pair of Java chars), never cut in the middle
        String description = "Œ€\uD83D\uDCC5".repeat(40);
        byte[] written = event(Instant.parse("2026-06-02T08:00:00Z"), Instant.parse("2026-06-02T08:20:00Z"),
                "é".repeat(100), description).toIcs(STAMP);
        String ics = text(written);

        assertThat(ics).endsWith("END:VCALENDAR\r\n").doesNotContain("\r\r").doesNotContainPattern("[^\r]\n");
        assertThat(Stream.of(ics.split("\r\n")).mapToInt(line -> line.getBytes(StandardCharsets.UTF_8).length).max()
                .orElseThrow()).isLessThanOrEqualTo(75);
        assertThat(ics).contains("\r\n é");
        assertThat(parse(written).<Property>getProperty("DESCRIPTION").orElseThrow().getValue())
                .isEqualTo(description);
    }

    @Test
    void aRequestAndACancellation() throws Exception {
        CalendarEvent requested = event(Instant.parse("2026-06-02T08:00:00Z"), Instant.parse("2026-06-02T08:20:00Z"),
                "RDV", "");
        CalendarEvent cancelled = new CalendarEvent(requested.uid(), 3, requested.start(), requested.end(),
                requested.summary(), requested.location(), requested.description(), true);

        assertThat(requested.asAttachment("rendez-vous.ics").contentType())
                .isEqualTo("text/calendar; method=REQUEST; charset=UTF-8");
        assertThat(cancelled.asAttachment("rendez-vous.ics").contentType())
                .isEqualTo("text/calendar; method=CANCEL; charset=UTF-8");
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(cancelled.toIcs(STAMP)));
        assertThat(calendar.<Property>getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(calendar.<Property>getProperty("PRODID")).isPresent();
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(event.<Property>getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(event.<Property>getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("3");
    }

    static CalendarEvent event(Instant start, Instant end, String summary, String description) {
        return new CalendarEvent("rdv-42@visio-accueil", 2, start, end, summary, "ESP@P Bretenoux, 1 place des Halles",
                description, false);
    }

    static VEvent parse(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics)).<VEvent>getComponent("VEVENT")
                .orElseThrow();
    }

    private static String text(byte[] ics) {
        return new String(ics, StandardCharsets.UTF_8);
    }

}
