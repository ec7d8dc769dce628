-- The same three computations as the SDK, in DuckDB SQL over the same CSV files. The harness replaces {data} with the
-- folder of the files and {as_at} with the as-at date, and runs each statement in order; a statement after a
-- "-- output: name" line is one of the results compared.
-- Rules (docs/articles/encounters.md, Careers.Gatsby): the Derby Opportunity Area entitlement (four meaningful
-- encounters with employers, Years 7 to 11, counted once per learner per activity), and Gatsby Benchmark 5 of the
-- 2024 schools edition (at least one meaningful employer encounter in the current academic year).

CREATE TABLE encounters AS
SELECT * FROM read_csv('{data}/encounters.csv', header = true, columns = {
    'learner_id': 'VARCHAR', 'institution_id': 'VARCHAR', 'year_group': 'VARCHAR', 'activity_id': 'VARCHAR',
    'activity_date': 'DATE', 'activity_kind': 'VARCHAR', 'evidence': 'VARCHAR', 'employers': 'INTEGER'});

CREATE TABLE learners AS
SELECT * FROM read_csv('{data}/learners.csv', header = true,
    columns = {'learner_id': 'VARCHAR', 'disadvantaged': 'BOOLEAN'});

CREATE TABLE institutions AS
SELECT * FROM read_csv('{data}/institutions.csv', header = true,
    columns = {'institution_id': 'VARCHAR', 'local_area': 'VARCHAR'});

-- Each learner's year group in the as-at academic year ("Year 9", "Y9" or "9"), their institution, and the number of
-- distinct activities that count: on or before the as-at date, of a qualifying kind, inside the learner's window
-- (1 September of Year 7 to 31 August at the end of Year 11) and carrying every flag of the minimum standard.
CREATE TABLE learner_status AS
WITH records AS (
    SELECT *, CAST(regexp_replace(year_group, '[^0-9]', '', 'g') AS INTEGER) AS yg
    FROM encounters
),
as_at AS (
    SELECT DATE '{as_at}' AS as_at,
           year(DATE '{as_at}') - CASE WHEN month(DATE '{as_at}') < 9 THEN 1 ELSE 0 END AS academic_year
),
counted AS (
    SELECT r.learner_id, count(DISTINCT r.activity_id) AS encounters
    FROM records r, as_at a
    WHERE r.activity_date <= a.as_at
      AND r.activity_kind IN ('EmployerTalk', 'Mentoring', 'EnterpriseChallenge', 'CareersFair',
                              'WorkplaceVisit', 'WorkShadowing', 'WorkExperience', 'VirtualWorkExperience')
      AND r.activity_date >= make_date(a.academic_year - (r.yg - 7), 9, 1)
      AND r.activity_date <= make_date(a.academic_year + (11 - r.yg) + 1, 8, 31)
      AND '|' || r.evidence || '|' LIKE '%|LearningOutcomes|%'
      AND '|' || r.evidence || '|' LIKE '%|TwoWayInteraction|%'
      AND '|' || r.evidence || '|' LIKE '%|ActiveParticipation|%'
    GROUP BY r.learner_id
),
learner AS (
    SELECT learner_id, min(institution_id) AS institution_id, min(yg) AS year_group
    FROM records
    GROUP BY learner_id
)
SELECT l.learner_id, l.institution_id, l.year_group, coalesce(c.encounters, 0) AS encounters,
       CASE
           WHEN l.year_group < 7 THEN 'NotInScope'
           WHEN coalesce(c.encounters, 0) >= 4 THEN 'Met'
           WHEN l.year_group > 11 THEN 'NotMet'
           -- the milestone due: pro rata, floor(4 x completed years / 5)
           WHEN coalesce(c.encounters, 0) >= floor(4 * (l.year_group - 7) / 5.0) THEN 'OnTrack'
           ELSE 'AtRisk'
       END AS status
FROM learner l
LEFT JOIN counted c USING (learner_id);

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
-- Employer encounters of the current academic year up to the as-at date (workplace experiences count too); all of a
-- learner's rows for one activity are one encounter with their evidence together, meaningful by the 2024 Benchmark 5
-- test, or, for a workplace experience, by the Benchmark 6 test.
WITH encounter AS (
    SELECT learner_id, activity_id,
           activity_kind IN ('WorkplaceVisit', 'WorkShadowing', 'WorkExperience', 'VirtualWorkExperience') AS workplace,
           bool_or('|' || evidence || '|' LIKE '%|ClearPurpose|%') AS clear_purpose,
           bool_or('|' || evidence || '|' LIKE '%|LearningOutcomes|%') AS learning_outcomes,
           bool_or('|' || evidence || '|' LIKE '%|TwoWayInteraction|%') AS two_way,
           bool_or('|' || evidence || '|' LIKE '%|ExtensiveTwoWayInteraction|%') AS extensive_two_way,
           bool_or('|' || evidence || '|' LIKE '%|MetRangeOfPeople|%') AS range_of_people,
           bool_or('|' || evidence || '|' LIKE '%|TaskSetByEmployer|%') AS task,
           bool_or('|' || evidence || '|' LIKE '%|EmployerFeedback|%') AS feedback,
           bool_or('|' || evidence || '|' LIKE '%|Reflection|%') AS reflection
    FROM encounters
    WHERE activity_date <= DATE '{as_at}'
      AND activity_date >= make_date(year(DATE '{as_at}') - CASE WHEN month(DATE '{as_at}') < 9 THEN 1 ELSE 0 END, 9, 1)
      AND activity_kind IN ('EmployerTalk', 'Mentoring', 'EnterpriseChallenge', 'CareersFair',
                            'WorkplaceVisit', 'WorkShadowing', 'WorkExperience', 'VirtualWorkExperience')
    GROUP BY learner_id, activity_id, activity_kind
),
met AS (
    SELECT DISTINCT learner_id
    FROM encounter
    WHERE (clear_purpose AND learning_outcomes AND two_way AND reflection)
       OR (workplace AND clear_purpose AND learning_outcomes AND extensive_two_way AND range_of_people
           AND task AND feedback AND reflection)
)
SELECT s.institution_id, count(*) AS learners, count(m.learner_id) AS with_encounter
FROM learner_status s
LEFT JOIN met m USING (learner_id)
WHERE s.year_group >= 7
GROUP BY s.institution_id;
