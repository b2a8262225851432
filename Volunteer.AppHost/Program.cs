using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Volunteer.AppHost;
using Volunteer.AppHost.Auth;
using Volunteer.AppHost.Console;
using Volunteer.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);
try
{
    var (mode, reason) = InfrastructureModeSelector.Select(builder.Configuration);
    var infrastructure = PlatformInfrastructure.Add(builder, mode);
    var identity = builder.AddIdentityProvider(infrastructure);

    // Keys of the volunteers' ID numbers and phones: losing them loses the data, so they live with it.
    var personalDataKey = builder.AddPlatformSecret("personal-data-encryption-key", "Encrypts ID numbers and phones (AES-256-GCM).",
        (secrets, name) => secrets.GetOrCreateKey(name));
    var personalDataLookupKey = builder.AddPlatformSecret("personal-data-lookup-key", "Keys the lookup hash of ID numbers (HMAC-SHA256).",
        (secrets, name) => secrets.GetOrCreateKey(name));
    var roster = builder.AddPlatformService<Projects.Volunteer_Roster>("roster", 5101, infrastructure, identity)
        .WithEnvironment("PersonalData__EncryptionKey", personalDataKey)
        .WithEnvironment("PersonalData__LookupKey", personalDataLookupKey);
    // Volunteers who sign up are registered in roster by the identity service.
    identity.Service.WithReference(roster);
    var activity = builder.AddPlatformService<Projects.Volunteer_Activity>("activity", 5102, infrastructure, identity).WithReference(roster);
    // Safety plans keep their emergency contacts' phones under the same keys.
    var safety = builder.AddPlatformService<Projects.Volunteer_Safety>("safety", 5103, infrastructure, identity)
        .WithEnvironment("PersonalData__EncryptionKey", personalDataKey)
        .WithEnvironment("PersonalData__LookupKey", personalDataLookupKey);
    // Certificates stay verifiable only while this key lives: it is kept with the data too.
    var certificateKey = builder.AddPlatformSecret("certificate-signing-key", "Signs the verification codes of service certificates (HMAC-SHA256).",
        (secrets, name) => secrets.GetOrCreateKey(name));
    var reporting = builder.AddPlatformService<Projects.Volunteer_Reporting>("reporting", 5104, infrastructure, identity)
        .WithEnvironment("Reporting__Certificates__SigningKey", certificateKey)
        .WithReportingCommands(identity);
    // Mail stays off unless Notifications:Email is configured here (credentials as secrets).
    var notifications = builder
        .AddPlatformService<Projects.Volunteer_Notifications>("notifications", 5106, infrastructure, identity)
        .WithNotificationEmail();
    // Exports join roster's people to reporting's service days and safety's insured lists (the caller's token).
    roster.WithReference(reporting).WithReference(safety);
    builder.AddWebConsole(identity, roster, activity, safety, reporting, notifications);
    if (identity.DevelopmentSecret is { } developmentSecret)
    {
        builder.AddDemoSeeder(identity, developmentSecret, roster, activity, safety, reporting);
    }

    var app = builder.Build();
    app.Services.GetRequiredService<ILogger<PlatformInfrastructure>>()
        .LogInformation("Infrastructure mode: {Mode} ({Reason})", mode, reason);
    await app.RunAsync();
    return 0;
}
catch (InfrastructureUnavailableException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
