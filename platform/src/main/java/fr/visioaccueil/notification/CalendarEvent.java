package fr.visioaccueil.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * An appointment as an iCalendar (RFC 5545) invitation, to attach to an e-mail. Times are written in
 * Europe/Paris with the zone's definition included, so that every client shows the local time of the point;
 * the hour repeated when clocks go back in October is written in UTC instead, since a local time there would
 * name its first occurrence. A change of the same appointment keeps the {@code uid} and raises the
 * {@code sequence}; {@code cancelled} makes a {@code METHOD:CANCEL} that removes it from the calendar.
 */
public record CalendarEvent(String uid, int sequence, Instant start, Instant end, String summary, String location,
                            String description, boolean cancelled) {

    public CalendarEvent {
        if (uid == null || uid.isBlank() || summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("A calendar event needs a uid and a summary");
        }
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start) || sequence < 0) {
            throw new IllegalArgumentException("A calendar event ends after it starts and has a sequence ≥ 0");
        }
        location = location == null ? "" : location;
        description = description == null ? "" : description;
    }

    /** The {@code .ics} file, stamped now. */
    public byte[] toIcs() {
        return toIcs(Clock.systemUTC());
    }

    /** The {@code .ics} file, stamped ({@code DTSTAMP}) with the clock's instant. */
    public byte[] toIcs(Clock clock) {
        return IcsWriter.write(this, clock.instant());
    }

    /** The {@code .ics} as an attachment that mail clients offer to add to the calendar. */
    public Attachment asAttachment(String fileName) {
        return new Attachment(fileName, "text/calendar; method=" + method() + "; charset=UTF-8", toIcs());
    }

    /** The iTIP method: {@code REQUEST} to add or update, {@code CANCEL} to remove. */
    public String method() {
        return cancelled ? "CANCEL" : "REQUEST";
    }
}
