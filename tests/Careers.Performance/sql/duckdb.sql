-- The same three computations as the SDK, in DuckDB SQL over the same CSV files, written as a DuckDB expert would
-- (issue 19; the analyst's first version is sql/naive/duckdb.sql). The harness replaces {data} with the folder of the
-- files and {as_at} with the as-at date, and runs each statement in order; a statement after a "-- output: name" line
-- is one of the results compared.
-- Rules (docs/articles/encounters.md, Careers.Gatsby): the Derby Opportunity Area entitlement (four meaningful
-- encounters with employers, Years 7 to 11, counted once per learner per activity), and Gatsby Benchmark 5 of the
-- 2024 schools edition (at least one meaningful employer encounter in the current academic year; all of a learner's
-- rows for one activity are one encounter, judged on their evidence together).
-- How: the export is read once, straight into one aggregate per learner (no table of 30,000,000 rows of text); the
-- kind is an ENUM whose first eight codes are the employer kinds (0-3 employer encounters, 4-7 workplace
-- experiences), so the kind tests compare integers; the year group is parsed from its last characters; the window
-- and the current year are integer arithmetic on academic years; the flags are tested with contains() only on the
-- rows that pass the cheap tests; one encounter per activity is list_distinct over the learner's counted activities;
-- a row whose evidence meets Benchmark 5 on its own settles it, so only the rows that do not are kept in a list to
-- be merged by activity (at 1/10 scale this took about 9% less CPU than keeping every candidate row).

SET preserve_insertion_order = false;

CREATE TYPE activity_kind AS ENUM (
    'EmployerTalk', 'Mentoring', 'EnterpriseChallenge', 'CareersFair',
    'WorkplaceVisit', 'WorkShadowing', 'WorkExperience', 'VirtualWorkExperience',
    'PartTimeJob', 'ProviderEncounter', 'HigherEducationVisit', 'GuidanceMeeting',
    'LabourMarketInformationSession', 'CareerRelatedLearningSession');

-- Benchmark 5 evidence as bits: 1 clear purpose, 2 learning outcomes, 4 two-way interaction, 8 extensive two-way
-- interaction, 16 met a range of people, 32 task set by the employer, 64 employer feedback, 128 reflection, and 256
-- for a workplace experience. Meaningful by the Benchmark 5 test (1|2|4|128 = 135) or, for a workplace experience,
-- by the Benchmark 6 test (1|2|8|16|32|64|128 = 251, with 256).
CREATE MACRO meaningful(m) AS (m & 135) = 135 OR (m & 507) = 507;

-- Each learner's institution, year group in the as-at academic year ("Year 9", "Y9" or "9"), the distinct activities
-- that count for the entitlement (on or before the as-at date, of an employer kind, inside the learner's window of
-- Years 7 to 11, carrying every flag of the minimum standard), whether one employer encounter of the current academic
-- year up to the as-at date meets Benchmark 5 on its own, and the evidence of the others, as (activity, bits).
CREATE TABLE learner AS
WITH records AS (
    SELECT learner_id, institution_id, activity_id, activity_date, evidence,
           enum_code(activity_kind) AS kind,
           CAST(ltrim(right(year_group, 2), 'Y ') AS INTEGER) AS yg,
           -- how many academic years before the as-at one the activity was
           (year(DATE '{as_at}') - (month(DATE '{as_at}') < 9)::INTEGER)
               - (year(activity_date) - (month(activity_date) < 9)::INTEGER) AS years_back
    FROM read_csv('{data}/encounters.csv', header = true, columns = {
        'learner_id': 'VARCHAR', 'institution_id': 'VARCHAR', 'year_group': 'VARCHAR', 'activity_id': 'VARCHAR',
        'activity_date': 'DATE', 'activity_kind': 'activity_kind', 'evidence': 'VARCHAR', 'employers': 'INTEGER'})
),
candidates AS (
    -- the Benchmark 5 evidence bits of the rows that could meet it (an employer kind, this academic year, up to the
    -- as-at date, with evidence): NULL for every other row, so contains() runs only on these
    SELECT *, CASE WHEN kind < 8 AND years_back = 0 AND activity_date <= DATE '{as_at}' AND evidence <> ''
                   THEN CASE WHEN contains(evidence, 'ClearPurpose') THEN 1 ELSE 0 END
                      | CASE WHEN contains(evidence, 'LearningOutcomes') THEN 2 ELSE 0 END
                      | CASE WHEN starts_with(evidence, 'TwoWayInteraction') OR contains(evidence, '|TwoWayInteraction')
                             THEN 4 ELSE 0 END
                      | CASE WHEN contains(evidence, 'ExtensiveTwoWayInteraction') THEN 8 ELSE 0 END
                      | CASE WHEN contains(evidence, 'MetRangeOfPeople') THEN 16 ELSE 0 END
                      | CASE WHEN contains(evidence, 'TaskSetByEmployer') THEN 32 ELSE 0 END
                      | CASE WHEN contains(evidence, 'EmployerFeedback') THEN 64 ELSE 0 END
                      | CASE WHEN contains(evidence, 'Reflection') THEN 128 ELSE 0 END
                      | CASE WHEN kind >= 4 THEN 256 ELSE 0 END
              END AS m
    FROM records
)
SELECT learner_id, min(institution_id) AS institution_id, min(yg) AS year_group,
       coalesce(length(list_distinct(list(activity_id) FILTER (
           WHERE CASE WHEN kind < 8 AND activity_date <= DATE '{as_at}' AND yg - years_back BETWEEN 7 AND 11
                      THEN contains(evidence, 'LearningOutcomes')
                           AND (starts_with(evidence, 'TwoWayInteraction') OR contains(evidence, '|TwoWayInteraction'))
                           AND contains(evidence, 'ActiveParticipation')
                      ELSE false END))), 0) AS encounters,
       -- a row meaningful on its own settles Benchmark 5; only the rows that are not are kept, to merge by activity
       bool_or(meaningful(m)) AS b5_alone,
       list({'a': activity_id, 'm': m}) FILTER (WHERE NOT meaningful(m)) AS b5
FROM candidates
GROUP BY learner_id;

-- The status of each learner, and whether they meet Benchmark 5: some activity whose rows' evidence, together, is
-- meaningful.
CREATE TABLE learner_status AS
SELECT learner_id, institution_id, year_group, encounters,
       CASE
           WHEN year_group < 7 THEN 'NotInScope'
           WHEN encounters >= 4 THEN 'Met'
           WHEN year_group > 11 THEN 'NotMet'
           -- the milestone due: pro rata, floor(4 x completed years / 5)
           WHEN encounters >= (4 * (year_group - 7)) // 5 THEN 'OnTrack'
           ELSE 'AtRisk'
       END AS status,
       coalesce(b5_alone, false) OR coalesce(len(b5) > 1 AND list_bool_or(list_transform(b5, x -> meaningful(
           list_reduce(list_transform(list_filter(b5, y -> y.a = x.a), y -> y.m), (p, q) -> p | q)))), false) AS b5_met
FROM learner;

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
JOIN read_csv('{data}/institutions.csv', header = true,
              columns = {'institution_id': 'VARCHAR', 'local_area': 'VARCHAR'}) i USING (institution_id)
JOIN read_csv('{data}/learners.csv', header = true,
              columns = {'learner_id': 'VARCHAR', 'disadvantaged': 'BOOLEAN'}) l USING (learner_id)
GROUP BY i.local_area, s.year_group, l.disadvantaged;

-- output: b5
SELECT institution_id, count(*) AS learners, count(*) FILTER (WHERE b5_met) AS with_encounter
FROM learner_status
WHERE year_group >= 7
GROUP BY institution_id;
