using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace Careers.CareersLog;

/// <summary>
/// A read-only list with value equality, so that records holding lists compare by content: the same log read twice is
/// equal, and a transfer can tell an unchanged entry from an edited one.
/// </summary>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    public static readonly ValueList<T> Empty = new([]);

    private readonly T[] items;

    private ValueList(T[] items) => this.items = items;

    public int Count => items.Length;

    public T this[int index] => items[index];

    /// <summary>Copies the values; nulls are refused with the property's name.</summary>
    public static ValueList<T> From(IEnumerable<T>? values, string name)
    {
        var copy = Guard.NotNull(values, name).ToArray();
        if (copy.Any(v => v is null))
        {
            throw new ArgumentNullException(name, $"The list {name} contains null.");
        }

        return copy.Length == 0 ? Empty : new ValueList<T>(copy);
    }

    public bool Equals(ValueList<T>? other) =>
        other is not null && items.SequenceEqual(other.items);

    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var item in items)
        {
            hash = unchecked((hash * 31) + EqualityComparer<T>.Default.GetHashCode(item!));
        }

        return hash;
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    public override string ToString() => "[" + string.Join(", ", items) + "]";
}
