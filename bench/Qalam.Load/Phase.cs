using System.Globalization;

namespace Qalam.Load;

/// <summary>A stretch of the run at one arrival rate: "60s@200" is 60 seconds at 200 requests per second.</summary>
public sealed record Phase(TimeSpan Duration, double Rate)
{
    public static IReadOnlyList<Phase> ParseList(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Parse).ToList();

    public static Phase Parse(string text)
    {
        var at = text.Split('@');
        if (at.Length != 2) throw new FormatException($"A phase is DURATION@RATE, e.g. 60s@200: '{text}'.");
        var rate = double.Parse(at[1], CultureInfo.InvariantCulture);
        if (rate <= 0) throw new FormatException($"A phase's rate must be above zero: '{text}'.");
        return new Phase(ParseDuration(at[0]), rate);
    }

    public static TimeSpan ParseDuration(string text)
    {
        var unit = text[^1];
        var number = char.IsDigit(unit) ? text : text[..^1];
        var value = double.Parse(number, CultureInfo.InvariantCulture);
        return unit switch
        {
            'm' => TimeSpan.FromMinutes(value),
            'h' => TimeSpan.FromHours(value),
            _ => TimeSpan.FromSeconds(value),
        };
    }

    public override string ToString() => $"{Duration.TotalSeconds:0}s@{Rate:0.#}";
}
