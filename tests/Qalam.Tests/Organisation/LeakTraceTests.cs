using Qalam.Organisation;

namespace Qalam.Tests.Organisation;

public sealed class LeakTraceTests
{
    private static readonly Guid Copy = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    [Theory]
    [InlineData("QALAM-COPY-0F8FAD5B-D9CB-469F-A165-70867728950E")]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData("نسخة رقم QALAM-COPY-0F8FAD5B-D9CB-469F-A165-70867728950E | leaker@example.org | 2026-01-18 10:00")]
    [InlineData("  QALAM-COPY-0f8fad5b-d9cb-469f-a165-70867728950e\n")]
    public void The_identifier_is_found_in_what_an_administrator_types_or_copies(string text) =>
        Assert.Equal(Copy, LeakTrace.FromText(text));

    [Theory]
    [InlineData("")]
    [InlineData("QALAM-COPY-")]
    [InlineData("بيان رقم (1) لعام 2026")]
    [InlineData("0f8fad5b-d9cb-469f-a165")]
    public void Text_without_an_identifier_finds_nothing(string text) => Assert.Null(LeakTrace.FromText(text));

    [Fact]
    public void A_file_that_is_not_a_pdf_finds_nothing() => Assert.Null(LeakTrace.FromPdf("%PDF-1.4 broken"u8.ToArray()));

    [Fact]
    public void The_printed_identifier_is_upper_case_with_a_prefix() =>
        Assert.Equal("QALAM-COPY-0F8FAD5B-D9CB-469F-A165-70867728950E", new CopyStamp(Copy, "سلمى", "s@example.org", "2026-01-18").Identifier);
}
