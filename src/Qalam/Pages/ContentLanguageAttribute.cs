using System.Globalization;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Qalam.Pages;

/// <summary>
/// Renders a public page in its content's language. The handler decides the language (an English post), but a culture
/// set inside an async handler does not flow back out to the view; a result filter wraps the rendering, so it does.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class ContentLanguageAttribute : Attribute, IAsyncResultFilter
{
    public const string ItemKey = "qalam.content-language";

    public Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        if (context.HttpContext.Items[ItemKey] is string language)
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = Localization.LocalizationSetup.Culture(language);
        }
        return next();
    }
}
