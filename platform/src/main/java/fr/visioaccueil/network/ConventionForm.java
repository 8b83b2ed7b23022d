package fr.visioaccueil.network;

import static fr.visioaccueil.network.PointForm.text;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/** A convention as typed by the coordinator, with its presence rows and, optionally, the signed PDF. */
record ConventionForm(
        int version,
        @NotNull(message = "{validation.required}") Long pointId,
        @NotNull(message = "{validation.required}") Long organisationId,
        @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.size}") String services,
        @Size(max = 500, message = "{validation.size}") String equipment,
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size}")
        String correspondentName,
        @Email(message = "{validation.email}") @Size(max = 120, message = "{validation.size}")
        String correspondentEmail,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate startsOn,
        @DateTimeFormat(iso = ISO.DATE) LocalDate endsOn,
        @Size(max = 20, message = "{validation.rows}") @Valid List<PresenceRow> presences,
        MultipartFile document) {

    static final int PRESENCE_ROWS = 6;

    /** One weekly presence of the partner; a row left empty is ignored. */
    record PresenceRow(
            @Min(value = 1, message = "{validation.day}") @Max(value = 7, message = "{validation.day}") Integer day,
            @Pattern(regexp = FormPatterns.TIME, message = "{validation.time}") String opens,
            @Pattern(regexp = FormPatterns.TIME, message = "{validation.time}") String closes,
            PresenceMode mode) {
    }

    static ConventionForm empty(Long pointId, Long organisationId) {
        return new ConventionForm(0, pointId, organisationId, "", "", "", "", null, null, rows(List.of()), null);
    }

    static ConventionForm of(Convention convention) {
        ConventionTerms t = convention.terms();
        return new ConventionForm(convention.getVersion(), t.pointId(), t.organisationId(), t.services(),
                t.equipment(), t.correspondentName(), t.correspondentEmail(), t.startsOn(), t.endsOn(),
                rows(t.presences()), null);
    }

    private static List<PresenceRow> rows(List<Presence> presences) {
        List<PresenceRow> rows = new ArrayList<>(presences.stream().map(p -> new PresenceRow(p.day(),
                p.opens().toString(), p.closes().toString(), p.mode())).toList());
        while (rows.size() < PRESENCE_ROWS) {
            rows.add(new PresenceRow(null, "", "", null));
        }
        return rows;
    }

    /** The signed PDF when one was chosen; anything else (by its content, not its name) is refused on the field. */
    Optional<SignedDocument> toDocument(Errors errors) {
        byte[] bytes = Uploads.bytes(document);
        if (bytes == null) {
            return Optional.empty();
        }
        Optional<SignedDocument> pdf = SignedDocument.from(document.getOriginalFilename(), bytes);
        if (pdf.isEmpty()) {
            errors.rejectValue("document", "convention.document.invalid");
        }
        return pdf;
    }

    /** The terms, or empty once each refused row carries its reason on its own fields. */
    Optional<ConventionTerms> toTerms(Errors errors) {
        List<Presence> list = new ArrayList<>();
        List<PresenceRow> rows = Objects.requireNonNullElse(presences, List.of());
        for (int i = 0; i < rows.size(); i++) {
            presence(errors, "presences[" + i + "]", rows.get(i)).ifPresent(list::add);
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new ConventionTerms(pointId, organisationId, services.strip(), text(equipment),
                correspondentName.strip(), text(correspondentEmail), startsOn, endsOn, list));
    }

    private static Optional<Presence> presence(Errors errors, String path, PresenceRow row) {
        if (row == null || RangeRows.isBlank(row.day(), row.opens(), row.closes(), row.mode())) {
            return Optional.empty();
        }
        boolean incomplete = RangeRows.isMissing(errors, path + ".day", row.day())
                | RangeRows.isMissing(errors, path + ".mode", row.mode());
        return RangeRows.toRange(errors, path, row.opens(), row.closes(), (opens, closes) -> incomplete
                ? null : new Presence(row.day(), opens, closes, row.mode()));
    }
}
