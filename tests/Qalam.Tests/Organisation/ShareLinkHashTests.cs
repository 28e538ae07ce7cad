using Qalam.Organisation;

namespace Qalam.Tests.Organisation;

public sealed class ShareLinkHashTests
{
    [Fact]
    public void The_token_hash_is_lower_case_hex_sha256() =>
        Assert.Equal("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", ShareLinks.Hash("hello"));
}
