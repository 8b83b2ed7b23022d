package fr.visioaccueil.evaluation;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What a dashboard page needs beyond the figures: its charts, laid out, and the CO₂ factor's source. */
@Component
class DashboardPage {

    private final MessageSource messages;
    private final EvaluationProperties properties;

    DashboardPage(MessageSource messages, EvaluationProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    void fill(Model model, Dashboard dashboard, String title, String path) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("scopeTitle", title);
        model.addAttribute("path", path);
        model.addAttribute("presets", Period.PRESETS);
        model.addAttribute("weeksChart", Chart.columns(
                dashboard.weeks().stream().map(line -> line.week().toString().substring(5)).toList(),
                dashboard.weeks().stream().map(Dashboard.WeekLine::total).toList()));
        model.addAttribute("kindsChart", Chart.rows(
                dashboard.byKind().keySet().stream()
                        .map(kind -> messages.getMessage("evaluation.kind." + kind, null, locale)).toList(),
                List.copyOf(dashboard.byKind().values())));
        model.addAttribute("co2Source", properties.co2Source().isBlank()
                ? messages.getMessage("evaluation.co2.source", null, locale) : properties.co2Source());
        model.addAttribute("co2Factor", properties.co2KgPerKm());
    }
}
