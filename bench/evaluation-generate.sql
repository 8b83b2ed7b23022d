-- Generates a national-scale history for the evaluation benchmark, straight into the platform's own tables
-- (schema made by its Flyway migrations): :points points, 10 organisations, :days days ending yesterday, with
-- per point and day 2 visio interviews (table interview), 8 desk services (evaluation_desk_service) and one
-- appointment (appointment: 4 % not honoured, 5 % cancelled), and satisfaction survey answers (six-month campaigns
-- with the default questionnaire; one answer per 5 interviews and per 10 Internet consultations).
-- The counters (evaluation_tally, evaluation_network_tally, survey_satisfaction_tally and its network twin) are
-- then filled from those raw rows in one pass: the same sums the platform's listeners, desk and survey keep
-- current one service or answer at a time, done in bulk for generation; so is the ledger of counted events
-- (evaluation_counted) that the listeners write.
\set ON_ERROR_STOP on
\timing on
SET synchronous_commit = off;
CREATE TEMP TABLE bench_point (n int, id bigint);
CREATE TEMP TABLE bench_org (n int, id bigint);

-- Bulk loading: the big tables' keys, indexes, exclusion and foreign-key constraints are set aside while their rows
-- go in, then rebuilt from their own definitions (as the migrations made them) and checked over all rows at once,
-- instead of once per row. A generated row that broke one of them fails the rebuild, so nothing is skipped.
CREATE TEMP TABLE bench_deferred AS
WITH big AS (SELECT unnest(ARRAY['interview', 'evaluation_desk_service', 'appointment', 'evaluation_counted',
                                 'evaluation_tally', 'survey_answer', 'survey_response', 'survey_invitation',
                                 'survey_satisfaction_tally']::regclass[]) AS rel)
SELECT c.conrelid::regclass::text AS tab, 'constraint' AS what, quote_ident(c.conname) AS name,
       pg_get_constraintdef(c.oid) AS def, CASE WHEN c.contype = 'f' THEN 3 ELSE 1 END AS step
  FROM pg_constraint c
 WHERE c.contype IN ('p', 'u', 'x', 'f') AND (c.conrelid IN (SELECT rel FROM big)
       OR c.contype = 'f' AND c.confrelid IN (SELECT rel FROM big))
UNION ALL
SELECT i.indrelid::regclass::text, 'index', i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid), 2
  FROM pg_index i
 WHERE i.indrelid IN (SELECT rel FROM big)
   AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'));
DO $$
DECLARE d record;
BEGIN
  FOR d IN SELECT * FROM bench_deferred ORDER BY step DESC LOOP
    EXECUTE CASE d.what WHEN 'index' THEN 'DROP INDEX ' || d.name
                        ELSE 'ALTER TABLE ' || d.tab || ' DROP CONSTRAINT ' || d.name END;
  END LOOP;
END $$;

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

-- Partner agents (280 per organisation), a motif and a permanence per organisation serving every point
INSERT INTO staff_account (email, display_name, role, organisation_id)
SELECT 'agent-' || o.n || '-' || a || '@bench.example', 'Bench agent ' || o.n || '-' || a, 'PARTNER_AGENT', o.id
  FROM bench_org o CROSS JOIN generate_series(0, least(:points, 280) - 1) a;
CREATE TEMP TABLE bench_agent AS
SELECT o.n AS org_n, split_part(split_part(s.email, '@', 1), '-', 3)::int AS a, s.id
  FROM staff_account s JOIN bench_org o ON o.id = s.organisation_id WHERE s.email LIKE '%@bench.example';
INSERT INTO booking_motif (organisation_id, label, duration_minutes) SELECT id, 'Bench motif', 30 FROM bench_org;
INSERT INTO permanence (organisation_id, slot_minutes, first_day, last_day)
SELECT id, 30, current_date - :days, current_date + 365 FROM bench_org;
INSERT INTO permanence_point (permanence_id, point_id)
SELECT m.id, p.id FROM permanence m JOIN bench_org o ON o.id = m.organisation_id CROSS JOIN bench_point p;
INSERT INTO permanence_agent (permanence_id, agent_account_id)
SELECT m.id, a.id FROM permanence m JOIN bench_org o ON o.id = m.organisation_id JOIN bench_agent a ON a.org_n = o.n;
INSERT INTO permanence_range (permanence_id, day, opens, closes)
SELECT m.id, d, '08:30', '14:00' FROM permanence m JOIN bench_org o ON o.id = m.organisation_id
 CROSS JOIN generate_series(1, 5) d;

-- One appointment per point and day, with the organisation of the day's 10:00 interview, which it honoured; one
-- agent serves 10 or 11 points, each in its own half-hour between 8:30 and 13:30, so that no slot overlaps
INSERT INTO appointment (organisation_id, point_id, permanence_id, agent_account_id, motif_id, starts_at, ends_at,
                         citizen_name, citizen_phone, contact_key, status, booked_by, booked_at, interview_id,
                         cancelled_by, changed_at)
SELECT i.organisation_id, i.point_id, m.id, a.id, f.id, s.start, s.start + interval '30 minutes', 'Bench citizen',
       '0565000000', '0565000000', s.status, 'POINT', s.start - interval '8 days',
       CASE WHEN s.status = 'HONOURED' THEN i.id END, CASE WHEN s.status = 'CANCELLED' THEN 'CITIZEN' END,
       CASE s.status WHEN 'CANCELLED' THEN s.start - interval '2 days' ELSE s.start + interval '20 minutes' END
  FROM interview i
  JOIN bench_point p ON p.id = i.point_id
  JOIN bench_org o ON o.id = i.organisation_id
  JOIN bench_agent a ON a.org_n = o.n AND a.a = p.n % 280
  JOIN permanence m ON m.organisation_id = i.organisation_id
  JOIN booking_motif f ON f.organisation_id = i.organisation_id
 CROSS JOIN LATERAL (SELECT (((i.requested_at AT TIME ZONE 'Europe/Paris')::date + time '08:30')
                             + make_interval(mins => 30 * (p.n / 280))) AT TIME ZONE 'Europe/Paris' AS start,
                            CASE WHEN i.id * 37 % 100 < 4 THEN 'NO_SHOW' WHEN i.id * 37 % 100 < 9 THEN 'CANCELLED'
                                 ELSE 'HONOURED' END AS status) s
 WHERE extract(hour FROM i.requested_at AT TIME ZONE 'Europe/Paris') = 10
 ORDER BY s.start;

-- Satisfaction survey: six-month campaigns one after the other, each with the default questionnaire
INSERT INTO survey_campaign (name, starts_on, ends_on)
SELECT 'Bench campaign ' || c, current_date - :days + 183 * c, current_date - :days + 183 * c + 182
  FROM generate_series(0, (:days - 1) / 183) c;
INSERT INTO survey_question (campaign_id, position, kind, label, required, choices, overall)
SELECT c.id, q.position, q.kind, q.label, q.position = 1, q.choices, q.position = 1
  FROM survey_campaign c CROSS JOIN (VALUES
       (1, 'SMILEY3', 'Êtes-vous content de votre passage aujourd’hui ?', ''),
       (2, 'SINGLE', 'Avez-vous gagné du temps en venant ici ?', E'Oui, beaucoup\nUn peu\nNon'),
       (3, 'SINGLE', 'Reviendriez-vous ici pour une autre démarche ?', E'Oui\nPeut-être\nNon'),
       (4, 'SCALE5', 'Les explications étaient-elles claires ?', ''),
       (5, 'MULTIPLE', 'Qu’est-ce qui a été difficile ?', E'Rien\nComprendre ce qu’il fallait faire\n'
           || E'Entendre ou voir la personne en visio\nAvoir les bons papiers\nAttendre'),
       (6, 'TEXT', 'Voulez-vous ajouter quelque chose ?', '')) q (position, kind, label, choices)
 WHERE c.name LIKE 'Bench campaign %';

-- Answers in the order they come in (day by day): one per 5 visio interviews, one per 10 Internet consultations
INSERT INTO survey_answer (campaign_id, point_id, kind, organisation_id, answered_on)
SELECT c.id, v.point_id, v.kind, v.organisation_id, v.day
  FROM (SELECT point_id, 'VISIO' AS kind, organisation_id, (ended_at AT TIME ZONE 'Europe/Paris')::date AS day
          FROM interview i JOIN bench_point p ON p.id = i.point_id WHERE i.id % 5 = 0
        UNION ALL
        SELECT point_id, 'INTERNET', NULL, day
          FROM evaluation_desk_service s JOIN bench_point p ON p.id = s.point_id
         WHERE s.kind = 'INTERNET' AND s.id % 10 = 0) v
  JOIN survey_campaign c ON v.day BETWEEN c.starts_on AND c.ends_on AND c.name LIKE 'Bench campaign %'
 ORDER BY v.day, v.point_id;
-- The invitation each answer consumed (no unanswered invitation is generated)
INSERT INTO survey_invitation (token_hash, campaign_id, point_id, kind, organisation_id, issued_on, expires_on, used)
SELECT md5('bench-a' || a.id) || md5('bench-b' || a.id), a.campaign_id, a.point_id, a.kind, a.organisation_id,
       a.answered_on, a.answered_on + 14, TRUE
  FROM survey_answer a JOIN bench_point p ON p.id = a.point_id;
-- The overall face always (10 % unhappy, 20 % neutral, 70 % happy), the other questions often, a comment rarely
INSERT INTO survey_response (answer_id, question_id, value)
SELECT a.id, q.id, r.value
  FROM survey_answer a JOIN bench_point p ON p.id = a.point_id
  JOIN survey_question q ON q.campaign_id = a.campaign_id
 CROSS JOIN LATERAL (SELECT (hashint8(a.id)::bigint & 2147483647) AS h) x
 CROSS JOIN generate_series(1, 2) k
 CROSS JOIN LATERAL (SELECT CASE
         WHEN k = 2 AND q.position <> 5 THEN NULL
         WHEN q.position = 1 THEN CASE WHEN x.h % 10 = 0 THEN '1' WHEN x.h % 10 < 3 THEN '2' ELSE '3' END
         WHEN q.position IN (2, 3) AND x.h / 10 % 10 < 8 THEN split_part(q.choices, E'\n', (1 + (x.h / 100 + q.position) % 3)::int)
         WHEN q.position = 4 AND x.h / 1000 % 10 < 6 THEN (5 - x.h / 10000 % 3)::text
         WHEN q.position = 5 AND x.h / 100000 % 10 < 6 AND (k = 1 OR x.h / 1000000 % 4 = 0)
              THEN split_part(q.choices, E'\n', (1 + (x.h / 10 + 2 * k) % 5)::int)
         WHEN q.position = 6 AND x.h / 10000000 % 20 = 0 THEN 'Très bien, merci.'
       END AS value) r
 WHERE r.value IS NOT NULL
 ORDER BY a.id, q.position;

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
INSERT INTO evaluation_tally (point_id, organisation_id, kind, day, services)
SELECT a.point_id, a.organisation_id, k.kind, (a.starts_at AT TIME ZONE 'Europe/Paris')::date,
       count(*) FILTER (WHERE k.kind = 'APPOINTMENT' AND a.status <> 'CANCELLED' OR a.status = 'NO_SHOW')
  FROM appointment a JOIN bench_point p ON p.id = a.point_id
 CROSS JOIN (VALUES ('APPOINTMENT'), ('NO_SHOW')) k (kind)
 WHERE k.kind = 'APPOINTMENT' OR a.status = 'NO_SHOW'
 GROUP BY 1, 2, 3, 4;
INSERT INTO evaluation_network_tally (organisation_id, kind, day, services, km, minutes, wait_seconds)
SELECT organisation_id, kind, day, sum(services), sum(km), sum(minutes), sum(wait_seconds)
  FROM evaluation_tally GROUP BY 1, 2, 3
    ON CONFLICT (day, organisation_id, kind) DO UPDATE SET services = EXCLUDED.services, km = EXCLUDED.km,
       minutes = EXCLUDED.minutes, wait_seconds = EXCLUDED.wait_seconds;
-- The events the listeners counted, each once: ended interviews, and booked, cancelled, missed appointments
INSERT INTO evaluation_counted (source, counted_at)
SELECT 'interview:' || i.id, i.ended_at FROM interview i JOIN bench_point p ON p.id = i.point_id;
INSERT INTO evaluation_counted (source, counted_at)
SELECT 'appointment:' || a.id || ':' || c.change, c.at
  FROM appointment a JOIN bench_point p ON p.id = a.point_id
 CROSS JOIN LATERAL (VALUES ('booked', a.booked_at, TRUE), ('cancelled', a.changed_at, a.status = 'CANCELLED'),
                            ('no-show', a.changed_at, a.status = 'NO_SHOW')) c (change, at, happened)
 WHERE c.happened;

INSERT INTO survey_satisfaction_tally (point_id, organisation_id, day, answers, satisfied)
SELECT a.point_id, coalesce(a.organisation_id, 0), a.answered_on, count(*),
       count(*) FILTER (WHERE (q.kind = 'SMILEY3' AND r.value IN ('2', '3')) OR (q.kind = 'SCALE5' AND r.value IN ('4', '5')))
  FROM survey_answer a JOIN bench_point p ON p.id = a.point_id
  JOIN survey_response r ON r.answer_id = a.id
  JOIN survey_question q ON q.id = r.question_id AND q.overall AND q.kind IN ('SMILEY3', 'SCALE5')
 GROUP BY 1, 2, 3;
INSERT INTO survey_network_satisfaction_tally (organisation_id, day, answers, satisfied)
SELECT organisation_id, day, sum(answers), sum(satisfied) FROM survey_satisfaction_tally GROUP BY 1, 2
    ON CONFLICT (day, organisation_id) DO UPDATE SET answers = EXCLUDED.answers, satisfied = EXCLUDED.satisfied;

-- Keys and unique, exclusion constraints first, then the other indexes, then the foreign keys, checked
ANALYZE;
DO $$
DECLARE d record;
BEGIN
  FOR d IN SELECT * FROM bench_deferred ORDER BY step LOOP
    EXECUTE CASE d.what WHEN 'index' THEN d.def
                        ELSE 'ALTER TABLE ' || d.tab || ' ADD CONSTRAINT ' || d.name || ' ' || d.def END;
  END LOOP;
END $$;
VACUUM ANALYZE;
