using Qalam.Pages.Admin.Settings;

namespace Qalam.Tests.Pages;

public sealed class TimeZoneChoicesTests
{
    [Theory]
    [InlineData("طرابلس", "Africa/Tripoli", "the Arabic city name")]
    [InlineData("طرابلس — أفريقيا", "Africa/Tripoli", "the label the suggestions show")]
    [InlineData("tripoli", "Africa/Tripoli", "the English name, any case")]
    [InlineData("New York", "America/New_York", "a space where the id has an underscore")]
    [InlineData("Europe/Berlin", "Europe/Berlin", "the id itself")]
    [InlineData("  برلين ", "Europe/Berlin", "surrounding spaces")]
    public void A_city_is_found_by_the_names_people_type(string typed, string id, string reason) =>
        Assert.True(TimeZoneChoices.Find(typed) == id, reason);

    [Fact]
    public void Tripoli_comes_first_and_no_name_shows_an_underscore()
    {
        var groups = TimeZoneChoices.Groups("ar", "المقترحة");

        Assert.Equal(("المقترحة", "Africa/Tripoli", "طرابلس"), (groups[0].Region, groups[0].Zones[0].Id, groups[0].Zones[0].City));
        Assert.DoesNotContain(groups.SelectMany(g => g.Zones), z => z.City.Contains('_'));
        Assert.Single(groups.SelectMany(g => g.Zones), z => z.Id == "Africa/Tripoli");
    }
}
