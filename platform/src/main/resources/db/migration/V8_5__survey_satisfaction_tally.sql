-- Satisfaction counters: the answers to the overall question, and how many of them were satisfied, per point ×
-- organisation × answer day (organisation 0: an Internet consultation, about no organisation), and the same
-- summed over the points. The dashboards read these instead of joining every answer to its responses; the
-- transaction that records an answer adds it here too, so readers never wait for a refresh.
CREATE TABLE survey_satisfaction_tally (
    point_id         BIGINT  NOT NULL,
    organisation_id  BIGINT  NOT NULL,
    day              DATE    NOT NULL,
    answers          INTEGER NOT NULL DEFAULT 0,
    satisfied        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (point_id, day, organisation_id)
);

CREATE TABLE survey_network_satisfaction_tally (
    organisation_id  BIGINT  NOT NULL,
    day              DATE    NOT NULL,
    answers          INTEGER NOT NULL DEFAULT 0,
    satisfied        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, organisation_id)
);
CREATE INDEX survey_network_satisfaction_tally_organisation ON survey_network_satisfaction_tally (organisation_id, day);

-- The answers given before these counters existed
INSERT INTO survey_satisfaction_tally (point_id, organisation_id, day, answers, satisfied)
SELECT a.point_id, coalesce(a.organisation_id, 0), a.answered_on, count(*),
       count(*) FILTER (WHERE (q.kind = 'SMILEY3' AND r.value IN ('2', '3')) OR (q.kind = 'SCALE5' AND r.value IN ('4', '5')))
  FROM survey_answer a
  JOIN survey_response r ON r.answer_id = a.id
  JOIN survey_question q ON q.id = r.question_id AND q.overall AND q.kind IN ('SMILEY3', 'SCALE5')
 GROUP BY 1, 2, 3;
INSERT INTO survey_network_satisfaction_tally (organisation_id, day, answers, satisfied)
SELECT organisation_id, day, sum(answers), sum(satisfied) FROM survey_satisfaction_tally GROUP BY 1, 2;
