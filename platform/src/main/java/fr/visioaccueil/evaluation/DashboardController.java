package fr.visioaccueil.evaluation;

import fr.visioaccueil.network.Organisations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** The dashboards of the network (coordinator), of a point (its mediators) and of an organisation (its staff). */
@Controller
class DashboardController {

    private final Dashboards dashboards;
    private final DashboardPage page;
    private final Exports exports;
    private final Organisations organisations;
    private final Grids grids;
    private final Clock clock;

    DashboardController(Dashboards dashboards, DashboardPage page, Exports exports, Organisations organisations,
                        Grids grids, Clock clock) {
        this.dashboards = dashboards;
        this.page = page;
        this.exports = exports;
        this.organisations = organisations;
        this.grids = grids;
        this.clock = clock;
    }

    @GetMapping("/evaluation/reseau")
    ModelAndView network(@ModelAttribute("filter") PeriodForm filter, BindingResult errors, Model model) {
        return show(DashboardScope.network(), null, "/evaluation/reseau", filter, errors, model);
    }

    @GetMapping("/evaluation/points/{id}")
    ModelAndView point(@PathVariable long id, @ModelAttribute("filter") PeriodForm filter, BindingResult errors,
                       Model model) {
        EvaluationScope.requirePoint(id);
        return show(DashboardScope.point(id), grids.pointName(id), "/evaluation/points/" + id, filter, errors, model);
    }

    @GetMapping("/evaluation/organismes/{id}")
    ModelAndView organisation(@PathVariable long id, @ModelAttribute("filter") PeriodForm filter,
                              BindingResult errors, Model model) {
        EvaluationScope.requireOrganisation(id);
        return show(DashboardScope.organisation(id), organisations.get(id).getName(), "/evaluation/organismes/" + id,
                filter, errors, model);
    }

    @GetMapping({"/evaluation/reseau/export.{format:csv|xlsx}", "/evaluation/points/{id}/export.{format:csv|xlsx}",
            "/evaluation/organismes/{organisation}/export.{format:csv|xlsx}"})
    ResponseEntity<byte[]> export(@PathVariable(required = false) Long id,
                                  @PathVariable(required = false) Long organisation, @PathVariable String format,
                                  @ModelAttribute PeriodForm filter, BindingResult errors, Locale locale) {
        DashboardScope scope = id != null ? DashboardScope.point(id)
                : organisation != null ? DashboardScope.organisation(organisation) : DashboardScope.network();
        if (id != null) {
            EvaluationScope.requirePoint(id);
        } else if (organisation != null) {
            EvaluationScope.requireOrganisation(organisation);
        }
        Period period = errors.hasErrors() ? null : filter.resolve(LocalDate.now(clock));
        if (period == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "période invalide");
        }
        return Exports.download("tableau-de-bord-" + period.from() + "-" + period.to(), format,
                exports.dashboard(dashboards.of(scope, period), locale));
    }

    private ModelAndView show(DashboardScope scope, String title, String path, PeriodForm filter,
                              BindingResult errors, Model model) {
        LocalDate today = LocalDate.now(clock);
        PeriodForm form = filter == null ? new PeriodForm(null, null, null) : filter;
        model.addAttribute("filter", form);
        Period period = errors.hasErrors() ? null : form.resolve(today);
        HttpStatus status = HttpStatus.OK;
        if (period == null) {
            errors.reject("evaluation.period.invalid");
            period = Period.preset(PeriodForm.DEFAULT, today).orElseThrow();
            status = HttpStatus.BAD_REQUEST;
        }
        page.fill(model, dashboards.of(scope, period), title, path);
        return new ModelAndView("evaluation/dashboard", model.asMap(), status);
    }
}
