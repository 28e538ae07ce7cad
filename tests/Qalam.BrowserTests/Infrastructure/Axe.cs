using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Qalam.BrowserTests.Infrastructure;

/// <summary>
/// Runs axe-core in each frame of a page and returns its violations. The check is run in place rather than through
/// the package's default mode, which finishes every run in a new blank page with axe injected again (three quarters of
/// the time of a page's check).
/// </summary>
internal static class Axe
{
    private static readonly string Source = new BundledAxeScriptProvider().GetScript();

    // axe-core takes a font for an icon font when its first three texts draw differently letter by letter than whole,
    // and then skips every text in that font for the contrast rule. Arabic letters join, so the site's fonts were
    // taken for icon fonts and no text in them was checked. The site uses no icon fonts (its icons are SVG): every
    // font on the page is declared plain text before the run.
    private const string Run = """
        async () => {
            const fonts = {};
            for (const element of document.querySelectorAll('html, html *')) {
                fonts[getComputedStyle(element).getPropertyValue('font-family')] = { occurrences: 3, numLigatures: 0 };
            }
            window.axe._cache.set('fonts', fonts);
            const result = await window.axe.run(document, { resultTypes: ['violations'] });
            return result.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => JSON.stringify(n.target)) }));
        }
        """;

    public sealed record Violation(string Id, string? Impact, string Help, string[] Targets);

    public static async Task<IReadOnlyList<Violation>> ViolationsAsync(IPage page)
    {
        // The source as a function body, evaluated by the browser's debugger: the site's CSP forbids eval().
        foreach (var frame in page.Frames) await frame.EvaluateAsync($"() => {{ {Source} }}");
        var found = await page.EvaluateAsync<JsonElement>(Run);
        return found.Deserialize<Violation[]>(JsonSerializerOptions.Web) ?? [];
    }
}
