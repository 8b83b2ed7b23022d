package fr.visioaccueil.demo;

import fr.visioaccueil.network.HostType;
import fr.visioaccueil.network.NationalOperator;
import fr.visioaccueil.network.OrganisationCategory;
import java.util.List;

/**
 * The facts of the Lot network in 2009 (seed, pages 5–7): nine points in the communities of communes,
 * six partner organisations, about fifteen mediators.
 */
final class LotNetwork {

    /**
     * {@code inseeCode}, {@code latitude} and {@code longitude}: the commune's code officiel géographique and the
     * coordinates of its centre (Wikipédia's commune articles, from INSEE and IGN), what the open data needs
     * until a coordinator geocodes the exact address. Sousceyrac has been Sousceyrac-en-Quercy since 2016; the
     * new commune kept its code. No SIRET: the host structures' numbers are not part of the seed.
     */
    record DemoPoint(String commune, String community, String postcode, String address, HostType hostType,
                     String hostName, boolean weakHours, String inseeCode, String latitude, String longitude) {
    }

    record DemoOrganisation(String name, String shortName, OrganisationCategory category,
                            NationalOperator operator, String correspondent, String services) {
    }

    static final String DOMAIN = "espap46.example";

    static final List<DemoPoint> POINTS = List.of(
            new DemoPoint("Bretenoux", "Cère et Dordogne", "46130", "2 avenue de la Libération",
                    HostType.CYBER_BASE, "Cyber-base de Cère et Dordogne", false,
                    "46038", "44.9150", "1.8392"),
            new DemoPoint("Gourdon", "Quercy Bouriane", "46300", "Allées de la République",
                    HostType.CYBER_BASE, "Cyber-base de Quercy Bouriane", false,
                    "46127", "44.7371", "1.3825"),
            new DemoPoint("Lacapelle-Marival", "Causse Ségala Limargue", "46120", "Place de la Halle",
                    HostType.CYBER_BASE, "Cyber-base du Ségala Limargue", false,
                    "46143", "44.7297", "1.9267"),
            new DemoPoint("Latronquière", "Haut Ségala", "46210", "Le Bourg",
                    HostType.CYBER_BASE, "Cyber-base du Haut Ségala", false,
                    "46160", "44.8006", "2.0789"),
            new DemoPoint("Salviac", "Pays de Salviac", "46340", "Place du Foirail",
                    HostType.CYBER_BASE, "Cyber-base du Pays de Salviac", false,
                    "46297", "44.6833", "1.2667"),
            new DemoPoint("Catus", "Pays de Catus", "46150", "Rue du Barry",
                    HostType.CYBER_BASE, "Cyber-base du CIAS de Catus", false,
                    "46064", "44.5572", "1.3378"),
            new DemoPoint("Livernon", "Vallée et Causse", "46320", "Route de Figeac",
                    HostType.COMMUNITY_HOUSE, "Maison communautaire Vallée et Causse", false,
                    "46176", "44.6481", "1.8433"),
            new DemoPoint("Assier", "Vallée et Causse", "46320", "Place de l’Église",
                    HostType.TOWN_HALL, "Mairie d’Assier", false,
                    "46009", "44.6761", "1.8775"),
            new DemoPoint("Sousceyrac", "Haut Ségala", "46190", "Place de la Mairie",
                    HostType.TOWN_HALL, "Mairie de Sousceyrac", true,
                    "46311", "44.8742", "2.0364"));

    static final List<DemoOrganisation> ORGANISATIONS = List.of(
            new DemoOrganisation("Caisse d’allocations familiales du Lot", "CAF", OrganisationCategory.SOCIAL,
                    NationalOperator.CAF, "Martine Delpech", "Prestations familiales, logement, RSA"),
            new DemoOrganisation("Caisse régionale d’assurance maladie Midi-Pyrénées", "CRAM",
                    OrganisationCategory.SOCIAL, NationalOperator.CNAV, "Jean-Pierre Lacoste",
                    "Retraite : relevé de carrière, demande de pension"),
            new DemoOrganisation("Caisse primaire d’assurance maladie du Lot", "CPAM", OrganisationCategory.SOCIAL,
                    NationalOperator.CPAM, "Sylvie Marty", "Remboursements, carte Vitale, CMU"),
            new DemoOrganisation("UDAF du Lot — Point info famille", "UDAF", OrganisationCategory.SOCIAL,
                    null, "Hélène Bouscary", "Information des familles, médiation familiale"),
            new DemoOrganisation("Mission Locale du Lot", "Mission Locale", OrganisationCategory.EMPLOYMENT_TRAINING,
                    null, "Karim Benali", "Jeunes de 16 à 25 ans : emploi, formation, logement"),
            new DemoOrganisation("Agence nationale pour l’emploi — Lot", "ANPE",
                    OrganisationCategory.EMPLOYMENT_TRAINING, NationalOperator.FRANCE_TRAVAIL, "Patrick Vidal",
                    "Inscription, offres d’emploi, suivi des demandeurs"));

    /** About fifteen mediators, as in the seed: one or two per point. */
    static final List<List<String>> MEDIATORS = List.of(
            List.of("Bretenoux", "Claire Lafon"), List.of("Bretenoux", "Thomas Rigal"),
            List.of("Gourdon", "Nadia Cayrou"), List.of("Gourdon", "Julien Bouyssou"),
            List.of("Lacapelle-Marival", "Sophie Carrière"), List.of("Lacapelle-Marival", "Marc Delbos"),
            List.of("Latronquière", "Émilie Fournié"), List.of("Salviac", "Laurent Pélissié"),
            List.of("Salviac", "Anne Gaston"), List.of("Catus", "Céline Vayssière"),
            List.of("Catus", "Pierre Lagarrigue"), List.of("Livernon", "Isabelle Couderc"),
            List.of("Assier", "Bernard Malbec"), List.of("Sousceyrac", "Valérie Roques"),
            List.of("Livernon", "Damien Soulié"));

    private LotNetwork() {
    }
}
