namespace Careers.Gatsby;

public sealed partial class GatsbyFramework
{
    /// <summary>
    /// The 2024 edition for colleges and independent training providers (ITPs): Gatsby Charitable Foundation,
    /// <i>Good Career Guidance: The Next 10 Years</i> (18 November 2024), adopted by DfE statutory guidance published
    /// 1 May 2025 and in force from <see cref="Edition2024InForceFrom"/> (1 September 2025). Learners need two
    /// meaningful employer encounters a year, one through their curriculum area, and a meaningful workplace experience,
    /// encounters with a range of providers and a personal guidance meeting by the end of their programme. Meaningful
    /// encounters follow the edition's own definitions, as in <see cref="Edition2024Schools"/>: for Benchmark 5 a clear
    /// purpose, learning outcomes, two-way interaction and time to reflect; for Benchmark 6 a clear purpose, learning
    /// outcomes, extensive two-way interaction, a range of people met, a task set by the employer, the employer's
    /// feedback and reflection; for Benchmark 7 a clear purpose, learning outcomes, two-way interaction with the
    /// provider, information about the provider, a sense of what learning there is like and reflection.
    /// </summary>
    public static GatsbyFramework Edition2024Colleges { get; } = BuildEdition2024Colleges();

    private static GatsbyFramework BuildEdition2024Colleges() =>
        new Data(GatsbyEdition.Edition2024, GatsbyAudience.Colleges, Source2024)
            .Benchmark(
                "A stable careers programme",
                "Every college and ITP should have an embedded programme of careers education and guidance that is known and understood by learners, parents and carers, staff, governors, employers and other agencies.",
                Summary(
                    "Every college and ITP should have a stable, structured careers programme that has the explicit backing of its governors and senior leaders, and an identified and appropriately trained careers leader responsible for it."
                ),
                Summary(
                    "The careers programme should be tailored to the needs of learners, sequenced appropriately, underpinned by learning outcomes and linked to the institution's development plan."
                ),
                Summary(
                    "The careers programme should set out a plan for how parents and carers will be engaged throughout."
                ),
                Summary(
                    "The careers programme should be published on the college's or ITP's website and communicated in ways that enable learners, parents and carers, staff and employers to access and understand it."
                ),
                Summary(
                    "The programme should be regularly evaluated using feedback from learners, parents and carers, staff, careers advisers and employers."
                )
            )
            .Benchmark(
                "Learning from career and labour market information",
                "Every learner, their parents and carers, and the staff who support them should have access to good-quality, up-to-date information about careers, pathways and the labour market.",
                Summary(
                    "Throughout their programme, every learner should access and use information about careers, pathways and the labour market to inform their decisions."
                ),
                Summary(
                    "Staff, including those who teach in each curriculum area and those who support learners, should be able to access and use information about careers, pathways and the labour market."
                ),
                Summary(
                    "Parents and carers should be encouraged to access and use information about careers, pathways and the labour market to inform their support to their children."
                ),
                Summary(
                    "Information about careers and pathways should meet the needs of learners with special educational needs and disabilities (SEND) and their families, including the pathways open to them."
                )
            )
            .Benchmark(
                "Addressing the needs of each young person",
                "Young people have different career guidance needs at different stages; opportunities for advice and support should be tailored to the needs of each learner.",
                Summary(
                    "The careers programme should actively challenge misconceptions and stereotypical thinking, raise aspirations and use diverse role models."
                ),
                Summary(
                    "The careers programme should meet the needs of disadvantaged learners, learners with special educational needs and disabilities (SEND) and learners who are absent, with support tailored to them."
                ),
                Summary(
                    "The college or ITP should keep systematic records of the individual advice given to each learner, and subsequent agreed decisions; every learner should have access to these records to support their career development.",
                    new LearnerRequirement(RequirementKind.AdviceRecord, 1)
                ),
                Summary(
                    "The college or ITP should collect and maintain accurate data for each learner on their education, training or employment destinations for at least three years after they leave.",
                    new LearnerRequirement(RequirementKind.DestinationRecords, 3)
                ),
                Quote(
                    "…use sustained and longer-term destination data as part of their evaluation process and use alumni…"
                )
            )
            .Benchmark(
                "Linking curriculum learning to careers",
                "All teaching staff should link curriculum learning with careers, so that every learner sees how what they learn in their curriculum area relates to a wide range of future pathways.",
                Summary(
                    "Every year, in every subject and curriculum area, every learner should have opportunities to learn how the knowledge and skills developed there help people in a wide range of careers and pathways."
                ),
                Summary(
                    "Careers should be part of staff development, so that teaching staff are equipped to link their curriculum area to careers and pathways."
                )
            )
            .Benchmark(
                "Encounters with employers and employees",
                "Every learner should have multiple opportunities to learn from employers about work, employment and the skills that are valued in the workplace.",
                Summary(
                    "Every year, every learner should participate in at least two meaningful encounters with an employer, at least one of them delivered through their curriculum area.",
                    new LearnerRequirement(
                        RequirementKind.EmployerEncountersEveryYear,
                        2,
                        minimumThroughCurriculumArea: 1
                    )
                ),
                Summary(
                    "The college or ITP should record learners' own part-time work and take into account what it contributes to their development; whether part-time work counts as an encounter is a policy setting (GatsbyPolicy.PartTimeWorkCountsAsEmployerEncounter)."
                )
            )
            .Benchmark(
                "Experiences of workplaces",
                "Every learner should have first-hand experiences of workplaces through work visits, work shadowing, work placements and/or work experience.",
                Summary(
                    "By the end of their programme, every learner should have had at least one meaningful experience of a workplace; part-time jobs do not count.",
                    new LearnerRequirement(
                        RequirementKind.WorkplaceExperiences,
                        1,
                        byEndOfProgramme: true
                    )
                )
            )
            .Benchmark(
                "Encounters with further and higher education",
                "All learners should understand the full range of learning opportunities that are available to them at the next stage, including academic, technical and vocational routes.",
                Summary(
                    "By the end of their programme, every learner should have had meaningful encounters with a range of providers of the next stage of learning and training: further education colleges, higher education providers, and apprenticeship and independent training providers. \"A range\" is read as at least two of these three kinds (a decision; GatsbyPolicy.MinimumCounts can change the count).",
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
                "Every learner should have personal guidance meetings with a careers adviser, who could be internal or external, provided they are trained to an appropriate level.",
                Summary(
                    "Every learner should have at least one personal guidance meeting with a careers adviser trained to an appropriate level (Level 6 or above, as the CDI register requires) by the end of their programme.",
                    new LearnerRequirement(
                        RequirementKind.GuidanceMeetings,
                        1,
                        byEndOfProgramme: true
                    )
                ),
                Summary(
                    "The member of staff responsible for special educational needs and disabilities (the SENCO or equivalent) should be involved in personal guidance for learners with SEND."
                ),
                Summary(
                    "Information about personal guidance, what it is and how to get it, should be published for learners and their parents and carers."
                )
            )
            .Build(
                "Good Career Guidance: The Next 10 Years",
                Edition2024InForceFrom,
                Meaningful2024()
            );
}
