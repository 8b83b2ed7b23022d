package fr.visioaccueil.network;

import java.util.LinkedHashMap;
import java.util.Map;

/** The descriptive facts of a point, as edited in one form. */
public record PointDetails(
        String name, String commune, Long communityId, String address, String postcode,
        HostType hostType, String hostName, boolean confidentialRoom,
        boolean hasCamera, boolean hasScanner, boolean hasPrinter,
        String accessibility, String phone, String email, OpenDataFacts openData) {

    /** Field by field, for the audit log's "what changed". */
    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("nom", name);
        map.put("commune", commune);
        map.put("communauté", communityId);
        map.put("adresse", address);
        map.put("code postal", postcode);
        map.put("structure", hostType);
        map.put("hôte", hostName);
        map.put("salle confidentielle", confidentialRoom);
        map.put("caméra", hasCamera);
        map.put("scanner", hasScanner);
        map.put("imprimante", hasPrinter);
        map.put("accessibilité", accessibility);
        map.put("téléphone", phone);
        map.put("courriel", email);
        map.put("SIRET", openData.siret());
        map.put("code INSEE", openData.inseeCode());
        map.put("latitude", openData.latitude());
        map.put("longitude", openData.longitude());
        return map;
    }
}
