using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using NodaTime;
using NodaTime.Text;

namespace Careers.Interchange;

/// <summary>
/// Reads a Common Transfer File one pupil at a time, in memory that does not grow with the file: the header when
/// opened (<see cref="Open"/>), then each pupil's record as it comes (<see cref="ReadNext"/>,
/// <see cref="ReadPupils"/>). Only the elements of <see cref="CtfPupil"/> are read; names, addresses, contacts,
/// attendance, assessments and everything else are skipped without being kept. The one thing kept across pupils is
/// each UPN as a number (8 bytes), to report duplicates.
/// </summary>
/// <remarks>
/// The XML is read by the BCL <see cref="XmlReader"/> with DTDs prohibited and no resolver, so a DTD or an external
/// entity is refused, never resolved. Bad input is a problem (code, path to the element, message), never an exception:
/// a problem in the XML itself (not well-formed, truncated, a DTD) ends the reading with <c>ctf.xml</c>; a problem
/// in one pupil's record is that pupil's, and the reader goes on to the next.
/// </remarks>
public sealed class CtfReader : IDisposable
{
    /// <summary>The path of the pupils in problems: <c>/CTfile/CTFpupilData/Pupil</c>.</summary>
    public const string PupilsPath = "/CTfile/CTFpupilData/Pupil";

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private static readonly LocalDateTimePattern DateTimePattern = LocalDateTimePattern.ExtendedIso;

    private readonly XmlReader xml;
    private readonly CtfReadOptions options;
    private readonly HashSet<long> upns = [];
    private readonly List<ValidationError> warnings = [];
    private bool done;

    private CtfReader(XmlReader xml, CtfReadOptions options, CtfHeader header)
    {
        this.xml = xml;
        this.options = options;
        Header = header;
    }

    /// <summary>The file's header.</summary>
    public CtfHeader Header { get; }

    /// <summary>What was read but deserves a look, such as a version newer than <see cref="CtfVersion.Ctf21"/>.</summary>
    public IReadOnlyList<ValidationError> Warnings => warnings;

    /// <summary>How many pupils have been read so far.</summary>
    public int PupilsRead { get; private set; }

    /// <summary>Whether the reader reached the end of a well-formed file (false until then, and after a <c>ctf.xml</c> problem).</summary>
    public bool Completed { get; private set; }

    /// <summary>
    /// The XML settings the reader uses: DTDs prohibited, no resolver, comments and processing instructions ignored,
    /// the stream left open for its owner.
    /// </summary>
    /// <returns>New settings.</returns>
    public static XmlReaderSettings SecureSettings() =>
        new()
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
        };

    /// <summary>
    /// Opens a Common Transfer File and reads its header: the root must be <c>CTfile</c>, the header must name the
    /// document, its version, the date and the source school, and the version must be supported (see
    /// <see cref="CtfReadOptions.NewerVersions"/>).
    /// </summary>
    /// <param name="stream">The file; the caller keeps it open until the reader is done and then disposes it.</param>
    /// <param name="options">How to read; null for <see cref="CtfReadOptions.Default"/>.</param>
    /// <returns>A reader positioned before the first pupil, or the problems with the file's start.</returns>
    public static Evaluation<CtfReader> Open(Stream stream, CtfReadOptions? options = null)
    {
        Guard.NotNull(stream, nameof(stream));
        var xml = XmlReader.Create(stream, SecureSettings());
        var opened = OpenXml(xml, options ?? CtfReadOptions.Default);
        if (opened.Result is null)
        {
            // The caller has no reader to dispose; the stream stays open either way (CloseInput is false).
            xml.Dispose();
        }

        return opened;
    }

    private static Evaluation<CtfReader> OpenXml(XmlReader xml, CtfReadOptions options)
    {
        try
        {
            if (xml.MoveToContent() != XmlNodeType.Element || xml.LocalName != "CTfile")
            {
                var root = xml.LocalName;
                return Evaluation<CtfReader>.Of([
                    new ValidationError(
                        "ctf.root",
                        "",
                        $"The root element is <{root}>; a Common Transfer File's root is <CTfile>."
                    ),
                ]);
            }

            var problems = new List<ValidationError>();
            var warnings = new List<ValidationError>();
            CtfHeader? header = null;
            if (EnterElement(xml, out var depth))
            {
                while (NextChild(xml, depth))
                {
                    if (xml.LocalName == "Header")
                    {
                        header = ReadHeader(xml, options, problems, warnings);
                        break;
                    }

                    xml.Skip();
                }
            }

            if (header is null && problems.Count == 0)
            {
                problems.Add(
                    new ValidationError(
                        "ctf.header.missing",
                        "/CTfile/Header",
                        "The file has no <Header>."
                    )
                );
            }

            if (problems.Count > 0)
            {
                return Evaluation<CtfReader>.Of(problems);
            }

            var reader = new CtfReader(xml, options, header!);
            reader.warnings.AddRange(warnings);
            return Evaluation<CtfReader>.Of(reader);
        }
        catch (XmlException exception)
        {
            return Evaluation<CtfReader>.Of([XmlProblem(exception)]);
        }
    }

    /// <summary>
    /// Reads the next pupil: the record, or that pupil's problems (path <c>/CTfile/CTFpupilData/Pupil/{index}/...</c>),
    /// or a <c>ctf.xml</c> or <c>ctf.pupils.too-many</c> problem that ends the reading; null after the last pupil.
    /// </summary>
    /// <returns>The next pupil or its problems; null at the end.</returns>
    public Evaluation<CtfPupil>? ReadNext()
    {
        if (done)
        {
            return null;
        }

        try
        {
            while (true)
            {
                switch (xml.NodeType)
                {
                    // Elements at depth 2 are in CTFpupilData: every other element at depth 1 is skipped whole.
                    case XmlNodeType.Element when xml.Depth == 2:
                        if (xml.LocalName != "Pupil")
                        {
                            xml.Skip();
                            continue;
                        }

                        if (PupilsRead >= options.MaxPupils)
                        {
                            done = true;
                            return Evaluation<CtfPupil>.Of([
                                new ValidationError(
                                    "ctf.pupils.too-many",
                                    JsonPointer.Append(PupilsPath, PupilsRead),
                                    $"The file holds more than {options.MaxPupils.ToString(CultureInfo.InvariantCulture)} pupils, the most this reader takes (CtfReadOptions.MaxPupils)."
                                ),
                            ]);
                        }

                        return ReadPupil(JsonPointer.Append(PupilsPath, PupilsRead++));
                    case XmlNodeType.Element when xml.Depth == 1 && xml.LocalName != "CTFpupilData":
                        xml.Skip();
                        continue;
                    case XmlNodeType.EndElement when xml.Depth == 0:
                        // Read to the end, so that anything after </CTfile> is a problem too.
                        while (xml.Read()) { }

                        done = true;
                        Completed = true;
                        return null;
                    default:
                        Advance();
                        continue;
                }
            }
        }
        catch (XmlException exception)
        {
            done = true;
            return Evaluation<CtfPupil>.Of([XmlProblem(exception)]);
        }
    }

    /// <summary>Reads the pupils one by one (<see cref="ReadNext"/> until it answers null).</summary>
    /// <returns>Each pupil or its problems, in file order.</returns>
    public IEnumerable<Evaluation<CtfPupil>> ReadPupils()
    {
        while (ReadNext() is { } pupil)
        {
            yield return pupil;
        }
    }

    /// <inheritdoc />
    public void Dispose() => xml.Dispose();

    private void Advance()
    {
        if (!xml.Read())
        {
            throw new XmlException("The file ends before </CTfile>: it is truncated.");
        }
    }

    private static ValidationError XmlProblem(XmlException exception) =>
        new(
            "ctf.xml",
            "",
            exception.LineNumber > 0
                ? $"The file is not well-formed XML at line {exception.LineNumber.ToString(CultureInfo.InvariantCulture)}, position {exception.LinePosition.ToString(CultureInfo.InvariantCulture)}: {exception.Message}"
                : $"The file is not well-formed XML: {exception.Message}"
        );

    // On a start element: true when it has content to read (positioned on its first child node), false when empty
    // (positioned after it).
    private static bool EnterElement(XmlReader xml, out int depth)
    {
        depth = xml.Depth;
        var empty = xml.IsEmptyElement;
        xml.Read();
        return !empty;
    }

    // Inside an element entered at depth: true on the next child element; false once past the element's end. (A file
    // that ends inside an element is an XmlException from the XmlReader, so the end of the file is never reached
    // here; were it, the element would end there.)
    private static bool NextChild(XmlReader xml, int depth)
    {
        while (xml.NodeType != XmlNodeType.Element)
        {
            var end = xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth;
            if (!xml.Read() || end)
            {
                return false;
            }
        }

        return true;
    }

    private static string ReadText(XmlReader xml) => xml.ReadElementContentAsString().Trim();

    private static CtfHeader? ReadHeader(
        XmlReader xml,
        CtfReadOptions options,
        List<ValidationError> problems,
        List<ValidationError> warnings
    )
    {
        const string path = "/CTfile/Header";
        string? documentName = null;
        string? versionText = null;
        string? dateTimeText = null;
        string? qualifier = null;
        string? supplier = null;
        CtfSchool? source = null;
        CtfSchool? destination = null;
        var sawSource = false;
        if (EnterElement(xml, out var depth))
        {
            while (NextChild(xml, depth))
            {
                switch (xml.LocalName)
                {
                    case "DocumentName":
                        documentName = ReadText(xml);
                        break;
                    case "CTFversion":
                        versionText = ReadText(xml);
                        break;
                    case "DateTime":
                        dateTimeText = ReadText(xml);
                        break;
                    case "DocumentQualifier":
                        qualifier = NullIfEmpty(ReadText(xml));
                        break;
                    case "SupplierID":
                        supplier = NullIfEmpty(ReadText(xml));
                        break;
                    case "SourceSchool":
                        sawSource = true;
                        source = ReadSchool(xml, path + "/SourceSchool", problems);
                        break;
                    case "DestSchool":
                        destination = ReadSchool(xml, path + "/DestSchool", problems);
                        break;
                    default:
                        xml.Skip();
                        break;
                }
            }
        }

        if (documentName != CtfHeader.CommonTransferFile)
        {
            problems.Add(
                new ValidationError(
                    "ctf.header.document-name",
                    path + "/DocumentName",
                    documentName is null
                        ? "The header has no <DocumentName>; a CTF's is \"Common Transfer File\"."
                        : $"The document name is \"{documentName}\"; a CTF's is \"Common Transfer File\"."
                )
            );
        }

        CtfVersion version = default;
        if (!CtfVersion.TryParse(versionText, out version))
        {
            problems.Add(
                new ValidationError(
                    "ctf.header.version",
                    path + "/CTFversion",
                    versionText is null
                        ? "The header has no <CTFversion>."
                        : $"<CTFversion> is \"{versionText}\"; a version is digits, a dot and digits, such as 21.0."
                )
            );
        }
        else if (version.Major < CtfVersion.Ctf20.Major)
        {
            problems.Add(
                new ValidationError(
                    "ctf.version.unsupported",
                    path + "/CTFversion",
                    $"The file is CTF {version}; this reader supports CTF 20 and CTF 21 (and newer, see CtfReadOptions.NewerVersions)."
                )
            );
        }
        else if (version.Major > CtfVersion.Ctf21.Major)
        {
            var message =
                $"The file is CTF {version}, newer than CTF 21, the newest specification this reader was built against.";
            if (options.NewerVersions == CtfVersionPolicy.Refuse)
            {
                problems.Add(
                    new ValidationError(
                        "ctf.version.unsupported",
                        path + "/CTFversion",
                        message + " CtfReadOptions.NewerVersions is Refuse."
                    )
                );
            }
            else
            {
                warnings.Add(
                    new ValidationError(
                        "ctf.version.newer",
                        path + "/CTFversion",
                        message
                            + " It was read as CTF 21: check the problems for elements that may have moved."
                    )
                );
            }
        }

        LocalDateTime created = default;
        var parsed = dateTimeText is null ? null : DateTimePattern.Parse(dateTimeText);
        if (parsed is null || !parsed.Success)
        {
            problems.Add(
                new ValidationError(
                    "ctf.header.date-time",
                    path + "/DateTime",
                    dateTimeText is null
                        ? "The header has no <DateTime>."
                        : $"<DateTime> is \"{dateTimeText}\"; it should be yyyy-MM-ddTHH:mm:ss."
                )
            );
        }
        else if (
            SupportedDates.Check(
                parsed.Value.Date,
                "ctf.header.date-time",
                path + "/DateTime",
                "The header's <DateTime> is",
                problems
            )
        )
        {
            created = parsed.Value;
        }

        if (!sawSource)
        {
            problems.Add(
                new ValidationError(
                    "ctf.header.source",
                    path + "/SourceSchool",
                    "The header has no <SourceSchool>: the file must say which school sent it."
                )
            );
        }

        if (problems.Count > 0)
        {
            return null;
        }

        // No problem: the source school was there (ctf.header.source) and read (ctf.laestab).
        return new CtfHeader(version, created, source!)
        {
            DocumentName = documentName!,
            Destination = destination,
            DocumentQualifier = qualifier,
            SupplierId = supplier,
        };
    }

    private static CtfSchool? ReadSchool(XmlReader xml, string path, List<ValidationError> problems)
    {
        string? lea = null;
        string? estab = null;
        string? name = null;
        string? academicYearText = null;
        if (EnterElement(xml, out var depth))
        {
            while (NextChild(xml, depth))
            {
                switch (xml.LocalName)
                {
                    case "LEA":
                        lea = ReadText(xml);
                        break;
                    case "Estab":
                        estab = ReadText(xml);
                        break;
                    case "SchoolName":
                        name = NullIfEmpty(ReadText(xml));
                        break;
                    case "AcademicYear":
                        academicYearText = NullIfEmpty(ReadText(xml));
                        break;
                    default:
                        xml.Skip();
                        break;
                }
            }
        }

        var laEstab = ParseLaEstab(lea, estab, path, problems);
        AcademicYear? academicYear = null;
        if (academicYearText is not null)
        {
            if (
                academicYearText.Length == 4
                && int.TryParse(
                    academicYearText,
                    NumberStyles.None,
                    CultureInfo.InvariantCulture,
                    out var startYear
                )
                && startYear is >= AcademicYear.MinStartYear and <= AcademicYear.MaxStartYear
            )
            {
                academicYear = new AcademicYear(startYear);
            }
            else
            {
                problems.Add(
                    new ValidationError(
                        "ctf.header.academic-year",
                        path + "/AcademicYear",
                        $"<AcademicYear> is \"{academicYearText}\"; it should be the year the academic year starts in, such as 2021."
                    )
                );
            }
        }

        return laEstab is { } school
            ? new CtfSchool(school) { Name = name, AcademicYear = academicYear }
            : null;
    }

    private static LaEstab? ParseLaEstab(
        string? lea,
        string? estab,
        LazyPath path,
        List<ValidationError> problems
    )
    {
        if (
            lea is { Length: 3 }
            && estab is { Length: 4 }
            && LaEstab.TryParse(lea + estab, out var laEstab)
        )
        {
            return laEstab;
        }

        problems.Add(
            new ValidationError(
                "ctf.laestab",
                path.ToString(),
                $"<LEA> \"{lea}\" and <Estab> \"{estab}\" are not a school: <LEA> is the three-digit LA number and <Estab> the four-digit establishment number."
            )
        );
        return null;
    }

    private Evaluation<CtfPupil> ReadPupil(string path)
    {
        var problems = new List<ValidationError>();
        string? upnText = null;
        string? dobText = null;
        string? sexText = null;
        string? genderText = null;
        string? formerUpnText = null;
        string? ncYear = null;
        string? ethnicity = null;
        string? firstLanguage = null;
        string? inCare = null;
        List<CtfFsmPeriod>? fsm = null;
        List<CtfSenRecord>? sen = null;
        List<CtfSchoolHistoryEntry>? schools = null;
        if (EnterElement(xml, out var depth))
        {
            while (NextChild(xml, depth))
            {
                switch (xml.LocalName)
                {
                    case "UPN":
                        upnText = ReadText(xml);
                        break;
                    case "DOB":
                        dobText = ReadText(xml);
                        break;
                    case "Sex":
                        sexText = ReadText(xml);
                        break;
                    case "Gender":
                        // The name of CTF 15 and the 2017 implementations; DfE's own 2020s writers write Sex.
                        genderText = ReadText(xml);
                        break;
                    case "BasicDetails":
                        ReadBasicDetails(
                            ref formerUpnText,
                            ref ncYear,
                            ref ethnicity,
                            ref firstLanguage
                        );
                        break;
                    case "LookedAfter":
                        inCare = ReadLookedAfter();
                        break;
                    case "FSMhistory":
                        fsm = ReadFsmHistory(path + "/FSMhistory", problems);
                        break;
                    case "SENhistory":
                        sen = ReadSenHistory(path + "/SENhistory", problems);
                        break;
                    case "SchoolHistory":
                        schools = ReadSchoolHistory(path + "/SchoolHistory", problems);
                        break;
                    default:
                        // Names, addresses, contacts, attendance, assessments...: skipped unread.
                        xml.Skip();
                        break;
                }
            }
        }

        Upn? upn = null;
        if (string.IsNullOrEmpty(upnText))
        {
            problems.Add(
                new ValidationError("ctf.upn.missing", path + "/UPN", "The pupil has no <UPN>.")
            );
        }
        else
        {
            var parsedUpn = Upn.Validate(upnText);
            if (!parsedUpn.Success)
            {
                problems.Add(
                    new ValidationError(
                        parsedUpn.Error.Code,
                        path + "/UPN",
                        parsedUpn.Error.Message
                    )
                );
            }
            else
            {
                upn = parsedUpn.Value;
                if (!upns.Add(Pack(upn)))
                {
                    problems.Add(
                        new ValidationError(
                            "ctf.upn.duplicate",
                            path + "/UPN",
                            $"UPN {upn} appears for an earlier pupil in this file too: each pupil appears once."
                        )
                    );
                }
            }
        }

        Upn? formerUpn = null;
        if (!string.IsNullOrEmpty(formerUpnText))
        {
            var parsedFormer = Upn.Validate(formerUpnText);
            if (parsedFormer.Success)
            {
                formerUpn = parsedFormer.Value;
            }
            else
            {
                problems.Add(
                    new ValidationError(
                        parsedFormer.Error.Code,
                        path + "/BasicDetails/FormerUPN",
                        parsedFormer.Error.Message
                    )
                );
            }
        }

        var dob = ParseDate(
            dobText,
            new LazyPath(path).Child("DOB"),
            "ctf.dob",
            "date of birth",
            required: true,
            problems
        );

        var sex = Sex.NotRecorded;
        var sexName = "Sex";
        if (string.IsNullOrEmpty(sexText) && !string.IsNullOrEmpty(genderText))
        {
            (sexText, sexName) = (genderText, "Gender");
        }

        if (string.IsNullOrEmpty(sexText))
        {
            problems.Add(
                new ValidationError(
                    "ctf.sex.missing",
                    path + "/Sex",
                    "The pupil has no <Sex> (nor <Gender>, its older name)."
                )
            );
        }
        else if (!CtfCodes.Sexes.TryGetValue(sexText!, out sex))
        {
            problems.Add(
                new ValidationError(
                    "ctf.sex.code",
                    path + "/" + sexName,
                    $"<{sexName}> is \"{sexText}\"; the codes are M, F and U."
                )
            );
        }

        if (ncYear is not null && !CtfCodes.NcYears.ContainsKey(ncYear))
        {
            problems.Add(
                new ValidationError(
                    "ctf.nc-year.code",
                    path + "/BasicDetails/NCyearActual",
                    $"<NCyearActual> is \"{ncYear}\"; the codes are E1, E2, N1, N2, R, 1 to 14 and X."
                )
            );
        }

        if (
            ethnicity is not null
            && !CtfCodes.Ethnicities.ContainsKey(ethnicity)
            && !options.AdditionalEthnicityCodes.Contains(ethnicity)
        )
        {
            problems.Add(
                new ValidationError(
                    "ctf.ethnicity.code",
                    path + "/BasicDetails/Ethnicity",
                    $"<Ethnicity> is \"{ethnicity}\", not a main ethnicity code (WBRI, AIND, ...); allow a local authority's extended codes with CtfReadOptions.AdditionalEthnicityCodes."
                )
            );
        }

        if (firstLanguage is not null && !IsLanguageCode(firstLanguage))
        {
            problems.Add(
                new ValidationError(
                    "ctf.language.code",
                    path + "/BasicDetails/Languages/Type/Language",
                    $"The first language is \"{firstLanguage}\"; a language code is three or four capital letters, such as ENG."
                )
            );
        }

        var lookedAfter = false;
        if (inCare is not null)
        {
            switch (inCare)
            {
                case "true" or "1":
                    lookedAfter = true;
                    break;
                case "false" or "0":
                    break;
                default:
                    problems.Add(
                        new ValidationError(
                            "ctf.looked-after.code",
                            path + "/LookedAfter/InCare",
                            $"<InCare> is \"{inCare}\"; it is true or false."
                        )
                    );
                    break;
            }
        }

        if (problems.Count > 0)
        {
            return Evaluation<CtfPupil>.Of(problems);
        }

        return Evaluation<CtfPupil>.Of(
            new CtfPupil(upn!, dob!.Value)
            {
                FormerUpn = formerUpn,
                Sex = sex,
                NcYearActual = ncYear,
                Ethnicity = ethnicity,
                FirstLanguage = firstLanguage,
                LookedAfter = lookedAfter,
                FreeSchoolMeals = fsm ?? [],
                SenHistory = sen ?? [],
                SchoolHistory = schools ?? [],
            }
        );
    }

    private void ReadBasicDetails(
        ref string? formerUpn,
        ref string? ncYear,
        ref string? ethnicity,
        ref string? firstLanguage
    )
    {
        if (!EnterElement(xml, out var depth))
        {
            return;
        }

        while (NextChild(xml, depth))
        {
            switch (xml.LocalName)
            {
                case "FormerUPN":
                    formerUpn = ReadText(xml);
                    break;
                case "NCyearActual":
                    ncYear = NullIfEmpty(ReadText(xml));
                    break;
                case "Ethnicity":
                    ethnicity = NullIfEmpty(ReadText(xml));
                    break;
                case "Languages":
                    firstLanguage = ReadFirstLanguage() ?? firstLanguage;
                    break;
                default:
                    xml.Skip();
                    break;
            }
        }
    }

    // The language of the last <Type> whose <LanguageType> is F (first language); null when there is none.
    private string? ReadFirstLanguage()
    {
        string? first = null;
        ReadChildren(name =>
        {
            if (name != "Type")
            {
                return false;
            }

            string? type = null;
            string? language = null;
            ReadChildren(child =>
            {
                switch (child)
                {
                    case "LanguageType":
                        type = ReadText(xml);
                        return true;
                    case "Language":
                        language = NullIfEmpty(ReadText(xml));
                        return true;
                    default:
                        return false;
                }
            });
            if (type == "F" && language is not null)
            {
                first = language;
            }

            return true;
        });
        return first;
    }

    private string? ReadLookedAfter()
    {
        string? inCare = null;
        if (!EnterElement(xml, out var depth))
        {
            return null;
        }

        while (NextChild(xml, depth))
        {
            if (xml.LocalName == "InCare")
            {
                inCare = ReadText(xml);
            }
            else
            {
                // CareAuthority and the rest: not needed.
                xml.Skip();
            }
        }

        return inCare;
    }

    // On a start element: calls read with the name of each child element in turn; read consumes the element (and
    // answers true) or answers false to have it skipped unread.
    private void ReadChildren(Func<string, bool> read)
    {
        if (!EnterElement(xml, out var depth))
        {
            return;
        }

        while (NextChild(xml, depth))
        {
            if (!read(xml.LocalName))
            {
                xml.Skip();
            }
        }
    }

    // On a history's start element (such as <FSMhistory> at path): reads each <itemName> child with readItem, given
    // the item's path ({path}/{itemName}/{index}), and keeps what it answers (null when an element it needs is
    // missing or bad); every other child is skipped unread. An item with problems need not be left out: a pupil with
    // any problem is answered with its problems alone.
    private List<T> ReadRepeated<T>(string path, string itemName, Func<LazyPath, T?> readItem)
        where T : class
    {
        var items = new List<T>();
        var itemsPath = path + "/" + itemName;
        var index = 0;
        ReadChildren(name =>
        {
            if (name != itemName)
            {
                return false;
            }

            if (readItem(new LazyPath(itemsPath, index++)) is { } item)
            {
                items.Add(item);
            }

            return true;
        });
        return items;
    }

    private List<CtfFsmPeriod> ReadFsmHistory(string path, List<ValidationError> problems) =>
        ReadRepeated(
            path,
            "FSMinstance",
            instancePath =>
            {
                string? start = null;
                string? end = null;
                string? category = null;
                ReadChildren(name =>
                {
                    switch (name)
                    {
                        case "FSMstartDate":
                            start = ReadText(xml);
                            return true;
                        case "FSMendDate":
                            end = NullIfEmpty(ReadText(xml));
                            return true;
                        case "FSMCategory":
                            category = NullIfEmpty(ReadText(xml));
                            return true;
                        default:
                            return false;
                    }
                });

                var startDate = ParseDate(
                    start,
                    instancePath.Child("FSMstartDate"),
                    "ctf.fsm.start",
                    "FSM start date",
                    required: true,
                    problems
                );
                var endDate = ParseDate(
                    end,
                    instancePath.Child("FSMendDate"),
                    "ctf.fsm.end",
                    "FSM end date",
                    required: false,
                    problems
                );
                if (startDate is { } s && endDate is { } e && e < s)
                {
                    problems.Add(
                        new ValidationError(
                            "ctf.fsm.period",
                            instancePath.ToString(),
                            $"The FSM period ends ({CtfText.Date(e)}) before it starts ({CtfText.Date(s)})."
                        )
                    );
                }

                if (category is not null && !CtfCodes.FsmCategories.ContainsKey(category))
                {
                    problems.Add(
                        new ValidationError(
                            "ctf.fsm.category",
                            instancePath.Child("FSMCategory").ToString(),
                            $"<FSMCategory> is \"{category}\"; the codes are TFSM, EFSM and OFSM."
                        )
                    );
                    return null;
                }

                return startDate is { } valid
                    ? new CtfFsmPeriod(valid, endDate) { Category = category }
                    : null;
            }
        );

    // SENneeds and the rest of the history: not needed.
    private List<CtfSenRecord> ReadSenHistory(string path, List<ValidationError> problems) =>
        ReadRepeated(
            path,
            "SEN",
            recordPath =>
            {
                string? start = null;
                string? provision = null;
                ReadChildren(name =>
                {
                    switch (name)
                    {
                        case "StartDate":
                            start = ReadText(xml);
                            return true;
                        case "SENprovision":
                            provision = ReadText(xml);
                            return true;
                        default:
                            return false;
                    }
                });

                var startDate = ParseDate(
                    start,
                    recordPath.Child("StartDate"),
                    "ctf.sen.start",
                    "SEN start date",
                    required: true,
                    problems
                );
                if (
                    provision is null
                    || !CtfCodes.SenProvision.TryGetValue(provision, out var value)
                )
                {
                    problems.Add(
                        new ValidationError(
                            "ctf.sen.code",
                            recordPath.Child("SENprovision").ToString(),
                            provision is null
                                ? "The SEN record has no <SENprovision>."
                                : $"<SENprovision> is \"{provision}\"; the codes are N (none), K (SEN support) and E (EHC plan)."
                        )
                    );
                    return null;
                }

                return startDate is { } valid ? new CtfSenRecord(valid, value) : null;
            }
        );

    private List<CtfSchoolHistoryEntry> ReadSchoolHistory(
        string path,
        List<ValidationError> problems
    ) =>
        ReadRepeated(
            path,
            "School",
            schoolPath =>
            {
                string? lea = null;
                string? estab = null;
                string? name = null;
                string? entry = null;
                string? leaving = null;
                ReadChildren(child =>
                {
                    switch (child)
                    {
                        case "LEA":
                            lea = ReadText(xml);
                            return true;
                        case "Estab":
                            estab = ReadText(xml);
                            return true;
                        case "SchoolName":
                            name = NullIfEmpty(ReadText(xml));
                            return true;
                        case "EntryDate":
                            entry = NullIfEmpty(ReadText(xml));
                            return true;
                        case "LeavingDate":
                            leaving = NullIfEmpty(ReadText(xml));
                            return true;
                        default:
                            return false;
                    }
                });

                var laEstab = ParseLaEstab(lea, estab, schoolPath, problems);
                var entryDate = ParseDate(
                    entry,
                    schoolPath.Child("EntryDate"),
                    "ctf.school-history.entry",
                    "entry date",
                    required: false,
                    problems
                );
                var leavingDate = ParseDate(
                    leaving,
                    schoolPath.Child("LeavingDate"),
                    "ctf.school-history.leaving",
                    "leaving date",
                    required: false,
                    problems
                );
                if (entryDate is { } joined && leavingDate is { } left && left < joined)
                {
                    problems.Add(
                        new ValidationError(
                            "ctf.school-history.dates",
                            schoolPath.ToString(),
                            $"The pupil leaves ({CtfText.Date(left)}) before joining ({CtfText.Date(joined)})."
                        )
                    );
                }

                return laEstab is { } school
                    ? new CtfSchoolHistoryEntry(school)
                    {
                        Name = name,
                        Entry = entryDate,
                        Leaving = leavingDate,
                    }
                    : null;
            }
        );

    /// <summary>
    /// A path into the file, made a string only when a problem needs it: most records have none, and a large file would
    /// otherwise make several strings for every history entry it reads.
    /// </summary>
    private readonly struct LazyPath
    {
        private readonly string prefix;
        private readonly int index;
        private readonly string? name;

        public LazyPath(string prefix, int index = -1, string? name = null)
        {
            this.prefix = prefix;
            this.index = index;
            this.name = name;
        }

        /// <summary>The path of the child element <paramref name="child"/>.</summary>
        public LazyPath Child(string child) =>
            name is null ? new LazyPath(prefix, index, child) : new LazyPath(ToString(), -1, child);

        public override string ToString()
        {
            var path = index < 0 ? prefix : JsonPointer.Append(prefix, index);
            return name is null ? path : path + "/" + name;
        }

        public static implicit operator LazyPath(string path) => new(path);
    }

    private static LocalDate? ParseDate(
        string? text,
        LazyPath path,
        string code,
        string what,
        bool required,
        List<ValidationError> problems
    )
    {
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                problems.Add(
                    new ValidationError(
                        code + ".missing",
                        path.ToString(),
                        $"The {what} is missing."
                    )
                );
            }

            return null;
        }

        var result = DatePattern.Parse(text!);
        if (result.Success)
        {
            // The path is made only for a problem: most dates have none.
            return
                AcademicYear.IsSupported(result.Value)
                || SupportedDates.Check(
                    result.Value,
                    code,
                    path.ToString(),
                    $"The {what} is",
                    problems
                )
                ? result.Value
                : null;
        }

        problems.Add(
            new ValidationError(
                code,
                path.ToString(),
                $"The {what} is \"{text}\"; a date is written yyyy-MM-dd."
            )
        );
        return null;
    }

    private static bool IsLanguageCode(string code) =>
        code.Length is 3 or 4 && code.All(c => c is >= 'A' and <= 'Z');

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    // A UPN as a number: its eleven digits, then its last character in 7 bits. The check letter is left out, as it is
    // worked out from the other twelve characters: two valid UPNs are equal when those are.
    private static long Pack(Upn upn)
    {
        var text = upn.ToString();
        return long.Parse(text.Substring(1, 11), NumberStyles.None, CultureInfo.InvariantCulture)
                << 7
            | text[12];
    }
}
