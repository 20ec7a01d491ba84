using Hotline.Silo.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Configuration;

var builder = Host.CreateApplicationBuilder(args);
var options = builder.Configuration.GetSection(HotlineOptions.Section).Get<HotlineOptions>() ?? new HotlineOptions();

builder.UseOrleans(silo => silo.UseHotlineClustering(options).AddHotline(options));

var host = builder.Build();
await host.RunAsync();
