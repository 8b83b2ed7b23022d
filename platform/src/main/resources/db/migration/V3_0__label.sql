-- Label rule sets (référentiels du label) as data, and the one the network has chosen.
-- Categories and operators are the names of network.OrganisationCategory and network.NationalOperator.

CREATE TABLE label_rule_set (
    code                VARCHAR(30)   PRIMARY KEY,
    name                VARCHAR(120)  NOT NULL UNIQUE,
    position            SMALLINT      NOT NULL,
    min_weekly_minutes  INTEGER       NOT NULL CHECK (min_weekly_minutes BETWEEN 0 AND 10080),
    min_days            SMALLINT      NOT NULL CHECK (min_days BETWEEN 0 AND 7),
    required_categories VARCHAR(30)[] NOT NULL DEFAULT '{}',
    min_trained_staff   SMALLINT      NOT NULL DEFAULT 0 CHECK (min_trained_staff >= 0),
    required_operators  VARCHAR(30)[] NOT NULL DEFAULT '{}'
);

INSERT INTO label_rule_set (code, name, position, min_weekly_minutes, min_days, required_categories,
                            min_trained_staff, required_operators)
VALUES ('RSP_2009', 'Relais Services Publics (2009)', 1, 24 * 60, 3, '{SOCIAL,EMPLOYMENT_TRAINING}', 0, '{}'),
       ('FRANCE_SERVICES', 'France Services', 2, 24 * 60, 5, '{}', 2,
        '{CAF,CPAM,CNAV,MSA,FRANCE_TRAVAIL,DGFIP,ANTS,JUSTICE,LA_POSTE}');

CREATE TABLE label_setting (
    id                SMALLINT    PRIMARY KEY CHECK (id = 1),
    selected_rule_set VARCHAR(30) NOT NULL REFERENCES label_rule_set (code),
    version           INTEGER     NOT NULL DEFAULT 0
);
INSERT INTO label_setting (id, selected_rule_set) VALUES (1, 'RSP_2009');
