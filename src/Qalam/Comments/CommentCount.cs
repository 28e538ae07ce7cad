using Microsoft.Extensions.Localization;
using Qalam.Content;

namespace Qalam.Comments;

/// <summary>«٣ تعليقات»: Arabic counts take the noun form their number asks for, in the site's digits.</summary>
public static class CommentCount
{
    public static string Format(int n, string language, SiteContext site, IStringLocalizer<CommentStrings> c)
    {
        var key = n switch { 0 => "CountZero", 1 => "CountOne", 2 => "CountTwo", <= 10 => "CountFew", _ => "CountMany" };
        // Above a hundred the last two digits decide (١٠٣ تعليقات, ١١١ تعليقًا).
        if (n > 100 && n % 100 is >= 3 and <= 10) key = "CountFew";
        return string.Format(c[key], site.FormatNumber(n, language));
    }
}
