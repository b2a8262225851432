using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Volunteer.Seeder;

// Settings beside the program, wherever it is started from.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddSeeder();
using var host = builder.Build();
await host.StartAsync();
await host.Services.GetRequiredService<DemoCampaign>().SeedAsync(CancellationToken.None);
await host.StopAsync();
