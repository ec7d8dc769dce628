using System;
using NodaTime;

namespace Careers.Tests.Activities;

public class ParticipationTests
{
    [Fact]
    public void EvidenceIn_IsTheUnionOfActivityAndLearnerEvidence()
    {
        var activity = new CareersActivity(
            "a1",
            ActivityKind.EmployerTalk,
            new LocalDate(2024, 10, 1)
        )
        {
            Evidence = MeaningfulEvidence.ClearPurpose | MeaningfulEvidence.LearningOutcomes,
        };
        var participation = new Participation("a1", "L1")
        {
            Evidence = MeaningfulEvidence.Reflection,
        };

        Assert.Equal(
            MeaningfulEvidence.ClearPurpose
                | MeaningfulEvidence.LearningOutcomes
                | MeaningfulEvidence.Reflection,
            participation.EvidenceIn(activity)
        );
    }

    [Fact]
    public void EvidenceIn_AnotherActivity_Throws()
    {
        var activity = new CareersActivity(
            "a2",
            ActivityKind.EmployerTalk,
            new LocalDate(2024, 10, 1)
        );

        var exception = Assert.Throws<ArgumentException>(() =>
            new Participation("a1", "L1").EvidenceIn(activity)
        );
        Assert.Contains("'a1', not 'a2'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RejectsBlankIds()
    {
        Assert.Throws<ArgumentException>(() => new Participation("", "L1"));
        Assert.Throws<ArgumentException>(() => new Participation("a1", " "));
    }
}
