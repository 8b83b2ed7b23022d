-- Quality charter (charte qualité): the network's commitments, and for each point how it meets them.

CREATE TABLE charter_commitment (
    id        BIGSERIAL PRIMARY KEY,
    theme     VARCHAR(20)  NOT NULL,
    position  INTEGER      NOT NULL,
    text      VARCHAR(500) NOT NULL,
    version   INTEGER      NOT NULL DEFAULT 0
);

CREATE TABLE charter_assessment (
    point_id       BIGINT        NOT NULL REFERENCES point (id) ON DELETE CASCADE,
    commitment_id  BIGINT        NOT NULL REFERENCES charter_commitment (id) ON DELETE CASCADE,
    arrangements   VARCHAR(2000) NOT NULL DEFAULT '',
    status         VARCHAR(12)   NOT NULL,
    evidence       VARCHAR(2000) NOT NULL DEFAULT '',
    file_name      VARCHAR(200),
    file_type      VARCHAR(40),
    file_content   BYTEA,
    updated_on     DATE          NOT NULL,
    version        INTEGER       NOT NULL DEFAULT 0,
    PRIMARY KEY (point_id, commitment_id)
);

-- The themes of the charter of the Relais Services Publics, in plain words; the coordinator edits them.
INSERT INTO charter_commitment (theme, position, text) VALUES
('ACCUEIL', 1, 'Chaque personne est accueillie par un médiateur formé, avec courtoisie, sans rendez-vous pendant les heures d’ouverture.'),
('ACCUEIL', 2, 'L’accueil est accessible aux personnes handicapées ou à mobilité réduite, ou une solution est proposée.'),
('INFORMATION', 3, 'Le point donne une information de premier niveau sur les droits et les démarches des organismes partenaires.'),
('INFORMATION', 4, 'La documentation des partenaires est à jour et en libre accès.'),
('ORIENTATION', 5, 'Quand le point ne peut pas répondre, la personne est orientée vers le bon interlocuteur, avec ses coordonnées.'),
('ORIENTATION', 6, 'Le médiateur propose un entretien en visio ou un rendez-vous avec l’organisme quand c’est utile.'),
('CONFIDENTIALITE', 7, 'Un espace isolé permet de parler de sa situation sans être entendu.'),
('CONFIDENTIALITE', 8, 'Les documents personnels ne sont ni copiés ni gardés sans l’accord de la personne.'),
('HORAIRES', 9, 'Les horaires d’ouverture sont affichés à l’entrée, publiés en ligne et respectés.'),
('HORAIRES', 10, 'Les fermetures exceptionnelles sont annoncées à l’avance.'),
('PARTENAIRES', 11, 'Chaque organisme partenaire a un correspondant joignable par le médiateur.'),
('PARTENAIRES', 12, 'Le médiateur participe aux réunions de suivi et aux formations des partenaires.'),
('EVALUATION', 13, 'Le point tient sa grille de comptage hebdomadaire à jour.'),
('EVALUATION', 14, 'Le point propose l’enquête de satisfaction aux personnes accueillies.');
