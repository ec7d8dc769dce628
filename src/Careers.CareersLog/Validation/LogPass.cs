using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Careers.CareersLog;

/// <summary>
/// The careers-log validator in one pass over the UTF-8 text with <see cref="Utf8JsonReader"/>, building no tree of
/// the document. Each value is checked against every subschema that applies to it (an <em>application</em>: the
/// node, where it came from, and whether it reports or only records a failure for an <c>anyOf</c> branch or an
/// <c>if</c>); the rules of the log are gathered on the way. The problems are those of the tree walk of
/// <see cref="SchemaNode"/> and <see cref="LogRules"/>, in the same order: each schema problem carries the path of
/// steps the tree walk takes to it (which subschema, which property in the schema's order, which item), and they are
/// sorted by it at the end, which costs nothing for a valid document. A document with a property written twice is
/// handed back (<see cref="Outcome.Duplicates"/>) for the tree walk, whose last-one-wins reading of such objects the
/// pass does not reproduce. Not thread-safe: one instance per thread, reused.
/// </summary>
internal sealed class LogPass
{
    [ThreadStatic]
    private static LogPass? cached;

    private static readonly JsonReaderOptions ReaderOptions = new();

    // The applications, a stack: a value's are pushed when it starts and popped when it ends.
    private App[] apps = new App[64];
    private int appCount;

    // Whether each silent application has failed; slots are a stack too.
    private bool[] failed = new bool[32];
    private int slotCount;

    // anyOf on a container, checked when it ends; if/then on a container, resolved by a look ahead before it is read.
    private (int App, int FirstSlot)[] pendingAnyOf = new (int, int)[16];
    private int pendingAnyOfCount;
    private int[] ifsResolved = new int[16];
    private int[] pendingIf = new int[16];
    private int pendingIfCount;

    // const or enum with an object or array candidate, on a container: compared as a tree when it ends.
    private int[] pendingDeep = new int[4];
    private int pendingDeepCount;

    // Where the pass is: property names (as offsets into the text) and item indexes.
    private Segment[] path = new Segment[32];
    private int depth;

    // The names of the properties of the objects being read, to find one written twice.
    private Segment[] names = new Segment[64];
    private int[] nameHashes = new int[64];
    private int nameCount;

    // The items of the arrays with uniqueItems being read.
    private Item[] uniques = new Item[16];
    private int uniqueCount;

    private readonly List<(int[] Key, ValidationError Problem)> schemaProblems = [];
    private readonly List<int> key = [];

    // The rules of the log.
    private readonly List<ValidationError> schoolProblems = [];
    private readonly List<ValidationError> entryProblems = [];
    private readonly List<(int Entry, Segment About)> reflections = [];
    private readonly ByteSet entryIds = new();
    private string? upn;
    private string? dateOfBirth;
    private string? schoolFrom;
    private string? schoolTo;
    private int schoolIndex;
    private int entryIndex;
    private Segment entryId;
    private Segment entryAbout;
    private bool entryIsReflection;
    private ValidationError? entryDateProblem;
    private byte[] unescaped = new byte[256];
    private int unescapedLength;

    private LogPass() { }

    /// <summary>How a pass ended.</summary>
    internal enum Outcome
    {
        /// <summary>The problems are complete.</summary>
        Done,

        /// <summary>A property is written twice: the tree walk reports this document.</summary>
        Duplicates,
    }

    private enum Role : byte
    {
        None,
        Root,
        Learner,
        Upn,
        DateOfBirth,
        Schools,
        School,
        SchoolFrom,
        SchoolTo,
        Entries,
        Entry,
        EntryId,
        EntryType,
        EntryDate,
        EntryAbout,
    }

    /// <summary>Validates a whole document, adding its problems; <see cref="Outcome.Duplicates"/> asks for the tree walk.</summary>
    public static Outcome Run(ReadOnlySpan<byte> utf8Json, List<ValidationError> problems) =>
        Run(utf8Json, null, problems);

    /// <summary>
    /// Validates a document against one schema only, without the version and the log's rules (as
    /// <see cref="SchemaNode.Validate(JsonElement, string, List{ValidationError})"/> does on a tree).
    /// </summary>
    public static Outcome Run(
        ReadOnlySpan<byte> utf8Json,
        SchemaNode? schema,
        List<ValidationError> problems
    )
    {
        var pass = cached ?? new LogPass();
        cached = null;
        try
        {
            return pass.Validate(utf8Json, schema, problems);
        }
        finally
        {
            pass.Reset();
            cached = pass;
        }
    }

    private Outcome Validate(
        ReadOnlySpan<byte> source,
        SchemaNode? schema,
        List<ValidationError> problems
    )
    {
        if (Utf8Text.FirstInvalid(source) is var invalid and >= 0)
        {
            problems.Add(Utf8Text.Problem(source, invalid));
            return Outcome.Done;
        }

        try
        {
            var version = schema is null ? Version(source) : 0;
            var reader = new Utf8JsonReader(source, ReaderOptions);
            reader.Read();
            if (schema is not null)
            {
                Push(schema, -1, 0, 0, 0, -1);
                Value(source, ref reader, 0, 1, Role.None, silent: false);
                End(ref reader);
            }
            else if (version is null)
            {
                Value(source, ref reader, 0, 0, Role.None, silent: false);
                End(ref reader);
                problems.Add(
                    new ValidationError(
                        "log.schema-version",
                        "/schemaVersion",
                        $"A careers log declares its schemaVersion, a whole number from {CareersLogSchemas.OldestVersion} to {CareersLogSchemas.CurrentVersion}."
                    )
                );
                return Outcome.Done;
            }
            else
            {
                Push(CareersLogValidator.SchemaOf(version.Value), -1, 0, 0, 0, -1);
                Value(source, ref reader, 0, 1, Role.Root, silent: false);
                End(ref reader);
            }
        }
        catch (DuplicateProperty)
        {
            return Outcome.Duplicates;
        }
        catch (InvalidEscape e)
        {
            // A JSON error anywhere comes first, as it would from a parser; else the escape is the problem.
            var reader = new Utf8JsonReader(source, ReaderOptions);
            try
            {
                while (reader.Read()) { }
            }
            catch (JsonException syntax)
            {
                problems.Add(JsonProblem(syntax));
                return Outcome.Done;
            }

            problems.Add(Utf8Text.Problem(source, e.Index, e.Message));
            return Outcome.Done;
        }
        catch (JsonException e)
        {
            problems.Add(JsonProblem(e));
            return Outcome.Done;
        }

        if (schemaProblems.Count > 0)
        {
            var ordered = schemaProblems.ToArray();
            var order = new int[ordered.Length];
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            Array.Sort(
                order,
                (a, b) =>
                {
                    var byKey = Compare(ordered[a].Key, ordered[b].Key);
                    return byKey != 0 ? byKey : a.CompareTo(b);
                }
            );
            foreach (var i in order)
            {
                problems.Add(ordered[i].Problem);
            }
        }

        Rules(source, problems);
        return Outcome.Done;
    }

    private static ValidationError JsonProblem(JsonException e) =>
        new(
            "log.json",
            JsonPointer.Root,
            $"Not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {e.Message}"
        );

    /// <summary>
    /// Checks that an escaped string or name unescapes to text: the reader does not check that a \u escape of a
    /// surrogate has its pair until the string is read.
    /// </summary>
    private static void CheckEscapes(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return;
        }

        try
        {
#if NET
            Chars(ref reader);
#else
            reader.GetString();
#endif
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidEscape((int)reader.TokenStartIndex, e.Message);
        }
    }

    // The reader reports text after the root value only when asked for another token.
    private static void End(ref Utf8JsonReader reader)
    {
        if (reader.Read())
        {
            throw new InvalidOperationException(
                "The reader returned a token after the root value."
            );
        }
    }

    /// <summary>The version the document declares (as <see cref="CareersLogValidator.VersionOf"/>), read ahead.</summary>
    private static int? Version(ReadOnlySpan<byte> source)
    {
        var reader = new Utf8JsonReader(source, ReaderOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isVersion = reader.ValueTextEquals("schemaVersion"u8);
            reader.Read();
            if (!isVersion)
            {
                reader.Skip();
                continue;
            }

            // A second schemaVersion makes the document a duplicate-property one, which the tree walk reports.
            return
                reader.TokenType == JsonTokenType.Number
                && reader.TryGetDouble(out var number)
                && number >= CareersLogSchemas.OldestVersion
                && number <= CareersLogSchemas.CurrentVersion
                && Math.Floor(number) == number
                ? (int)number
                : null;
        }

        return null;
    }

    private void Reset()
    {
        Array.Clear(apps, 0, appCount);
        appCount = 0;
        slotCount = 0;
        pendingAnyOfCount = 0;
        pendingIfCount = 0;
        pendingDeepCount = 0;
        depth = 0;
        nameCount = 0;
        uniqueCount = 0;
        schemaProblems.Clear();
        schoolProblems.Clear();
        entryProblems.Clear();
        reflections.Clear();
        entryIds.Clear();
        upn = null;
        dateOfBirth = null;
        schoolIndex = 0;
        entryIndex = 0;
        unescapedLength = 0;
        if (unescaped.Length > 1 << 16)
        {
            unescaped = new byte[256];
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Values

    /// <summary>Checks the value the reader is on against the applications [first, end), and reads past it.</summary>
    private void Value(
        ReadOnlySpan<byte> source,
        ref Utf8JsonReader reader,
        int first,
        int end,
        Role role,
        bool silent
    )
    {
        var token = reader.TokenType;
        if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            if (silent && first == end)
            {
                reader.Skip();
                return;
            }

            Container(source, ref reader, first, end, role, silent);
            return;
        }

        if (token == JsonTokenType.String)
        {
            CheckEscapes(ref reader);
        }

        var number = token == JsonTokenType.Number ? Number(ref reader) : 0;
        var slotStart = slotCount;
        for (var a = first; a < end; a++)
        {
            Expand(source, ref reader, a, number);
        }

        slotCount = slotStart;

        if (role != Role.None && token == JsonTokenType.String)
        {
            Gather(source, ref reader, role);
        }
    }

    private static double Number(ref Utf8JsonReader reader) =>
        reader.TryGetDouble(out var number) ? number
        : reader.ValueSpan[0] == (byte)'-' ? double.NegativeInfinity
        : double.PositiveInfinity;

    /// <summary>
    /// Applies a subschema to the value the reader is on, in the tree walk's order: <c>$ref</c>, type (which ends it),
    /// const, enum, the string or number keywords, <c>allOf</c>, <c>anyOf</c>, <c>if</c>/<c>then</c>. A scalar is
    /// settled here; a container's keywords about its members apply while it is read.
    /// </summary>
    private void Expand(ReadOnlySpan<byte> source, ref Utf8JsonReader reader, int a, double number)
    {
        var node = apps[a].Node;
        var slot = apps[a].Slot;
        if (node.AcceptsEverything || (slot >= 0 && failed[slot]))
        {
            return;
        }

        if (node.Reference is { } referenced)
        {
            Expand(source, ref reader, Push(referenced, a, 0, 0, 1, slot), number);
        }

        var token = reader.TokenType;
        var container = token is JsonTokenType.StartObject or JsonTokenType.StartArray;
        if (node.TypeMask != 0 && (node.TypeMask & SchemaNode.TypeOf(token, number)) == 0)
        {
            Report(
                source,
                a,
                1,
                0,
                1,
                "type",
                slot < 0 ? node.TypeMessage(Describe(ref reader)) : ""
            );
            return;
        }

        if (container && node.HasContainerCandidates && (node.HasConst || node.HasEnum))
        {
            Add(ref pendingDeep, ref pendingDeepCount, a);
        }
        else if (node.HasConst && !node.ConstMatches(ref reader, number))
        {
            Report(
                source,
                a,
                2,
                0,
                1,
                "const",
                slot < 0 ? node.ConstMessage(Describe(ref reader)) : ""
            );
        }

        if (
            node.HasEnum
            && !(container && node.HasContainerCandidates)
            && !node.EnumMatches(ref reader, number)
        )
        {
            Report(
                source,
                a,
                3,
                0,
                1,
                "enum",
                slot < 0 ? node.EnumMessage(Describe(ref reader)) : ""
            );
        }

        if (token == JsonTokenType.String && node.HasStringChecks)
        {
            StringChecks(source, ref reader, a, node);
        }
        else if (token == JsonTokenType.Number && node.HasNumberChecks)
        {
            if (number < node.Minimum)
            {
                Report(
                    source,
                    a,
                    4,
                    0,
                    1,
                    "minimum",
                    slot < 0 ? SchemaNode.MinimumMessage(node.Minimum!.Value, Raw(ref reader)) : ""
                );
            }

            if (number > node.Maximum)
            {
                Report(
                    source,
                    a,
                    5,
                    0,
                    1,
                    "maximum",
                    slot < 0 ? SchemaNode.MaximumMessage(node.Maximum!.Value, Raw(ref reader)) : ""
                );
            }
        }

        if (node.AllOf is { } allOf)
        {
            for (var i = 0; i < allOf.Length; i++)
            {
                Expand(source, ref reader, Push(allOf[i], a, 8, i, 2, slot), number);
            }
        }

        if (node.AnyOf is { } anyOf)
        {
            var firstSlot = Slots(anyOf.Length);
            var mark = appCount;
            for (var i = 0; i < anyOf.Length; i++)
            {
                Expand(source, ref reader, Push(anyOf[i], -1, 0, 0, 0, firstSlot + i), number);
            }

            if (container)
            {
                Add(ref pendingAnyOf, ref pendingAnyOfCount, (a, firstSlot));
            }
            else
            {
                appCount = mark;
                if (AllFailed(firstSlot, anyOf.Length))
                {
                    Report(
                        source,
                        a,
                        9,
                        0,
                        1,
                        "anyOf",
                        slot < 0 ? node.AnyOfProblem(Describe(ref reader)) : ""
                    );
                }
            }
        }

        if (node.If is { } condition)
        {
            if (container)
            {
                Add(ref pendingIf, ref pendingIfCount, a);
            }
            else
            {
                var conditionSlot = Slots(1);
                var mark = appCount;
                Expand(source, ref reader, Push(condition, -1, 0, 0, 0, conditionSlot), number);
                appCount = mark;
                if (!failed[conditionSlot])
                {
                    Expand(source, ref reader, Push(node.Then!, a, 10, 0, 1, slot), number);
                }
            }
        }
    }

    private void StringChecks(
        ReadOnlySpan<byte> source,
        ref Utf8JsonReader reader,
        int a,
        SchemaNode node
    )
    {
        var slot = apps[a].Slot;
        var escaped = reader.ValueIsEscaped;
        if (node.MinLength is not null || node.MaxLength is not null)
        {
            var length = escaped
#if NET
                ? LogVocabulary.CodePoints(Chars(ref reader))
#else
                ? LogVocabulary.CodePoints(reader.GetString()!)
#endif
                : CodePoints(reader.ValueSpan);
            if (length < node.MinLength)
            {
                Report(
                    source,
                    a,
                    4,
                    0,
                    1,
                    "minLength",
                    slot < 0 ? SchemaNode.MinLengthMessage(node.MinLength!.Value) : ""
                );
            }

            if (length > node.MaxLength)
            {
                Report(
                    source,
                    a,
                    5,
                    0,
                    1,
                    "maxLength",
                    slot < 0 ? SchemaNode.MaxLengthMessage(node.MaxLength!.Value, length) : ""
                );
            }
        }

        if (node.Pattern is { } pattern && !Matches(ref reader, pattern))
        {
            Report(
                source,
                a,
                6,
                0,
                1,
                "pattern",
                slot < 0 ? node.PatternMessage(reader.GetString()!) : ""
            );
        }

        if (
            node.DateFormat
            && !(
                escaped
                    ? SchemaNode.IsDate(reader.GetString()!)
                    : SchemaNode.IsDate(reader.ValueSpan)
            )
        )
        {
            Report(
                source,
                a,
                7,
                0,
                1,
                "format",
                slot < 0 ? SchemaNode.FormatMessage(reader.GetString()!) : ""
            );
        }
    }

    // Code points of valid UTF-8: every byte that does not continue a character starts one.
    private static int CodePoints(ReadOnlySpan<byte> utf8)
    {
        var count = 0;
        foreach (var b in utf8)
        {
            if ((b & 0xC0) != 0x80)
            {
                count++;
            }
        }

        return count;
    }

#if NET
    [ThreadStatic]
    private static char[]? characters;

    private static bool Matches(
        ref Utf8JsonReader reader,
        System.Text.RegularExpressions.Regex pattern
    )
    {
        return pattern.IsMatch(Chars(ref reader));
    }

    /// <summary>The text of the string the reader is on, unescaped, in a buffer of the thread's (UTF-16 is never longer than UTF-8).</summary>
    private static ReadOnlySpan<char> Chars(ref Utf8JsonReader reader)
    {
        var needed = reader.ValueSpan.Length;
        var buffer =
            characters is { } kept && kept.Length >= needed ? kept
            : needed > 1 << 20 ? new char[needed]
            : characters = new char[Math.Max(needed, 4096)];
        var length = reader.ValueIsEscaped
            ? reader.CopyString(buffer)
            : Encoding.UTF8.GetChars(reader.ValueSpan, buffer);
        return buffer.AsSpan(0, length);
    }
#else
    private static bool Matches(
        ref Utf8JsonReader reader,
        System.Text.RegularExpressions.Regex pattern
    ) => pattern.IsMatch(reader.GetString()!);
#endif

    /// <summary>Reads an object or array, checking each member against what the applications ask of it.</summary>
    private void Container(
        ReadOnlySpan<byte> source,
        ref Utf8JsonReader reader,
        int first,
        int end,
        Role role,
        bool silent
    )
    {
        var anyOfStart = pendingAnyOfCount;
        var deepStart = pendingDeepCount;
        var start = (int)reader.TokenStartIndex;
        var ifStart = pendingIfCount;
        var slotStart = slotCount;
        var appStart = appCount;
        for (var a = first; a < end; a++)
        {
            Expand(source, ref reader, a, 0);
        }

        // An if on a container is settled before it is read, by reading it ahead silently; the thens that apply
        // then apply while it is read (and may have ifs of their own).
        while (pendingIfCount > ifStart)
        {
            var count = pendingIfCount - ifStart;
            var firstSlot = Slots(count);
            var mark = appCount;
            var isObject = reader.TokenType == JsonTokenType.StartObject;
            byte[]? scanned = null;
            var found = false;
            var value = reader;
            for (var i = 0; i < count; i++)
            {
                var condition = apps[pendingIf[ifStart + i]].Node.If!;
                if (isObject && condition.DiscriminatorName is { } name)
                {
                    // Read ahead to the property only, once for all the ifs that ask about it.
                    if (!ReferenceEquals(scanned, name))
                    {
                        scanned = name;
                        value = reader;
                        found = FindProperty(ref value, name);
                    }

                    failed[firstSlot + i] = !(
                        found
                        && value.TokenType == JsonTokenType.String
                        && value.ValueTextEquals(condition.DiscriminatorValue!)
                    );
                }
                else
                {
                    Push(condition, -1, 0, 0, 0, firstSlot + i);
                }
            }

            if (appCount > mark)
            {
                var ahead = reader;
                Container(source, ref ahead, mark, appCount, Role.None, silent: true);
                appCount = mark;
            }

            var resolved =
                ifsResolved.Length >= count ? ifsResolved : ifsResolved = new int[count * 2];
            pendingIf.AsSpan(ifStart, count).CopyTo(resolved);
            pendingIfCount = ifStart;
            for (var i = 0; i < count; i++)
            {
                if (!failed[firstSlot + i])
                {
                    var a = resolved[i];
                    Expand(
                        source,
                        ref reader,
                        Push(apps[a].Node.Then!, a, 10, 0, 1, apps[a].Slot),
                        0
                    );
                }
            }
        }

        // The applications that constrain members: the given ones and those expanded from them.
        var last = appCount;
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            ObjectMembers(source, ref reader, first, appStart, last, role, silent);
        }
        else
        {
            ArrayItems(source, ref reader, first, appStart, last, role, silent);
        }

        if (pendingDeepCount > deepStart)
        {
            Deep(source, ref reader, start, deepStart);
        }

        for (var i = anyOfStart; i < pendingAnyOfCount; i++)
        {
            var (a, firstSlot) = pendingAnyOf[i];
            var node = apps[a].Node;
            if (AllFailed(firstSlot, node.AnyOf!.Length))
            {
                Report(
                    source,
                    a,
                    9,
                    0,
                    1,
                    "anyOf",
                    apps[a].Slot < 0 ? node.AnyOfProblem(ContainerWord(reader.TokenType)) : ""
                );
            }
        }

        pendingAnyOfCount = anyOfStart;
        slotCount = slotStart;
        appCount = appStart;
    }

    private void Deep(
        ReadOnlySpan<byte> source,
        ref Utf8JsonReader reader,
        int start,
        int deepStart
    )
    {
        using var value = JsonDocument.Parse(
            source.Slice(start, (int)reader.BytesConsumed - start).ToArray()
        );
        var described = ContainerWord(reader.TokenType);
        for (var i = deepStart; i < pendingDeepCount; i++)
        {
            var a = pendingDeep[i];
            var node = apps[a].Node;
            var slot = apps[a].Slot;
            if (node.HasConst && !node.ConstMatches(value.RootElement))
            {
                Report(source, a, 2, 0, 1, "const", slot < 0 ? node.ConstMessage(described) : "");
            }

            if (node.HasEnum && !node.EnumMatches(value.RootElement))
            {
                Report(source, a, 3, 0, 1, "enum", slot < 0 ? node.EnumMessage(described) : "");
            }
        }

        pendingDeepCount = deepStart;
    }

    /// <summary>
    /// Moves a reader on an object's start to the value of its first property of a name; false when it has none (a
    /// second one makes the document a duplicate-property one, which the tree walk reports).
    /// </summary>
    private static bool FindProperty(ref Utf8JsonReader reader, byte[] name)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = reader.ValueTextEquals(name);
            reader.Read();
            if (match)
            {
                return true;
            }

            reader.Skip();
        }

        return false;
    }

    private static string ContainerWord(JsonTokenType end) =>
        end == JsonTokenType.EndObject ? "an object" : "an array";

    private void ObjectMembers(
        ReadOnlySpan<byte> source,
        ref Utf8JsonReader reader,
        int first,
        int appStart,
        int last,
        Role role,
        bool silent
    )
    {
        var nameStart = nameCount;
        var index = 0;
        var isEntry = role == Role.Entry && !silent;
        var isSchool = role == Role.School && !silent;
        if (isEntry)
        {
            entryId = default;
            entryAbout = default;
            entryIsReflection = false;
            entryDateProblem = null;
        }
        else if (isSchool)
        {
            schoolFrom = null;
            schoolTo = null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = new Segment(
                (int)reader.TokenStartIndex + 1,
                reader.ValueSpan.Length,
                reader.ValueIsEscaped,
                -1
            );
            var rawHash = SchemaNode.NameHash(reader.ValueSpan);
            if (!silent)
            {
                CheckEscapes(ref reader);
                for (var i = nameStart; i < nameCount; i++)
                {
                    // Equal raw text has equal hashes; an escaped name is compared by its text.
                    if (
                        (nameHashes[i] == rawHash || names[i].Escaped || name.Escaped)
                        && SameName(source, names[i], name)
                    )
                    {
                        throw new DuplicateProperty();
                    }
                }

                if (nameCount == nameHashes.Length)
                {
                    Array.Resize(ref nameHashes, nameHashes.Length * 2);
                }

                nameHashes[nameCount] = rawHash;
                Add(ref names, ref nameCount, name);
                Add(ref path, ref depth, name);
            }

            var childRole = silent ? Role.None : ChildRole(role, ref reader);
            var childStart = appCount;
            var unescapedMark = unescapedLength;
            ReadOnlySpan<byte> text = default;
            var hash = -1;
            for (var a = first; a < last; a++)
            {
                var node = apps[a].Node;
                if (!node.ConstrainsContainers)
                {
                    continue;
                }

                if (hash < 0)
                {
                    if (reader.ValueIsEscaped)
                    {
                        var at = Unescape(ref reader);
                        text = unescaped.AsSpan(at, unescapedLength - at);
                        hash = SchemaNode.NameHash(text);
                    }
                    else
                    {
                        text = reader.ValueSpan;
                        hash = rawHash;
                    }
                }

                ApplyToProperty(source, ref reader, a, index, text, hash);
            }

            unescapedLength = unescapedMark;

            reader.Read();
            Value(source, ref reader, childStart, appCount, childRole, silent);
            appCount = childStart;
            if (!silent)
            {
                depth--;
            }

            index++;
        }

        for (var a = first; a < last; a++)
        {
            var node = apps[a].Node;
            if (node.RequiredCount == 0 || (apps[a].Slot >= 0 && failed[apps[a].Slot]))
            {
                continue;
            }

            for (var r = 0; r < node.RequiredCount; r++)
            {
                if ((apps[a].Seen & (1UL << r)) == 0)
                {
                    var missing = node.RequiredName(r);
                    Report(
                        source,
                        a,
                        4,
                        r,
                        2,
                        "required",
                        apps[a].Slot < 0 ? $"The property '{missing}' is required." : "",
                        missing
                    );
                }
            }
        }

        nameCount = nameStart;
        if (isEntry)
        {
            EndEntry(source);
        }
        else if (isSchool)
        {
            EndSchool();
        }
    }

    private void ApplyToProperty(
        ReadOnlySpan<byte> source,
        ref Utf8JsonReader reader,
        int a,
        int index,
        ReadOnlySpan<byte> name,
        int hash
    )
    {
        var node = apps[a].Node;
        var slot = apps[a].Slot;
        if (slot >= 0 && failed[slot])
        {
            return;
        }

        var p = node.Lookup(name, hash, out var r);
        if (r >= 0)
        {
            apps[a].Seen |= 1UL << r;
        }

        if (p >= 0)
        {
            Push(node.PropertyNode(p), a, 5, p, 2, slot);
        }
        else if (node.NoAdditionalProperties)
        {
            Report(
                source,
                a,
                6,
                index,
                2,
                "additionalProperties",
                slot < 0 ? $"The property '{reader.GetString()}' is not allowed here." : ""
            );
        }
    }

    private void ArrayItems(
        ReadOnlySpan<byte> source,
        ref Utf8JsonReader reader,
        int first,
        int appStart,
        int last,
        Role role,
        bool silent
    )
    {
        var unique = false;
        for (var a = first; a < last; a++)
        {
            unique |= apps[a].Node.UniqueItems;
        }

        var uniqueStart = uniqueCount;
        var childRole =
            silent ? Role.None
            : role == Role.Schools ? Role.School
            : role == Role.Entries ? Role.Entry
            : Role.None;
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!silent)
            {
                Add(ref path, ref depth, new Segment(0, 0, false, index));
            }

            if (childRole == Role.School)
            {
                schoolIndex = index;
            }
            else if (childRole == Role.Entry)
            {
                entryIndex = index;
            }

            var childStart = appCount;
            for (var a = first; a < last; a++)
            {
                var slot = apps[a].Slot;
                if (apps[a].Node.Items is { } items && !(slot >= 0 && failed[slot]))
                {
                    Push(items, a, 7, index, 2, slot);
                }
            }

            var start = (int)reader.TokenStartIndex;
            var token = reader.TokenType;
            var number = token == JsonTokenType.Number ? Number(ref reader) : 0;
            var itemUnescaped = -1;
            if (unique && token == JsonTokenType.String)
            {
                itemUnescaped = Unescape(ref reader);
            }

            Value(source, ref reader, childStart, appCount, childRole, silent);
            appCount = childStart;
            if (unique)
            {
                var item = new Item(
                    token,
                    number,
                    token == JsonTokenType.String ? itemUnescaped : start,
                    token == JsonTokenType.String
                        ? unescapedLength - itemUnescaped
                        : (int)reader.BytesConsumed - start
                );
                var earlier = -1;
                for (var i = uniqueStart; i < uniqueCount; i++)
                {
                    if (SameItem(source, uniques[i], item))
                    {
                        earlier = i - uniqueStart;
                        break;
                    }
                }

                Add(ref uniques, ref uniqueCount, item);
                if (earlier >= 0)
                {
                    for (var a = first; a < last; a++)
                    {
                        if (apps[a].Node.UniqueItems)
                        {
                            Report(
                                source,
                                a,
                                6,
                                index,
                                2,
                                "uniqueItems",
                                apps[a].Slot < 0
                                    ? $"The same as item {earlier}: items must differ."
                                    : ""
                            );
                        }
                    }
                }
            }

            if (!silent)
            {
                depth--;
            }

            index++;
        }

        uniqueCount = uniqueStart;
        for (var a = first; a < last; a++)
        {
            var node = apps[a].Node;
            var slot = apps[a].Slot;
            if (slot >= 0 && failed[slot])
            {
                continue;
            }

            if (index < node.MinItems)
            {
                Report(
                    source,
                    a,
                    4,
                    0,
                    1,
                    "minItems",
                    slot < 0 ? SchemaNode.MinItemsMessage(node.MinItems!.Value) : ""
                );
            }

            if (index > node.MaxItems)
            {
                Report(
                    source,
                    a,
                    5,
                    0,
                    1,
                    "maxItems",
                    slot < 0 ? SchemaNode.MaxItemsMessage(node.MaxItems!.Value, index) : ""
                );
            }
        }
    }

    private bool SameItem(ReadOnlySpan<byte> source, Item a, Item b)
    {
        if (a.Token != b.Token && !(IsContainer(a.Token) && IsContainer(b.Token)))
        {
            return false;
        }

        switch (a.Token)
        {
            case JsonTokenType.String:
                return unescaped
                    .AsSpan(a.Start, a.Length)
                    .SequenceEqual(unescaped.AsSpan(b.Start, b.Length));
            case JsonTokenType.Number:
                return a.Number == b.Number;
            case JsonTokenType.StartObject:
            case JsonTokenType.StartArray:
                // Rare (the schemas' unique items are strings): equality of containers as JSON Schema defines it.
                using (var left = JsonDocument.Parse(source.Slice(a.Start, a.Length).ToArray()))
                using (var right = JsonDocument.Parse(source.Slice(b.Start, b.Length).ToArray()))
                {
                    return SchemaNode.DeepEquals(left.RootElement, right.RootElement);
                }
            default:
                return true;
        }
    }

    private static bool IsContainer(JsonTokenType token) =>
        token is JsonTokenType.StartObject or JsonTokenType.StartArray;

    /// <summary>Copies the string the reader is on, unescaped, to the scratch buffer; returns where it starts.</summary>
    private int Unescape(ref Utf8JsonReader reader)
    {
        var start = unescapedLength;
        var span = reader.ValueSpan;
        if (unescaped.Length - start < span.Length)
        {
            Array.Resize(ref unescaped, Math.Max(unescaped.Length * 2, start + span.Length));
        }

        if (!reader.ValueIsEscaped)
        {
            span.CopyTo(unescaped.AsSpan(start));
            unescapedLength += span.Length;
        }
        else
        {
#if NET
            unescapedLength += reader.CopyString(unescaped.AsSpan(start));
#else
            var bytes = Encoding.UTF8.GetBytes(reader.GetString()!);
            bytes.CopyTo(unescaped, start);
            unescapedLength += bytes.Length;
#endif
        }

        return start;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The rules of the log, gathered on the way (LogRules, in its order).

    private static Role ChildRole(Role role, ref Utf8JsonReader reader) =>
        role switch
        {
            Role.Root => reader.ValueTextEquals("learner"u8) ? Role.Learner
            : reader.ValueTextEquals("schools"u8) ? Role.Schools
            : reader.ValueTextEquals("entries"u8) ? Role.Entries
            : Role.None,
            Role.Learner => reader.ValueTextEquals("upn"u8) ? Role.Upn
            : reader.ValueTextEquals("dateOfBirth"u8) ? Role.DateOfBirth
            : Role.None,
            Role.School => reader.ValueTextEquals("from"u8) ? Role.SchoolFrom
            : reader.ValueTextEquals("to"u8) ? Role.SchoolTo
            : Role.None,
            Role.Entry => reader.ValueTextEquals("id"u8) ? Role.EntryId
            : reader.ValueTextEquals("type"u8) ? Role.EntryType
            : reader.ValueTextEquals("date"u8) ? Role.EntryDate
            : reader.ValueTextEquals("about"u8) ? Role.EntryAbout
            : Role.None,
            _ => Role.None,
        };

    private void Gather(ReadOnlySpan<byte> source, ref Utf8JsonReader reader, Role role)
    {
        switch (role)
        {
            case Role.Upn:
                upn = reader.GetString();
                break;
            case Role.DateOfBirth:
                dateOfBirth = reader.GetString();
                break;
            case Role.SchoolFrom:
                schoolFrom = reader.GetString();
                break;
            case Role.SchoolTo:
                schoolTo = reader.GetString();
                break;
            case Role.EntryId:
                entryId = Text(ref reader);
                break;
            case Role.EntryType:
                entryIsReflection = reader.ValueTextEquals("reflection"u8);
                break;
            case Role.EntryAbout:
                entryAbout = Text(ref reader);
                break;
            case Role.EntryDate:
                entryDateProblem = null;
                if (
                    reader.ValueIsEscaped
                    || !SchemaNode.IsDate(reader.ValueSpan)
                    || !InPlainRange(reader.ValueSpan)
                )
                {
                    var problems = new List<ValidationError>(1);
                    LogRules.CheckRange(
                        reader.GetString()!,
                        JsonPointer.Append(JsonPointer.Append("/entries", entryIndex), "date"),
                        problems
                    );
                    entryDateProblem = problems.Count > 0 ? problems[0] : null;
                }

                break;
        }
    }

    // Years 1901 to 9998 are inside the supported range whatever the day.
    private static bool InPlainRange(ReadOnlySpan<byte> date) =>
        date[0] != (byte)'0'
        && !(
            date[0] == (byte)'1'
            && date[1] == (byte)'9'
            && date[2] == (byte)'0'
            && date[3] == (byte)'0'
        )
        && !(date[0] == (byte)'1' && date[1] < (byte)'9')
        && !(
            date[0] == (byte)'9'
            && date[1] == (byte)'9'
            && date[2] == (byte)'9'
            && date[3] == (byte)'9'
        );

    /// <summary>The unescaped text of the string the reader is on, kept in the scratch buffer (Escaped marks it present).</summary>
    private Segment Text(ref Utf8JsonReader reader)
    {
        var start = Unescape(ref reader);
        return new Segment(start, unescapedLength - start, true, 0);
    }

    private void EndSchool()
    {
        var path = JsonPointer.Append("/schools", schoolIndex);
        if (schoolFrom is not null)
        {
            LogRules.CheckRange(schoolFrom, JsonPointer.Append(path, "from"), schoolProblems);
        }

        if (schoolTo is not null)
        {
            LogRules.CheckRange(schoolTo, JsonPointer.Append(path, "to"), schoolProblems);
        }

        LogRules.CheckSchoolDates(schoolFrom, schoolTo, schoolIndex, schoolProblems);
    }

    private void EndEntry(ReadOnlySpan<byte> source)
    {
        if (entryDateProblem is not null)
        {
            entryProblems.Add(entryDateProblem);
        }

        if (entryId.Escaped)
        {
            var id = unescaped.AsSpan(entryId.Start, entryId.Length);
            var first = entryIds.AddOrGetFirst(
                unescaped,
                entryId.Start,
                entryId.Length,
                entryIndex
            );
            if (first != entryIndex)
            {
                entryProblems.Add(
                    new ValidationError(
                        "rule.duplicate-entry-id",
                        $"/entries/{entryIndex}/id",
                        $"Entry {first} already has the id '{Utf8(id)}'; ids are unique in a log."
                    )
                );
            }
        }

        if (entryIsReflection && entryAbout.Escaped)
        {
            reflections.Add((entryIndex, entryAbout));
        }
    }

    private void Rules(ReadOnlySpan<byte> source, List<ValidationError> problems)
    {
        if (
            upn is { Length: Upn.Length } text
            && Upn.Validate(text) is { Success: false, Error: { Code: "upn.check-letter" } error }
        )
        {
            problems.Add(
                new ValidationError("rule.upn-check-letter", "/learner/upn", error.Message)
            );
        }

        if (dateOfBirth is not null)
        {
            LogRules.CheckRange(dateOfBirth, "/learner/dateOfBirth", problems);
        }

        problems.AddRange(schoolProblems);
        problems.AddRange(entryProblems);
        foreach (var (entry, about) in reflections)
        {
            if (!entryIds.Contains(unescaped, about.Start, about.Length))
            {
                problems.Add(
                    new ValidationError(
                        "rule.reflection-about",
                        $"/entries/{entry}/about",
                        $"The reflection is about entry '{Utf8(unescaped.AsSpan(about.Start, about.Length))}', which is not in the log."
                    )
                );
            }
        }
    }

    private static string Utf8(ReadOnlySpan<byte> bytes) =>
        Encoding.UTF8.GetString(bytes.ToArray());

    // ---------------------------------------------------------------------------------------------------------------
    // Applications, slots and problems

    private int Push(SchemaNode node, int parent, int step0, int step1, int steps, int slot)
    {
        if (appCount == apps.Length)
        {
            Array.Resize(ref apps, apps.Length * 2);
        }

        apps[appCount] = new App
        {
            Node = node,
            Parent = parent,
            Step0 = step0,
            Step1 = step1,
            Steps = steps,
            Slot = slot,
        };
        return appCount++;
    }

    private int Slots(int count)
    {
        var first = slotCount;
        slotCount += count;
        if (slotCount > failed.Length)
        {
            Array.Resize(ref failed, Math.Max(failed.Length * 2, slotCount));
        }

        Array.Clear(failed, first, count);
        return first;
    }

    private bool AllFailed(int firstSlot, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (!failed[firstSlot + i])
            {
                return false;
            }
        }

        return true;
    }

    private static void Add<T>(ref T[] array, ref int count, T item)
    {
        if (count == array.Length)
        {
            Array.Resize(ref array, array.Length * 2);
        }

        array[count++] = item;
    }

    /// <summary>
    /// A failure of application <paramref name="a"/>: a silent one records it; a reporting one adds the problem at
    /// the current place (and one more name, for a missing property), keyed by the tree walk's steps to it.
    /// </summary>
    private void Report(
        ReadOnlySpan<byte> source,
        int a,
        int step0,
        int step1,
        int steps,
        string keyword,
        string message,
        string? name = null
    )
    {
        var slot = apps[a].Slot;
        if (slot >= 0)
        {
            failed[slot] = true;
            return;
        }

        key.Clear();
        if (steps == 2)
        {
            key.Add(step1);
        }

        key.Add(step0);
        for (var at = a; at >= 0; at = apps[at].Parent)
        {
            if (apps[at].Steps == 2)
            {
                key.Add(apps[at].Step1);
            }

            if (apps[at].Steps >= 1)
            {
                key.Add(apps[at].Step0);
            }
        }

        key.Reverse();
        var pointer = Pointer(source);
        if (name is not null)
        {
            pointer = JsonPointer.Append(pointer, name);
        }

        schemaProblems.Add(
            (key.ToArray(), new ValidationError("schema." + keyword, pointer, message))
        );
    }

    private static int Compare(int[] a, int[] b)
    {
        for (var i = 0; i < a.Length && i < b.Length; i++)
        {
            if (a[i] != b[i])
            {
                return a[i].CompareTo(b[i]);
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    private string Pointer(ReadOnlySpan<byte> source)
    {
        var pointer = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            var segment = path[i];
            pointer.Append('/');
            if (segment.Index >= 0)
            {
                pointer.Append(segment.Index.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                pointer.Append(Name(source, segment).Replace("~", "~0").Replace("/", "~1"));
            }
        }

        return pointer.ToString();
    }

    /// <summary>A property name's text, read again from the document.</summary>
    private static string Name(ReadOnlySpan<byte> source, Segment name)
    {
        var quoted = source.Slice(name.Start - 1, name.Length + 2);
        var reader = new Utf8JsonReader(quoted, ReaderOptions);
        reader.Read();
        return reader.GetString()!;
    }

    private static bool SameName(ReadOnlySpan<byte> source, Segment a, Segment b)
    {
        var left = source.Slice(a.Start, a.Length);
        var right = source.Slice(b.Start, b.Length);
        if (left.SequenceEqual(right))
        {
            return true;
        }

        return (a.Escaped || b.Escaped)
            && string.Equals(Name(source, a), Name(source, b), StringComparison.Ordinal);
    }

    private static string Describe(ref Utf8JsonReader reader) =>
        reader.TokenType switch
        {
            JsonTokenType.String => SchemaNode.QuoteText(reader.GetString()!),
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.Null => "null",
            JsonTokenType.Number => "the number " + Raw(ref reader),
            JsonTokenType.True => "true",
            _ => "false",
        };

    private static string Raw(ref Utf8JsonReader reader) => Utf8(reader.ValueSpan);

    private struct App
    {
        public SchemaNode Node;
        public int Parent;
        public int Step0;
        public int Step1;
        public int Steps;
        public int Slot;
        public ulong Seen;
    }

    /// <summary>A property name (Index -1: offset and length of its raw text) or an item (its index).</summary>
    private readonly record struct Segment(int Start, int Length, bool Escaped, int Index);

    /// <summary>An item of an array with uniqueItems: a string's unescaped text in the scratch buffer, a number's value, a container's raw text.</summary>
    private readonly record struct Item(JsonTokenType Token, double Number, int Start, int Length);

    private sealed class DuplicateProperty : Exception { }

    private sealed class InvalidEscape(int index, string message) : Exception(message)
    {
        public int Index { get; } = index;
    }
}
