using NodaTime;

namespace Careers.Gatsby;

public sealed partial class GatsbyFramework
{
    private const string Source2014 = "Gatsby Charitable Foundation, Good Career Guidance (2014)";

    private const string CecMinimums2020 =
        "The Careers & Enterprise Company, what makes an encounter or experience meaningful (2020)";

    /// <summary>
    /// The 2014 edition for schools: Gatsby Charitable Foundation, <i>Good Career Guidance</i> (2014), statutory
    /// guidance until 31 August 2025. Meaningful encounters follow The Careers &amp; Enterprise Company's minimum
    /// standards (2020): for Benchmark 5 learning outcomes, two-way interaction and evidence the learner took part;
    /// for Benchmark 6 also a range of people met, extensive interaction, a task set by the employer and the employer's
    /// feedback; for Benchmark 7 a chance to meet staff and students and explore what learning there is like.
    /// Criteria are the published bullets only (3, 2, 4, 1, 1, 2, 2 and 1 for Benchmarks 1 to 8), all quoted; the
    /// summary sentence of each benchmark is its <see cref="GatsbyBenchmark.Summary"/>, never a criterion.
    /// </summary>
    public static GatsbyFramework Edition2014Schools { get; } = BuildEdition2014Schools();

    private static GatsbyFramework BuildEdition2014Schools() =>
        new Data(GatsbyEdition.Edition2014, GatsbyAudience.Schools, Source2014)
            .Benchmark(
                "A stable careers programme",
                "Every school should have an embedded programme of career education and guidance that is known and understood by pupils, parents, teachers, governors and employers.",
                Quote(
                    "Every school should have a stable, structured careers programme that has the explicit backing of the senior management team, and has an identified and appropriately trained person responsible for it."
                ),
                Quote(
                    "The careers programme should be published on the school’s website in a way that enables pupils, parents, teachers and employers to access and understand it."
                ),
                Quote(
                    "The programme should be regularly evaluated with feedback from pupils, parents, teachers and employers as part of the evaluation process."
                )
            )
            .Benchmark(
                "Learning from career and labour market information",
                "Every pupil, and their parents, should have access to good-quality information about future study options and labour market opportunities. They will need the support of an informed adviser to make best use of available information.",
                Quote(
                    "By the age of 14, all pupils should have accessed and used information about career paths and the labour market to inform their own decisions on study options."
                ),
                Quote(
                    "Parents should be encouraged to access and use information about labour markets and future study options to inform their support to their children."
                )
            )
            .Benchmark(
                "Addressing the needs of each pupil",
                "Pupils have different career guidance needs at different stages. Opportunities for advice and support need to be tailored to the needs of each pupil. A school’s careers programme should embed equality and diversity considerations throughout.",
                Quote(
                    "A school’s careers programme should actively seek to challenge stereotypical thinking and raise aspirations."
                ),
                Quote(
                    "Schools should keep systematic records of the individual advice given to each pupil, and subsequent agreed decisions. All pupils should have access to these records to support their career development.",
                    new LearnerRequirement(RequirementKind.AdviceRecord, 1)
                ),
                Quote(
                    "Schools should collect and maintain accurate data for each pupil on their education, training or employment destinations for at least three years after they leave school.",
                    new LearnerRequirement(RequirementKind.DestinationRecords, 3)
                )
            )
            .Benchmark(
                "Linking curriculum learning to careers",
                "All teachers should link curriculum learning with careers. For example, STEM subject teachers should highlight the relevance of STEM subjects for a wide range of career pathways.",
                Quote(
                    "By the age of 14, every pupil should have had the opportunity to learn how the different STEM subjects help people to gain entry to, and be more effective workers within, a wide range of careers."
                )
            )
            .Benchmark(
                "Encounters with employers and employees",
                "Every pupil should have multiple opportunities to learn from employers about work, employment and the skills that are valued in the workplace.",
                Quote(
                    "Every year, from the age of 11, pupils should participate in at least one meaningful encounter with an employer.",
                    new LearnerRequirement(RequirementKind.EmployerEncountersEveryYear, 1)
                )
            )
            .Benchmark(
                "Experiences of workplaces",
                "Every pupil should have first-hand experiences of the workplace through work visits, work shadowing and/or work experience.",
                Quote(
                    "By the age of 16, every pupil should have had at least one experience of a workplace, additional to any part-time jobs they may have.",
                    new LearnerRequirement(RequirementKind.WorkplaceExperiences, 1, deadlineAge: 16)
                ),
                Quote(
                    "By the age of 18, every pupil should have had one further such experience, additional to any part-time jobs they may have.",
                    new LearnerRequirement(RequirementKind.WorkplaceExperiences, 2, deadlineAge: 18)
                )
            )
            .Benchmark(
                "Encounters with further and higher education",
                "All pupils should understand the full range of learning opportunities that are available to them, including academic and vocational routes.",
                Quote(
                    "By the age of 16, every pupil should have had a meaningful encounter with providers of the full range of learning opportunities, including sixth forms, colleges, universities and apprenticeship providers. This should include the opportunity to meet both staff and pupils.",
                    new LearnerRequirement(
                        RequirementKind.ProviderEncounters,
                        4,
                        deadlineAge: 16,
                        providerGroups:
                        [
                            ProviderGroup.SixthForm,
                            ProviderGroup.FurtherEducationCollege,
                            ProviderGroup.HigherEducation,
                            ProviderGroup.ApprenticeshipProvider,
                        ]
                    )
                ),
                Quote(
                    "By the age of 18, all pupils who are considering applying for university should have had at least two visits to universities to meet staff and pupils.",
                    new LearnerRequirement(
                        RequirementKind.HigherEducationVisits,
                        2,
                        deadlineAge: 18,
                        onlyLearnersConsideringHigherEducation: true
                    )
                )
            )
            .Benchmark(
                "Personal guidance",
                "Every pupil should have opportunities for guidance interviews with a careers adviser, who could be internal (a member of school staff) or external, provided they are trained to an appropriate level. These should be available whenever significant study or career choices are being made. They should be expected for all pupils but should be timed to meet their individual needs.",
                // One criterion, quoted whole. The record proves the interview by 16; the further interview by 18 is an
                // opportunity to be offered, which no activity record can prove or disprove.
                Quote(
                    "Every pupil should have at least one such interview by the age of 16, and the opportunity for a further interview by the age of 18.",
                    new LearnerRequirement(RequirementKind.GuidanceMeetings, 1, deadlineAge: 16)
                )
            )
            .Build(
                "Good Career Guidance",
                new LocalDate(2018, 1, 1),
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
