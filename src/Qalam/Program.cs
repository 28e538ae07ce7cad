using Qalam.Accounts;
using Qalam.Api;
using Qalam.Api.Admin;
using Qalam.Backups;
using Qalam.Caching;
using Qalam.Cli;
using Qalam.Comments;
using Qalam.Content;
using Qalam.Data;
using Qalam.Feeds;
using Qalam.Hosting;
using Qalam.Import;
using Qalam.Localization;
using Qalam.Media;
using Qalam.Observability;
using Qalam.Organisation;
using Qalam.ScaleOut;
using Qalam.Pages;
using Qalam.Pages.Admin;
using Qalam.Pages.Admin.Posts;
using Qalam.Search;
using Qalam.Sharing;
using Qalam.Theme;
using Qalam.Webhooks;

// Qalam is one program: `serve` runs the site, the other verbs (users, demo, …) run against the same host and data.
return await QalamCli.RunAsync(args, BuildSite);

// The table of contents: what each feature adds to the host, and what it maps.
static WebApplication BuildSite(string[] args)
{
    var builder = WebApplication.CreateBuilder(HostingSetup.Options(args));
    builder.AddQalamHosting();
    builder.AddQalamObservability();
    builder.AddQalamData();
    builder.AddQalamLocalization();
    builder.AddQalamAccounts();
    builder.AddQalamContent();
    builder.AddQalamMedia();
    builder.AddQalamFeeds();
    builder.AddQalamEditorial();
    builder.AddQalamImport();
    builder.AddQalamOrganisation();
    builder.AddQalamSearch();
    builder.AddQalamComments();
    builder.AddQalamCaching();
    builder.AddQalamTheme();
    builder.AddQalamBackups();
    builder.AddQalamApi();
    builder.AddQalamAdminApi();
    builder.AddQalamWebhooks();
    builder.AddQalamScaleOut();
    builder.Services.AddRazorPages().AddQalamAdmin().AddQalamPageCache().AddQalamLanguageAddresses();

    var app = builder.Build();
    app.UseQalamHosting();
    app.UseQalamObservability();
    app.UseQalamLocalization();
    app.UseQalamAccounts();
    app.UseQalamApi();
    app.UseQalamCaching();
    app.UseQalamImport();
    app.MapQalamHealth();
    app.MapQalamMedia();
    app.MapQalamFeeds();
    app.MapQalamOrganisation();
    app.MapQalamSharing();
    app.MapQalamTheme();
    app.MapQalamSearch();
    app.MapQalamApi();
    app.MapQalamAdminApi();
    app.MapRazorPages();
    return app;
}
