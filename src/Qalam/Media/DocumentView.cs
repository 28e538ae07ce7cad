namespace Qalam.Media;

/// <summary>What a document's public page shows.</summary>
public sealed record DocumentView(int Id, string Title, string FileName, string StoragePath, long SizeBytes, DateTimeOffset CreatedUtc)
{
    public string Url => Content.Urls.Media(StoragePath);

    public string PagePath => "/documents/" + Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
