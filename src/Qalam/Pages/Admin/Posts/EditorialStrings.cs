namespace Qalam.Pages.Admin.Posts;

/// <summary>Marker for the editorial screens' strings (posts, categories, tags): EditorialStrings.resx (Arabic, neutral) and EditorialStrings.en.resx.</summary>
public sealed class EditorialStrings;
