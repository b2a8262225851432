using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Volunteer.Seeder;

var builder = Host.CreateApplicationBuilder(args);
builder.AddSeeder();
using var host = builder.Build();
await host.StartAsync();
await host.Services.GetRequiredService<DemoCampaign>().SeedAsync(CancellationToken.None);
await host.StopAsync();
