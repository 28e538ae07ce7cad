namespace Qalam.Content;

/// <summary>
/// What someone changes in a post's text, before the writer turns it into its stored form (see <see cref="PostWriter"/>).
/// Plain fields (title, excerpt, kind, terms) are set on the post itself.
/// </summary>
public sealed record PostEdit(string? BodyHtml, int? SavedById)
{
    /// <summary>The slug asked for: null keeps the current one (a post without one gets one from its title); empty makes one from the title.</summary>
    public string? Slug { get; init; }

    public bool Transliterate { get; init; }

    /// <summary>Added to a taken slug before -2, -3… (an import's old id, so reruns give the same address).</summary>
    public string? Disambiguator { get; init; }

    /// <summary>The version the person loaded; a save over a newer one fails with a concurrency conflict.</summary>
    public int? ExpectedVersion { get; init; }

    /// <summary>
    /// When the change was made, for content that arrives with its own history (the demo's posts were written on their
    /// publication day); null is now. Never later than now.
    /// </summary>
    public DateTimeOffset? SavedUtc { get; init; }
}
