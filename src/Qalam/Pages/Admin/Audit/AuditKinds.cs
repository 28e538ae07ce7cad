using System.Linq.Expressions;
using Qalam.Accounts;

namespace Qalam.Pages.Admin.Audit;

/// <summary>The log's filter by kind of action: families of action keys, named as editors would name them.</summary>
public static class AuditKinds
{
    public sealed record Kind(string Value, string LabelKey, params string[] Prefixes)
    {
        public Expression<Func<AuditEntry, bool>> Matches()
        {
            // One OR of StartsWith per prefix, which every provider translates to LIKE 'prefix%'.
            var e = Expression.Parameter(typeof(AuditEntry), "e");
            var action = Expression.Property(e, nameof(AuditEntry.Action));
            var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
            var any = Prefixes.Select(p => (Expression)Expression.Call(action, startsWith, Expression.Constant(p))).Aggregate(Expression.OrElse);
            return Expression.Lambda<Func<AuditEntry, bool>>(any, e);
        }
    }

    public static readonly IReadOnlyList<Kind> All =
    [
        new("content", "KindContent", "post-", "category-", "tag-", "comment-", "endorsement-", "statement-", "partner-", "transparency-", "import-", "synonyms-"),
        new("media", "KindMedia", "media-"),
        new("people", "KindPeople", "person-", "role-", "profile-", "password-reset-link-"),
        new("sign-in", "KindSignIn", "sign-", "account-", "password-", "two-factor-", "recovery-"),
        new("confidential", "KindConfidential", "confidential-", "share-link-"),
        new("settings", "KindSettings", "settings-", "audit-"),
    ];

    public static Kind? Find(string? value) => All.FirstOrDefault(k => k.Value == value);
}
