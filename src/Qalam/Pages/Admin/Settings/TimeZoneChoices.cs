namespace Qalam.Pages.Admin.Settings;

/// <summary>
/// The time zones as people look for them: a region, then a city by its name («طرابلس», "New York"), Africa/Tripoli
/// first. Only the "Region/City" names of the system's list, and UTC: the legacy aliases ("US/Eastern", "EST") would
/// only offer the same clocks twice.
/// </summary>
public static class TimeZoneChoices
{
    public sealed record Zone(string Id, string Region, string City, string Label);

    public sealed record Group(string Region, IReadOnlyList<Zone> Zones);

    public const string Suggested = "Africa/Tripoli";

    /// <summary>The language the region and city names below are written in; other languages read the zones' own (English) names.</summary>
    private static readonly Localization.Language NamesLanguage = Localization.Language.For("ar");

    private static readonly string[] Regions = ["Africa", "Asia", "Europe", "America", "Atlantic", "Indian", "Australia", "Pacific", "Antarctica", "Arctic"];

    private static readonly IReadOnlyList<string> Ids = TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id)
        .Where(id => id == "UTC" || (Regions.Contains(id.Split('/')[0]) && id.Contains('/'))).ToList();

    private static readonly Dictionary<string, string> ArabicRegions = new()
    {
        ["Africa"] = "أفريقيا", ["Asia"] = "آسيا", ["Europe"] = "أوروبا", ["America"] = "الأمريكيتان", ["Atlantic"] = "المحيط الأطلسي",
        ["Indian"] = "المحيط الهندي", ["Australia"] = "أستراليا", ["Pacific"] = "المحيط الهادئ", ["Antarctica"] = "القارة القطبية الجنوبية",
        ["Arctic"] = "القطب الشمالي", ["UTC"] = "التوقيت العالمي",
    };

    // The cities an Arabic-speaking newsroom looks for first; the others keep their English name, without underscores.
    private static readonly Dictionary<string, string> ArabicCities = new()
    {
        ["Africa/Tripoli"] = "طرابلس", ["Africa/Cairo"] = "القاهرة", ["Africa/Tunis"] = "تونس", ["Africa/Algiers"] = "الجزائر",
        ["Africa/Casablanca"] = "الدار البيضاء", ["Africa/Khartoum"] = "الخرطوم", ["Africa/Nouakchott"] = "نواكشوط", ["Africa/Ndjamena"] = "إنجامينا",
        ["Africa/Niamey"] = "نيامي", ["Asia/Riyadh"] = "الرياض", ["Asia/Dubai"] = "دبي", ["Asia/Qatar"] = "الدوحة", ["Asia/Kuwait"] = "الكويت",
        ["Asia/Bahrain"] = "البحرين", ["Asia/Muscat"] = "مسقط", ["Asia/Aden"] = "عدن", ["Asia/Baghdad"] = "بغداد", ["Asia/Damascus"] = "دمشق",
        ["Asia/Beirut"] = "بيروت", ["Asia/Amman"] = "عمّان", ["Asia/Jerusalem"] = "القدس", ["Asia/Gaza"] = "غزة", ["Europe/Istanbul"] = "إسطنبول",
        ["Europe/London"] = "لندن", ["Europe/Paris"] = "باريس", ["Europe/Berlin"] = "برلين", ["Europe/Rome"] = "روما", ["Europe/Malta"] = "مالطا",
        ["Europe/Madrid"] = "مدريد", ["Europe/Brussels"] = "بروكسل", ["America/New_York"] = "نيويورك", ["UTC"] = "التوقيت العالمي (UTC)",
    };

    /// <param name="language">The interface language's code; null for the zones' own names.</param>
    public static Zone Describe(string id, string? language)
    {
        var parts = id.Split('/', 2);
        var region = parts[0];
        var city = parts.Length > 1 ? parts[1].Replace('_', ' ').Replace("/", " – ", StringComparison.Ordinal) : id;
        if (language is not null && Localization.Language.For(language).Interface.Name == NamesLanguage.Interface.Name)
        {
            region = ArabicRegions.GetValueOrDefault(region, region);
            city = ArabicCities.GetValueOrDefault(id, city);
        }
        else if (id == "UTC") (region, city) = ("UTC", "Coordinated Universal Time (UTC)");
        return new Zone(id, region, city, id == "UTC" ? city : $"{city} — {region}");
    }

    /// <summary>Regions, each with its cities in alphabetical order; the suggested zone alone in a first group.</summary>
    public static IReadOnlyList<Group> Groups(string language, string suggestedHeading)
    {
        var culture = Localization.Language.For(language).Culture;
        var zones = Ids.Where(id => id != Suggested).Select(id => Describe(id, language)).ToList();
        var byRegion = zones.GroupBy(z => z.Region)
            .OrderBy(g => Array.IndexOf(Regions, g.First().Id.Split('/')[0]) is var i && i < 0 ? 99 : i)
            .Select(g => new Group(g.Key, g.OrderBy(z => z.City, StringComparer.Create(culture, true)).ToList()));
        return [new Group(suggestedHeading, [Describe(Suggested, language)]), .. byRegion];
    }

    /// <summary>The zone a search box's text names: an id, a label as the list shows it, or a city name in either language.</summary>
    public static string? Find(string? text)
    {
        var q = (text ?? "").Trim();
        if (q.Length == 0) return null;
        foreach (var id in Ids)
        {
            var ar = Describe(id, NamesLanguage.Code);
            var en = Describe(id, null);
            if (string.Equals(id, q, StringComparison.OrdinalIgnoreCase) || q == ar.Label || q == ar.City
                || string.Equals(q, en.Label, StringComparison.OrdinalIgnoreCase) || string.Equals(q, en.City, StringComparison.OrdinalIgnoreCase)) return id;
        }
        return null;
    }
}
