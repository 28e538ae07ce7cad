using Qalam.Theme;

namespace Qalam.Tests.Theme;

public sealed class ThemePaletteTests
{
    [Theory]
    [InlineData("#0b5d4b")] // the default green: already dark enough for links on white
    [InlineData("#f5d000")] // a bright yellow: black text on the band, links darkened
    [InlineData("#ffffff")] // white: the band is white with black text, links become black
    [InlineData("#000000")] // black: the dark scheme's links become light
    [InlineData("#1d4ed8")] // a mid blue
    [InlineData("#e11d48")] // a red near the point where black and white read alike
    [InlineData("#777777")] // the grey where white text just fails 4.5:1
    public void Every_colour_an_editor_may_choose_gives_text_that_passes_AA_in_light_and_dark(string colour)
    {
        Assert.True(Rgb.TryParse(colour, out var primary));
        foreach (var (palette, backgrounds) in new[] { (ThemePalette.Light(primary), ThemePalette.LightBackgrounds), (ThemePalette.Dark(primary), ThemePalette.DarkBackgrounds) })
        {
            Assert.True(palette.Brand.ContrastWith(palette.BrandText) >= 4.5, $"band text on {palette.Brand}");
            Assert.True(palette.Accent.ContrastWith(palette.AccentText) >= 4.5, $"button text on {palette.Accent}");
            Assert.True(palette.Footer.ContrastWith(palette.FooterText) >= 7, $"footer text on {palette.Footer}");
            Assert.All(backgrounds, bg => Assert.True(palette.Accent.ContrastWith(bg) >= 4.5, $"link {palette.Accent} on {bg}"));
        }
    }

    [Fact]
    public void The_light_band_keeps_the_colour_the_editor_chose()
    {
        Assert.True(Rgb.TryParse("#F5D000", out var yellow));
        Assert.Equal("#f5d000", ThemePalette.Light(yellow).Brand.ToString());
        Assert.Equal(Rgb.Black, ThemePalette.Light(yellow).BrandText);
    }

    [Theory]
    [InlineData("#0b5d4b", true)]
    [InlineData(" #0B5D4B ", true)]
    [InlineData("#fff", false)]
    [InlineData("red", false)]
    [InlineData("#0b5d4g", false)]
    [InlineData("0b5d4b", false)]
    [InlineData("", false)]
    public void Only_six_digit_hex_colours_are_read(string text, bool valid) => Assert.Equal(valid, Rgb.TryParse(text, out _));

    [Fact]
    public void Contrast_follows_wcag() => Assert.Equal(21, Rgb.Black.ContrastWith(Rgb.White), 3);
}
