using Hotline.Dashboard.Api;
using Hotline.Dashboard.Auth;
using Hotline.Dashboard.Evidence;
using Hotline.Dashboard.Hosting;
using Hotline.Dashboard.Live;
using Hotline.Domain;
using Hotline.Domain.Calendar;
using Hotline.Domain.Reference;
using Orleans.Dashboard;

var builder = WebApplication.CreateBuilder(args);
var options = builder.Configuration.GetSection(HotlineClientOptions.Section).Get<HotlineClientOptions>() ?? new HotlineClientOptions();
var dataDirectory = DataDirectory.Resolve(options.DataDirectory);

builder.AddHotlineClient(options);
builder.AddHotlineAuth(options);
builder.AddHotlineLive();
builder.AddHotlineDashboardTelemetry();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(_ => ReferenceData.LoadDefault(dataDirectory));
builder.Services.AddSingleton(_ => WorkingCalendar.LoadDefault(dataDirectory));
builder.Services.AddSingleton(_ => Hotline.Domain.Clocks.SlaPolicyBook.LoadDefault(dataDirectory).Callback);
builder.Services.AddSingleton(_ => Hotline.Domain.Categories.CategoryTree.Load(dataDirectory));
builder.Services.AddSingleton(_ => Hotline.Domain.Figures.CardPolicy.LoadDefault(dataDirectory));
builder.Services.AddSingleton(sp => Hotline.Domain.Categories.OrderTemplates.Load(dataDirectory, sp.GetRequiredService<Hotline.Domain.Categories.CategoryTree>()));
builder.Services.AddSingleton<OrderIds>();
builder.Services.AddProblemDetails();
builder.Services.AddHealthChecks().AddCheck<OrleansHealthCheck>("orleans");
builder.Services.AddOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>()
    .Configure<WorkingCalendar>((json, calendar) =>
    {
        json.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        json.SerializerOptions.Converters.Add(new LocalTimeConverter(calendar));
    });

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseHotlineAuth();
app.MapHealthChecks("/health");
app.MapHotlineMetrics();
app.MapOrderEndpoints();
app.MapConsultationEndpoints();
app.MapReferenceEndpoints();
app.MapCatalogueEndpoints();
app.MapCallerEndpoints();
app.MapAuthEndpoints();
app.MapEvidenceEndpoints();
app.MapSeatEndpoints();
app.MapKnowledgeEndpoints();
app.MapReviewRuleEndpoints();
app.MapIntakeEndpoints();
app.MapFigureEndpoints();
app.MapReportEndpoints();
app.MapCallbackEndpoints();
app.MapSupervisionEndpoints();
app.MapHotlineLive();
app.MapOrleansDashboard(routePrefix: "/orleans").RequireAuthorization(AuthPolicies.Admin);
app.Run();

/// <summary>Exposed for the functional tests' WebApplicationFactory.</summary>
public partial class Program;
