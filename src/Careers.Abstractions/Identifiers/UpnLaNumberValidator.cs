using System;
using System.Collections.Generic;
using System.Globalization;

namespace Careers;

/// <summary>
/// The opt-in census check that characters 2–4 of a UPN are a valid local authority number. Not applied by
/// <see cref="Upn.Parse"/> because the list of local authorities changes (docs/articles/domain.md §1, Decision); give this
/// validator the list that applies to your data.
/// </summary>
public sealed class UpnLaNumberValidator
{
    private readonly HashSet<int> laNumbers;

    /// <summary>Creates a validator that accepts the given LA numbers.</summary>
    /// <param name="laNumbers">The valid 3-digit LA numbers, for example 831 for Derby.</param>
    /// <exception cref="ArgumentException">The list is empty or holds a number outside 0–999.</exception>
    public UpnLaNumberValidator(IEnumerable<int> laNumbers)
    {
        this.laNumbers = new HashSet<int>(Guard.NotNull(laNumbers, nameof(laNumbers)));
        if (this.laNumbers.Count == 0)
        {
            throw new ArgumentException("Give at least one LA number.", nameof(laNumbers));
        }

        foreach (var number in this.laNumbers)
        {
            if (number is < 0 or > 999)
            {
                throw new ArgumentException(
                    $"{number} is not a 3-digit LA number.",
                    nameof(laNumbers)
                );
            }
        }
    }

    /// <summary>Checks the LA number of a UPN.</summary>
    /// <param name="upn">The UPN to check.</param>
    /// <returns><see langword="null"/> when the LA number is in the list, else an error with code <c>upn.la-number</c>.</returns>
    public ValidationError? Validate(Upn upn)
    {
        Guard.NotNull(upn, nameof(upn));
        var number = int.Parse(upn.LaNumber, NumberStyles.None, CultureInfo.InvariantCulture);
        return laNumbers.Contains(number)
            ? null
            : new ValidationError(
                "upn.la-number",
                JsonPointer.Root,
                $"UPN '{upn}' has LA number {upn.LaNumber}, which is not in the list of local authority numbers."
            );
    }
}
