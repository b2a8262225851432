using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Volunteer.AppHost;
using Volunteer.AppHost.Auth;
using Volunteer.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);
if (TokenCli.IsInvoked(args))
{
    return TokenCli.Run(args, builder.Configuration, builder.Environment);
}

try
{
    var (mode, reason) = InfrastructureModeSelector.Select(builder.Configuration);
    var infrastructure = PlatformInfrastructure.Add(builder, mode);
    var signingKey = builder.AddSigningKey();
    if (builder.Environment.IsDevelopment())
    {
        // Anyone on the dashboard could act as anyone with it: a development convenience only.
        signingKey.WithMintTokenCommand();
    }


    // Keys of the volunteers' ID numbers and phones: losing them loses the data, so they live with it.
    var personalDataKey = builder.AddPlatformSecret("personal-data-encryption-key", "Encrypts ID numbers and phones (AES-256-GCM).",
        (secrets, name) => secrets.GetOrCreateKey(name));
    var personalDataLookupKey = builder.AddPlatformSecret("personal-data-lookup-key", "Keys the lookup hash of ID numbers (HMAC-SHA256).",
        (secrets, name) => secrets.GetOrCreateKey(name));
    var roster = builder.AddPlatformService<Projects.Volunteer_Roster>("roster", 5101, infrastructure, signingKey)
        .WithEnvironment("PersonalData__EncryptionKey", personalDataKey)
        .WithEnvironment("PersonalData__LookupKey", personalDataLookupKey);
    var activity = builder.AddPlatformService<Projects.Volunteer_Activity>("activity", 5102, infrastructure, signingKey).WithReference(roster);
    var safety = builder.AddPlatformService<Projects.Volunteer_Safety>("safety", 5103, infrastructure, signingKey);
    // Certificates stay verifiable only while this key lives: it is kept with the data too.
    var certificateKey = builder.AddPlatformSecret("certificate-signing-key", "Signs the verification codes of service certificates (HMAC-SHA256).",
        (secrets, name) => secrets.GetOrCreateKey(name));
    var reporting = builder.AddPlatformService<Projects.Volunteer_Reporting>("reporting", 5104, infrastructure, signingKey)
        .WithEnvironment("Reporting__Certificates__SigningKey", certificateKey)
        .WithReportingCommands(signingKey);
    builder.AddDemoSeeder(signingKey, roster, activity, safety, reporting);

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
