using SkiaSharp;

namespace Qalam.Load;

/// <summary>One plot area of a chart: axes with ticks and labels, lines, a legend.</summary>
internal sealed class Panel(SKCanvas canvas, SKFont font, SKPaint ink, SKRect area, double end)
{
    private double _min, _max;
    private bool _log;

    public void Axis(string label, double min, double max, bool log)
    {
        (_min, _max, _log) = (min, max <= min ? min + 1 : max, log);
        using var grid = new SKPaint { Color = new SKColor(0xe6, 0xe6, 0xe6), StrokeWidth = 1 };
        using var frame = new SKPaint { Color = new SKColor(0x55, 0x55, 0x55), StrokeWidth = 1.5f, Style = SKPaintStyle.Stroke };
        foreach (var v in YTicks())
        {
            var y = Y(v);
            canvas.DrawLine(area.Left, y, area.Right, y, grid);
            canvas.DrawText(Format(v), area.Left - 10, y + 6, SKTextAlign.Right, font, ink);
        }
        foreach (var s in Ticks(0, end))
        {
            var x = X(s);
            canvas.DrawLine(x, area.Top, x, area.Bottom, grid);
            canvas.DrawText(Format(s), x, area.Bottom + 22, SKTextAlign.Center, font, ink);
        }
        canvas.DrawRect(area, frame);
        canvas.DrawText(label, area.Left, area.Top - 10, SKTextAlign.Left, font, ink);
    }

    public void TimeLabel(string label) => canvas.DrawText(label, area.MidX, area.Bottom + 50, SKTextAlign.Center, font, ink);

    public void Line(double[] t, double[] v, SKColor color, float width)
    {
        using var paint = new SKPaint { Color = color, StrokeWidth = width, Style = SKPaintStyle.Stroke, IsAntialias = true, StrokeJoin = SKStrokeJoin.Round };
        using var builder = new SKPathBuilder();
        var open = false;
        for (var i = 0; i < t.Length; i++)
        {
            if (double.IsNaN(v[i]) || (_log && v[i] <= 0)) { open = false; continue; }
            var point = new SKPoint(X(t[i]), Y(v[i]));
            if (open) builder.LineTo(point); else builder.MoveTo(point);
            open = true;
        }
        using var path = builder.Detach();
        canvas.DrawPath(path, paint);
        using var dot = new SKPaint { Color = color, IsAntialias = true };
        for (var i = 0; i < t.Length; i++) if (!double.IsNaN(v[i]) && !(_log && v[i] <= 0)) canvas.DrawCircle(X(t[i]), Y(v[i]), width + 1, dot);
    }

    /// <summary>The target rate as a step line, phase by phase.</summary>
    public void Steps(IReadOnlyList<Phase> phases, IReadOnlyList<double> starts, double runEnd, SKColor color)
    {
        using var paint = new SKPaint { Color = color, StrokeWidth = 2, Style = SKPaintStyle.Stroke, PathEffect = SKPathEffect.CreateDash([10, 6], 0) };
        for (var i = 0; i < starts.Count; i++)
        {
            var stop = i + 1 < starts.Count ? starts[i + 1] : runEnd;
            canvas.DrawLine(X(starts[i]), Y(phases[i].Rate), X(stop), Y(phases[i].Rate), paint);
        }
    }

    /// <summary>A level to compare with, such as the ramp's p99 bound, labelled at the right.</summary>
    public void Level(double v, string label, SKColor color)
    {
        using var paint = new SKPaint { Color = color, StrokeWidth = 2, PathEffect = SKPathEffect.CreateDash([12, 6], 0) };
        canvas.DrawLine(area.Left, Y(v), area.Right, Y(v), paint);
        using var text = new SKPaint { IsAntialias = true, Color = color };
        canvas.DrawText(label, area.Right - 8, Y(v) - 8, SKTextAlign.Right, font, text);
    }

    public void PhaseMarks(IReadOnlyList<double> starts)
    {
        using var paint = new SKPaint { Color = new SKColor(0x99, 0x99, 0x99), StrokeWidth = 1, PathEffect = SKPathEffect.CreateDash([4, 4], 0) };
        foreach (var s in starts.Skip(1)) canvas.DrawLine(X(s), area.Top, X(s), area.Bottom, paint);
    }

    public void Legend(IReadOnlyList<(string Label, SKColor Color)> items)
    {
        var x = area.Right;
        foreach (var (label, color) in items.Reverse())
        {
            var w = font.MeasureText(label);
            x -= w + 10;
            canvas.DrawText(label, x, area.Top - 10, SKTextAlign.Left, font, ink);
            using var swatch = new SKPaint { Color = color, StrokeWidth = 4 };
            canvas.DrawLine(x - 34, area.Top - 16, x - 8, area.Top - 16, swatch);
            x -= 54;
        }
    }

    private float X(double seconds) => area.Left + (float)(seconds / end) * area.Width;

    private float Y(double v)
    {
        var f = _log ? (Math.Log10(v) - Math.Log10(_min)) / (Math.Log10(_max) - Math.Log10(_min)) : (v - _min) / (_max - _min);
        return area.Bottom - (float)Math.Clamp(f, 0, 1) * area.Height;
    }

    private IEnumerable<double> YTicks()
    {
        if (!_log) return Ticks(_min, _max);
        var decades = new List<double>();
        for (var v = _min; v <= _max * 1.0001; v *= 10) decades.Add(v);
        return decades.Count > 2 ? decades : decades.SelectMany(d => new[] { d, 2 * d, 5 * d }).Where(v => v <= _max * 1.0001);
    }

    /// <summary>About six round ticks: steps of 1, 2 or 5 times a power of ten.</summary>
    private static IEnumerable<double> Ticks(double min, double max)
    {
        var raw = (max - min) / 6;
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 5, 10 }.Select(m => m * power).First(s => s >= raw);
        for (var v = Math.Ceiling(min / step) * step; v <= max + step / 1000; v += step) yield return v;
    }

    private static string Format(double v) => v >= 1 || v == 0
        ? v.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture)
        : v.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}
