package fr.visioaccueil.survey;

import fr.visioaccueil.network.Points;
import fr.visioaccueil.shared.Csv;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Results of a campaign, for the coordinator (the network), a mediator (their points) and a partner (answers
 * about its organisation): charts with their tables, free texts, and the answers as CSV or XLSX.
 */
@Controller
class SurveyResultsController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Campaigns campaigns;
    private final SurveyResultsQueries queries;
    private final SurveyResults results;
    private final AnswerExport export;
    private final Points points;

    SurveyResultsController(Campaigns campaigns, SurveyResultsQueries queries, SurveyResults results, AnswerExport export,
                      Points points) {
        this.campaigns = campaigns;
        this.queries = queries;
        this.results = results;
        this.export = export;
        this.points = points;
    }

    /** The filters of the page as sent: campaign, period, point. */
    record Filter(Long campagne, @DateTimeFormat(iso = ISO.DATE) LocalDate du,
                  @DateTimeFormat(iso = ISO.DATE) LocalDate au, Long point) {
    }

    @GetMapping({"/admin/enquete/resultats", "/mediateur/enquete/resultats", "/organisme/enquete/resultats"})
    String page(Filter filter, HttpServletRequest request, Model model) {
        model.addAttribute("base", request.getRequestURI()).addAttribute("filter", filter)
                .addAttribute("campaigns", campaigns.all());
        Campaign campaign = campaign(filter);
        if (campaign == null) {
            return "survey/results";
        }
        AnswerScope scope = scope(campaign, filter);
        model.addAttribute("campaign", campaign).addAttribute("scope", scope)
                .addAttribute("answers", queries.answers(scope))
                .addAttribute("satisfaction", results.satisfaction(scope))
                .addAttribute("results", queries.results(campaigns.questions(campaign.id()), scope))
                .addAttribute("points", points.all().stream().filter(p -> !SurveyScope.member().role().isPartner()
                        && SurveyScope.member().reachesPoint(p.getId())).toList());
        return "survey/results";
    }

    @GetMapping({"/admin/enquete/reponses.csv", "/mediateur/enquete/reponses.csv", "/organisme/enquete/reponses.csv"})
    ResponseEntity<byte[]> csv(Filter filter, Locale locale) {
        AnswerTable table = table(filter, locale);
        return file(Csv.forSpreadsheets().write(table.header(), table.rows()), CSV, "csv");
    }

    @GetMapping({"/admin/enquete/reponses.xlsx", "/mediateur/enquete/reponses.xlsx",
            "/organisme/enquete/reponses.xlsx"})
    ResponseEntity<byte[]> xlsx(Filter filter, Locale locale) {
        return file(Spreadsheet.xlsx("Réponses", table(filter, locale)), XLSX, "xlsx");
    }

    /** The answers in the reader's scope; with no campaign at all, the columns alone. */
    private AnswerTable table(Filter filter, Locale locale) {
        Campaign campaign = campaign(filter);
        if (campaign == null) {
            return export.empty(locale);
        }
        return export.table(campaign, campaigns.questions(campaign.id()), scope(campaign, filter), locale);
    }

    private Campaign campaign(Filter filter) {
        return filter.campagne() != null ? campaigns.get(filter.campagne()) : campaigns.currentOrLatest().orElse(null);
    }

    /** The campaign's days narrowed by the period typed, and the reader's own points or organisation. */
    private static AnswerScope scope(Campaign campaign, Filter filter) {
        LocalDate from = filter.du() == null || filter.du().isBefore(campaign.startsOn()) ? campaign.startsOn() : filter.du();
        LocalDate to = filter.au() == null || filter.au().isAfter(campaign.endsOn()) ? campaign.endsOn() : filter.au();
        return new AnswerScope(campaign.id(), SurveyScope.points(filter.point()), SurveyScope.organisation(), from, to);
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String extension) {
        String name = "enquete-reponses." + extension;
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
