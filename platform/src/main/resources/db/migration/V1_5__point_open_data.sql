-- What the national data schema of the lieux de médiation numérique asks of a point beyond its address: the SIRET
-- of its host structure (the schema's "pivot"), the commune's INSEE code and WGS84 coordinates. Empty or null
-- until the coordinator fills them.
ALTER TABLE point
    ADD COLUMN siret      VARCHAR(14) NOT NULL DEFAULT '',
    ADD COLUMN insee_code VARCHAR(5)  NOT NULL DEFAULT '',
    ADD COLUMN latitude   NUMERIC(8, 6) CHECK (latitude BETWEEN -90 AND 90),
    ADD COLUMN longitude  NUMERIC(9, 6) CHECK (longitude BETWEEN -180 AND 180),
    ADD CONSTRAINT point_coordinates_together CHECK ((latitude IS NULL) = (longitude IS NULL));
