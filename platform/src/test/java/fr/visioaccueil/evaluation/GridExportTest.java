package fr.visioaccueil.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.StaffSessions;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The grid's CSV and XLSX hold every row its page shows, the ones counted by themselves included: visio
 * interviews ended in the visio-guichet and appointments booked (and missed) through the booking module.
 * Everything sits in week 2024-W07 (12–18 February 2024), which no other test uses.
 */
@PlatformTest
@AutoConfigureMockMvc
class GridExportTest {

    static final String WEEK = "2024-W07";

    @Autowired MockMvc mvc;
    @Autowired Grids grids;
    @Autowired UserDetailsService users;
    @Autowired ApplicationContext context;
    long bretenoux;

    /** Two CAF interviews ended on Wednesday; CAF booked on Tuesday and Thursday, ANPE on Thursday and missed. */
    @BeforeEach
    void countedByThemselves() {
        EvaluationFixtures fixtures = EvaluationFixtures.of(context);
        bretenoux = fixtures.point("ESP@P Bretenoux");
        long caf = fixtures.organisation("CAF");
        long anpe = fixtures.organisation("ANPE");
        fixtures.ended(930_001, bretenoux, caf, Instant.parse("2024-02-14T09:30:00Z"), 4);
        fixtures.ended(930_002, bretenoux, caf, Instant.parse("2024-02-14T14:00:00Z"), 2);
        fixtures.booked(930_011, bretenoux, caf, Instant.parse("2024-02-13T08:00:00Z"));
        fixtures.booked(930_012, bretenoux, caf, Instant.parse("2024-02-15T08:00:00Z"));
        fixtures.booked(930_013, bretenoux, anpe, Instant.parse("2024-02-15T13:00:00Z"));
        fixtures.noShow(930_013, bretenoux, anpe, Instant.parse("2024-02-15T13:00:00Z"));
    }

    @Test
    void theCsvHoldsTheInterviewAndAppointmentRowsOfThePage() throws Exception {
        String csv = new String(download("csv"), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();

        assertThat(lines).contains("Entretien visio — CAF;0;0;2;0;0;0;0;2", "Total;0;0;2;0;0;0;0;2",
                "Rendez-vous prévus;0;1;0;2;0;0;0;3", "Rendez-vous non honorés;0;0;0;1;0;0;0;1");
        for (List<Object> row : pageRows()) {
            assertThat(lines).contains(String.join(";", row.stream().map(String::valueOf).toList()));
        }
    }

    @Test
    void theXlsxHoldsTheSameRowsAsNumbers() throws Exception {
        List<List<Object>> cells = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(download("xlsx")))) {
            for (var sheet : workbook.getSheets().toList()) {
                for (Row row : sheet.read().subList(1, sheet.read().size())) {
                    cells.add(values(row));
                }
            }
        }

        assertThat(cells).contains(List.of("Entretien visio — CAF", 0, 0, 2, 0, 0, 0, 0, 2),
                List.of("Rendez-vous prévus", 0, 1, 0, 2, 0, 0, 0, 3),
                List.of("Rendez-vous non honorés", 0, 0, 0, 1, 0, 0, 0, 1));
        assertThat(cells).containsExactlyElementsOf(pageRows());
    }

    /** What the page shows: its service rows, their total line, then its appointment rows. */
    private List<List<Object>> pageRows() {
        GridView page = grids.view(bretenoux, Week.parse(WEEK).orElseThrow());
        Exports labels = context.getBean(Exports.class);
        List<List<Object>> rows = new ArrayList<>();
        page.rows().forEach(row -> rows.add(line(labels.rowLabel(row, Locale.FRENCH), row.days(), row.total())));
        rows.add(line("Total", IntStream.range(0, 7).map(page::dayTotal).toArray(), page.total()));
        page.appointments().forEach(row ->
                rows.add(line(labels.rowLabel(row, Locale.FRENCH), row.days(), row.total())));
        return rows;
    }

    private static List<Object> line(String label, int[] days, int total) {
        List<Object> line = new ArrayList<>(List.of(label));
        IntStream.of(days).forEach(line::add);
        line.add(total);
        return line;
    }

    private static List<Object> values(Row row) {
        List<Object> values = new ArrayList<>(List.of(row.getCellText(0)));
        for (int c = 1; c < row.getCellCount(); c++) {
            values.add(row.getCellAsNumber(c).map(BigDecimal::intValueExact).orElseThrow());
        }
        return values;
    }

    private byte[] download(String format) throws Exception {
        return mvc.perform(get("/evaluation/points/" + bretenoux + "/grille/" + WEEK + "." + format)
                        .with(new StaffSessions(users).as(StaffSessions.MEDIATOR_BRETENOUX)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }
}
