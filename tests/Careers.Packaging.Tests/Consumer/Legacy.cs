namespace Legacy;

/// <summary>Compiles against the netstandard2.0 build of the packages.</summary>
public static class Check
{
    public static string Describe(string text) =>
        Careers.Upn.TryParse(text, out var upn)
            ? upn.LaNumber
            : Careers.Upn.Validate(text).Error!.Message;

    public static string Round(decimal value) => Careers.Kpi.DfeRounding.Format(value, 1);

    public static long[] Share(long pence) =>
        Careers.Funding.Apportionment.Hamilton(new[] { 6m, 6m, 2m }, pence);

    public static int Problems(string careersLogJson) =>
        Careers.CareersLog.CareersLogValidator.Default.Validate(careersLogJson).Count;

    public static int Pupils(System.IO.Stream ctf) =>
        Careers.Interchange.CtfFile.Read(ctf).Result?.Pupils.Count ?? -1;
}
