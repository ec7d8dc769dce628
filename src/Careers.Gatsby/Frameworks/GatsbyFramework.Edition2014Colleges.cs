using NodaTime;

namespace Careers.Gatsby;

public sealed partial class GatsbyFramework
{
    private const string Source2014Colleges =
        "Gatsby Charitable Foundation, Good Career Guidance: Benchmarks for Young People in Colleges (2018)";

    /// <summary>
    /// The 2014 edition for colleges: Gatsby Charitable Foundation, <i>Good Career Guidance: Benchmarks for Young
    /// People in Colleges</i> (2018), in force from 1 September 2018 and statutory guidance until 31 August 2025.
    /// Students need two meaningful employer encounters a year, one through their curriculum area, and a workplace
    /// experience, encounters with a range of providers and a guidance interview by the end of their study programme.
    /// Meaningful encounters follow The Careers &amp; Enterprise Company's minimum standards (2020), as in
    /// <see cref="Edition2014Schools"/>: for Benchmark 5 learning outcomes, two-way interaction and evidence the
    /// learner took part; for Benchmark 6 also a range of people met, extensive interaction, a task set by the employer
    /// and the employer's feedback; for Benchmark 7 a chance to meet staff and students and explore what learning there
    /// is like. Criteria are the published bullets only: those of Benchmarks 2, 4 and 8 are quoted from the Gatsby
    /// Foundation's own pages, the rest are summaries. The destination criterion of Benchmark 3 names no period (the
    /// "three years" rule is the schools edition's), and Benchmark 8's Level 6 adviser is a footnote, not a criterion:
    /// guidance interviews count whatever the adviser's level.
    /// </summary>
    public static GatsbyFramework Edition2014Colleges { get; } = BuildEdition2014Colleges();

    private static GatsbyFramework BuildEdition2014Colleges() =>
        new Data(GatsbyEdition.Edition2014, GatsbyAudience.Colleges, Source2014Colleges)
            .Benchmark(
                "A stable careers programme",
                "Every college should have an embedded programme of career education and guidance that is known and understood by students, parents, college staff, employers and other agencies.",
                Summary(
                    "Every college should have a stable, structured careers programme that has the explicit backing of the senior management team, and an identified and appropriately trained person responsible for it."
                ),
                Summary(
                    "The careers programme should be published on the college's website in a way that enables students, parents, college staff and employers to access and understand it."
                ),
                Summary(
                    "The programme should be regularly evaluated with feedback from students, parents, college staff and employers as part of the evaluation process."
                )
            )
            .Benchmark(
                "Learning from career and labour market information",
                "Every learner, and their parents (where appropriate), should have access to good quality information about future study options and labour market opportunities. They will need the support of an informed adviser to make best use of available information.",
                Quote(
                    "During their study programme, all learners should access and use information about career paths and the labour market to inform their own decisions on study options."
                ),
                Quote(
                    "Parents should be encouraged to access and use information about labour markets and future study options to inform their support to the learners in their care."
                )
            )
            .Benchmark(
                "Addressing the needs of each student",
                "Students have different career guidance needs at different stages; opportunities for advice and support should be tailored to the needs of each student.",
                Summary(
                    "The college's careers programme should actively seek to challenge stereotypical thinking and raise aspirations."
                ),
                Summary(
                    "The college should keep systematic records of the individual advice given to each student, and subsequent agreed decisions; every student should have access to these records to support their career development.",
                    new LearnerRequirement(RequirementKind.AdviceRecord, 1)
                ),
                Summary(
                    "The records of advice given should be integrated with those given at the previous stage of the student's education (including their secondary school) where these are made available; records should begin to be kept from the first point of contact or from the point of transition."
                ),
                // No period, unlike the 2014 schools edition's "at least three years": read as a destination recorded for
                // the year after leaving, so leavers of the last academic year are in scope.
                Summary(
                    "The college should collect and maintain accurate data for each student on their education, training or employment destinations.",
                    new LearnerRequirement(RequirementKind.DestinationRecords, 1)
                )
            )
            .Benchmark(
                "Linking curriculum learning to careers",
                "All subject staff should link curriculum learning with careers, even on courses which are not specifically occupation-led. For example, STEM subject staff should highlight the relevance of STEM subjects for a wide range of future career paths. Study programmes should also reflect the importance of maths and English as a key expectation from employers.",
                Quote(
                    "Throughout their programme of study (and by the end of their course) every learner should have had the opportunity to experience how their subjects help people gain entry to (and be more effective workers within) a wide range of occupations."
                )
            )
            .Benchmark(
                "Encounters with employers and employees",
                "Every student should have multiple opportunities to learn from employers about work, employment and the skills that are valued in the workplace, including through their own part-time employment where they have it.",
                Summary(
                    "Every year, alongside their study programme, every student should participate in \"at least two meaningful encounters with an employer\". \"At least one encounter should be delivered through their curriculum area\".",
                    new LearnerRequirement(
                        RequirementKind.EmployerEncountersEveryYear,
                        2,
                        minimumThroughCurriculumArea: 1
                    )
                ),
                Summary(
                    "The college should record students' own part-time employment and take into account what it has contributed to their development."
                )
            )
            .Benchmark(
                "Experiences of workplaces",
                "Every student should have first-hand experiences of the workplace through work visits, work shadowing, work placements and/or work experience.",
                Summary(
                    "By the end of their study programme (by the age of 18 for most students), every student should have had at least one experience of a workplace, additional to any part-time jobs they may have.",
                    new LearnerRequirement(
                        RequirementKind.WorkplaceExperiences,
                        1,
                        byEndOfProgramme: true
                    )
                )
            )
            .Benchmark(
                "Encounters with further and higher education",
                "All students should understand the full range of learning opportunities that are available to them, including academic and vocational routes and learning in schools, colleges, universities and the workplace.",
                Summary(
                    "By the end of their programme, every student should have had a meaningful encounter with a range of providers of learning and training that may form the next stage of their career: further education colleges, higher education and apprenticeship and training providers, including the opportunity to meet staff and learners. \"A range\" is read as at least two of these three kinds (a decision; GatsbyPolicy.MinimumCounts can change the count).",
                    new LearnerRequirement(
                        RequirementKind.ProviderEncounters,
                        2,
                        byEndOfProgramme: true,
                        providerGroups:
                        [
                            ProviderGroup.FurtherEducationCollege,
                            ProviderGroup.HigherEducation,
                            ProviderGroup.ApprenticeshipProvider,
                        ]
                    )
                )
            )
            .Benchmark(
                "Personal guidance",
                "Every learner should have opportunities for guidance interviews with a careers adviser, who could be internal (a member of college staff) or external, provided they are trained to an appropriate level. These should be available for all learners whenever significant study or career choices are being made. They should be expected for all learners, but should be timed to meet individual needs. The footnote, not a criterion: \"The college should ensure that access to a level 6 adviser is available when needed.\"",
                // The Level 6 adviser is the footnote's, not the criterion's: every guidance interview counts, whatever
                // the adviser's level (GatsbyPolicy.MinimumAdviserQualificationLevel does not apply here).
                Quote(
                    "Every learner should have at least one such interview by the end of their study programme.",
                    new LearnerRequirement(
                        RequirementKind.GuidanceMeetings,
                        1,
                        byEndOfProgramme: true,
                        requiresQualifiedAdviser: false
                    )
                )
            )
            .Build(
                "Good Career Guidance: Benchmarks for Young People in Colleges",
                new LocalDate(2018, 9, 1),
                new MeaningfulDefinition(
                    MeaningfulEvidence.LearningOutcomes
                        | MeaningfulEvidence.TwoWayInteraction
                        | MeaningfulEvidence.ActiveParticipation,
                    MeaningfulEvidence.LearningOutcomes
                        | MeaningfulEvidence.ExtensiveTwoWayInteraction
                        | MeaningfulEvidence.ActiveParticipation
                        | MeaningfulEvidence.MetRangeOfPeople
                        | MeaningfulEvidence.TaskSetByEmployer
                        | MeaningfulEvidence.EmployerFeedback,
                    MeaningfulEvidence.MetStaffAndStudents | MeaningfulEvidence.LearningEnvironment,
                    CecMinimums2020
                )
            );
}
