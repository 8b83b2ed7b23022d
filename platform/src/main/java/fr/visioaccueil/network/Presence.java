package fr.visioaccueil.network;

import java.time.LocalTime;
import org.springframework.data.relational.core.mapping.Table;

/** When a partner is present at a point under a convention, on site or by visio. */
@Table("convention_presence")
public record Presence(int day, LocalTime opens, LocalTime closes, PresenceMode mode) implements WeeklyRange {

    public Presence {
        WeeklySchedule.requireValid(day, opens, closes);
        if (mode == null) {
            throw new InvalidChange("mode", "presence.mode.required");
        }
    }
}
