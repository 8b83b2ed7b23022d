package fr.visioaccueil.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The appointment's own rules and the events it tells, without a database. */
class AppointmentTest {

    static final Instant NOW = Instant.parse("2026-03-27T10:00:00Z");
    static final Motif MOTIF = new Motif(3, 1, "Prime d’activité", "Avis d’imposition", 20);
    static final Slot SLOT = new Slot(5, 7, Instant.parse("2026-03-30T07:00:00Z"), Instant.parse("2026-03-30T07:20:00Z"));

    static Appointment booked() {
        Appointment appointment = Appointment.book(2, MOTIF, SLOT,
                new Citizen("Lucie Delmas", "Lucie.Delmas@Exemple.fr", "06 12 34 56 78"), Party.CITIZEN, null,
                "hash", NOW);
        ReflectionTestUtils.setField(appointment, "id", 42L);
        return appointment;
    }

    @Test
    void bookingTellsWhenWhereAndWhoBookedButNeverTheCitizen() {
        Appointment appointment = booked();

        assertThat(appointment.booked(MOTIF.label())).isEqualTo(new AppointmentBooked(42, 2, 1, 7,
                "Prime d’activité", SLOT.start(), SLOT.end(), NOW, "CITIZEN"));
        assertThat(appointment.booked(MOTIF.label()).toString()).doesNotContain("Lucie", "06", "Exemple");
        assertThat(appointment.getCitizenPhone()).isEqualTo("0612345678");
    }

    @Test
    void aCancelledAppointmentIsNeitherCancelledAgainNorMovedNorOpened() {
        Appointment appointment = booked();
        appointment.cancel(Party.POINT, NOW);

        assertThat(appointment.domainEvents()).contains(new AppointmentCancelled(42, 2, 1, SLOT.start(), "POINT", NOW));
        assertThatThrownBy(() -> appointment.cancel(Party.CITIZEN, NOW)).isInstanceOf(BookingRefused.class)
                .hasMessage("booking.refused.cancelled");
        assertThatThrownBy(() -> appointment.moveTo(SLOT, NOW)).isInstanceOf(BookingRefused.class);
        assertThatThrownBy(() -> appointment.honour(9, NOW)).isInstanceOf(BookingRefused.class);
    }

    @Test
    void aMoveKeepsTheAppointmentAndTellsBothTimes() {
        Appointment appointment = booked();
        Slot later = new Slot(5, 8, SLOT.start().plus(Duration.ofDays(2)), SLOT.end().plus(Duration.ofDays(2)));

        appointment.moveTo(later, NOW);

        assertThat(appointment.getAgentAccountId()).isEqualTo(8);
        assertThat(appointment.domainEvents()).contains(new AppointmentMoved(42, 2, 1, SLOT.start(), later.start(), NOW));
    }

    @Test
    void aNoShowIsRecordedOnlyOnceTheAppointmentHasStarted() {
        Appointment appointment = booked();

        assertThatThrownBy(() -> appointment.noShow(NOW)).hasMessage("booking.refused.notYet");
        appointment.noShow(SLOT.start().plusSeconds(600));

        assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.NO_SHOW);
        assertThat(appointment.domainEvents()).contains(new AppointmentNoShow(42, 2, 1, SLOT.start()));
    }

    @Test
    void openingTheInterviewHonoursTheAppointment() {
        Appointment appointment = booked();

        appointment.honour(99, NOW);

        assertThat(appointment.getInterviewId()).isEqualTo(99);
        assertThat(appointment.domainEvents()).contains(new AppointmentHonoured(42, 2, 1, 99, SLOT.start()));
    }

    @Test
    void contactsAreComparedNormalisedAndPhonesCheckedAsFrenchNumbers() {
        assertThat(new Citizen("A", " Jeanne@Exemple.FR ", null).contactKey()).isEqualTo("jeanne@exemple.fr");
        assertThat(new Citizen("A", null, "+33 6 12 34 56 78").contactKey()).isEqualTo("0612345678");
        assertThat(new Citizen("A", "", "").contactKey()).isNull();
        assertThat(FrenchPhone.isValid("05 65 38 12 34")).isTrue();
        assertThat(FrenchPhone.isValid("0033 7 12 34 56 78")).isTrue();
        assertThat(FrenchPhone.isValid("06 12 34")).isFalse();
        assertThat(FrenchPhone.isValid("00 12 34 56 78")).isFalse();
        assertThat(SlotChoice.parse("12_1774854000")).contains(new SlotChoice(12, Instant.ofEpochSecond(1774854000)));
        assertThat(SlotChoice.parse("12_abc")).isEmpty();
        assertThat(SlotChoice.parse("x")).isEmpty();
    }
}
