-- Generates a national-scale history for the evaluation benchmark, straight into the platform's own tables
-- (schema made by its Flyway migrations): :points points, 10 organisations, :days days ending yesterday, with
-- per point and day 2 visio interviews (table interview) and 8 desk services (evaluation_desk_service).
-- The counters (evaluation_tally, evaluation_network_tally) are then filled from those raw rows in one pass: the
-- same sums the platform's listeners and desk keep current one service at a time, done in bulk for generation.
\set ON_ERROR_STOP on
\timing on
SET synchronous_commit = off;
CREATE TEMP TABLE bench_point (n int, id bigint);
CREATE TEMP TABLE bench_org (n int, id bigint);

INSERT INTO community (name, seat, population)
SELECT 'Bench CC ' || n, 'Bench seat ' || n, 5000 FROM generate_series(1, :points) n;
INSERT INTO point (slug, name, commune, community_id, address, postcode, host_type, host_name)
SELECT 'bench-' || n, 'Bench point ' || n, 'Bench seat ' || n, c.id, '1 place de la Mairie', '46000', 'TOWN_HALL', 'Mairie'
  FROM generate_series(1, :points) n JOIN community c ON c.name = 'Bench CC ' || n;
INSERT INTO bench_point SELECT substr(slug, 7)::int, id FROM point WHERE slug LIKE 'bench-%';
INSERT INTO organisation (name, short_name, category)
SELECT 'Bench organisation ' || n, 'ORG' || n, CASE WHEN n % 2 = 0 THEN 'SOCIAL' ELSE 'EMPLOYMENT_TRAINING' END
  FROM generate_series(1, 10) n;
INSERT INTO bench_org SELECT substr(short_name, 4)::int, id FROM organisation WHERE name LIKE 'Bench organisation %';
INSERT INTO evaluation_organisation_service (organisation_id, service) SELECT id, 'ORG' || n FROM bench_org;
INSERT INTO distance (community_id, service, office_town, distance_km, drive_minutes, local_count)
SELECT c.id, 'ORG' || o.n, 'Préfecture', 5 + (c.id * 7 + o.n * 13) % 56, 6 + (c.id * 7 + o.n * 13) % 60, 0
  FROM community c CROSS JOIN bench_org o WHERE c.name LIKE 'Bench CC %';

-- 2 interviews per point and day, at 10:00 and 14:00 Paris time, waits of 0–19 minutes
INSERT INTO interview (point_id, organisation_id, requested_by, motif, privacy_acknowledged, status, requested_at,
                       admitted_at, admitted_by, started_at, ended_at, motif_confirmed, outcome, note)
SELECT p.id, o.id, 0, 'bench', TRUE, 'CLOSED', t, t + w, 0, t + w, t + w + interval '20 minutes', TRUE, 'RESOLVED', ''
  FROM bench_point p
 CROSS JOIN generate_series(0, :days - 1) d
 CROSS JOIN generate_series(1, 2) k
 CROSS JOIN LATERAL (SELECT ((current_date - :days + d)::timestamp + make_interval(hours => 6 + 4 * k))
                            AT TIME ZONE 'Europe/Paris' AS t,
                            make_interval(mins => (p.n + d * k) % 20) AS w) times
  JOIN bench_org o ON o.n = 1 + (p.n * 7 + d * 3 + k) % 10;

-- 8 desk services per point and day, one in three for an organisation
INSERT INTO evaluation_desk_service (point_id, organisation_id, kind, day, recorded_at, recorded_by)
SELECT p.id, CASE WHEN k % 3 = 0 THEN o.id ELSE 0 END,
       (ARRAY['DOCUMENTS','ONLINE_HELP','INTERNET','SCAN_PRINT','INFORMATION','OTHER'])[1 + (p.n + d + k) % 6],
       current_date - :days + d, (current_date - :days + d)::timestamp + make_interval(mins => 540 + 30 * k), 0
  FROM bench_point p
 CROSS JOIN generate_series(0, :days - 1) d
 CROSS JOIN generate_series(1, 8) k
  JOIN bench_org o ON o.n = 1 + (p.n + d + k) % 10;

INSERT INTO evaluation_tally (point_id, organisation_id, kind, day, services)
SELECT s.point_id, s.organisation_id, s.kind, s.day, count(*)
  FROM evaluation_desk_service s JOIN bench_point p ON p.id = s.point_id
 WHERE NOT s.undone GROUP BY 1, 2, 3, 4;
INSERT INTO evaluation_tally (point_id, organisation_id, kind, day, services, km, minutes, wait_seconds)
SELECT i.point_id, i.organisation_id, 'VISIO', (i.ended_at AT TIME ZONE 'Europe/Paris')::date, count(*),
       coalesce(sum(2 * d.distance_km), 0), coalesce(sum(2 * d.drive_minutes), 0),
       sum(extract(epoch FROM i.admitted_at - i.requested_at))::bigint
  FROM interview i JOIN bench_point b ON b.id = i.point_id JOIN point p ON p.id = i.point_id
  JOIN evaluation_organisation_service s ON s.organisation_id = i.organisation_id
  LEFT JOIN distance d ON d.community_id = p.community_id AND d.service = s.service
 GROUP BY 1, 2, 4;
INSERT INTO evaluation_network_tally (organisation_id, kind, day, services, km, minutes, wait_seconds)
SELECT organisation_id, kind, day, sum(services), sum(km), sum(minutes), sum(wait_seconds)
  FROM evaluation_tally GROUP BY 1, 2, 3
    ON CONFLICT (day, organisation_id, kind) DO UPDATE SET services = EXCLUDED.services, km = EXCLUDED.km,
       minutes = EXCLUDED.minutes, wait_seconds = EXCLUDED.wait_seconds;
VACUUM ANALYZE;
