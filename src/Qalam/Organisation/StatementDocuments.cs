using System.Globalization;
using Microsoft.Extensions.Localization;
using Qalam.Content;

namespace Qalam.Organisation;

/// <summary>A statement's date, «الأحد 18 يناير 2026» in words and «18-1-2026» in digits, both with the site's digits.</summary>
public sealed record StatementDate(DateOnly Date, string Words, string Digits);

/// <summary>
/// Words a statement for its PDF, laid out like its page: the letterhead, «بيان رقم (n) لعام yyyy», the date, the paragraphs
/// as plain text, the signature, and the official-copy line with the statement's permanent address.
/// </summary>
public static class StatementDocuments
{
    public static StatementDocument For(StatementView s, SiteSettings settings, SiteContext site, IStringLocalizer<OrganisationStrings> t,
        string officialUrl, byte[]? logo = null)
    {
        var heading = StatementTitles.Heading(s.Number, s.Year, site, t, s.Language);
        var withdrawal = s.WithdrawnUtc is { } at
            ? string.Format(CultureInfo.InvariantCulture, t["WithdrawnOn"], site.FormatDate(at, s.Language)) + (string.IsNullOrWhiteSpace(s.WithdrawalNotice) ? "" : " " + s.WithdrawalNotice)
            : null;
        var addenda = s.Addenda.Select(a => (string.Format(CultureInfo.InvariantCulture, t["AddendumOn"], site.FormatDate(a.PublishedUtc, s.Language)), Paragraphs(a.BodyHtml))).ToList();
        var date = Date(s, site);
        return new StatementDocument(settings.Name, heading, s.Title, Paragraphs(s.BodyHtml), SignatureLines(s, settings, site), withdrawal, addenda)
        {
            Tagline = settings.Tagline,
            Logo = logo,
            DateLine = $"{t["DateLabel"]}: {date.Words} ({date.Digits})",
            OfficialCopyLine = $"{t["OfficialCopy"]}: {officialUrl}",
            CorrectionNote = s.LastCorrection is { } c
                ? string.Format(CultureInfo.InvariantCulture, t["CorrectedOn"], site.FormatDate(c.SupersededUtc, s.Language)) + "\n" + t["CorrectionReason"] + ": " + c.Reason
                : null,
        };
    }

    /// <summary>The date the statement carries: the day it was signed, or else the day it was published in the site's time zone.</summary>
    public static StatementDate Date(StatementView s, SiteContext site)
    {
        var date = s.SignedOn ?? DateOnly.FromDateTime(site.ToLocal(s.PublishedUtc).DateTime);
        // In the statement's language: its month and day names, its digits.
        var words = date.ToString("dddd d MMMM yyyy", site.Culture(s.Language));
        return new StatementDate(date, site.Digits(words, s.Language), site.Digits($"{date.Day}-{date.Month}-{date.Year}", s.Language));
    }

    /// <summary>The signature as the organisation writes it: its name, then the date as day-month-year (18-1-2026).</summary>
    public static IReadOnlyList<string> SignatureLines(StatementView s, SiteSettings settings, SiteContext site)
    {
        var lines = (s.SignatureBlock ?? settings.SignatureBlock ?? settings.Name)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        lines.Add(Date(s, site).Digits);
        return lines;
    }

    /// <summary>
    /// The text as the PDF lays it out: one entry per paragraph, heading, quote or list item («•» or its number), with
    /// the line breaks inside a paragraph kept as newlines.
    /// </summary>
    public static IReadOnlyList<string> Paragraphs(string html)
    {
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body></body>");
        doc.Body!.InnerHtml = html;
        foreach (var br in doc.Body.QuerySelectorAll("br").ToList()) br.Replace(doc.CreateTextNode("\u2028"));
        var blocks = doc.Body.QuerySelectorAll("p,li,h2,h3,h4,blockquote").Where(e => e.QuerySelector("p,li") is null)
            .Select(e => Marker(e) + Text(e)).Where(t => t.Trim().Length > 0).ToList();
        return blocks.Count > 0 ? blocks : [Text(doc.Body)];
    }

    private static string Text(AngleSharp.Dom.IElement e) =>
        string.Join('\n', e.InnerHtml.Split('\u2028').Select(PostBody.ToText).Where(line => line.Length > 0));

    private static string Marker(AngleSharp.Dom.IElement e)
    {
        // The rich editor wraps an item's text in a paragraph: that paragraph carries the item's marker.
        if (e.LocalName == "p" && e.ParentElement is { LocalName: "li" } item && item.QuerySelector("p") == e) e = item;
        if (e.LocalName != "li") return "";
        if (e.ParentElement is not { LocalName: "ol" } list) return "• ";
        var start = int.TryParse(list.GetAttribute("start"), out var n) ? n : 1;
        return (start + list.Children.Where(c => c.LocalName == "li").ToList().IndexOf(e)).ToString(CultureInfo.InvariantCulture) + ". ";
    }
}
