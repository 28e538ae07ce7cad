using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Qalam.Content;
using Qalam.Search;

namespace Qalam.Pages;

/// <summary>/search?q=…: the public search, a GET form that works without JavaScript; the query and filters stay in the form.</summary>
public sealed class SearchModel(PostSearch search, ContentQueries content, IStringLocalizer<SearchStrings> strings) : SitePageModel
{
    [BindProperty(SupportsGet = true, Name = "q")] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public bool Exact { get; set; }
    [BindProperty(SupportsGet = true)] public string? Author { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tag { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "lang")] public string? Lang { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }

    public SearchResults Results { get; private set; } = SearchResults.None;
    public IReadOnlyList<TermRef> Authors { get; private set; } = [];
    public IReadOnlyList<TermRef> Categories { get; private set; } = [];
    public List<string> Errors { get; } = [];
    public bool HasQuery => !SearchQuery.Parse(Q).IsEmpty;
    public bool OnlyCommonWords { get; private set; }
    public bool HasFilters => Exact || new[] { Author, Category, Tag, Kind, Lang, From, To }.Any(v => !string.IsNullOrWhiteSpace(v));

    // "page" is also Razor Pages' own route value, so it is read from the query string explicitly.
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        NoIndex = true;
        // The switcher leads to the search page of the other language (its box empty).
        InEveryLanguage("/search");
        PageTitle = HasQuery ? string.Format(CultureInfo.CurrentCulture, strings["ResultsFor"], Q!.Trim()) : strings["SearchHeading"];
        Authors = await content.ListPublishingAuthorsAsync(ct);
        Categories = await content.ListCategoriesAsync(ct);
        if (!HasQuery) return Page();

        var kind = Enum.TryParse<PostKind>(Kind, ignoreCase: true, out var k) && Enum.IsDefined(k) ? k : (PostKind?)null;
        var request = new SearchRequest(Q, Exact, Author, Category, Tag, kind, ChosenLanguage(), Date(From), Date(To), PageNumber(page), RequestLanguage.Code);
        Results = await search.SearchAsync(request, ct);
        OnlyCommonWords = Results.Total == 0 && SearchPlan.Create(SearchQuery.Parse(Q), Exact, new SearchFilters(), Site.Now, 0, 1).IsEmpty;
        if (Results.Page > 1 && Results.Hits.Count == 0 && Results.Total > 0) return NotFound();
        return Page();
    }

    /// <summary>This search's address on another page of results.</summary>
    public string PageUrl(int page)
    {
        var query = QueryWithout("page");
        if (page > 1) query.Add(new("page", page.ToString(CultureInfo.InvariantCulture)));
        return SearchUrl(query);
    }

    /// <summary>The suggested query, with the same filters.</summary>
    public string SuggestionUrl(string suggestion)
    {
        var query = QueryWithout("page", "q");
        query.Insert(0, new("q", suggestion));
        return SearchUrl(query);
    }

    /// <summary>
    /// This search within another language, in the same frame: the reader asked in this page's language, so the
    /// other language's results are shown with the interface they were reading (the switcher changes the frame).
    /// </summary>
    public string LanguageUrl(string code)
    {
        var query = QueryWithout("page", "lang");
        query.Add(new("lang", code));
        return SearchUrl(query);
    }

    /// <summary>Another language's results the page can link to (a site language), in the site's order.</summary>
    public IReadOnlyList<(Localization.Language Language, int Count)> Elsewhere =>
        Languages.All.Where(l => Results.Elsewhere.ContainsKey(l.Code)).Select(l => (l, Results.Elsewhere[l.Code])).ToList();

    /// <summary>The languages results are shown in when the reader's had none: the site's first, in its order, then any other.</summary>
    public IEnumerable<string> InsteadLanguages => Results.Elsewhere.Keys
        .OrderBy(c => Languages.Find(c) is { } l ? Languages.All.ToList().IndexOf(l) : int.MaxValue).ThenBy(c => c, StringComparer.Ordinal);

    /// <summary>A language's name in the frame's language ("الإنجليزية", "Arabic"), or in itself when the resources have none.</summary>
    public string LanguageName(string code) =>
        strings["Language_" + code] is { ResourceNotFound: false } name ? name.Value : Languages.Of(code).NativeName;

    // The reader's choice of language: a site language, "all", or none (this page's language first).
    private string? ChosenLanguage()
    {
        if (string.IsNullOrWhiteSpace(Lang)) return null;
        if (string.Equals(Lang.Trim(), SearchRequest.AllLanguages, StringComparison.OrdinalIgnoreCase)) return SearchRequest.AllLanguages;
        if (Languages.Find(Lang.Trim()) is { } language) return language.Code;
        Errors.Add(string.Format(CultureInfo.CurrentCulture, strings["UnknownLanguage"], Lang));
        return null;
    }

    private List<KeyValuePair<string, string?>> QueryWithout(params string[] keys) =>
        Request.Query.Where(p => !keys.Contains(p.Key)).SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v))).ToList();

    private string SearchUrl(List<KeyValuePair<string, string?>> query) => Href("/search") + Microsoft.AspNetCore.Http.QueryString.Create(query);

    private DateOnly? Date(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var western = Qalam.Search.ArabicText.Normalize(value.Trim(), exact: true);
        if (DateOnly.TryParseExact(western, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Errors.Add(string.Format(CultureInfo.CurrentCulture, strings["InvalidDate"], value));
        return null;
    }
}
