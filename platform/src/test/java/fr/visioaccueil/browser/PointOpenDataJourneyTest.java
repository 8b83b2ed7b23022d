package fr.visioaccueil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.network.HostType;
import fr.visioaccueil.network.OpenDataFacts;
import fr.visioaccueil.network.Point;
import fr.visioaccueil.network.PointDetails;
import fr.visioaccueil.network.Points;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The coordinator completes a point for the open data: SIRET, INSEE code and coordinates, typed wrong once as
 * people do (a digit slipped in the SIRET, one missing from the INSEE code, a latitude off the globe), then
 * right, and finds them in the national file. The form is checked with axe with its errors shown.
 */
@BrowserTest
class PointOpenDataJourneyTest {

    @Autowired
    Points points;

    @Test
    void theCoordinatorFillsThePointsOpenDataAndTheNationalFileCarriesThem(Browser browser) {
        Long community = points.all().stream().filter(p -> p.getName().equals("ESP@P Bretenoux")).findFirst()
                .orElseThrow().details().communityId();
        Point point = points.create(new PointDetails("ESP@P Saint-Céré " + Long.toString(System.nanoTime(), 36),
                "Saint-Céré", community, "Place de la République", "46400", HostType.OTHER, "Maison des services",
                false, false, false, false, "", "", "", OpenDataFacts.NONE));
        browser.signIn(DemoStaff.COORDINATOR).open("/admin/points/" + point.getId() + "/modifier");

        browser.fill("siret", "130 025 265 00014").fill("inseeCode", "4626").fill("latitude", "144,857")
                .fill("longitude", "1.8925").form().submit();
        Form form = browser.form();
        assertThat(form.invalidFields()).containsExactly("siret", "inseeCode", "latitude");
        assertThat(form.errorOf("siret")).isEqualTo("Ce SIRET n’existe pas : sa clé de contrôle est fausse. "
                + "Vérifiez les 14 chiffres sur annuaire-entreprises.data.gouv.fr.");
        assertThat(form.errorOf("inseeCode")).isEqualTo("Code INSEE incorrect : 5 caractères, les 2 premiers pour "
                + "le département (2A ou 2B en Corse), par exemple 46038.");
        assertThat(form.errorOf("latitude"))
                .isEqualTo("Latitude incorrecte : un nombre de degrés entre -90 et 90, par exemple 44.915.");
        assertThat(form.value("longitude")).isEqualTo("1.8925");
        browser.assertAccessible();
        browser.screenshot("point-donnees-ouvertes-erreurs");

        browser.fill("siret", "130 025 265 00013").fill("inseeCode", "46267").fill("latitude", "44,8571")
                .form().submit();
        assertThat(browser.path()).isEqualTo("/admin/points/" + point.getId());
        browser.open("/admin/points/" + point.getId() + "/modifier");
        assertThat(browser.form().value("siret")).isEqualTo("13002526500013");
        assertThat(browser.form().value("latitude")).isEqualTo("44.8571");
        browser.assertAccessible();
        browser.screenshot("point-donnees-ouvertes");

        browser.open("/donnees-ouvertes/lieux-mediation-numerique.json");
        assertThat(browser.text(By.tagName("body"))).contains("\"id\":\"" + point.getSlug() + "\",\"pivot\":"
                + "\"13002526500013\"").contains("\"code_insee\":\"46267\"")
                .contains("\"latitude\":44.8571,\"longitude\":1.8925");
    }
}
