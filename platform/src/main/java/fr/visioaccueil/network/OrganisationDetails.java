package fr.visioaccueil.network;

import java.util.LinkedHashMap;
import java.util.Map;

/** The facts of a partner organisation, as edited in one form. */
public record OrganisationDetails(
        String name, String shortName, OrganisationCategory category, NationalOperator nationalOperator,
        String correspondentName, String correspondentEmail, String correspondentPhone, String website) {

    /** The same organisation with another correspondent, as its own correspondent may change it. */
    public OrganisationDetails withCorrespondent(String name, String email, String phone) {
        return new OrganisationDetails(this.name, shortName, category, nationalOperator, name, email, phone, website);
    }

    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("nom", name);
        map.put("sigle", shortName);
        map.put("catégorie", category);
        map.put("opérateur national", nationalOperator);
        map.put("correspondant", correspondentName);
        map.put("courriel du correspondant", correspondentEmail);
        map.put("téléphone du correspondant", correspondentPhone);
        map.put("site", website);
        return map;
    }
}
