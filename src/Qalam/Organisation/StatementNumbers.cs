using Qalam.Data;

namespace Qalam.Organisation;

/// <summary>
/// The number each statement is known by. A translation never takes a number of its own: it shares its group's, the
/// one the first published member was given (statement 3/2026 in English is /en/statements/2026/3).
/// </summary>
public static class StatementNumbers
{
    /// <summary>Every statement with the number it shows (its own, else its translation group's); Number is null while none has one.</summary>
    public static IQueryable<NumberedStatement> Of(QalamDb db) =>
        db.Statements.Select(s => new NumberedStatement
        {
            PostId = s.PostId,
            Language = s.Post.Language,
            Own = s.Number != null,
            Year = s.Number != null ? s.Year
                : db.Statements.Where(o => o.Number != null && s.Post.TranslationGroupId != null && o.Post.TranslationGroupId == s.Post.TranslationGroupId)
                    .OrderBy(o => o.PostId).Select(o => o.Year).FirstOrDefault(),
            Number = s.Number != null ? s.Number
                : db.Statements.Where(o => o.Number != null && s.Post.TranslationGroupId != null && o.Post.TranslationGroupId == s.Post.TranslationGroupId)
                    .OrderBy(o => o.PostId).Select(o => o.Number).FirstOrDefault(),
        });
}

public sealed class NumberedStatement
{
    public int PostId { get; init; }
    public string Language { get; init; } = "";
    /// <summary>The number is this statement's own (the group's original), not a translation's borrowed one.</summary>
    public bool Own { get; init; }
    public int? Year { get; init; }
    public int? Number { get; init; }
}
