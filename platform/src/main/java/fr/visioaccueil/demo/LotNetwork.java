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

    record DemoPoint(String commune, String community, String postcode, String address, HostType hostType,
                     String hostName, boolean weakHours) {
    }

    record DemoOrganisation(String name, String shortName, OrganisationCategory category,
                            NationalOperator operator, String correspondent, String services) {
    }

    static final String DOMAIN = "espap46.example";

    static final List<DemoPoint> POINTS = List.of(
            new DemoPoint("Bretenoux", "Cère et Dordogne", "46130", "2 avenue de la Libération",
                    HostType.CYBER_BASE, "Cyber-base de Cère et Dordogne", false),
            new DemoPoint("Gourdon", "Quercy Bouriane", "46300", "Allées de la République",
                    HostType.CYBER_BASE, "Cyber-base de Quercy Bouriane", false),
            new DemoPoint("Lacapelle-Marival", "Causse Ségala Limargue", "46120", "Place de la Halle",
                    HostType.CYBER_BASE, "Cyber-base du Ségala Limargue", false),
            new DemoPoint("Latronquière", "Haut Ségala", "46210", "Le Bourg",
                    HostType.CYBER_BASE, "Cyber-base du Haut Ségala", false),
            new DemoPoint("Salviac", "Pays de Salviac", "46340", "Place du Foirail",
                    HostType.CYBER_BASE, "Cyber-base du Pays de Salviac", false),
            new DemoPoint("Catus", "Pays de Catus", "46150", "Rue du Barry",
                    HostType.CYBER_BASE, "Cyber-base du CIAS de Catus", false),
            new DemoPoint("Livernon", "Vallée et Causse", "46320", "Route de Figeac",
                    HostType.COMMUNITY_HOUSE, "Maison communautaire Vallée et Causse", false),
            new DemoPoint("Assier", "Vallée et Causse", "46320", "Place de l’Église",
                    HostType.TOWN_HALL, "Mairie d’Assier", false),
            new DemoPoint("Sousceyrac", "Haut Ségala", "46190", "Place de la Mairie",
                    HostType.TOWN_HALL, "Mairie de Sousceyrac", true));

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
