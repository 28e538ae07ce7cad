using System.Text.Json;

namespace Qalam.Backups;

/// <summary>
/// The last backup that worked and the last that failed, in data/backup-status.json (not itself archived), written by
/// the verb and by the schedule alike so the dashboard shows either.
/// </summary>
public sealed class BackupLog(string dataPath)
{
    public sealed record Success(string File, long Size, DateTimeOffset AtUtc);
    public sealed record Failure(string Reason, DateTimeOffset AtUtc);
    public sealed record State(Success? LastSuccess, Failure? LastFailure);

    public const string FileName = "backup-status.json";
    private string Path => System.IO.Path.Combine(dataPath, FileName);

    public State Read()
    {
        try
        {
            return JsonSerializer.Deserialize<State>(File.ReadAllBytes(Path)) ?? new State(null, null);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return new State(null, null);
        }
    }

    public void Succeeded(BackupSummary summary) => Write(Read() with { LastSuccess = new Success(summary.File, summary.Size, summary.Manifest.CreatedUtc) });

    public void Failed(string reason, DateTimeOffset at) => Write(Read() with { LastFailure = new Failure(reason, at) });

    private void Write(State state)
    {
        var temp = $"{Path}.{Environment.ProcessId}.tmp";
        File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(state));
        File.Move(temp, Path, overwrite: true);
    }
}
