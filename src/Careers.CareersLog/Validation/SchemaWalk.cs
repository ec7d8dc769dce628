using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Careers.CareersLog;

/// <summary>
/// Where a validation is in the document, kept as a stack of property names and indexes so that a JSON pointer is
/// only written when a problem is reported: a valid document costs no pointer strings.
/// </summary>
internal sealed class SchemaWalk
{
    /// <summary>A walk that reports nothing (for <c>if</c> and <c>anyOf</c> branches): it keeps no path, so it can be shared.</summary>
    public static readonly SchemaWalk Silent = new(null, string.Empty);

    private readonly string root;
    private readonly List<Segment> segments = [];

    public SchemaWalk(List<ValidationError>? problems, string root)
    {
        Problems = problems;
        this.root = root;
    }

    public List<ValidationError>? Problems { get; }

    public void Push(string name)
    {
        if (Problems is not null)
        {
            segments.Add(new Segment(name, 0, default));
        }
    }

    /// <summary>Steps into a property whose name is only read if a problem is reported.</summary>
    public void Push(JsonProperty property)
    {
        if (Problems is not null)
        {
            segments.Add(new Segment(null, -1, property));
        }
    }

    public void Push(int index)
    {
        if (Problems is not null)
        {
            segments.Add(new Segment(null, index, default));
        }
    }

    public void Pop()
    {
        if (Problems is not null)
        {
            segments.RemoveAt(segments.Count - 1);
        }
    }

    /// <summary>The RFC 6901 pointer of where the walk is.</summary>
    public string Pointer()
    {
        var pointer = new StringBuilder(root);
        foreach (var segment in segments)
        {
            pointer.Append('/');
            var name = segment.Name ?? (segment.Index < 0 ? segment.Property.Name : null);
            pointer.Append(
                name is null
                    ? segment.Index.ToString(CultureInfo.InvariantCulture)
                    : name.Replace("~", "~0").Replace("/", "~1")
            );
        }

        return pointer.ToString();
    }

    private readonly record struct Segment(string? Name, int Index, JsonProperty Property);
}
