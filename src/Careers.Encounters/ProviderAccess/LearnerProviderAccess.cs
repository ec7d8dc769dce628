using System.Collections.Generic;

namespace Careers.Encounters;

/// <summary>A learner's standing in the three key phases. Immutable.</summary>
public sealed class LearnerProviderAccess
{
    internal LearnerProviderAccess(Learner learner, IReadOnlyList<PhaseCompliance> phases)
    {
        Learner = learner;
        Phases = phases;
    }

    /// <summary>The learner.</summary>
    public Learner Learner { get; }

    /// <summary>Phases one, two and three, in order.</summary>
    public IReadOnlyList<PhaseCompliance> Phases { get; }

    /// <summary>A phase by number.</summary>
    /// <param name="phase">The phase.</param>
    /// <returns>The learner's standing in it.</returns>
    public PhaseCompliance Phase(ProviderAccessPhase phase) => Phases[(int)phase - 1];
}
