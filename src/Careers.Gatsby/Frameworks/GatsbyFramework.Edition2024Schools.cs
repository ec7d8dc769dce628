namespace Careers.Gatsby;

public sealed partial class GatsbyFramework
{
    private const string Source2024 =
        "Gatsby Charitable Foundation, Good Career Guidance: The Next 10 Years (2024)";

    private const string Meaningful2024Source =
        "Gatsby Charitable Foundation, Good Career Guidance: The Next 10 Years (2024), definitions of meaningful for Benchmarks 5, 6 and 7";

    /// <summary>
    /// The 2024 edition for schools: Gatsby Charitable Foundation, <i>Good Career Guidance: The Next 10 Years</i>
    /// (18 November 2024), adopted by DfE statutory guidance published 1 May 2025 and in force from
    /// <see cref="Edition2024InForceFrom"/> (1 September 2025). Meaningful encounters follow the edition's own
    /// definitions: for Benchmark 5 a clear purpose, learning outcomes, two-way interaction and time to reflect; for
    /// Benchmark 6 a clear purpose, learning outcomes, extensive two-way interaction, a range of people met, a task set
    /// by the employer, the employer's feedback and reflection; for Benchmark 7 a clear purpose, learning outcomes,
    /// two-way interaction with the provider, information about the provider, a sense of what learning there is like
    /// and reflection.
    /// </summary>
    public static GatsbyFramework Edition2024Schools { get; } = BuildEdition2024Schools();

    private static GatsbyFramework BuildEdition2024Schools() =>
        new Data(GatsbyEdition.Edition2024, GatsbyAudience.Schools, Source2024)
            .Benchmark(
                "A stable careers programme",
                "Every school should have an embedded programme of careers education and guidance that is known and understood by pupils, parents and carers, staff, governors and employers.",
                Summary(
                    "Every school should have a stable, structured careers programme that has the explicit backing of the governors and the headteacher, and an identified and appropriately trained careers leader responsible for it."
                ),
                Summary(
                    "The careers programme should be tailored to the needs of pupils, sequenced appropriately, underpinned by learning outcomes and linked to the school's development plan."
                ),
                Summary(
                    "The careers programme should set out a plan for how parents and carers will be engaged throughout."
                ),
                Summary(
                    "The careers programme should be published on the school's website and communicated in ways that enable pupils, parents and carers, staff and employers to access and understand it."
                ),
                Summary(
                    "The programme should be regularly evaluated using feedback from pupils, parents and carers, staff, careers advisers and employers."
                )
            )
            .Benchmark(
                "Learning from career and labour market information",
                "Every pupil, their parents and carers, and the staff who support them should have access to good-quality, up-to-date information about careers, pathways and the labour market.",
                Quote(
                    "During each Key Stage, all pupils should access and use information about careers, pathways and the labour market…"
                ),
                Summary(
                    "Staff, including subject teachers and those who support pupils, should be able to access and use information about careers, pathways and the labour market."
                ),
                Summary(
                    "Parents and carers should be encouraged to access and use information about careers, pathways and the labour market to inform their support to their children."
                ),
                Summary(
                    "Information about careers and pathways should meet the needs of pupils with special educational needs and disabilities (SEND) and their families, including the pathways open to them."
                )
            )
            .Benchmark(
                "Addressing the needs of each young person",
                "Young people have different career guidance needs at different stages; opportunities for advice and support should be tailored to the needs of each pupil.",
                Summary(
                    "The school's careers programme should actively challenge misconceptions and stereotypical thinking, raise aspirations and use diverse role models."
                ),
                Summary(
                    "The careers programme should meet the needs of disadvantaged pupils, pupils with special educational needs and disabilities (SEND) and pupils who are absent from school, with support tailored to them."
                ),
                Summary(
                    "The school should keep systematic records of the individual advice given to each pupil, and subsequent agreed decisions; every pupil should have access to these records to support their career development.",
                    new LearnerRequirement(RequirementKind.AdviceRecord, 1)
                ),
                Summary(
                    "The school should collect and maintain accurate data for each pupil on their education, training or employment destinations for at least three years after they leave.",
                    new LearnerRequirement(RequirementKind.DestinationRecords, 3)
                ),
                Quote(
                    "…use sustained and longer-term destination data as part of their evaluation process and use alumni…"
                )
            )
            .Benchmark(
                "Linking curriculum learning to careers",
                "All teachers should link curriculum learning with careers, so that every pupil sees how what they learn in each subject relates to a wide range of future pathways.",
                Quote(
                    "Every year, in every subject, every pupil should have opportunities to learn how the knowledge and skills developed in that subject helps people…"
                ),
                Summary(
                    "Careers should be part of staff development, so that teachers are equipped to link their subject to careers and pathways."
                )
            )
            .Benchmark(
                "Encounters with employers and employees",
                "Every pupil should have multiple opportunities to learn from employers about work, employment and the skills that are valued in the workplace.",
                Summary(
                    "Every year, from the age of 11, every pupil should participate in at least one meaningful encounter with an employer (unchanged from the 2014 edition). Part-time work may count when it is meaningful; whether it does is a policy setting (GatsbyPolicy.PartTimeWorkCountsAsEmployerEncounter).",
                    new LearnerRequirement(RequirementKind.EmployerEncountersEveryYear, 1)
                )
            )
            .Benchmark(
                "Experiences of workplaces",
                "Every pupil should have first-hand experiences of workplaces through work visits, work shadowing, work placements and/or work experience.",
                Summary(
                    "\"By the age of 16, every pupil should have had meaningful experiences of workplaces\"; part-time jobs do not count. The plural is read as at least two (a decision; GatsbyPolicy.MinimumCounts can change the count).",
                    new LearnerRequirement(RequirementKind.WorkplaceExperiences, 2, deadlineAge: 16)
                ),
                Summary(
                    "By the age of 18, every pupil should have had \"at least one further meaningful experience\" of a workplace: at least three in all, one more than the count by 16; part-time jobs do not count.",
                    new LearnerRequirement(RequirementKind.WorkplaceExperiences, 3, deadlineAge: 18)
                )
            )
            .Benchmark(
                "Encounters with further and higher education",
                "All pupils should understand the full range of learning opportunities that are available to them, including academic, technical and vocational routes.",
                Summary(
                    "By the age of 16, every pupil should have had meaningful encounters with providers of the full range of learning opportunities: sixth forms, colleges, \"higher education providers\", and apprenticeship providers including independent training providers (ITPs).",
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
                Summary(
                    "By the age of 18, every pupil who is considering applying to higher education should have had \"at least two visits to higher education providers\".",
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
                "Every pupil should have personal guidance meetings with a careers adviser, who could be internal or external, provided they are trained to an appropriate level.",
                Summary(
                    "Every pupil should have a personal guidance meeting with a careers adviser trained to an appropriate level (Level 6 or above, as the CDI register requires) by the age of 16.",
                    new LearnerRequirement(RequirementKind.GuidanceMeetings, 1, deadlineAge: 16)
                ),
                Summary(
                    "Every pupil should have a further personal guidance meeting by the age of 18: at least two in all. The 2024 edition expects this second meeting, where the 2014 edition offered only the opportunity.",
                    new LearnerRequirement(RequirementKind.GuidanceMeetings, 2, deadlineAge: 18)
                ),
                Summary(
                    "The special educational needs co-ordinator (SENCO) should be involved in personal guidance for pupils with special educational needs and disabilities."
                ),
                Summary(
                    "Information about personal guidance, what it is and how to get it, should be published for pupils and their parents and carers."
                )
            )
            .Build(
                "Good Career Guidance: The Next 10 Years",
                Edition2024InForceFrom,
                Meaningful2024()
            );

    // The 2024 edition's definitions of meaningful for Benchmarks 5, 6 and 7, shared by schools and colleges; a
    // method, not a static field, because static initialisers in partial files run in no guaranteed order.
    private static MeaningfulDefinition Meaningful2024() =>
        new MeaningfulDefinition(
            MeaningfulEvidence.ClearPurpose
                | MeaningfulEvidence.LearningOutcomes
                | MeaningfulEvidence.TwoWayInteraction
                | MeaningfulEvidence.Reflection,
            MeaningfulEvidence.ClearPurpose
                | MeaningfulEvidence.LearningOutcomes
                | MeaningfulEvidence.ExtensiveTwoWayInteraction
                | MeaningfulEvidence.MetRangeOfPeople
                | MeaningfulEvidence.TaskSetByEmployer
                | MeaningfulEvidence.EmployerFeedback
                | MeaningfulEvidence.Reflection,
            MeaningfulEvidence.ClearPurpose
                | MeaningfulEvidence.LearningOutcomes
                | MeaningfulEvidence.TwoWayInteraction
                | MeaningfulEvidence.ProviderInformation
                | MeaningfulEvidence.LearningEnvironment
                | MeaningfulEvidence.Reflection,
            Meaningful2024Source
        );
}
