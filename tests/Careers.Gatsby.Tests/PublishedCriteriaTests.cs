using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Careers.Gatsby.Tests;

/// <summary>
/// The frameworks against the texts as published: the criteria are the official bullets only, so their number per
/// benchmark is fixed by the publication; every quoted criterion is word for word the published text.
/// </summary>
public class PublishedCriteriaTests
{
    /// <summary>
    /// Criteria per benchmark, Benchmark 1 first, as published. A benchmark's summary paragraph is never a criterion.
    /// </summary>
    [Theory]
    // Good Career Guidance (2014), schools:
    //  B1 3: the three bullets, as reproduced from goodcareerguidance.org.uk by staffsjobscareers.com/careers-resources/gatsby/gatsby-benchmark-1/
    //  B2 2: https://gatsbybenchmarks.org.uk/guide-to-gatsby-benchmark-2 ("Benchmark 2 criteria for schools")
    //  B3 3: https://gatsbybenchmarks.org.uk/guide-to-gatsby-benchmark-3 ("Benchmark 3 criteria for schools": the
    //        records of advice and access to them are one bullet; destinations "for at least three years")
    //  B4 1: https://www.goodcareerguidance.org.uk/case-study/linking-curriculum-learning-to-careers ("All teachers
    //        should link curriculum learning with careers…" is the summary, not a criterion)
    //  B5 1, B6 2, B7 2: https://www.careersandenterprise.co.uk/schools-colleges/gatsby-benchmarks/gatsby-benchmark-5 (-6, -7)
    //  B8 1: https://gatsbybenchmarks.org.uk/guide-to-gatsby-benchmark-8 ("Benchmark 8 criteria for schools")
    [InlineData("gatsby.2014.schools", new[] { 3, 2, 3, 1, 1, 2, 2, 1 })]
    // Good Career Guidance: Benchmarks for Young People in Colleges (2018):
    //  B2 2, B8 1 (its Level 6 adviser a footnote): https://gatsbybenchmarks.org.uk/guide-to-gatsby-benchmark-2 (-8)
    //  B4 1: https://www.goodcareerguidance.org.uk/case-study/linking-curriculum-learning-to-careers ("For colleges")
    //  B1 3, B3 4 (records of advice; records integrated with the previous stage's; destinations, no period), B5 2,
    //  B6 1, B7 1: https://resources.careersandenterprise.co.uk/browse-category/gatsby-benchmarks/gatsby-benchmark-3
    //        (-5, -6, -7) and resources.careersandenterprise.co.uk/frequently-asked-questions-further-education; the
    //        Gatsby pages for these benchmarks could not be reached, so their criteria are summaries.
    [InlineData("gatsby.2014.colleges", new[] { 3, 2, 4, 1, 2, 1, 1, 1 })]
    // Good Career Guidance: The Next 10 Years (2024), schools:
    //  B1 4: https://www.gatsbybenchmarks.org.uk/updated-benchmarks/gatsby-benchmark-1/ ("Criteria for schools")
    //  B7 2: https://www.gatsbybenchmarks.org.uk/updated-benchmarks/gatsby-benchmark-7/ ("Criteria for Schools")
    //  B2 2, B4 2, B6 2: https://llbsp.org.uk/gatsby-benchmark-resources/benchmark-2-new (benchmark-4, benchmark-6)
    //  B3 2, B5 1: https://www.rgs.org/schools/careers-and-progression/gatsby-benchmarks-of-good-career-guidance/
    //  B8 2: the count as published (issue 15); the SENCO and published information are context
    [InlineData("gatsby.2024.schools", new[] { 4, 2, 2, 2, 1, 2, 2, 2 })]
    // Good Career Guidance: The Next 10 Years (2024), colleges and ITPs:
    //  B1 4: https://www.gatsbybenchmarks.org.uk/updated-benchmarks/gatsby-benchmark-1/ ("Criteria for colleges")
    //  B7 1: https://www.gatsbybenchmarks.org.uk/updated-benchmarks/gatsby-benchmark-7/ ("Criteria for Colleges and ITPs")
    //  B2 2, B4 2, B6 1: https://llbsp.org.uk/gatsby-benchmark-resources/ (benchmark-2-new, -4, -6)
    //  B5 1: https://careershub.southmidlands.org.uk/schools-colleges/gatsby-benchmarks/benchmark-5/
    //  B3 2, B8 1: as the schools criteria, for learners
    [InlineData("gatsby.2024.colleges", new[] { 4, 2, 2, 2, 1, 1, 1, 1 })]
    public void CriteriaPerBenchmark_AreThePublishedBullets(string id, int[] counts)
    {
        var framework = GatsbyFramework.All.Single(f => f.Id == id);

        Assert.Equal(counts, framework.Benchmarks.Select(b => b.Criteria.Count));
    }

    /// <summary>
    /// Every quoted criterion, word for word, with the page it was checked against. A criterion whose full text no
    /// reachable source publishes is a summary, and a cut sentence is not a quote.
    /// </summary>
    private static readonly Dictionary<string, string> Published = new(StringComparer.Ordinal)
    {
        // 2014 schools B1: goodcareerguidance.org.uk, as quoted in full by
        // https://www.staffsjobscareers.com/careers-resources/gatsby/gatsby-benchmark-1/ and
        // https://sites.google.com/rha.kent.sch.uk/rhacareers/home/parents-and-carers/what-are-the-gatsby-benchmarks/benchmark-1
        ["2014.schools.B1.1"] =
            "Every school should have a stable, structured careers programme that has the explicit backing of the senior management team, and has an identified and appropriately trained person responsible for it.",
        ["2014.schools.B1.2"] =
            "The careers programme should be published on the school’s website in a way that enables pupils, parents, teachers and employers to access and understand it.",
        ["2014.schools.B1.3"] =
            "The programme should be regularly evaluated with feedback from pupils, parents, teachers and employers as part of the evaluation process.",
        // https://gatsbybenchmarks.org.uk/guide-to-gatsby-benchmark-2
        ["2014.schools.B2.1"] =
            "By the age of 14, all pupils should have accessed and used information about career paths and the labour market to inform their own decisions on study options.",
        ["2014.schools.B2.2"] =
            "Parents should be encouraged to access and use information about labour markets and future study options to inform their support to their children.",
        // https://gatsbybenchmarks.org.uk/guide-to-gatsby-benchmark-3 ("Benchmark 3 criteria for schools")
        ["2014.schools.B3.1"] =
            "A school’s careers programme should actively seek to challenge stereotypical thinking and raise aspirations.",
        ["2014.schools.B3.2"] =
            "Schools should keep systematic records of the individual advice given to each pupil, and subsequent agreed decisions. All pupils should have access to these records to support their career development.",
        ["2014.schools.B3.3"] =
            "Schools should collect and maintain accurate data for each pupil on their education, training or employment destinations for at least three years after they leave school.",
        // https://www.goodcareerguidance.org.uk/case-study/linking-curriculum-learning-to-careers
        ["2014.schools.B4.1"] =
            "By the age of 14, every pupil should have had the opportunity to learn how the different STEM subjects help people to gain entry to, and be more effective workers within, a wide range of careers.",
        // https://www.careersandenterprise.co.uk/schools-colleges/gatsby-benchmarks/gatsby-benchmark-5
        ["2014.schools.B5.1"] =
            "Every year, from the age of 11, pupils should participate in at least one meaningful encounter with an employer.",
        // https://www.careersandenterprise.co.uk/schools-colleges/gatsby-benchmarks/gatsby-benchmark-6, and as quoted
        // from goodcareerguidance.org.uk by https://www.berkshireopportunities.co.uk/employers-and-educators/resources-for-careers-leaders/gatsby/gatsby-benchmark-6/
        ["2014.schools.B6.1"] =
            "By the age of 16, every pupil should have had at least one experience of a workplace, additional to any part-time jobs they may have.",
        ["2014.schools.B6.2"] =
            "By the age of 18, every pupil should have had one further such experience, additional to any part-time jobs they may have.",
        // https://www.careersandenterprise.co.uk/schools-colleges/gatsby-benchmarks/gatsby-benchmark-7
        ["2014.schools.B7.1"] =
            "By the age of 16, every pupil should have had a meaningful encounter with providers of the full range of learning opportunities, including sixth forms, colleges, universities and apprenticeship providers. This should include the opportunity to meet both staff and pupils.",
        ["2014.schools.B7.2"] =
            "By the age of 18, all pupils who are considering applying for university should have had at least two visits to universities to meet staff and pupils.",
        // https://gatsbybenchmarks.org.uk/guide-to-gatsby-benchmark-8 (the whole sentence, not cut after "16")
        ["2014.schools.B8.1"] =
            "Every pupil should have at least one such interview by the age of 16, and the opportunity for a further interview by the age of 18.",
        // https://gatsbybenchmarks.org.uk/guide-to-gatsby-benchmark-2 ("Benchmark 2 criteria for colleges")
        ["2014.colleges.B2.1"] =
            "During their study programme, all learners should access and use information about career paths and the labour market to inform their own decisions on study options.",
        ["2014.colleges.B2.2"] =
            "Parents should be encouraged to access and use information about labour markets and future study options to inform their support to the learners in their care.",
        // https://www.goodcareerguidance.org.uk/case-study/linking-curriculum-learning-to-careers ("For colleges")
        ["2014.colleges.B4.1"] =
            "Throughout their programme of study (and by the end of their course) every learner should have had the opportunity to experience how their subjects help people gain entry to (and be more effective workers within) a wide range of occupations.",
        // https://gatsbybenchmarks.org.uk/guide-to-gatsby-benchmark-8 ("Benchmark 8 criteria for colleges"; the
        // footnote "*The college should ensure that access to a level 6 adviser is available when needed." is not a criterion)
        ["2014.colleges.B8.1"] =
            "Every learner should have at least one such interview by the end of their study programme.",
        // https://www.gatsbybenchmarks.org.uk/updated-benchmarks/gatsby-benchmark-1/ ("Criteria for schools")
        ["2024.schools.B1.1"] =
            "Every school should have a stable, structured careers programme that has the explicit backing of governors, the headteacher and the senior management team, and has an identified and appropriately trained careers leader responsible for it.",
        ["2024.schools.B1.2"] =
            "The careers programme should be tailored to the needs of pupils, sequenced appropriately, underpinned by learning outcomes and linked to the whole-school development plan. It should also set out how parents and carers will be engaged throughout.",
        ["2024.schools.B1.3"] =
            "The careers programme should be published on the school’s website and communicated in ways that enable pupils, parents and carers, staff and employers to access, and understand it.",
        ["2024.schools.B1.4"] =
            "The programme should be regularly evaluated using feedback from pupils, parents and carers, teachers and other staff who support pupils, careers advisers and employers, to increase its impact.",
        // https://www.gatsbybenchmarks.org.uk/updated-benchmarks/gatsby-benchmark-7/ ("Criteria for Schools")
        ["2024.schools.B7.1"] =
            "By the age of 16, every pupil should have had meaningful encounters with providers of the full range of learning opportunities, including sixth forms, colleges, universities and ITPs.",
        ["2024.schools.B7.2"] =
            "By the age of 18, all pupils who are considering applying to higher education should have had at least two visits to higher education providers to meet staff and learners.",
        // https://www.gatsbybenchmarks.org.uk/updated-benchmarks/gatsby-benchmark-1/ ("Criteria for colleges"; the
        // stored copy of the page is cut in the third bullet, so the third and fourth are summaries)
        ["2024.colleges.B1.1"] =
            "Every provider should have a stable, structured careers programme that has the explicit backing of those in governance roles, leadership and the senior management team, and has an identified and appropriately trained careers leader responsible for it.",
        ["2024.colleges.B1.2"] =
            "The careers programme should be tailored to the needs of learners, sequenced appropriately, underpinned by learning outcomes and linked to the whole-institution development plan. It should also set out how parents and carers will be engaged throughout.",
        // https://www.gatsbybenchmarks.org.uk/updated-benchmarks/gatsby-benchmark-7/ ("Criteria for Colleges and ITPs")
        ["2024.colleges.B7.1"] =
            "By the end of their programme of study, every learner should have had a meaningful encounter with a range of providers of learning and training that may form the next stages of their career. This should include, as appropriate, further education colleges, universities and ITPs. This should include the opportunity to meet both staff and learners.",
    };

    [Fact]
    public void EveryQuotedCriterion_IsThePublishedText()
    {
        var quoted = GatsbyFramework
            .All.SelectMany(f => f.Criteria)
            .Where(c => c.IsQuoted)
            .ToDictionary(c => c.Id, c => c.Text, StringComparer.Ordinal);

        // No quoted criterion without its published text here, and no published text left unquoted.
        Assert.Equal(
            Published.Keys.Order(StringComparer.Ordinal),
            quoted.Keys.Order(StringComparer.Ordinal)
        );
        Assert.All(Published, p => Assert.Equal(p.Value, quoted[p.Key]));
    }

    [Fact]
    public void NoQuotedCriterion_IsCut()
    {
        Assert.All(
            GatsbyFramework.All.SelectMany(f => f.Criteria).Where(c => c.IsQuoted),
            c =>
            {
                Assert.DoesNotContain("…", c.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("...", c.Text, StringComparison.Ordinal);
                Assert.EndsWith(".", c.Text, StringComparison.Ordinal);
            }
        );
    }

    [Fact]
    public void TheThreeYearDestinationRule_BelongsTo2014SchoolsB3Only()
    {
        var destinations = GatsbyFramework
            .All.SelectMany(f => f.Criteria)
            .Where(c => c.Requirement?.Kind == RequirementKind.DestinationRecords)
            .ToDictionary(c => c.Id, c => c.Requirement!.MinimumCount);

        // The 2014 colleges criterion names no period: a destination for the year after leaving. The 2024 editions
        // ask schools and providers to "use sustained and longer-term destination data as part of their evaluation
        // process", which the institution declares.
        Assert.Equal(
            new Dictionary<string, int> { ["2014.schools.B3.3"] = 3, ["2014.colleges.B3.4"] = 1 },
            destinations
        );
        Assert.All(
            GatsbyFramework.All.SelectMany(f => f.Criteria).Where(c => c.Id != "2014.schools.B3.3"),
            c => Assert.DoesNotContain("three years", c.Text, StringComparison.Ordinal)
        );
        Assert.Equal(
            CriterionEvidence.Declared,
            GatsbyFramework.Edition2024Schools.Benchmark(3).Criteria[1].Evidence
        );
    }

    [Fact]
    public void Colleges2014_DestinationForTheYearAfterLeaving()
    {
        var college = new Scenario();
        college.Learner("learner", YearGroup.Year12);
        college.Leavers.Add(new LeaverDestinations("recorded", Scenario.ThisYear.PlusYears(-1), 1));
        college.Leavers.Add(new LeaverDestinations("missing", Scenario.ThisYear.PlusYears(-1), 0));
        college.Leavers.Add(new LeaverDestinations("earlier", Scenario.ThisYear.PlusYears(-2), 0));

        var destinations = Scenario.Criterion(
            college.Assess(GatsbyFramework.Edition2014Colleges),
            "2014.colleges.B3.4"
        );

        var group = Assert.Single(destinations.Coverage);
        Assert.Equal(2, group.InScope);
        Assert.Equal(["missing"], group.Lacking);
    }

    /// <summary>
    /// 2024 Benchmark 7: "A meaningful encounter gives the young person the opportunity to explore what it is like to
    /// learn, develop and succeed in that environment. This should include the opportunity to meet both staff and
    /// learners/trainees." (https://www.gatsbybenchmarks.org.uk/updated-benchmarks/gatsby-benchmark-7/, "Definition of
    /// 'Meaningful' for Benchmark 7"). The 2014 preset already asks for the same flag.
    /// </summary>
    [Fact]
    public void Meaningful2024_B7_RequiresMeetingStaffAndLearners()
    {
        foreach (
            var framework in new[]
            {
                GatsbyFramework.Edition2024Schools,
                GatsbyFramework.Edition2024Colleges,
                GatsbyFramework.Edition2014Schools,
            }
        )
        {
            var required = framework.Meaningful.ProviderEncounter;
            Assert.True(required.HasFlag(MeaningfulEvidence.MetStaffAndStudents), framework.Id);
            Assert.False(
                framework.Meaningful.IsMeaningful(
                    ActivityCategory.ProviderEncounter,
                    required & ~MeaningfulEvidence.MetStaffAndStudents
                ),
                framework.Id
            );
            Assert.True(
                framework.Meaningful.IsMeaningful(ActivityCategory.ProviderEncounter, required),
                framework.Id
            );
        }

        var school = new Scenario();
        var met = school.Learner("met", YearGroup.Year13);
        var notMet = school.Learner("not-met", YearGroup.Year13);
        school.ConsideringHigherEducation.AddRange([met.Id, notMet.Id]);
        for (var i = 0; i < 2; i++)
        {
            school.Attend(
                school.Activity(ActivityKind.HigherEducationVisit, new LocalDate(2024, 10, 1 + i)),
                met
            );
            school.Attend(
                school.Activity(
                    ActivityKind.HigherEducationVisit,
                    new LocalDate(2024, 10, 1 + i),
                    Scenario.Everything & ~MeaningfulEvidence.MetStaffAndStudents
                ),
                notMet
            );
        }

        var visits = Scenario.Criterion(
            school.Assess(GatsbyFramework.Edition2024Schools),
            "2024.schools.B7.2"
        );

        Assert.Equal(["not-met"], visits.Coverage.Single(g => g.IsAssessed).Lacking);
    }

    /// <summary>
    /// 2014 colleges Benchmark 8: "Every learner should have at least one such interview by the end of their study
    /// programme." The Level 6 adviser is the footnote's ("*The college should ensure that access to a level 6 adviser
    /// is available when needed.", https://gatsbybenchmarks.org.uk/guide-to-gatsby-benchmark-8), so an interview with
    /// an adviser below Level 6, or of no recorded level, still counts there; the other editions keep
    /// <see cref="GatsbyPolicy.MinimumAdviserQualificationLevel"/>.
    /// </summary>
    [Fact]
    public void Colleges2014_B8_CountsAGuidanceInterviewWhateverTheAdvisersLevel()
    {
        var college = new Scenario();
        var level4 = college.Learner("level4", YearGroup.Year13);
        var unknown = college.Learner("unknown", YearGroup.Year13);
        college.Learner("none", YearGroup.Year13);
        college.Attend(
            college.Add(
                new CareersActivity("g4", ActivityKind.GuidanceMeeting, new LocalDate(2024, 10, 1))
                {
                    AdviserQualificationLevel = 4,
                }
            ),
            level4
        );
        college.Attend(
            college.Add(
                new CareersActivity("g?", ActivityKind.GuidanceMeeting, new LocalDate(2024, 10, 1))
            ),
            unknown
        );

        Assert.Equal(
            ["none"],
            Scenario
                .Criterion(
                    college.Assess(GatsbyFramework.Edition2014Colleges),
                    "2014.colleges.B8.1"
                )
                .Coverage.Single(g => g.IsAssessed)
                .Lacking
        );
        // The setting is kept, for the criteria that ask for a qualified adviser, and does not reach this one.
        Assert.Equal(
            ["none"],
            Scenario
                .Criterion(
                    college.Assess(
                        GatsbyFramework.Edition2014Colleges,
                        GatsbyPolicy.Default with
                        {
                            MinimumAdviserQualificationLevel = 7,
                        }
                    ),
                    "2014.colleges.B8.1"
                )
                .Coverage.Single(g => g.IsAssessed)
                .Lacking
        );
        Assert.Equal(
            ["level4", "unknown", "none"],
            Scenario
                .Criterion(
                    college.Assess(GatsbyFramework.Edition2024Colleges),
                    "2024.colleges.B8.1"
                )
                .Coverage.Single(g => g.IsAssessed)
                .Lacking
        );
    }
}
