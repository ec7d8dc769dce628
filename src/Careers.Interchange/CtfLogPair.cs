using Careers.CareersLog;

namespace Careers.Interchange;

/// <summary>A pupil of a CTF and the careers log that belongs to them (matched by UPN or former UPN).</summary>
/// <param name="Pupil">The pupil.</param>
/// <param name="Log">The log.</param>
public sealed record CtfLogPair(CtfPupil Pupil, CareersLogDocument Log);
