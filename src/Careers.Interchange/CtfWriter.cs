using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;

namespace Careers.Interchange;

/// <summary>
/// Writes the subset of a Common Transfer File that <see cref="CtfReader"/> reads: the header and, per pupil, the
/// elements of <see cref="CtfPupil"/> in the order of the public implementations that docs/articles/interchange.md
/// cites (the specification's own order is unconfirmed), one pupil at a time (a file of any size in
/// constant memory). What it writes reads back to the same pupils; a pupil the reader would refuse is written as given
/// and refused when read (an FSM period that ends before it starts gives <c>ctf.fsm.period</c>); a
/// <see cref="Sex.NotRecorded"/> pupil is written <c>U</c>, the CBDS code for unknown. It writes no names,
/// addresses or contacts, so its files suit tests and synthetic data; a school's MIS expects those too before it
/// imports a file.
/// </summary>
public static class CtfWriter
{
    /// <summary>Writes a CTF to a stream as UTF-8 (without a byte order mark), indented.</summary>
    /// <param name="stream">The stream; left open.</param>
    /// <param name="header">The header.</param>
    /// <param name="pupils">The pupils, written in order as they are enumerated.</param>
    public static void Write(Stream stream, CtfHeader header, IEnumerable<CtfPupil> pupils)
    {
        Guard.NotNull(stream, nameof(stream));
        Guard.NotNull(header, nameof(header));
        Guard.NotNull(pupils, nameof(pupils));
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            CloseOutput = false,
        };
        using var xml = XmlWriter.Create(stream, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("CTfile");
        WriteHeader(xml, header);
        xml.WriteStartElement("CTFpupilData");
        foreach (var pupil in pupils)
        {
            WritePupil(xml, Guard.NotNull(pupil, nameof(pupils)));
        }

        // Disposing the writer closes CTFpupilData, CTfile and the document.
    }

    /// <summary>Writes a CTF to a string (for tests and small files).</summary>
    /// <param name="header">The header.</param>
    /// <param name="pupils">The pupils.</param>
    /// <returns>The XML.</returns>
    public static string WriteToString(CtfHeader header, IEnumerable<CtfPupil> pupils)
    {
        using var stream = new MemoryStream();
        Write(stream, header, pupils);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteHeader(XmlWriter xml, CtfHeader header)
    {
        xml.WriteStartElement("Header");
        xml.WriteElementString("DocumentName", header.DocumentName);
        xml.WriteElementString("CTFversion", header.Version.ToString());
        xml.WriteElementString("DateTime", CtfText.DateTime(header.Created));
        Optional(xml, "DocumentQualifier", header.DocumentQualifier);
        Optional(xml, "SupplierID", header.SupplierId);
        WriteSchool(xml, "SourceSchool", header.Source);
        if (header.Destination is { } destination)
        {
            WriteSchool(xml, "DestSchool", destination);
        }

        xml.WriteEndElement();
    }

    private static void WriteSchool(XmlWriter xml, string element, CtfSchool school)
    {
        xml.WriteStartElement(element);
        WriteLaEstab(xml, school.LaEstab);
        Optional(xml, "SchoolName", school.Name);
        if (school.AcademicYear is { } year)
        {
            xml.WriteElementString(
                "AcademicYear",
                year.StartYear.ToString(CultureInfo.InvariantCulture)
            );
        }

        xml.WriteEndElement();
    }

    private static void WriteLaEstab(XmlWriter xml, LaEstab laEstab)
    {
        var text = laEstab.ToString();
        xml.WriteElementString("LEA", text.Substring(0, 3));
        xml.WriteElementString("Estab", text.Substring(3, 4));
    }

    private static void WritePupil(XmlWriter xml, CtfPupil pupil)
    {
        xml.WriteStartElement("Pupil");
        xml.WriteElementString("UPN", pupil.Upn.ToString());
        xml.WriteElementString("DOB", CtfText.Date(pupil.DateOfBirth));
        var sex = CtfCodes.Sexes.FirstOrDefault(p => p.Value == pupil.Sex).Key;
        Optional(xml, "Sex", sex);
        xml.WriteStartElement("BasicDetails");
        Optional(xml, "FormerUPN", pupil.FormerUpn?.ToString());
        Optional(xml, "NCyearActual", pupil.NcYearActual);
        Optional(xml, "Ethnicity", pupil.Ethnicity);
        if (pupil.FirstLanguage is { } language)
        {
            xml.WriteStartElement("Languages");
            xml.WriteStartElement("Type");
            xml.WriteElementString("LanguageType", "F");
            xml.WriteElementString("Language", language);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("LookedAfter");
        xml.WriteElementString("InCare", pupil.LookedAfter ? "true" : "false");
        xml.WriteEndElement();
        if (pupil.FreeSchoolMeals.Count > 0)
        {
            xml.WriteStartElement("FSMhistory");
            foreach (var period in pupil.FreeSchoolMeals)
            {
                xml.WriteStartElement("FSMinstance");
                xml.WriteElementString("FSMstartDate", CtfText.Date(period.Start));
                if (period.End is { } end)
                {
                    xml.WriteElementString("FSMendDate", CtfText.Date(end));
                }

                Optional(xml, "FSMCategory", period.Category);

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        if (pupil.SenHistory.Count > 0)
        {
            xml.WriteStartElement("SENhistory");
            foreach (var record in pupil.SenHistory)
            {
                xml.WriteStartElement("SEN");
                xml.WriteElementString("StartDate", CtfText.Date(record.Start));
                xml.WriteElementString(
                    "SENprovision",
                    CtfCodes.SenProvision.First(p => p.Value == record.Provision).Key
                );
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        if (pupil.SchoolHistory.Count > 0)
        {
            xml.WriteStartElement("SchoolHistory");
            foreach (var school in pupil.SchoolHistory)
            {
                xml.WriteStartElement("School");
                WriteLaEstab(xml, school.LaEstab);
                Optional(xml, "SchoolName", school.Name);
                if (school.Entry is { } entry)
                {
                    xml.WriteElementString("EntryDate", CtfText.Date(entry));
                }

                if (school.Leaving is { } leaving)
                {
                    xml.WriteElementString("LeavingDate", CtfText.Date(leaving));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Optional(XmlWriter xml, string element, string? value)
    {
        if (value is not null)
        {
            xml.WriteElementString(element, value);
        }
    }
}
