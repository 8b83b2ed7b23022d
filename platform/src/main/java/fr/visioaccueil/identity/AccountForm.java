package fr.visioaccueil.identity;

import fr.visioaccueil.shared.StaffRole;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The coordinator's account form; {@code version} is null for a new account, {@code trained} null when unticked. */
record AccountForm(
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size}")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{validation.email}") String email,
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size}")
        String displayName,
        @NotNull(message = "{validation.required}") StaffRole role,
        Long organisationId,
        List<Long> pointIds,
        Boolean trained,
        Integer version) {

    static AccountForm empty() {
        return new AccountForm("", "", null, null, List.of(), false, null);
    }

    static AccountForm of(NewStaffAccount account, int version) {
        return new AccountForm(account.email(), account.displayName(), account.role(), account.organisationId(),
                List.copyOf(account.pointIds()), account.trained(), version);
    }

    NewStaffAccount details() {
        Set<Long> points = pointIds == null ? Set.of()
                : pointIds.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        return new NewStaffAccount(email, displayName, role, organisationId, points, Boolean.TRUE.equals(trained));
    }
}
