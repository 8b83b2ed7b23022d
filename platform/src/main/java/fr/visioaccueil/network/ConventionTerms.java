package fr.visioaccueil.network;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a convention between a point and an organisation says, as edited in one form. */
public record ConventionTerms(
        long pointId, long organisationId, String services, String equipment,
        String correspondentName, String correspondentEmail, LocalDate startsOn, LocalDate endsOn,
        List<Presence> presences) {

    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("point", pointId);
        map.put("organisme", organisationId);
        map.put("services", services);
        map.put("équipement", equipment);
        map.put("correspondant", correspondentName);
        map.put("courriel du correspondant", correspondentEmail);
        map.put("début", startsOn);
        map.put("fin", endsOn);
        map.put("présences", presences);
        return map;
    }
}
