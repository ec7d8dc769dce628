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
    /// is like.
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
                "Every student, and their parents where appropriate, should have access to good-quality information about future study options and labour market opportunities.",
                Summary(
                    "During their study programme, every student should access and use information about career paths and the labour market to inform their own decisions on study options and careers."
                ),
                Summary(
                    "Parents should be encouraged to access and use information about labour markets and future study options to inform their support to their children; the college should make this information available."
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
                    "The college should collect and maintain accurate data for each student on their education, training or employment destinations for at least three years after they leave.",
                    new LearnerRequirement(RequirementKind.DestinationRecords, 3)
                )
            )
            .Benchmark(
                "Linking curriculum learning to careers",
                "All teaching staff should link curriculum learning with careers, so that students see the relevance of what they learn to a wide range of future career paths.",
                Summary(
                    "Throughout their programme of study, every student should have the opportunity to learn how the knowledge and skills developed in their curriculum area help people to gain entry to, and be more effective workers within, a wide range of careers."
                ),
                Summary(
                    "Teaching staff in every curriculum area should link curriculum learning with careers, and should emphasise the importance of success in English and maths."
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
                "Every student should have opportunities for guidance interviews with a careers adviser, who could be internal (a member of college staff) or external, provided they are trained to an appropriate level.",
                Summary(
                    "Every student should have at least one guidance interview with a careers adviser by the end of their study programme.",
                    new LearnerRequirement(
                        RequirementKind.GuidanceMeetings,
                        1,
                        byEndOfProgramme: true
                    )
                ),
                Summary(
                    "A careers adviser trained to Level 6 or above should be available to students whenever significant study or career choices are being made."
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
