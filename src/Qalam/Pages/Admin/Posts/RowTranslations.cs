using Qalam.Content;
using Qalam.Localization;

namespace Qalam.Pages.Admin.Posts;

/// <summary>What the post list shows of one row's translation group (_RowTranslations), with the list that asks whose links to give.</summary>
public sealed record RowTranslations(PostListModel Listing, int PostId, TranslationGroup Group, IReadOnlyList<Language> Missing);
