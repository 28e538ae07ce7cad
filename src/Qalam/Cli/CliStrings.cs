using System.Globalization;
using System.Reflection;
using System.Resources;

namespace Qalam.Cli;

/// <summary>
/// The command line's own messages: CliStrings.resx (the neutral language, Arabic) and one file per other language
/// (CliStrings.en.resx). They are read without a host, since the host may be what failed to start. In the terminal's
/// language (LANG=ar_LY.UTF-8) when there are messages in it, else in English, the language of terminals.
/// </summary>
public sealed class CliStrings
{
    private static readonly ResourceManager Resources = new(typeof(CliStrings));

    private static readonly string Neutral =
        typeof(CliStrings).Assembly.GetCustomAttribute<NeutralResourcesLanguageAttribute>()?.CultureName ?? "";

    private static readonly CultureInfo Fallback = CultureInfo.GetCultureInfo("en");

    public static CultureInfo Culture => HasMessages(CultureInfo.CurrentUICulture) ? CultureInfo.CurrentUICulture : Fallback;

    public static string Get(string key, params object?[] args)
    {
        var format = Resources.GetString(key, Culture) ?? key;
        return args.Length == 0 ? format : string.Format(Culture, format, args);
    }

    /// <summary>Whether the culture or a parent of it ("fr" for fr-FR) is the neutral language or has a resource file.</summary>
    private static bool HasMessages(CultureInfo culture)
    {
        for (var c = culture; !Equals(c, CultureInfo.InvariantCulture); c = c.Parent)
        {
            if (c.Name.Equals(Neutral, StringComparison.OrdinalIgnoreCase) || Resources.GetResourceSet(c, createIfNotExists: true, tryParents: false) is not null) return true;
        }
        return false;
    }
}
