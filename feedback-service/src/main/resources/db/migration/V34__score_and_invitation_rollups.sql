-- Rollups that keep every metrics query small at a million responses, maintained in the transaction
-- that issues an invitation or completes a response. A range reads whole UTC days from the daily
-- tables, the whole hours around them from the hourly ones and only its partial hours at the ends
-- from the responses themselves, so each answer equals the count over the raw rows.

-- Completed responses per survey and UTC hour, one row per hour with a count per score (0-10, every
-- scale fits) and the sum of the scores: the day/week/month buckets of any time zone read one row per
-- hour (8,760 a year), not one per hour and score.
CREATE TABLE score_hour_rollup (
    survey_id uuid        NOT NULL,
    hour      timestamptz NOT NULL,
    n         bigint      NOT NULL,
    score_sum bigint      NOT NULL,
    score_0 bigint NOT NULL DEFAULT 0,
    score_1 bigint NOT NULL DEFAULT 0,
    score_2 bigint NOT NULL DEFAULT 0,
    score_3 bigint NOT NULL DEFAULT 0,
    score_4 bigint NOT NULL DEFAULT 0,
    score_5 bigint NOT NULL DEFAULT 0,
    score_6 bigint NOT NULL DEFAULT 0,
    score_7 bigint NOT NULL DEFAULT 0,
    score_8 bigint NOT NULL DEFAULT 0,
    score_9 bigint NOT NULL DEFAULT 0,
    score_10 bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (survey_id, hour)
);

-- Completed responses per survey, UTC day and score: the totals of long ranges.
CREATE TABLE score_day_rollup (
    survey_id uuid        NOT NULL,
    day       timestamptz NOT NULL,
    score     smallint    NOT NULL,
    n         bigint      NOT NULL,
    PRIMARY KEY (survey_id, day, score)
);

-- Per UTC day, language and country (the hourly table is response_rollup): breakdowns.
CREATE TABLE response_day_rollup (
    survey_id uuid        NOT NULL,
    day       timestamptz NOT NULL,
    language  varchar(35) NOT NULL,
    country   varchar(2)  NOT NULL,
    score     smallint    NOT NULL,
    n         bigint      NOT NULL,
    PRIMARY KEY (survey_id, day, language, country, score)
);

-- Per UTC day and invitation attribute (the hourly table is response_attribute_rollup).
CREATE TABLE response_attribute_day_rollup (
    survey_id uuid         NOT NULL,
    key       varchar(100) NOT NULL,
    day       timestamptz  NOT NULL,
    value     varchar(100) NOT NULL,
    score     smallint     NOT NULL,
    n         bigint       NOT NULL,
    PRIMARY KEY (survey_id, key, day, value, score)
);

-- Invitations per survey and UTC hour they were sent in, and how many of them have been answered:
-- the response rate without counting invitations row by row.
CREATE TABLE invitation_rollup (
    survey_id uuid        NOT NULL,
    hour      timestamptz NOT NULL,
    invited   bigint      NOT NULL,
    answered  bigint      NOT NULL,
    PRIMARY KEY (survey_id, hour)
);

INSERT INTO score_hour_rollup (survey_id, hour, n, score_sum, score_0, score_1, score_2, score_3, score_4, score_5, score_6, score_7, score_8, score_9, score_10)
SELECT survey_id, date_trunc('hour', completed_at, 'UTC'), count(*), sum(score),
       count(*) FILTER (WHERE score = 0),
       count(*) FILTER (WHERE score = 1),
       count(*) FILTER (WHERE score = 2),
       count(*) FILTER (WHERE score = 3),
       count(*) FILTER (WHERE score = 4),
       count(*) FILTER (WHERE score = 5),
       count(*) FILTER (WHERE score = 6),
       count(*) FILTER (WHERE score = 7),
       count(*) FILTER (WHERE score = 8),
       count(*) FILTER (WHERE score = 9),
       count(*) FILTER (WHERE score = 10)
FROM response WHERE status = 'COMPLETED' GROUP BY 1, 2;

INSERT INTO score_day_rollup (survey_id, day, score, n)
SELECT survey_id, date_trunc('day', completed_at, 'UTC'), score, count(*)
FROM response WHERE status = 'COMPLETED' GROUP BY 1, 2, 3;

INSERT INTO response_day_rollup (survey_id, day, language, country, score, n)
SELECT survey_id, date_trunc('day', completed_at, 'UTC'), language, coalesce(country, ''), score, count(*)
FROM response WHERE status = 'COMPLETED' GROUP BY 1, 2, 3, 4, 5;

INSERT INTO response_attribute_day_rollup (survey_id, key, day, value, score, n)
SELECT r.survey_id, a.key, date_trunc('day', r.completed_at, 'UTC'), a.value, r.score, count(*)
FROM response r, jsonb_each_text(r.attributes) a WHERE r.status = 'COMPLETED' GROUP BY 1, 2, 3, 4, 5;

INSERT INTO invitation_rollup (survey_id, hour, invited, answered)
SELECT survey_id, date_trunc('hour', invited_at, 'UTC'), count(*), count(*) FILTER (WHERE used_at IS NOT NULL)
FROM invitation GROUP BY 1, 2;
