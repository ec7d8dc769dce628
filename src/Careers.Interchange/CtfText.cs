using NodaTime;
using NodaTime.Text;

namespace Careers.Interchange;

// Dates as the CTF writes them (yyyy-MM-dd, yyyy-MM-ddTHH:mm:ss), whatever the current culture.
internal static class CtfText
{
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string DateTime(LocalDateTime dateTime) =>
        LocalDateTimePattern.GeneralIso.Format(dateTime);
}
