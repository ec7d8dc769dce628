using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace Careers.Kpi;

/// <summary>
/// A set of KPI definitions with an id and a version: the rule set a <see cref="KpiReport"/> records in its
/// provenance. <see cref="DerbyStrategy"/> holds the presets of <see cref="KpiDefinitions"/>; a local area adds or
/// replaces definitions with <see cref="With"/> and gives its catalogue its own id and version with
/// <see cref="Versioned"/>. Immutable.
/// </summary>
public sealed class KpiCatalogue
{
    private readonly Dictionary<string, KpiDefinition> byId;

    /// <summary>Creates a catalogue.</summary>
    /// <param name="id">The catalogue's id, for example <c>kpi.derby.2020-2025</c>.</param>
    /// <param name="version">The catalogue's version.</param>
    /// <param name="definitions">The definitions, each id once.</param>
    /// <exception cref="ArgumentException">An id or version is empty, or two definitions share an id.</exception>
    public KpiCatalogue(string id, string version, IEnumerable<KpiDefinition> definitions)
    {
        Id = Guard.NotEmpty(id, nameof(id));
        Version = Guard.NotEmpty(version, nameof(version));
        var list = Guard.NotNull(definitions, nameof(definitions)).ToArray();
        byId = new Dictionary<string, KpiDefinition>(StringComparer.Ordinal);
        foreach (var definition in list)
        {
            Guard.NotNull(definition, nameof(definitions));
            if (byId.ContainsKey(definition.Id))
            {
                throw new ArgumentException(
                    $"The KPI '{definition.Id}' is defined twice.",
                    nameof(definitions)
                );
            }

            byId.Add(definition.Id, definition);
        }

        Definitions = Array.AsReadOnly(list);
    }

    /// <summary>The KPIs of the Championing Careers Derby strategy 2020–2025 (<c>kpi.derby.2020-2025</c>, version 1.0).</summary>
    public static KpiCatalogue DerbyStrategy { get; } =
        new("kpi.derby.2020-2025", "1.0", KpiDefinitions.All);

    /// <summary>The catalogue's id.</summary>
    public string Id { get; }

    /// <summary>The catalogue's version.</summary>
    public string Version { get; }

    /// <summary>The definitions, in the order given.</summary>
    public IReadOnlyList<KpiDefinition> Definitions { get; }

    /// <summary>The definition with an id.</summary>
    /// <param name="id">The KPI id.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="KeyNotFoundException">The catalogue has no such KPI.</exception>
    public KpiDefinition this[string id] =>
        TryGet(id, out var definition)
            ? definition
            : throw new KeyNotFoundException($"The catalogue {Id} has no KPI '{id}'.");

    /// <summary>Looks up a definition.</summary>
    /// <param name="id">The KPI id.</param>
    /// <param name="definition">The definition, when found.</param>
    /// <returns>Whether the catalogue has it.</returns>
    public bool TryGet(string? id, [MaybeNullWhen(false)] out KpiDefinition definition) =>
        byId.TryGetValue(id ?? string.Empty, out definition);

    /// <summary>A copy with a definition added, or replacing the one with the same id in its place.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The new catalogue, with the same id and version (give it your own with <see cref="Versioned"/>).</returns>
    public KpiCatalogue With(KpiDefinition definition)
    {
        Guard.NotNull(definition, nameof(definition));
        var list = Definitions.ToList();
        var index = list.FindIndex(d =>
            string.Equals(d.Id, definition.Id, StringComparison.Ordinal)
        );
        if (index >= 0)
        {
            list[index] = definition;
        }
        else
        {
            list.Add(definition);
        }

        return new KpiCatalogue(Id, Version, list);
    }

    /// <summary>A copy with another id and version, for a local area's own catalogue.</summary>
    /// <param name="id">The id.</param>
    /// <param name="version">The version.</param>
    /// <returns>The new catalogue.</returns>
    public KpiCatalogue Versioned(string id, string version) => new(id, version, Definitions);

    /// <summary>Formats the catalogue as <c>id@version (n KPIs)</c>.</summary>
    /// <returns>The catalogue.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"{Id}@{Version} ({Definitions.Count} KPIs)");
}
