namespace Legacy;

/// <summary>Compiles against the netstandard2.0 build of the packages.</summary>
public static class Check
{
    public static string Describe(string text) =>
        Careers.Upn.TryParse(text, out var upn)
            ? upn.LaNumber
            : Careers.Upn.Validate(text).Error!.Message;
}
