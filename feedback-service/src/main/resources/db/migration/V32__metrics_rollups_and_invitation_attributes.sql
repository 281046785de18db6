-- Where an invitation was sent and what the business knows about it, for metrics broken down by
-- country and attribute; a response carries its invitation's, copied when it completes.
ALTER TABLE invitation ADD COLUMN country varchar(2), ADD COLUMN attributes jsonb;
ALTER TABLE response ADD COLUMN country varchar(2), ADD COLUMN attributes jsonb;

-- Responses counted per survey, UTC hour, language, country and score, maintained in the transaction
-- of each response: comparisons and breakdowns at a million responses read a few thousand rows.
CREATE TABLE response_rollup (
    survey_id uuid        NOT NULL,
    hour      timestamptz NOT NULL,
    language  varchar(35) NOT NULL,
    country   varchar(2)  NOT NULL,
    score     smallint    NOT NULL,
    n         bigint      NOT NULL,
    PRIMARY KEY (survey_id, hour, language, country, score)
);

-- The same per invitation attribute (key and value).
CREATE TABLE response_attribute_rollup (
    survey_id uuid         NOT NULL,
    key       varchar(100) NOT NULL,
    hour      timestamptz  NOT NULL,
    value     varchar(100) NOT NULL,
    score     smallint     NOT NULL,
    n         bigint       NOT NULL,
    PRIMARY KEY (survey_id, key, hour, value, score)
);

-- Completed responses only: a started one has no score and no completion time yet. (Fixed in place:
-- before the filter, a database holding started responses failed here and PostgreSQL rolled the whole
-- migration back, so no database ever applied the unfiltered version with such rows.)
INSERT INTO response_rollup (survey_id, hour, language, country, score, n)
SELECT survey_id, date_trunc('hour', completed_at, 'UTC'), language, '', score, count(*)
FROM response WHERE status = 'COMPLETED' GROUP BY 1, 2, 3, 4, 5;
