namespace Qalam.Comments;

/// <summary>Marker for the comments' strings: CommentStrings.resx (Arabic, neutral) and CommentStrings.en.resx.</summary>
public sealed class CommentStrings;
