using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Qalam.Localization;

namespace Qalam.Pages;

/// <summary>
/// Every public page answers at its address in the default language and under each other language's prefix
/// (/en/…, /en/2026/01/, /en/statements/2026/3): one more selector per page, its template prefixed by a {lang}
/// parameter that only the site's other languages match (<see cref="LanguagePrefix"/>). The admin keeps its addresses.
/// </summary>
public static class LanguageAddresses
{
    /// <summary>The route value the prefix is read from.</summary>
    // Not "lang": the search page's language filter is a query parameter of that name, and route values would win over it.
    public const string RouteKey = "siteLanguage";

    public static IMvcBuilder AddQalamLanguageAddresses(this IMvcBuilder mvc)
    {
        mvc.Services.Configure<RouteOptions>(o => o.SetParameterPolicy<LanguagePrefix>(LanguagePrefix.Name));
        return mvc.AddRazorPagesOptions(o => o.Conventions.Add(new Prefixed()));
    }

    private sealed class Prefixed : IPageRouteModelConvention
    {
        public void Apply(PageRouteModel model)
        {
            if (model.ViewEnginePath.StartsWith("/Admin/", StringComparison.Ordinal) || model.ViewEnginePath == "/Error") return;
            foreach (var selector in model.Selectors.ToList())
            {
                if (selector.AttributeRouteModel?.Template is not { } template) continue;
                model.Selectors.Add(new SelectorModel
                {
                    AttributeRouteModel = new AttributeRouteModel
                    {
                        Template = AttributeRouteModel.CombineTemplates($"{{{RouteKey}:{LanguagePrefix.Name}}}", template),
                        Order = selector.AttributeRouteModel.Order,
                    },
                });
            }
        }
    }
}

/// <summary>Matches the code of one of the site's languages other than the default, as written in its addresses (lower case).</summary>
public sealed class LanguagePrefix(Languages languages) : IRouteConstraint
{
    public const string Name = "sitelanguage";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string code && languages.Find(code) is { } language
        && language != languages.Default && language.Code == code;
}
