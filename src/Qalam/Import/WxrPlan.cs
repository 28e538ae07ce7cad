namespace Qalam.Import;

/// <summary>
/// The first reading of an export: what is in it (the report's counts, the progress total, the site it came from),
/// found without the database. Being pure, `import wordpress` starts it on the second core while the host and the
/// database are still starting, which hides a second of a 10,000-post import.
/// </summary>
internal sealed class WxrPlan
{
    public required ImportReport Report { get; init; }
    public string Source { get; private set; } = "";
    /// <summary>The file has attachment items (otherwise the media pass skips every item).</summary>
    public bool HasAttachments { get; private set; }
    /// <summary>The authors and terms, in file order: without attachments they are all the media pass needs, so it does not read the file again.</summary>
    public List<WxrEntry> Header { get; } = [];
    /// <summary>In a dry run, each item the importer would touch, to be looked up: its kind, WordPress id and content hash.</summary>
    public List<(string ItemType, string SourceId, string Hash)> ToLookUp { get; } = [];
    /// <summary>Languages and translation groups (Polylang's or WPML's), when the export has them.</summary>
    public WxrTranslations Translations { get; } = new();

    public static Task<WxrPlan> StartAsync(ImportOptions options, CancellationToken ct) => Task.Run(() => Read(options, ct), ct);

    private static WxrPlan Read(ImportOptions options, CancellationToken ct)
    {
        var plan = new WxrPlan { Report = new ImportReport { DryRun = options.DryRun } };
        // Its own handle on the uploads: the import's is opened later, on the importer's side.
        using var uploads = UploadsSource.Open(options.UploadsDirectory, options.UploadsZip);
        var terms = new HashSet<string>(StringComparer.Ordinal);
        using var stream = File.OpenRead(options.ExportPath);
        foreach (var entry in WxrReader.Read(stream))
        {
            ct.ThrowIfCancellationRequested();
            switch (entry)
            {
                case WxrSite site:
                    plan.Source = site.BaseUrl.TrimEnd('/');
                    (plan.Report.Source, plan.Report.SiteTitle, plan.Report.WxrVersion) = (plan.Source, site.Title, site.WxrVersion);
                    break;
                case WxrAuthor:
                    plan.Report.Authors++;
                    plan.Header.Add(entry);
                    break;
                case WxrTerm term:
                    // WXR 1.1+ lists categories and tags twice (as wp:category/wp:tag and as wp:term).
                    if (terms.Add($"{term.Taxonomy}:{term.Id}")) plan.Report.Terms++;
                    plan.Header.Add(entry);
                    plan.Translations.Add(term);
                    break;
                case WxrItem item:
                    if (item.PostType == "attachment") plan.HasAttachments = true;
                    else if (WxrImporter.IsPost(item)) plan.Translations.Add(item);
                    plan.Add(item, uploads);
                    break;
            }
        }
        return plan;
    }

    private void Add(WxrItem item, UploadsSource? uploads)
    {
        ImportReport.Count(Report.ItemsByTypeAndStatus, $"{item.PostType}/{item.Status}");
        if (WxrImporter.SkipReason(item) is { } reason)
        {
            ImportReport.Count(Report.Skipped, reason);
            return;
        }
        Report.WorkItems++;
        Report.Comments += item.Comments.Count;
        foreach (var key in item.Meta.Select(m => m.Key).Where(k => !WxrImporter.KnownMeta.Contains(k)).Distinct()) ImportReport.Count(Report.UnknownMetaKeys, key);
        if (item.PostType == "attachment")
        {
            if (uploads is null || !uploads.Exists(WxrImporter.UploadPathOf(item) ?? "")) Report.MediaNotFound.Add(item.AttachmentUrl ?? item.Title);
        }
        else
        {
            // A real run finds them while converting, on the reading thread (PrepareAhead): converting every body here too
            // would cost the plan as much as the conversion itself.
            if (Report.DryRun) WxrImporter.CountShortcodes(Report, WordPressContent.Convert(item.Content, _ => null, _ => null).UnknownShortcodes);
            if (item.Password is not null) Report.ProtectedMadePrivate.Add(item.Title);
        }
        if (Report.DryRun) ToLookUp.Add((WxrImporter.ItemTypeOf(item), item.PostId, WxrImporter.Hash(item)));
    }
}
