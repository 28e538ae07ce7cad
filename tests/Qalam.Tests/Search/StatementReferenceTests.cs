using Qalam.Search;

namespace Qalam.Tests.Search;

public sealed class StatementReferenceTests
{
    [Theory]
    [InlineData("بيان رقم 3", 3, null)]
    [InlineData("البيان 3 لسنة 2026", 3, 2026)]
    [InlineData("بيان ٣", 3, null)] // Arabic-Indic digits
    [InlineData("بيان 3 لعام 2026", 3, 2026)]
    [InlineData("بيان رقم (3) لعام 2026", 3, 2026)] // the heading, pasted
    [InlineData("«بيان رقم ١٢ لعام ٢٠٢٥»", 12, 2025)] // quoted, in Arabic-Indic digits
    [InlineData("البيان رقم 3 لسنة 2026م", 3, 2026)]
    [InlineData("بيان 3/2026", 3, 2026)]
    [InlineData("بيان  رقم   7  عام 2026", 7, 2026)] // extra spaces
    [InlineData("بيان3", 3, null)]
    [InlineData("Statement 3", 3, null)]
    [InlineData("statement no. 4 of 2026", 4, 2026)]
    public void A_number_query_names_a_statement(string query, int number, int? year) =>
        Assert.Equal(new StatementReference(number, year), StatementReference.Parse(query));

    [Theory]
    [InlineData("بيان")] // no number
    [InlineData("بيان حول الاحتيال")] // words, not a number
    [InlineData("بيانات 3")] // «بيانات» is data, not a statement
    [InlineData("بيان 3 حول الاحتيال")] // more than a reference: an ordinary search
    [InlineData("بيان 0")]
    [InlineData("بيان 32026")]
    [InlineData("3 بيان")]
    [InlineData("")]
    public void Other_queries_name_no_statement(string query) => Assert.Null(StatementReference.Parse(query));
}
