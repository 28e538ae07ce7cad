using SkiaSharp;

namespace Qalam.Load;

/// <summary>
/// One PNG per scenario, three panels over the same time axis: request rate (target, answered, failed), latency
/// (p50, p99, max; log scale, so 5 ms and 5 s both read), and the site's resident memory. Dashed lines mark the phases.
/// </summary>
public static class Chart
{
    private const int Width = 1400, Left = 110, Right = 40, Top = 70, PanelHeight = 270, Gap = 80;
    private static readonly SKColor Target = new(0x88, 0x88, 0x88), Answered = new(0x1f, 0x6f, 0xb4), FailedColor = new(0xd6, 0x27, 0x28),
        P50 = new(0x1f, 0x6f, 0xb4), P99 = new(0xe0, 0x6c, 0x00), MaxColor = new(0xbb, 0xbb, 0xbb), Rss = new(0x6a, 0x3d, 0x9a), Anon = new(0x2c, 0xa0, 0x2c);

    public static void Draw(Scenario.Result r, string title, TimeSpan window, double? p99Bound, string path)
    {
        var height = Top + 3 * PanelHeight + 2 * Gap + 70;
        using var surface = SKSurface.Create(new SKImageInfo(Width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var face = SKTypeface.FromFamilyName("DejaVu Sans") ?? SKTypeface.Default;
        using var font = new SKFont(face, 17);
        using var bold = new SKFont(face, 22) { Embolden = true };
        using var ink = new SKPaint { IsAntialias = true, Color = new SKColor(0x22, 0x22, 0x22) };
        canvas.DrawText(title, Left, 38, SKTextAlign.Left, bold, ink);

        var rows = r.Rows;
        var end = Math.Max(1, rows.Count == 0 ? 1 : rows[^1].Seconds);
        var ends = rows.Select(x => x.Seconds).ToArray();
        var spans = ends.Select((s, i) => Math.Max(1e-3, s - (i == 0 ? 0 : ends[i - 1]))).ToArray();
        // Each window's figures are drawn at its middle.
        var t = ends.Select((s, i) => s - spans[i] / 2).ToArray();
        var panels = new Panel[3];
        for (var i = 0; i < 3; i++) panels[i] = new Panel(canvas, font, ink, new SKRect(Left, Top + i * (PanelHeight + Gap), Width - Right, Top + i * (PanelHeight + Gap) + PanelHeight), end);

        var rate = panels[0];
        var rates = rows.Select((x, i) => x.Requests.Answered / spans[i]).ToArray();
        var fails = rows.Select((x, i) => x.Requests.Failed / spans[i]).ToArray();
        rate.Axis("requests per second", 0, 1.1 * rates.Concat(rows.Select(x => x.TargetRate)).DefaultIfEmpty(1).Max(), log: false);
        rate.Steps(r.Phases, r.PhaseStarts, end, Target);
        rate.Line(t, rates, Answered, 3);
        if (fails.Any(f => f > 0)) rate.Line(t, fails, FailedColor, 3);
        rate.Legend([("target (open model)", Target), ("answered", Answered), .. fails.Any(f => f > 0) ? new[] { ("failed", FailedColor) } : []]);

        var lat = panels[1];
        var all = rows.SelectMany(x => new[] { x.Requests.P50, x.Requests.P99, x.Requests.Max }).Where(v => v > 0 && !double.IsNaN(v))
            .Concat(p99Bound is { } b ? [b] : []).DefaultIfEmpty(1).ToList();
        lat.Axis($"latency per {window.TotalSeconds:0} s window, ms (log scale)", Math.Pow(10, Math.Floor(Math.Log10(all.Min()))), Math.Pow(10, Math.Ceiling(Math.Log10(all.Max()) + 0.01)), log: true);
        lat.Line(t, rows.Select(x => x.Requests.Max).ToArray(), MaxColor, 2);
        lat.Line(t, rows.Select(x => x.Requests.P50).ToArray(), P50, 3);
        lat.Line(t, rows.Select(x => x.Requests.P99).ToArray(), P99, 3);
        lat.Legend([("p50", P50), ("p99", P99), ("max", MaxColor)]);
        if (p99Bound is { } bound) lat.Level(bound, $"p99 bound {bound:0} ms", FailedColor);

        var mem = panels[2];
        mem.Axis("site resident memory, MB", 0, 1.15 * rows.Select(x => x.Site.RssMb).Where(v => !double.IsNaN(v)).DefaultIfEmpty(1).Max(), log: false);
        mem.Line(t, rows.Select(x => x.Site.RssMb).ToArray(), Rss, 3);
        mem.Line(t, rows.Select(x => x.Site.AnonMb).ToArray(), Anon, 3);
        mem.Legend([("VmRSS (with mapped database)", Rss), ("RssAnon (own heap)", Anon)]);

        foreach (var p in panels) p.PhaseMarks(r.PhaseStarts);
        panels[2].TimeLabel("time since start, s");
        using var png = surface.Snapshot().Encode(SKEncodedImageFormat.Png, 100);
        using var file = File.Create(path);
        png.SaveTo(file);
    }
}
