using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Qalam.Localization;

public static class LocalizationSetup
{
    /// <summary>The interface culture for a content language: the one its resource files are looked up in.</summary>
    public static CultureInfo Culture(string language) => Language.For(language).Interface;

    public static WebApplicationBuilder AddQalamLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.AddSingleton<Languages>();
        builder.Services.AddOptions<RequestLocalizationOptions>().Configure<Languages>((o, languages) =>
        {
            var cultures = languages.All.Select(l => l.Interface).ToList();
            o.DefaultRequestCulture = new RequestCulture(languages.Default.Interface);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            // The public site speaks the default language unless a page says otherwise; the admin adds the signed-in person's choice (a cookie).
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        return builder;
    }

    public static WebApplication UseQalamLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }
}
