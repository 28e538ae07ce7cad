using System.Globalization;
using Microsoft.Extensions.Localization;
using Qalam.Content;

namespace Qalam.Organisation;

/// <summary>Words a statement for its PDF: heading «بيان رقم (n) لعام yyyy», paragraphs as plain text, the signature and its date.</summary>
public static class StatementDocuments
{
    public static StatementDocument For(StatementView s, SiteSettings settings, SiteContext site, IStringLocalizer<OrganisationStrings> t)
    {
        var heading = StatementTitles.Heading(s.Number, s.Year, site, t);
        var withdrawal = s.WithdrawnUtc is { } at
            ? string.Format(CultureInfo.InvariantCulture, t["WithdrawnOn"], site.FormatDate(at)) + (string.IsNullOrWhiteSpace(s.WithdrawalNotice) ? "" : " " + s.WithdrawalNotice)
            : null;
        var addenda = s.Addenda.Select(a => (string.Format(CultureInfo.InvariantCulture, t["AddendumOn"], site.FormatDate(a.PublishedUtc)), Paragraphs(a.BodyHtml))).ToList();
        return new StatementDocument(settings.Name, heading, s.Title, Paragraphs(s.BodyHtml), SignatureLines(s, settings, site), withdrawal, addenda);
    }

    /// <summary>The signature as the organisation writes it: its name, then the date as day-month-year (18-1-2026).</summary>
    public static IReadOnlyList<string> SignatureLines(StatementView s, SiteSettings settings, SiteContext site)
    {
        var lines = (s.SignatureBlock ?? settings.SignatureBlock ?? settings.Name)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var date = s.SignedOn ?? DateOnly.FromDateTime(site.ToLocal(s.PublishedUtc).DateTime);
        lines.Add(site.Digits($"{date.Day}-{date.Month}-{date.Year}"));
        return lines;
    }

    public static IReadOnlyList<string> Paragraphs(string html)
    {
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body></body>");
        doc.Body!.InnerHtml = html;
        var blocks = doc.Body.QuerySelectorAll("p,li,h2,h3,h4,blockquote").Where(e => e.QuerySelector("p,li") is null)
            .Select(e => (e.LocalName == "li" ? "• " : "") + PostBody.ToText(e.InnerHtml)).Where(t => t.Length > 0).ToList();
        return blocks.Count > 0 ? blocks : [PostBody.ToText(html)];
    }
}
