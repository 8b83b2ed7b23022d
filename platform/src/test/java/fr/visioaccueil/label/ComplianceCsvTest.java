package fr.visioaccueil.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ComplianceCsvTest {

    private final ComplianceCsv csv = new ComplianceCsv(LabelTexts.TEXT);

    @Test
    void startsWithAByteOrderMarkAndAFrenchHeader() {
        byte[] bytes = csv.write(List.of(), Locale.FRENCH);

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFpoint;commune;référentiel;statut;raisons\r\n");
    }

    @Test
    void writesOneRowPerPointWithItsReasons() {
        PointCompliance weak = new PointCompliance(9, "ESP@P Sousceyrac", "Sousceyrac", "RSP_2009",
                "Relais Services Publics (2009)", false, List.of(
                new Finding(false, "Ouvert 21 h sur 3 jours : il manque 3 h."),
                new Finding(true, "Partenaire « social » sous convention en cours : CAF."),
                new Finding(false, "Aucun partenaire « emploi-formation » sous convention en cours.")));
        PointCompliance good = new PointCompliance(1, "ESP@P Bretenoux", "Bretenoux", "RSP_2009",
                "Relais Services Publics (2009)", true, List.of(
                new Finding(true, "Ouvert 32 h 30 sur 5 jours par semaine.")));

        String text = new String(csv.write(List.of(weak, good), Locale.FRENCH), StandardCharsets.UTF_8);

        assertThat(text.lines().toList()).containsExactly("\uFEFFpoint;commune;référentiel;statut;raisons",
                "ESP@P Sousceyrac;Sousceyrac;Relais Services Publics (2009);Non conforme;Ouvert 21 h sur 3 jours : "
                        + "il manque 3 h. | Aucun partenaire « emploi-formation » sous convention en cours.",
                "ESP@P Bretenoux;Bretenoux;Relais Services Publics (2009);Conforme;");
    }

    @Test
    void quotesCellsHoldingSeparatorsQuotesOrLineBreaks() {
        assertThat(ComplianceCsv.cell("Saint-Céré; centre")).isEqualTo("\"Saint-Céré; centre\"");
        assertThat(ComplianceCsv.cell("Le \"Relais\"")).isEqualTo("\"Le \"\"Relais\"\"\"");
        assertThat(ComplianceCsv.cell("ligne\nsuivante")).isEqualTo("\"ligne\nsuivante\"");
        assertThat(ComplianceCsv.cell("Gourdon")).isEqualTo("Gourdon");
    }

    @Test
    void defusesCellsThatASpreadsheetWouldRunAsFormulas() {
        assertThat(ComplianceCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(ComplianceCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ComplianceCsv.cell("-1")).isEqualTo("'-1");
    }
}
