using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Qalam.Accounts;
using Qalam.Import;

namespace Qalam.Pages.Admin.Import;

/// <summary>
/// /admin/import: upload a WordPress export (and a zip of its uploads), read the dry-run report, confirm, and watch
/// the progress. Administrators only: an import creates people and rewrites the site's addresses. The job is a row in
/// the database, so the progress and the result read the same on every instance, whichever one runs it.
/// </summary>
[RequestSizeLimit(MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
public sealed partial class IndexModel(WxrImporter importer, ImportJobs jobs, IOptions<QalamOptions> options, IStringLocalizer<ImportStrings> t, TimeProvider clock)
    : AdminPageModel
{
    private const long MaxUploadBytes = 2L * 1024 * 1024 * 1024;

    public string? Error { get; private set; }
    public string? CheckedId { get; private set; }
    public ImportReport? Report { get; private set; }
    public ImportJob? Job { get; private set; }
    public ImportReport? Result { get; private set; }
    public double ItemsPerSecond { get; private set; }
    public TimeSpan TimeLeft { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? job, CancellationToken ct)
    {
        PageTitle = t["Heading"];
        if (job is null) return Page();
        Job = IsId(job) ? await jobs.FindAsync(job, ct) : null;
        if (Job is null) return RedirectToPage();
        if (Job.ErrorLine is { } line) Error = string.Format(t["BadFile"], line);
        else if (Job.Failed) Error = t["Failed"];
        Result = ImportJobs.ReportOf(Job);
        ItemsPerSecond = Job.Done / Math.Max(1, (clock.GetUtcNow() - Job.StartedUtc).TotalSeconds);
        TimeLeft = ItemsPerSecond > 0 ? TimeSpan.FromSeconds((Job.Total - Job.Done) / ItemsPerSecond) : TimeSpan.Zero;
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(IFormFile? export, IFormFile? uploads, CancellationToken ct)
    {
        PageTitle = t["Heading"];
        if (export is not { Length: > 0 }) return Fail(t["NeedExport"]);
        var id = Guid.NewGuid().ToString("N");
        var folder = Directory.CreateDirectory(Folder(id)).FullName;
        await SaveAsync(export, Path.Combine(folder, "export.xml"), ct);
        if (uploads is { Length: > 0 })
        {
            var zip = Path.Combine(folder, "uploads.zip");
            await SaveAsync(uploads, zip, ct);
            try
            {
                using var _ = ZipFile.OpenRead(zip);
            }
            catch (InvalidDataException)
            {
                Directory.Delete(folder, recursive: true);
                return Fail(t["BadZip"]);
            }
        }
        try
        {
            Report = await importer.RunAsync(jobs.OptionsFor(id, CurrentUserId, dryRun: true), ct: ct);
        }
        catch (WxrFormatException e)
        {
            Directory.Delete(folder, recursive: true);
            return Fail(string.Format(t["BadFile"], Math.Max(1, e.Line)));
        }
        CheckedId = id;
        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync(string id, CancellationToken ct)
    {
        PageTitle = t["Heading"];
        if (!IsId(id) || !System.IO.File.Exists(Path.Combine(Folder(id), "export.xml"))) return Fail(t["Expired"]);
        if (await jobs.FindAsync(id, ct) is not null) return RedirectToPage(new { job = id });
        if (!await jobs.TryStartAsync(id, CurrentUserId, ct)) return Fail(t["AlreadyRunning"]);
        return RedirectToPage(new { job = id });
    }

    private string Folder(string id) => Path.Combine(options.Value.FilesPath("imports"), id);

    private static async Task SaveAsync(IFormFile file, string path, CancellationToken ct)
    {
        await using var target = System.IO.File.Create(path);
        await file.CopyToAsync(target, ct);
    }

    private PageResult Fail(string message)
    {
        Error = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private static bool IsId(string id) => IdPattern().IsMatch(id);

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex IdPattern();
}
