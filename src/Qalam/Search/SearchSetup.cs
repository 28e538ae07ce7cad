namespace Qalam.Search;

public static class SearchSetup
{
    /// <summary>Search: the analyser-backed index kept in step with posts by <see cref="SearchIndexInterceptor"/>, and the public search.</summary>
    public static WebApplicationBuilder AddQalamSearch(this WebApplicationBuilder builder)
    {
        // One store per database: the same posting blocks, read and written in each one's SQL.
        if (Data.DatabaseProvider.Read(builder.Configuration["Qalam:Database"], builder.Configuration.GetConnectionString("Default")).IsPostgres)
        {
            builder.Services.AddSingleton<ISearchStore, PostgresSearchStore>();
        }
        else
        {
            builder.Services.AddSingleton<ISearchStore, SqliteSearchStore>();
        }
        builder.Services.AddSingleton<SearchIndexer>();
        builder.Services.AddSingleton<SearchRanker>();
        builder.Services.AddSingleton<SearchIndexInterceptor>();
        builder.Services.AddScoped<PostSearch>();
        builder.Services.AddSingleton<Synonyms>();
        builder.Services.AddSingleton<QueryLog>();
        builder.Services.AddHostedService<QueryLogFlusher>();
        builder.Services.AddScoped<ReaderQueries>();
        builder.Services.AddScoped<AdminTextSearch>();
        builder.Services.AddScoped<TypeAhead>();
        builder.Services.AddSingleton<TypeAheadCache>();
        return builder;
    }
}
