-- The same three computations as the SDK, in PostgreSQL SQL, written as a PostgreSQL expert would (issue 19; the
-- analyst's first version is sql/naive/postgres.sql). The CSV files are loaded with COPY (the harness streams each
-- file to the "COPY ... FROM STDIN" after a "-- copy: file" line), then queried. The harness replaces {as_at} with the
-- as-at date and runs each statement in order; a statement after a "-- output: name" line is one of the results
-- compared.
-- Rules (docs/articles/encounters.md, Careers.Gatsby): the Derby Opportunity Area entitlement (four meaningful
-- encounters with employers, Years 7 to 11, counted once per learner per activity), and Gatsby Benchmark 5 of the
-- 2024 schools edition (at least one meaningful employer encounter in the current academic year; all of a learner's
-- rows for one activity are one encounter, judged on their evidence together).
-- How: each file is copied with FREEZE into an unlogged table created in the same transaction (no WAL, no hint-bit
-- rewrites on the first read), typed: ids in the "C" collation (byte order, no locale work in sorts and hashes), the
-- kind an ENUM whose first eight values are the employer kinds, the date a date, the number of employers a smallint
-- (COPY cannot skip a column of the file, and nothing reads it). One pass over the table makes one aggregate per
-- learner (grouping by learner and activity first makes a hash table of every row, three times slower): the activities
-- that count, deduplicated per learner, and the Benchmark 5 evidence of each employer encounter of the year as bits,
-- OR-ed per activity; the academic year is arithmetic on the date; the flags are tested with strpos only on the rows
-- that pass the cheap tests.

SET work_mem = '1GB';

SET max_parallel_workers_per_gather = 2;

SET jit = off;

DROP TABLE IF EXISTS encounters, learners, institutions, learner_status;

DROP TYPE IF EXISTS activity_kind;

CREATE TYPE activity_kind AS ENUM (
    'EmployerTalk', 'Mentoring', 'EnterpriseChallenge', 'CareersFair',
    'WorkplaceVisit', 'WorkShadowing', 'WorkExperience', 'VirtualWorkExperience',
    'PartTimeJob', 'ProviderEncounter', 'HigherEducationVisit', 'GuidanceMeeting',
    'LabourMarketInformationSession', 'CareerRelatedLearningSession');

BEGIN;

CREATE UNLOGGED TABLE encounters (
    learner_id text COLLATE "C" NOT NULL, institution_id text COLLATE "C" NOT NULL, year_group text NOT NULL,
    activity_id text COLLATE "C" NOT NULL, activity_date date NOT NULL, activity_kind activity_kind NOT NULL,
    evidence text NOT NULL, employers smallint);

-- copy: encounters.csv
COPY encounters FROM STDIN (FORMAT csv, HEADER true, FREEZE true, FORCE_NOT_NULL (evidence));

CREATE UNLOGGED TABLE learners (learner_id text COLLATE "C" NOT NULL, disadvantaged boolean NOT NULL);

-- copy: learners.csv
COPY learners FROM STDIN (FORMAT csv, HEADER true, FREEZE true);

CREATE UNLOGGED TABLE institutions (institution_id text COLLATE "C" NOT NULL, local_area text NOT NULL);

-- copy: institutions.csv
COPY institutions FROM STDIN (FORMAT csv, HEADER true, FREEZE true);

COMMIT;

ANALYZE encounters;

-- Each learner's institution, year group in the as-at academic year ("Year 9", "Y9" or "9"), the number of distinct
-- activities that count for the entitlement (on or before the as-at date, of an employer kind, inside the learner's
-- window of Years 7 to 11, carrying every flag of the minimum standard on one row), and whether they meet
-- Benchmark 5. Benchmark 5 evidence as bits: 1 clear purpose, 2 learning outcomes, 4 two-way interaction, 8 extensive
-- two-way interaction, 16 met a range of people, 32 task set by the employer, 64 employer feedback, 128 reflection,
-- and 256 for a workplace experience; meaningful by the Benchmark 5 test (1|2|4|128 = 135) or, for a workplace
-- experience, by the Benchmark 6 test (1|2|8|16|32|64|128 = 251, with 256).
CREATE UNLOGGED TABLE learner_status AS
WITH records AS (
    SELECT learner_id, institution_id, activity_id, activity_date, activity_kind, evidence,
           CAST(ltrim(right(year_group, 2), 'Y ') AS integer) AS yg,
           -- how many academic years before the as-at one the activity was: 1 September plus 122 days is 1 January
           (CAST(date_part('year', DATE '{as_at}' + 122) AS integer))
               - CAST(date_part('year', activity_date + 122) AS integer) AS years_back
    FROM encounters
),
b5_records AS (
    SELECT *, activity_kind <= 'VirtualWorkExperience' AND activity_date <= DATE '{as_at}' AND evidence <> ''
                  AND years_back = 0 AS b5_candidate
    FROM records
),
learner AS (
    SELECT learner_id, min(institution_id) AS institution_id, min(yg) AS year_group,
           array_agg(activity_id) FILTER (
               WHERE CASE WHEN activity_kind <= 'VirtualWorkExperience' AND activity_date <= DATE '{as_at}'
                               AND yg - years_back BETWEEN 7 AND 11
                          THEN strpos(evidence, 'LearningOutcomes') > 0
                               AND (starts_with(evidence, 'TwoWayInteraction') OR strpos(evidence, '|TwoWayInteraction') > 0)
                               AND strpos(evidence, 'ActiveParticipation') > 0
                          ELSE false END) AS counted,
           array_agg(activity_id) FILTER (WHERE b5_candidate) AS b5_activities,
           array_agg(CASE WHEN strpos(evidence, 'ClearPurpose') > 0 THEN 1 ELSE 0 END
                   | CASE WHEN strpos(evidence, 'LearningOutcomes') > 0 THEN 2 ELSE 0 END
                   | CASE WHEN starts_with(evidence, 'TwoWayInteraction')
                               OR strpos(evidence, '|TwoWayInteraction') > 0 THEN 4 ELSE 0 END
                   | CASE WHEN strpos(evidence, 'ExtensiveTwoWayInteraction') > 0 THEN 8 ELSE 0 END
                   | CASE WHEN strpos(evidence, 'MetRangeOfPeople') > 0 THEN 16 ELSE 0 END
                   | CASE WHEN strpos(evidence, 'TaskSetByEmployer') > 0 THEN 32 ELSE 0 END
                   | CASE WHEN strpos(evidence, 'EmployerFeedback') > 0 THEN 64 ELSE 0 END
                   | CASE WHEN strpos(evidence, 'Reflection') > 0 THEN 128 ELSE 0 END
                   | CASE WHEN activity_kind >= 'WorkplaceVisit' THEN 256 ELSE 0 END) FILTER (WHERE b5_candidate)
               AS b5_evidence
    FROM b5_records
    GROUP BY learner_id
)
SELECT learner_id, institution_id, year_group, encounters,
       CASE
           WHEN year_group < 7 THEN 'NotInScope'
           WHEN encounters >= 4 THEN 'Met'
           WHEN year_group > 11 THEN 'NotMet'
           -- the milestone due: pro rata, floor(4 x completed years / 5)
           WHEN encounters >= (4 * (year_group - 7)) / 5 THEN 'OnTrack'
           ELSE 'AtRisk'
       END AS status,
       b5_met
FROM learner,
     LATERAL (SELECT count(DISTINCT a) AS encounters FROM unnest(counted) a) c,
     LATERAL (SELECT EXISTS (
                  SELECT FROM unnest(b5_activities, b5_evidence) e(a, m)
                  GROUP BY a
                  HAVING bit_or(m) & 135 = 135 OR bit_or(m) & 507 = 507) AS b5_met) b;

-- output: entitlement
SELECT learner_id, institution_id, year_group, status, encounters FROM learner_status;

-- output: coverage
SELECT i.local_area, s.year_group, l.disadvantaged,
       count(*) AS learners,
       count(*) FILTER (WHERE s.status = 'Met') AS met,
       count(*) FILTER (WHERE s.status = 'OnTrack') AS on_track,
       count(*) FILTER (WHERE s.status = 'AtRisk') AS at_risk,
       count(*) FILTER (WHERE s.status = 'NotMet') AS not_met,
       count(*) FILTER (WHERE s.status = 'NotInScope') AS not_in_scope
FROM learner_status s
JOIN institutions i USING (institution_id)
JOIN learners l USING (learner_id)
GROUP BY i.local_area, s.year_group, l.disadvantaged;

-- output: b5
SELECT institution_id, count(*) AS learners, count(*) FILTER (WHERE b5_met) AS with_encounter
FROM learner_status
WHERE year_group >= 7
GROUP BY institution_id;
