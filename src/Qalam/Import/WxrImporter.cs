using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;
using Qalam.Media;
using Qalam.Search;

namespace Qalam.Import;

/// <summary>
/// Brings a WordPress export into Qalam, safe to rerun. The file is read three times, streaming: once to plan
/// (the dry-run report and the progress total), once for authors, terms and media, once for posts and pages.
/// Work is committed in batches, each in one transaction together with the <see cref="ImportedItem"/> rows that
/// record it, so a run killed at any moment leaves the site as after the last whole batch, and a rerun skips
/// what is already there (same content hash), updates what changed and creates the rest.
/// </summary>
public sealed partial class WxrImporter(QalamDb db, PostWriter writer, MediaStore media, AuditLog audit, SearchIndexer search, TimeProvider clock,
    ContentChangeInterceptor changes, Localization.Languages languages, ILogger<WxrImporter> log)
{
    private ImportRun _run = null!;
    private readonly KeyReservation _keys = new(db);
    /// <summary>What a batch only adds (revisions, old addresses, comments, imported-item rows), written after its save.</summary>
    private readonly BulkRows _bulk = new(db);

    /// <param name="planned">The plan pass (<see cref="WxrPlan"/>), when the caller started it early; otherwise it is read here.</param>
    public Task<ImportReport> RunAsync(ImportOptions options, IProgress<ImportProgress>? progress = null, CancellationToken ct = default) =>
        RunAsync(options, WxrPlan.StartAsync(options, ct), progress, ct);

    internal async Task<ImportReport> RunAsync(ImportOptions options, Task<WxrPlan> planned, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var plan = await planned;
        var report = plan.Report;
        _translations = plan.Translations;
        _translations.Resolve(languages.Default.Code);
        ReportLanguages(_translations, report);
        using var uploads = UploadsSource.Open(options.UploadsDirectory, options.UploadsZip);
        _run = new ImportRun(options, report, uploads, progress, ReadAuthorMap(options.AuthorMapPath)) { Source = plan.Source };
        await using var connection = await BulkConnection.OpenAsync(db, ct);
        if (options.DryRun)
        {
            await LookUpAsync(plan, ct);
            return report;
        }

        // Every lookup of Local (PostWriter's, for rows added earlier in the batch) would otherwise scan the whole
        // batch for changes, which makes a batch quadratic; changes are detected once before each save instead.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        writer.Bulk = _bulk;
        try
        {
            return await ImportAsync(plan, ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            writer.Bulk = null;
        }
    }

    private async Task<ImportReport> ImportAsync(WxrPlan plan, CancellationToken ct)
    {
        var (options, report) = (_run.Options, _run.Report);
        var redirectsBefore = await db.Redirects.CountAsync(ct);
        // Without attachments, the authors and terms the plan kept are all the media pass needs: the file is not read again.
        await ReadInBatchesAsync(plan.HasAttachments ? () => ReadFile() : () => plan.Header,
            e => e is WxrAuthor or WxrTerm || e is WxrItem { PostType: "attachment" }, ImportHeaderOrMediaAsync, "media", ct);
        await ReadInBatchesAsync(() => ReadFile().Select(e => { PrepareAhead(e); return e; }), e => e is WxrItem { PostType: not "attachment" }, ImportPostAsync, "posts", ct);
        CountShortcodes(report, _shortcodesSeen);

        report.Redirects = await db.Redirects.CountAsync(ct) - redirectsBefore;
        audit.Record("import-wordpress", _run.Source, $"{report.Created} created, {report.Updated} updated, {report.Unchanged} unchanged", options.ImportedById);
        await SaveAsync(ct);
        // Here, on the import's connection, so the file is not mapped into memory to read the grown tables; the
        // command's refresh afterwards finds the statistics fresh and reads nearly nothing.
        await PlannerStatistics.RefreshAsync(db, ct);
        return report;
    }

    /// <summary>A dry run: what each planned item would become, created, updated or left as it is.</summary>
    private async Task LookUpAsync(WxrPlan plan, CancellationToken ct)
    {
        foreach (var (itemType, sourceId, hash) in plan.ToLookUp)
        {
            var existing = await FindImportedAsync(itemType, sourceId, ct);
            if (existing is null) _run.Report.Created++;
            else if (existing.ContentHash == hash) _run.Report.Unchanged++;
            else _run.Report.Updated++;
        }
    }

    /// <summary>Reads the entries that <paramref name="take"/> picks, handling them in batches of one transaction each.</summary>
    /// <param name="read">The entries, read on the reading thread (with any pure work on each, done there too).</param>
    private async Task ReadInBatchesAsync(Func<IEnumerable<WxrEntry>> read, Func<WxrEntry, bool> take, Func<WxrEntry, CancellationToken, Task<bool>> handle,
        string phase, CancellationToken ct)
    {
        var batch = new List<WxrEntry>(_run.Options.BatchSize);
        await foreach (var entry in WxrReadAhead.ReadAsync(read, 2 * _run.Options.BatchSize, ct))
        {
            if (!take(entry)) continue;
            batch.Add(entry);
            if (batch.Count >= _run.Options.BatchSize)
            {
                await CommitBatchAsync(batch, handle, phase, ct);
                batch.Clear();
            }
        }
        if (batch.Count > 0) await CommitBatchAsync(batch, handle, phase, ct);
    }

    /// <summary>
    /// One transaction for the batch. If an item breaks it (a constraint, a body the writer refuses), the batch is rolled
    /// back and retried one item per transaction, so only the item that fails is left out, and reported.
    /// </summary>
    private async Task CommitBatchAsync(List<WxrEntry> batch, Func<WxrEntry, CancellationToken, Task<bool>> handle, string phase, CancellationToken ct)
    {
        var mark = _run.Mark();
        try
        {
            _run.Done += await CommitAsync(batch, handle, ct);
            Observability.QalamMetrics.ImportedBatch(phase, batch.Count);
        }
        catch (Exception e) when (IsItemFailure(e, ct))
        {
            _run.Restore(mark);
            log.LogWarning(e, "An import batch failed; its items are retried one by one");
            foreach (var entry in batch)
            {
                var one = _run.Mark();
                try
                {
                    _run.Done += await CommitAsync([entry], handle, ct);
                }
                catch (Exception x) when (IsItemFailure(x, ct))
                {
                    _run.Restore(one);
                    log.LogWarning(x, "Import item left out: {Item}", Describe(entry));
                    _run.Report.Failed.Add($"{Describe(entry)}: {DatabaseErrors.Reason(x)}");
                }
            }
        }
        _run.Progress?.Report(new ImportProgress(phase, _run.Done, _run.Report.WorkItems));
    }

    private async Task<int> CommitAsync(IReadOnlyList<WxrEntry> entries, Func<WxrEntry, CancellationToken, Task<bool>> handle, CancellationToken ct)
    {
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await PrefetchAsync(entries, ct);
            var counted = 0;
            foreach (var entry in entries)
            {
                if (await handle(entry, ct)) counted++;
            }
            await LinkTranslationsAsync(ct);
            await SaveAsync(ct);
            await FinishPendingAsync(ct);
            await _bulk.FlushAsync(ct);
            await TellAboutNewPostsAsync(ct);
            await tx.CommitAsync(ct);
            RememberTranslated();
            return counted;
        }
        finally
        {
            // Committed or rolled back, the batch's entities are not needed again; a clear tracker keeps memory flat.
            db.ChangeTracker.Clear();
            _bulk.Clear();
            _newPosts.Clear();
            _batchImported.Clear();
            _batchRedirects.Clear();
            _batchTranslated.Clear();
            _batchLeft.Clear();
            writer.ForgetSlugs();
            search.ForgetAhead(db);
            _run.AfterSave.Clear();
            _keys.Forget();
        }
    }

    private static bool IsItemFailure(Exception e, CancellationToken ct) =>
        !ct.IsCancellationRequested && e is not (OperationCanceledException or OutOfMemoryException or WxrFormatException) && !DatabaseErrors.IsEnvironmental(e);

    private static string Describe(WxrEntry entry) => entry switch
    {
        WxrItem i => $"{i.PostType} {i.PostId} «{System.Net.WebUtility.HtmlDecode(i.Title)}»",
        WxrAuthor a => $"author {a.Login}",
        WxrTerm t => $"{t.Taxonomy} {t.Slug}",
        _ => entry.GetType().Name,
    };

    private Task SaveAsync(CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        return db.SaveChangesAsync(ct);
    }

    /// <summary>The export's entries, read on the read-ahead thread: nothing here touches the run (the plan pass takes the site).</summary>
    private IEnumerable<WxrEntry> ReadFile()
    {
        using var stream = File.OpenRead(_run.Options.ExportPath);
        foreach (var entry in WxrReader.Read(stream)) yield return entry;
    }

    private Task<ImportedItem?> FindImportedAsync(string itemType, string sourceId, CancellationToken ct) =>
        _batchImported.TryGetValue((itemType, sourceId), out var known) ? Task.FromResult(known)
            : _bulk.Find<ImportedItem>($"{itemType}:{sourceId}") is { } added ? Task.FromResult<ImportedItem?>(added)
            : db.ImportedItems.FirstOrDefaultAsync(i => i.Source == _run.Source && i.ItemType == itemType && i.SourceId == sourceId, ct);

    private async Task RecordImportedAsync(string itemType, string sourceId, string? guid, int targetId, string? hash, CancellationToken ct)
    {
        var row = await FindImportedAsync(itemType, sourceId, ct);
        if (row is null)
        {
            row = new ImportedItem { Source = _run.Source, ItemType = itemType, SourceId = sourceId };
            _bulk.Add(row, $"{itemType}:{sourceId}");
            if (_batchImported.ContainsKey((itemType, sourceId))) _batchImported[(itemType, sourceId)] = row;
        }
        row.SourceGuid = guid;
        row.TargetId = targetId;
        row.ContentHash = hash;
        row.ImportedUtc = clock.GetUtcNow();
    }

    /// <summary>A stable hash of everything the export says about an item, to tell changed items from unchanged ones.</summary>
    internal static string Hash(WxrEntry entry) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(entry, entry.GetType()))));

    /// <summary>The author map: one "login,email[,display name]" per line; # starts a comment.</summary>
    internal static IReadOnlyDictionary<string, AuthorMapping> ReadAuthorMap(string? path)
    {
        var map = new Dictionary<string, AuthorMapping>(StringComparer.OrdinalIgnoreCase);
        if (path is null) return map;
        foreach (var line in File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split(',', 3, StringSplitOptions.TrimEntries);
            map[parts[0]] = new AuthorMapping(parts[0], parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null, parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null);
        }
        return map;
    }

    internal static string ItemTypeOf(WxrItem item) => item.PostType == "attachment" ? "attachment" : "post";

    internal static string? SkipReason(WxrItem item) => item.PostType switch
    {
        "revision" or "nav_menu_item" or "custom_css" or "customize_changeset" or "oembed_cache" or "user_request"
            or "wp_block" or "wp_template" or "wp_template_part" or "wp_global_styles" or "wp_navigation" or "wp_font_family" or "wp_font_face"
            => $"{item.PostType} (WordPress internal)",
        _ when item.Status is "auto-draft" or "inherit" && item.PostType != "attachment" => $"{item.PostType}/{item.Status} (never written)",
        _ => null,
    };

    internal static readonly HashSet<string> KnownMeta =
    [
        "_edit_last", "_edit_lock", "_encloseme", "_pingme", "_thumbnail_id", "_wp_page_template", "_wp_old_slug", "_wp_old_date",
        "_wp_attached_file", "_wp_attachment_metadata", "_wp_attachment_image_alt", "_wp_trash_meta_status", "_wp_trash_meta_time",
        "_wp_desired_post_slug", "_yoast_wpseo_title", "_yoast_wpseo_metadesc", "rank_math_title", "rank_math_description",
        WxrTranslations.WpmlLanguage, WxrTranslations.WpmlGroup, WxrTranslations.WpmlSource,
    ];
}
