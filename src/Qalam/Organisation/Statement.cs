namespace Qalam.Organisation;

/// <summary>The structured half of an official statement post: its number, signature, addenda and withdrawal.</summary>
public sealed class Statement
{
    public int PostId { get; set; }
    public Content.Post Post { get; set; } = null!;
    /// <summary>Assigned once at first publication; null before.</summary>
    public int? Year { get; set; }
    public int? Number { get; set; }
    public string? SignatureBlock { get; set; }
    /// <summary>The date under the signature, as the organisation writes it.</summary>
    public DateOnly? SignedOn { get; set; }
    public DateTimeOffset? WithdrawnUtc { get; set; }
    public string? WithdrawalNotice { get; set; }
    public List<StatementAddendum> Addenda { get; set; } = [];
    /// <summary>The texts corrections replaced, oldest first.</summary>
    public List<StatementVersion> Versions { get; set; } = [];
}

/// <summary>A dated correction published under a locked statement.</summary>
public sealed class StatementAddendum
{
    public int Id { get; set; }
    public int StatementPostId { get; set; }
    public string BodyHtml { get; set; } = "";
    public DateTimeOffset PublishedUtc { get; set; }
    public int? AuthorId { get; set; }
}

/// <summary>The last number given in a year; incremented in the publishing transaction.</summary>
public sealed class StatementCounter
{
    public int Year { get; set; }
    public int LastNumber { get; set; }
}
