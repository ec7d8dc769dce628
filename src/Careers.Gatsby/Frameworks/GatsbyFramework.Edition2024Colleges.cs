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
    /// provider, information about the provider, a sense of what learning there is like, the opportunity to meet both
    /// staff and learners, and reflection. Criteria are the published bullets only (4, 2, 2, 2, 1, 1, 1 and 1 for
    /// Benchmarks 1 to 8): those of Benchmark 7 and the first two of Benchmark 1 are quoted from the Gatsby
    /// Foundation's own pages, the rest are summaries.
    /// </summary>
    public static GatsbyFramework Edition2024Colleges { get; } = BuildEdition2024Colleges();

    private static GatsbyFramework BuildEdition2024Colleges() =>
        new Data(GatsbyEdition.Edition2024, GatsbyAudience.Colleges, Source2024)
            .Benchmark(
                "A stable careers programme",
                "Every provider should have an embedded programme of careers education and guidance that is known and understood by learners, parents and carers, staff, those in governance roles, employers and other agencies.",
                Quote(
                    "Every provider should have a stable, structured careers programme that has the explicit backing of those in governance roles, leadership and the senior management team, and has an identified and appropriately trained careers leader responsible for it."
                ),
                Quote(
                    "The careers programme should be tailored to the needs of learners, sequenced appropriately, underpinned by learning outcomes and linked to the whole-institution development plan. It should also set out how parents and carers will be engaged throughout."
                ),
                Summary(
                    "The careers programme should be published on the provider's website and communicated in ways that enable learners, parents and carers, staff and employers to access and understand it."
                ),
                Summary(
                    "The programme should be regularly evaluated using feedback from learners, parents and carers, staff who support learners, careers advisers and employers, to increase its impact."
                )
            )
            .Benchmark(
                "Learning from career and labour market information",
                "Every learner, their parents and carers, and the staff who support them should have access to good-quality, up-to-date information about future pathways, study options and labour market opportunities; learners with special educational needs and disabilities (SEND) and their families may need different or additional information.",
                Summary(
                    "During their programme of study, every learner should access and use information about careers, pathways and the labour market to inform their own decisions on study options or next steps."
                ),
                Summary(
                    "Parents and carers should be encouraged and supported to access and use information about careers, pathways and the labour market to inform their support for the learners in their care."
                )
            )
            .Benchmark(
                "Addressing the needs of each young person",
                "Learners have different career guidance needs at different stages; opportunities for advice and support should be tailored to the needs of each learner, including any additional needs of vulnerable and disadvantaged learners, learners with SEND and those who are absent.",
                Summary(
                    "The provider's careers programme should actively seek to challenge misconceptions and stereotypical thinking, showcase a diverse range of role models and raise aspirations."
                ),
                Summary(
                    "The provider should use sustained and longer-term destination data as part of its evaluation process, and use alumni to support its careers programme."
                )
            )
            .Benchmark(
                "Linking curriculum learning to careers",
                "All teachers and subject staff should link curriculum learning with careers, even on courses which are not specifically occupation-led, highlighting the progression routes for their subject and the relevance of its knowledge and skills for a wide range of career pathways.",
                Summary(
                    "Throughout their programme of study (and by the end of their course), every learner should have opportunities to experience how the knowledge and skills developed in their subjects help people to gain entry to, and be more effective workers within, a wide range of occupations."
                ),
                Summary(
                    "Careers should form part of the provider's ongoing staff development programme for subject staff and all staff who support learners."
                )
            )
            .Benchmark(
                "Encounters with employers and employees",
                "Every learner should have multiple opportunities to learn from employers about work, employment and the skills that are valued in the workplace; this could include learners' own part-time employment where it exists (whether it counts is GatsbyPolicy.PartTimeWorkCountsAsEmployerEncounter).",
                Summary(
                    "Every year, alongside their programme of study, every learner should participate in at least two meaningful encounters with an employer, at least one of them delivered through their curriculum area.",
                    new LearnerRequirement(
                        RequirementKind.EmployerEncountersEveryYear,
                        2,
                        minimumThroughCurriculumArea: 1
                    )
                )
            )
            .Benchmark(
                "Experiences of workplaces",
                "Every learner should have first-hand experiences of workplaces to help their exploration of career opportunities and expand their networks.",
                Summary(
                    "By the end of their programme of study, every learner should have had at least one meaningful experience of a workplace; part-time jobs do not count.",
                    new LearnerRequirement(
                        RequirementKind.WorkplaceExperiences,
                        1,
                        byEndOfProgramme: true
                    )
                )
            )
            .Benchmark(
                "Encounters with further and higher education",
                "All learners should understand the full range of learning opportunities that are available to them, including academic, technical and vocational routes. This should incorporate learning in schools, colleges, independent training providers (ITPs), universities and in the workplace.",
                // "A range" is read as at least two of the three kinds named (a decision; GatsbyPolicy.MinimumCounts can
                // change the count).
                Quote(
                    "By the end of their programme of study, every learner should have had a meaningful encounter with a range of providers of learning and training that may form the next stages of their career. This should include, as appropriate, further education colleges, universities and ITPs. This should include the opportunity to meet both staff and learners.",
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
                "Every learner should have opportunities for personal guidance meetings with a careers adviser, who could be internal or external, provided they are trained to an appropriate level; the careers leader works with the careers adviser and the SEND co-ordinator so that personal guidance meets each learner's needs.",
                Summary(
                    "Every learner should have at least one personal guidance meeting with a careers adviser trained to an appropriate level by the end of their programme of study.",
                    new LearnerRequirement(
                        RequirementKind.GuidanceMeetings,
                        1,
                        byEndOfProgramme: true
                    )
                )
            )
            .Build(
                "Good Career Guidance: The Next 10 Years",
                Edition2024InForceFrom,
                Meaningful2024()
            );
}
