using System.Globalization;
using Microsoft.Extensions.Localization;
using Qalam.Content;

namespace Qalam.Organisation;

/// <summary>
/// How a statement is named, in one place: «بيان رقم (n) لعام yyyy» above it on its page and in its PDF, and in every
/// list that heading before its title («بيان رقم (1) لعام 2026: title»), with the site's digits.
/// </summary>
public static class StatementTitles
{
    /// <summary>The heading in the interface's words, with the digits of <paramref name="language"/> (the statement's; null is the default's).</summary>
    public static string Heading(int number, int year, SiteContext site, IStringLocalizer<OrganisationStrings> t, string? language = null) =>
        site.Digits(string.Format(CultureInfo.InvariantCulture, t["StatementHeading"], number, year), language);

    public static string Numbered(string title, int number, int year, SiteContext site, IStringLocalizer<OrganisationStrings> t, string? language = null) =>
        string.Format(CultureInfo.InvariantCulture, t["StatementNumberedTitle"], Heading(number, year, site, t, language), title);

    /// <summary>A post's title as lists show it: numbered when it is a numbered statement, as written otherwise.</summary>
    public static string Listed(PostSummary post, SiteContext site, IStringLocalizer<OrganisationStrings> t) =>
        post.Statement is { } n ? Numbered(post.Title, n.Number, n.Year, site, t) : post.Title;
}
