package fr.visioaccueil.network;

import java.util.LinkedHashMap;
import java.util.Map;

/** The network's identity, shown on every page: its names, colours, contact, and whether it has a logo. */
public record NetworkProfile(String name, String shortName, String territory, String primaryColor,
                             String accentColor, String contactEmail, String contactPhone, String contactAddress,
                             boolean hasLogo, int version) {

    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("nom", name);
        map.put("nom court", shortName);
        map.put("territoire", territory);
        map.put("couleur principale", primaryColor);
        map.put("couleur d'accent", accentColor);
        map.put("courriel", contactEmail);
        map.put("téléphone", contactPhone);
        map.put("adresse", contactAddress);
        return map;
    }
}
