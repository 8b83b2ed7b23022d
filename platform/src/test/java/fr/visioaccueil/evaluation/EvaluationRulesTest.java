package fr.visioaccueil.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.network.Distance;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Travel-avoided arithmetic, the no-show rate, weeks at the edges of years and daylight-saving changes, CSV import
 * and export.
 */
class EvaluationRulesTest {

    @Test
    void theNoShowRateIsMissedAppointmentsOverTheDueOnes() {
        assertThat(new Dashboard.NoShows(2, 6).percent()).isEqualTo(33);
        assertThat(new Dashboard.NoShows(1, 8).percent()).isEqualTo(13);   // 12.5 rounds up
        assertThat(new Dashboard.NoShows(0, 5).percent()).isZero();
        assertThat(new Dashboard.NoShows(0, 0).percent()).isNull();       // nothing due: no rate, not 0 %
    }

    @Test
    void onlyTheDaysAlreadyOverAreDue() {
        LocalDate today = LocalDate.of(2026, 11, 28);
        Period september = new Period(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30));
        assertThat(september.elapsed(today)).contains(september);
        assertThat(new Period(LocalDate.of(2026, 11, 1), today).elapsed(today))
                .contains(new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 27)));
        assertThat(new Period(today, today.plusDays(7)).elapsed(today)).isEmpty();
    }

    @Test
    void aVisioInterviewAvoidsTheRoundTripToTheNearestOffice() {
        Trip trip = Trip.roundTrip(new Distance(1, "CAF", "Cahors", 18, 22, 0));
        assertThat(trip).isEqualTo(new Trip(36, 44));
        assertThat(Trip.co2Kg(trip.km(), 0.142)).isEqualTo(5.112, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Trip.roundTrip(new Distance(1, "CAF", "Catus", 0, 0, 1))).isEqualTo(Trip.NONE);
    }

    /** impactco2.fr, 2025 model of the car: 0.1106 kg CO₂e/km in use + 0.0317 for manufacturing, one person. */
    @Test
    void theDefaultCo2FactorIsTheOneThePageNamesWithItsSource() throws Exception {
        String factor = EvaluationProperties.class.getDeclaredConstructors()[0].getParameters()[0]
                .getAnnotation(org.springframework.boot.context.properties.bind.DefaultValue.class).value()[0];
        assertThat(factor).isEqualTo("0.142");
        assertThat(bundle("evaluation.properties").getProperty("evaluation.co2.source"))
                .contains("impactco2.fr", "0,142 kg CO₂e par km").doesNotContain("0,218");
        assertThat(bundle("evaluation_en.properties").getProperty("evaluation.co2.source"))
                .contains("impactco2.fr", "0.142 kg CO₂e per km").doesNotContain("0.218");
    }

    private static java.util.Properties bundle(String name) throws java.io.IOException {
        java.util.Properties bundle = new java.util.Properties();
        try (var in = EvaluationRulesTest.class.getResourceAsStream("/i18n/" + name)) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return bundle;
    }

    @Test
    void daysAreParisDaysWhateverTheDaylightSavingTime() {
        // Sunday 25 October 2026, 23:30 UTC: already Monday 00:30 in Paris (winter time, UTC+1)
        assertThat(Week.dayOf(Instant.parse("2026-10-25T23:30:00Z"))).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(Week.of(Instant.parse("2026-10-25T23:30:00Z")).toString()).isEqualTo("2026-W44");
        // Saturday 28 March 2026 22:30 UTC = 23:30 in Paris; Sunday 29 March 22:30 UTC = Monday 00:30 (summer time)
        assertThat(Week.dayOf(Instant.parse("2026-03-28T22:30:00Z"))).isEqualTo(LocalDate.of(2026, 3, 28));
        assertThat(Week.of(Instant.parse("2026-03-29T22:30:00Z")).monday()).isEqualTo(LocalDate.of(2026, 3, 30));
    }

    @Test
    void isoWeeksAcrossTheYearsEnd() {
        assertThat(Week.of(LocalDate.of(2027, 1, 1)).toString()).isEqualTo("2026-W53");
        assertThat(Week.of(LocalDate.of(2025, 12, 29)).toString()).isEqualTo("2026-W01");
        assertThat(Week.parse("2026-W53")).contains(new Week(LocalDate.of(2026, 12, 28)));
        assertThat(Week.parse("2025-W53")).isEmpty();
        assertThat(Week.parse("2026-W00")).isEmpty();
        assertThat(Week.parse("2026-48")).isEmpty();
        assertThat(Week.parse("2026-W48").orElseThrow().days()).hasSize(7)
                .startsWith(LocalDate.of(2026, 11, 23)).endsWith(LocalDate.of(2026, 11, 29));
    }

    @Test
    void theGridSumsEachRowAndEachDay() {
        GridView grid = new GridView(1, "Bretenoux", Week.of(LocalDate.of(2026, 11, 23)), List.of(
                new GridRow("DOCUMENTS", ServiceKind.DOCUMENTS, 0, null, new int[] {1, 2, 0, 0, 3, 0, 0}),
                new GridRow("VISIO-2", ServiceKind.VISIO, 2, "CAF", new int[] {0, 1, 0, 0, 1, 0, 0})),
                List.of(new GridRow("APPOINTMENT", ServiceKind.APPOINTMENT, 0, null, new int[] {4, 0, 0, 0, 0, 0, 0})),
                java.util.Set.of(1, 2, 5), WeekStatus.OPEN, List.of());
        assertThat(grid.total()).isEqualTo(8);
        assertThat(grid.dayTotal(4)).isEqualTo(4);
        assertThat(grid.dayTotal(0)).as("appointments are not services").isEqualTo(1);
        assertThat(grid.row("VISIO-2").total()).isEqualTo(2);
        assertThat(grid.isOpen(4)).isTrue();
        assertThat(grid.isOpen(3)).isFalse();
    }

    @Test
    void theDistanceImportNamesEveryWrongLineAndKeepsNothingWrong() {
        String csv = DistanceImport.HEADER + "\n"
                + "Pays de Catus,Catus,4793,CAF,Cahors,18,22,0\n"
                + "Pays de Catus,Catus,4793,C A F,Cahors,-3,22,0\n"
                + "Pays de Catus;Catus;4793;CPAM;Cahors;18;22\n"
                + "Pays de Catus,Catus,4793,CAF,Cahors,18,22,0\n";
        DistanceImport.Result result = DistanceImport.read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(result.problems()).extracting(DistanceImport.Problem::line, DistanceImport.Problem::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "evaluation.import.service"),
                        org.assertj.core.groups.Tuple.tuple(3, "evaluation.import.number"),
                        org.assertj.core.groups.Tuple.tuple(4, "evaluation.import.columns"),
                        org.assertj.core.groups.Tuple.tuple(5, "evaluation.import.duplicate"));
        assertThat(DistanceImport.read("community;seat\n".getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(DistanceImport.Problem::key).containsExactly("evaluation.import.empty");
        assertThat(DistanceImport.read(("\uFEFF" + DistanceImport.HEADER.replace(',', ';')
                + "\nHaut Ségala;Latronquière;3000;caf;Figeac;30;35;0\n").getBytes(StandardCharsets.UTF_8)).rows())
                .singleElement().satisfies(row -> assertThat(row.service()).isEqualTo("CAF"));
    }

    @Test
    void theCsvIsWhatAFrenchSpreadsheetOpens() {
        byte[] csv = Spreadsheets.csv(List.of(new Sheet("x", List.of("Service", "Nombre"),
                List.of(List.of("=HYPERLINK(1)", 3), List.of("a;b", 2.5)))));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFService;Nombre\r\n").contains("'=HYPERLINK(1);3\r\n")
                .contains("\"a;b\";2,5\r\n");
        byte[] xlsx = Spreadsheets.xlsx(List.of(new Sheet("Semaine 2026-W48 [Bretenoux]", List.of("a"),
                List.of(List.of(1)))));
        assertThat(xlsx).startsWith(new byte[] {'P', 'K'});
        assertThat(Spreadsheets.tabName("Entretiens visio par semaine et par organisme")).hasSize(31);
    }
}
