package fr.visioaccueil.notification;

import fr.visioaccueil.shared.NetworkTime;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Writes a {@link CalendarEvent} as RFC 5545 text: escaped values, lines folded at 75 octets, CRLF. */
final class IcsWriter {

    private static final ZoneId PARIS = NetworkTime.ZONE;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final int LINE_OCTETS = 75;
    // the EU rule since 1996; the zone's own RRULEs let a client compute any date without a time zone database
    private static final String[] PARIS_TIMEZONE = {"BEGIN:VTIMEZONE", "TZID:Europe/Paris",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"};

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private IcsWriter() {
    }

    static byte[] write(CalendarEvent event, Instant stamp) {
        IcsWriter ics = new IcsWriter();
        ics.lines("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Visio-Accueil//Rendez-vous//FR", "CALSCALE:GREGORIAN",
                "METHOD:" + event.method());
        ics.lines(PARIS_TIMEZONE);
        ics.lines("BEGIN:VEVENT");
        ics.line("UID:" + escape(event.uid()));
        ics.lines("SEQUENCE:" + event.sequence(), "DTSTAMP:" + utc(stamp), "DTSTART" + time(event.start()),
                "DTEND" + time(event.end()), "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
        ics.line("SUMMARY:" + escape(event.summary()));
        if (!event.location().isBlank()) {
            ics.line("LOCATION:" + escape(event.location()));
        }
        if (!event.description().isBlank()) {
            ics.line("DESCRIPTION:" + escape(event.description()));
        }
        ics.lines("END:VEVENT", "END:VCALENDAR");
        return ics.out.toByteArray();
    }

    /** {@code ;TZID=Europe/Paris:<local>}, or {@code :<utc>Z} for a local time that happens twice. */
    static String time(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, PARIS);
        if (PARIS.getRules().getValidOffsets(local).size() > 1) {
            return ":" + utc(instant);
        }
        return ";TZID=Europe/Paris:" + LOCAL.format(local);
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n");
    }

    /** Content lines over 75 octets go on as lines starting with a space, never inside a UTF-8 character. */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder(line.length() + 8);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = utf8Octets(codePoint);
            if (octets + size > LINE_OCTETS) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }

    /** Counted, not encoded: a string and its bytes for each character were two fifths of writing an invitation. */
    private static int utf8Octets(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    private static String utc(Instant instant) {
        return LOCAL.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + "Z";
    }

    private void lines(String... lines) {
        for (String line : lines) {
            line(line);
        }
    }

    private void line(String line) {
        out.writeBytes((fold(line) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
}
