using System.Collections.Generic;

namespace Careers.CareersLog;

/// <summary>Careers activities and participation read from logs, ready for the evaluators.</summary>
public sealed class LogActivityRecords
{
    internal LogActivityRecords(
        IReadOnlyList<CareersActivity> activities,
        IReadOnlyList<Participation> participations
    )
    {
        Activities = activities;
        Participations = participations;
    }

    /// <summary>The activities, each once.</summary>
    public IReadOnlyList<CareersActivity> Activities { get; }

    /// <summary>Who took part in which, with the learner's own meaningful-encounter evidence.</summary>
    public IReadOnlyList<Participation> Participations { get; }
}
