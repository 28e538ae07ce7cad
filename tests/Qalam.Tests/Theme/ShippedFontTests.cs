namespace Qalam.Tests.Theme;

public sealed class ShippedFontTests
{
    [Fact]
    public void The_icon_letters_come_from_the_shipped_font_not_the_machines()
    {
        using var stream = typeof(Qalam.Theme.SiteIcons).Assembly.GetManifestResourceStream("Qalam.Theme.icon-letters.ttf")!;
        using var typeface = SkiaSharp.SKTypeface.FromStream(stream);
        Assert.NotNull(typeface);
        using var font = new SkiaSharp.SKFont(typeface);
        Assert.NotEqual(0, font.GetGlyph('م'));
        Assert.NotEqual(0, font.GetGlyph('Q'));
    }
}
