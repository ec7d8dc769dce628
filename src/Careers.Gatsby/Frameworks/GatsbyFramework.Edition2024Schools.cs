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
    /// two-way interaction with the provider, information about the provider, a sense of what learning there is like,
    /// the opportunity to meet both staff and learners, and reflection. Criteria are the published bullets only (4, 2,
    /// 2, 2, 1, 2, 2 and 2 for Benchmarks 1 to 8): those of Benchmarks 1 and 7 are quoted from the Gatsby Foundation's
    /// own pages, the rest are summaries. Sentences of a benchmark's summary (staff, SEND information, the needs of
    /// disadvantaged or absent pupils, the SENCO) are context, not criteria, and no 2014 criterion is carried over
    /// unless the 2024 text repeats it.
    /// </summary>
    public static GatsbyFramework Edition2024Schools { get; } = BuildEdition2024Schools();

    private static GatsbyFramework BuildEdition2024Schools() =>
        new Data(GatsbyEdition.Edition2024, GatsbyAudience.Schools, Source2024)
            .Benchmark(
                "A stable careers programme",
                "Every school should have an embedded programme of careers education and guidance that is known and understood by pupils, parents and carers, staff, governors, employers and other agencies.",
                Quote(
                    "Every school should have a stable, structured careers programme that has the explicit backing of governors, the headteacher and the senior management team, and has an identified and appropriately trained careers leader responsible for it."
                ),
                Quote(
                    "The careers programme should be tailored to the needs of pupils, sequenced appropriately, underpinned by learning outcomes and linked to the whole-school development plan. It should also set out how parents and carers will be engaged throughout."
                ),
                Quote(
                    "The careers programme should be published on the school’s website and communicated in ways that enable pupils, parents and carers, staff and employers to access, and understand it."
                ),
                Quote(
                    "The programme should be regularly evaluated using feedback from pupils, parents and carers, teachers and other staff who support pupils, careers advisers and employers, to increase its impact."
                )
            )
            .Benchmark(
                "Learning from career and labour market information",
                "Every pupil, their parents and carers, and the staff who support them should have access to good-quality, up-to-date information about future pathways, study options and labour market opportunities; pupils with special educational needs and disabilities (SEND) and their families may need different or additional information.",
                Summary(
                    "During each key stage, every pupil should access and use information about careers, pathways and the labour market to inform their own decisions on study options or next steps."
                ),
                Summary(
                    "Parents and carers should be encouraged and supported to access and use information about careers, pathways and the labour market to inform their support for the pupils in their care."
                )
            )
            .Benchmark(
                "Addressing the needs of each young person",
                "Pupils have different career guidance needs at different stages; opportunities for advice and support should be tailored to the needs of each pupil, including any additional needs of vulnerable and disadvantaged pupils, pupils with SEND and those who are absent.",
                Summary(
                    "The school's careers programme should actively seek to challenge misconceptions and stereotypical thinking, showcase a diverse range of role models and raise aspirations."
                ),
                Summary(
                    "The school should use sustained and longer-term destination data as part of its evaluation process, and use alumni to support its careers programme."
                )
            )
            .Benchmark(
                "Linking curriculum learning to careers",
                "All teachers should link curriculum learning with careers: subject teachers should highlight the progression routes for their subject and the relevance of the knowledge and skills it develops for a wide range of career pathways.",
                Summary(
                    "Every year, in every subject, every pupil should have opportunities to learn how the knowledge and skills developed in that subject help people to gain entry to, and be more effective workers within, a wide range of careers."
                ),
                Summary(
                    "Careers should form part of the school's ongoing staff development programme for teachers and all staff who support pupils."
                )
            )
            .Benchmark(
                "Encounters with employers and employees",
                "Every pupil should have multiple opportunities to learn from employers about work, employment and the skills that are valued in the workplace; this could include pupils' own part-time employment where it exists (whether it counts is GatsbyPolicy.PartTimeWorkCountsAsEmployerEncounter).",
                Summary(
                    "Every year, from the age of 11, every pupil should participate in at least one meaningful encounter with an employer (unchanged from the 2014 edition).",
                    new LearnerRequirement(RequirementKind.EmployerEncountersEveryYear, 1)
                )
            )
            .Benchmark(
                "Experiences of workplaces",
                "Every pupil should have first-hand experiences of workplaces to help their exploration of career opportunities and expand their networks.",
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
                "All pupils should understand the full range of learning opportunities that are available to them, including academic, technical and vocational routes. This should incorporate learning in schools, colleges, independent training providers (ITPs), universities and in the workplace.",
                Quote(
                    "By the age of 16, every pupil should have had meaningful encounters with providers of the full range of learning opportunities, including sixth forms, colleges, universities and ITPs.",
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
                    "By the age of 18, all pupils who are considering applying to higher education should have had at least two visits to higher education providers to meet staff and learners.",
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
                "Every pupil should have opportunities for personal guidance meetings with a careers adviser, who could be internal or external, provided they are trained to an appropriate level; the careers leader works with the careers adviser and the SEND co-ordinator so that personal guidance meets each pupil's needs.",
                Summary(
                    "Every pupil should have at least one personal guidance meeting with a careers adviser trained to an appropriate level by the age of 16.",
                    new LearnerRequirement(RequirementKind.GuidanceMeetings, 1, deadlineAge: 16)
                ),
                Summary(
                    "Every pupil should have a further personal guidance meeting by the age of 18: at least two in all. The 2024 edition expects this second meeting, where the 2014 edition offered only the opportunity.",
                    new LearnerRequirement(RequirementKind.GuidanceMeetings, 2, deadlineAge: 18)
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
            // Benchmark 7: "A meaningful encounter gives the young person the opportunity to explore what it is like to
            // learn, develop and succeed in that environment. This should include the opportunity to meet both staff and
            // learners/trainees." (gatsbybenchmarks.org.uk/updated-benchmarks/gatsby-benchmark-7/), as in 2014.
            MeaningfulEvidence.ClearPurpose
                | MeaningfulEvidence.LearningOutcomes
                | MeaningfulEvidence.TwoWayInteraction
                | MeaningfulEvidence.ProviderInformation
                | MeaningfulEvidence.LearningEnvironment
                | MeaningfulEvidence.MetStaffAndStudents
                | MeaningfulEvidence.Reflection,
            Meaningful2024Source
        );
}
