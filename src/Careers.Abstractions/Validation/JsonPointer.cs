using System;
using System.Globalization;

namespace Careers;

/// <summary>Builds JSON pointers (RFC 6901) for <see cref="ValidationError.Path"/>.</summary>
public static class JsonPointer
{
    /// <summary>The pointer to the whole document: the empty string.</summary>
    public const string Root = "";

    /// <summary>Appends a property name to a pointer, escaping <c>~</c> as <c>~0</c> and <c>/</c> as <c>~1</c>.</summary>
    /// <param name="pointer">The pointer to the containing object.</param>
    /// <param name="propertyName">The property name, unescaped.</param>
    /// <returns>The pointer to the property.</returns>
    public static string Append(string pointer, string propertyName)
    {
        if (pointer is null)
        {
            throw new ArgumentNullException(nameof(pointer));
        }

        if (propertyName is null)
        {
            throw new ArgumentNullException(nameof(propertyName));
        }

        return pointer + "/" + propertyName.Replace("~", "~0").Replace("/", "~1");
    }

    /// <summary>Appends an array index to a pointer.</summary>
    /// <param name="pointer">The pointer to the containing array.</param>
    /// <param name="index">The zero-based index.</param>
    /// <returns>The pointer to the element.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public static string Append(string pointer, int index)
    {
        if (pointer is null)
        {
            throw new ArgumentNullException(nameof(pointer));
        }

        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(index),
                index,
                "An array index cannot be negative."
            );
        }

        return pointer + "/" + index.ToString(CultureInfo.InvariantCulture);
    }
}
