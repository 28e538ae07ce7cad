using System.Resources;
using Qalam.Content;
using Qalam.Localization;

namespace Qalam.Pages;

/// <summary>Strings of the public content pages (cards, home sections, the post's author box and share links): PageStrings.resx (Arabic, neutral) and PageStrings.en.resx.</summary>
public sealed class PageStrings
{
    private static readonly ResourceManager Resources = new(typeof(PageStrings));

    /// <summary>A post's kind in the post's own language: an English post listed on an Arabic page is "News", not «خبر».</summary>
    public static string Kind(PostKind kind, string language) =>
        Resources.GetString("Kind_" + kind, LocalizationSetup.Culture(language)) ?? kind.ToString();
}
