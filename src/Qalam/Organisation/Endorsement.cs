namespace Qalam.Organisation;

/// <summary>The structured half of an endorsement post (its <see cref="Content.Post.Kind"/> is Endorsement).</summary>
public sealed class Endorsement
{
    public int PostId { get; set; }
    public Content.Post Post { get; set; } = null!;
    public int PartnerId { get; set; }
    public Partner Partner { get; set; } = null!;
    public DateOnly EndorsedOn { get; set; }
    public string? Quote { get; set; }
    public int? LetterMediaId { get; set; }
    public Media.MediaItem? Letter { get; set; }
}
