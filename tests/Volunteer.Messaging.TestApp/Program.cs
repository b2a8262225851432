using Microsoft.Extensions.Hosting;
using Volunteer.Messaging.TestApp;

// As its own process: the consumer, configured from the environment (ConnectionStrings__testdb, ...).
await TestAppHost.Build([], consume: true).RunAsync();
