using NodaTime;

namespace Careers.Interchange;

/// <summary>
/// A special educational needs provision from a date (<c>SENhistory/SEN</c>: <c>StartDate</c> and
/// <c>SENprovision</c>, translated by <see cref="CtfCodes.SenProvision"/>).
/// </summary>
/// <param name="Start">The date the provision started.</param>
/// <param name="Provision">The provision.</param>
public sealed record CtfSenRecord(LocalDate Start, SenProvision Provision);
