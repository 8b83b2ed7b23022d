package fr.visioaccueil.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class OpeningHoursTest extends RegistryWebTest {

    @Test
    void theWholeGridIsReplacedAndEmptyRowsIgnored() throws Exception {
        Point point = newPoint("ESP@P Horaires");
        mvc.perform(grid(point, "days[0].ranges[0]", "09:00", "12:00", "days[0].ranges[1]", "13:30", "17:00",
                        "days[3].ranges[2]", "14:00", "18:00"))
                .andExpect(redirectedUrl("/admin/points/" + point.getId()));
        assertThat(points.get(point.getId()).getOpeningHours()).containsExactly(
                new OpeningRange(1, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new OpeningRange(1, LocalTime.of(13, 30), LocalTime.of(17, 0)),
                new OpeningRange(4, LocalTime.of(14, 0), LocalTime.of(18, 0)));

        mvc.perform(get("/admin/points/{id}/horaires", point.getId()).with(coordinator())).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"13:30\"")))
                .andExpect(content().string(containsString("Lundi, plage 2 : ouverture")));
    }

    @Test
    void overlappingRangesAreRefusedAndNothingIsSaved() throws Exception {
        Point point = withHours("ESP@P Chevauchement");
        String before = fingerprint();
        mvc.perform(grid(points.get(point.getId()), "days[1].ranges[0]", "09:00", "12:00",
                        "days[1].ranges[1]", "11:00", "15:00"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "days[1].ranges[1].opens", "hours.overlap"))
                .andExpect(content().string(containsString("Deux plages se chevauchent le mardi : 09:00–12:00 et 11:00–15:00.")))
                .andExpect(content().string(containsString("value=\"11:00\"")));
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void anEndBeforeOrAtTheStartIsAFieldErrorOnThatRow() throws Exception {
        Point point = withHours("ESP@P Fin avant début");
        String before = fingerprint();
        mvc.perform(grid(points.get(point.getId()), "days[0].ranges[0]", "09:00", "12:00",
                        "days[2].ranges[1]", "14:00", "13:00", "days[4].ranges[0]", "10:00", "10:00"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "days[2].ranges[1].closes", "hours.endBeforeStart"))
                .andExpect(model().attributeHasFieldErrorCode("form", "days[4].ranges[0].closes", "hours.endBeforeStart"))
                .andExpect(content().string(containsString("L’heure de fin doit être après l’heure de début.")));
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void malformedOrHalfFilledRowsAreFieldErrors() throws Exception {
        Point point = withHours("ESP@P Heures mal formées");
        String before = fingerprint();
        mvc.perform(grid(points.get(point.getId()), "days[0].ranges[0]", "9h", "12:00",
                        "days[1].ranges[0]", "25:00", "26:00", "days[2].ranges[0]", "", "12:00"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "days[0].ranges[0].opens", "Pattern"))
                .andExpect(model().attributeHasFieldErrorCode("form", "days[1].ranges[0].closes", "Pattern"))
                .andExpect(model().attributeHasFieldErrorCode("form", "days[2].ranges[0].opens", "validation.required"))
                .andExpect(content().string(containsString("Heure incorrecte : utilisez le format HH:MM")))
                .andExpect(content().string(containsString("value=\"9h\"")));
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aStaleGridIsAConflict() throws Exception {
        Point opened = newPoint("ESP@P Grille périmée");
        points.replaceOpeningHours(opened.getId(), opened.getVersion(),
                List.of(new OpeningRange(2, LocalTime.of(9, 0), LocalTime.of(12, 0))));
        String before = fingerprint();
        mvc.perform(grid(opened, "days[0].ranges[0]", "08:00", "12:00")).andExpect(status().isConflict());
        assertThat(fingerprint()).isEqualTo(before);
    }

    private Point withHours(String name) {
        Point point = newPoint(name);
        return points.replaceOpeningHours(point.getId(), point.getVersion(),
                List.of(new OpeningRange(1, LocalTime.of(9, 0), LocalTime.of(12, 0))));
    }

    /** The grid as the page posts it: 7 days × 4 rows, all empty but the given rows (path, opens, closes…). */
    private MockHttpServletRequestBuilder grid(Point point, String... rows) {
        MockHttpServletRequestBuilder request = post("/admin/points/{id}/horaires", point.getId())
                .with(coordinator()).with(csrf()).param("version", String.valueOf(point.getVersion()));
        for (int day = 0; day < 7; day++) {
            for (int row = 0; row < HoursForm.ROWS_PER_DAY; row++) {
                String path = "days[%d].ranges[%d]".formatted(day, row);
                String opens = "";
                String closes = "";
                for (int i = 0; i < rows.length; i += 3) {
                    if (rows[i].equals(path)) {
                        opens = rows[i + 1];
                        closes = rows[i + 2];
                    }
                }
                request.param(path + ".opens", opens).param(path + ".closes", closes);
            }
        }
        return request;
    }
}
