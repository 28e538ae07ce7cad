using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Media;

public sealed class MediaOptionsTests
{
    [Theory]
    [InlineData("Qalam:Media:MaxImageBytes", "0")]
    [InlineData("Qalam:Media:MaxDocumentBytes", "-5")]
    [InlineData("Qalam:Media:MaxImagePixels", "0")]
    public void The_app_refuses_to_start_with_a_meaningless_upload_limit(string key, string value)
    {
        using var factory = new QalamFactory(demo: false);
        using var configured = factory.WithWebHostBuilder(b => b.UseSetting(key, value));
        var error = Assert.ThrowsAny<OptionsValidationException>(() => configured.Services);
        Assert.Contains(key.Split(':')[^1], error.Message);
    }
}
