using System.Globalization;
using System.Resources;

namespace Qalam.Cli;

/// <summary>
/// The command line's own messages: CliStrings.resx (Arabic) and CliStrings.en.resx. They are read without a host,
/// since the host may be what failed to start. Arabic when the terminal's language is Arabic (LANG=ar_LY.UTF-8), else English.
/// </summary>
public sealed class CliStrings
{
    private static readonly ResourceManager Resources = new(typeof(CliStrings));

    public static CultureInfo Culture =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar" ? CultureInfo.CurrentUICulture : CultureInfo.GetCultureInfo("en");

    public static string Get(string key, params object?[] args)
    {
        var format = Resources.GetString(key, Culture) ?? key;
        return args.Length == 0 ? format : string.Format(Culture, format, args);
    }
}
