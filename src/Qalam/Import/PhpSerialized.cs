using System.Globalization;
using System.Text;

namespace Qalam.Import;

/// <summary>
/// PHP's serialize() format, read as far as WordPress plugins use it in what an export carries (Polylang keeps a
/// translation group as <c>a:2:{s:2:"ar";i:12;s:2:"en";i:15;}</c> in a term's description). Pure, and never trusts the
/// text: a malformed or hostile value (bad lengths, deep nesting) reads as nothing rather than failing the import.
/// </summary>
internal static class PhpSerialized
{
    private const int MaxDepth = 16;

    /// <summary>The array's entries in order (integer keys as their digits), or null when the text is not one serialized array.</summary>
    public static IReadOnlyList<KeyValuePair<string, object?>>? ParseArray(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var reader = new Reader(Encoding.UTF8.GetBytes(text.Trim()));
        try
        {
            return reader.Value(0) is List<KeyValuePair<string, object?>> array && reader.AtEnd ? array : null;
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The array's string keys whose values are whole numbers; other entries (Polylang Pro's "sync" list) are left out.</summary>
    public static Dictionary<string, long> IntegersByKey(string? text)
    {
        var found = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (key, value) in ParseArray(text) ?? [])
        {
            if (value is long n) found.TryAdd(key, n);
            else if (value is string s && long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)) found.TryAdd(key, parsed);
        }
        return found;
    }

    private sealed class Reader(byte[] bytes)
    {
        private int _at;

        public bool AtEnd => _at == bytes.Length;

        public object? Value(int depth)
        {
            if (depth > MaxDepth) throw new FormatException("Nested too deeply.");
            var type = Next();
            if (type == 'N')
            {
                Expect(';');
                return null;
            }
            Expect(':');
            switch (type)
            {
                case 'b':
                    return Until(';') == "1";
                case 'i':
                    return long.Parse(Until(';'), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                case 'd':
                    return double.TryParse(Until(';'), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN;
                case 's':
                    var length = int.Parse(Until(':'), NumberStyles.None, CultureInfo.InvariantCulture);
                    Expect('"');
                    if (length > bytes.Length - _at) throw new FormatException("A string runs past the end.");
                    var text = Encoding.UTF8.GetString(bytes, _at, length);
                    _at += length;
                    Expect('"');
                    Expect(';');
                    return text;
                case 'a':
                    var count = int.Parse(Until(':'), NumberStyles.None, CultureInfo.InvariantCulture);
                    Expect('{');
                    var entries = new List<KeyValuePair<string, object?>>(Math.Min(count, 64));
                    for (var i = 0; i < count; i++)
                    {
                        var key = Value(depth + 1) switch
                        {
                            long n => n.ToString(CultureInfo.InvariantCulture),
                            string s => s,
                            _ => throw new FormatException("An array key is neither a number nor a string."),
                        };
                        entries.Add(new(key, Value(depth + 1)));
                    }
                    Expect('}');
                    return entries;
                default:
                    throw new FormatException($"Unknown type '{type}'.");
            }
        }

        private char Next() => _at < bytes.Length ? (char)bytes[_at++] : throw new FormatException("Ends too early.");

        private void Expect(char c)
        {
            if (Next() != c) throw new FormatException($"Expected '{c}'.");
        }

        private string Until(char end)
        {
            var stop = Array.IndexOf(bytes, (byte)end, _at);
            if (stop < 0 || stop - _at > 32) throw new FormatException($"Expected '{end}'.");
            var text = Encoding.ASCII.GetString(bytes, _at, stop - _at);
            _at = stop + 1;
            return text;
        }
    }
}
