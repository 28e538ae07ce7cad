using Microsoft.EntityFrameworkCore;
using Qalam.Data;

namespace Qalam.Content;

/// <summary>One translated text as a form sent it: empty means "no translation" (readers get the default language's).</summary>
public sealed record TextEdit(TextField Field, string Language, string? Text);

/// <summary>
/// Writing <see cref="LocalizedText"/> rows, for the writers that own their subjects (terms, partners, settings): the
/// rows are tracked for the writer's own save, in its transaction, and that save announces a site-wide change.
/// </summary>
public static class LocalizedTextRows
{
    /// <summary>
    /// Adds, changes or removes the subject's rows as the edits say; the subject must have its id already. Returns what
    /// changed ("Name[en]"), for the audit line.
    /// </summary>
    public static async Task<IReadOnlyList<string>> SetTextsAsync(this QalamDb db, TextSubject subject, int id, IReadOnlyCollection<TextEdit>? edits, CancellationToken ct)
    {
        var changed = new List<string>();
        if (edits is null || edits.Count == 0) return changed;
        if (id <= 0) throw new InvalidOperationException("Translated texts need their subject saved first.");
        var rows = await db.LocalizedTexts.Where(t => t.Subject == subject && t.SubjectId == id).ToListAsync(ct);
        foreach (var edit in edits)
        {
            var row = rows.FirstOrDefault(r => r.Field == edit.Field && r.Language == edit.Language);
            var text = edit.Text?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                if (row is null) continue;
                db.LocalizedTexts.Remove(row);
            }
            else if (row is null)
            {
                db.LocalizedTexts.Add(new LocalizedText { Subject = subject, SubjectId = id, Field = edit.Field, Language = edit.Language, Text = text });
            }
            else if (row.Text != text)
            {
                row.Text = text;
            }
            else
            {
                continue;
            }
            changed.Add($"{edit.Field}[{edit.Language}]");
        }
        return changed;
    }

    /// <summary>Removes every text of a subject being deleted (tracked for the same save).</summary>
    public static async Task RemoveTextsAsync(this QalamDb db, TextSubject subject, int id, CancellationToken ct) =>
        db.LocalizedTexts.RemoveRange(await db.LocalizedTexts.Where(t => t.Subject == subject && t.SubjectId == id).ToListAsync(ct));
}
