using Qalam.Content;

namespace Qalam.Pages.Admin.Settings;

/// <summary>One home page section in the settings form: a checkbox and an order number, so choosing needs no script.</summary>
public sealed class HomeSectionChoice
{
    public string Key { get; set; } = "";
    public bool Show { get; set; }
    public int Order { get; set; }

    /// <summary>Every known section: the stored ones first in their order, then the hidden ones.</summary>
    public static List<HomeSectionChoice> From(string stored)
    {
        var shown = HomeSection.Parse(stored);
        return shown.Concat(HomeSection.All.Except(shown))
            .Select((key, i) => new HomeSectionChoice { Key = key, Show = shown.Contains(key), Order = i + 1 }).ToList();
    }

    /// <summary>The shown sections by their order number (ties keep the form's order), as the setting stores them.</summary>
    public static string Store(IEnumerable<HomeSectionChoice> choices) => string.Join(',', choices
        .Select((c, i) => (c, i)).Where(x => x.c.Show && HomeSection.All.Contains(x.c.Key))
        .OrderBy(x => x.c.Order).ThenBy(x => x.i).Select(x => x.c.Key).Distinct());
}
