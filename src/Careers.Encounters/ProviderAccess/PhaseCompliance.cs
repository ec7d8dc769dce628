using System.Collections.Generic;
using NodaTime;

namespace Careers.Encounters;

/// <summary>A learner's standing in one key phase, with the encounters that counted and the reasons for the rest. Immutable.</summary>
public sealed class PhaseCompliance
{
    internal PhaseCompliance(
        ProviderAccessPhase phase,
        PhaseStatus status,
        LocalDate start,
        LocalDate end,
        IReadOnlyList<string> counted,
        IReadOnlyList<string> reasons
    )
    {
        Phase = phase;
        Status = status;
        WindowStart = start;
        WindowEnd = end;
        Counted = counted;
        Reasons = reasons;
    }

    /// <summary>The phase.</summary>
    public ProviderAccessPhase Phase { get; }

    /// <summary>The status.</summary>
    public PhaseStatus Status { get; }

    /// <summary>Whether attending is mandatory for the pupil (phases one and two).</summary>
    public bool IsMandatory => ProviderAccessPolicy.IsMandatoryForPupils(Phase);

    /// <summary>The first day of the learner's window.</summary>
    public LocalDate WindowStart { get; }

    /// <summary>The last day of the learner's window (28 February).</summary>
    public LocalDate WindowEnd { get; }

    /// <summary>The ids of the activities that counted, in ordinal order.</summary>
    public IReadOnlyList<string> Counted { get; }

    /// <summary>Why the phase stands as it does: what is missing, and why each activity in the window that did not count did not.</summary>
    public IReadOnlyList<string> Reasons { get; }
}
