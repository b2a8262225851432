using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.WebEncoders;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Identity.Accounts;
using Volunteer.Identity.Audit;
using Volunteer.Identity.Data;
using Volunteer.Identity.Keys;
using Volunteer.Identity.Replicas;
using Volunteer.Identity.Scope;
using Volunteer.Identity.SignIn;
using Volunteer.Identity.SignUp;
using Volunteer.Messaging;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Database;
using Volunteer.UnionTree;

namespace Volunteer.Identity.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AccountsDbContext>("identitydb");
        // Roster's events keep the union tree (admins' scope, the sign-up page's list of unions) and the
        // unions of teams and volunteers (whose captain or account a grant or link may name).
        builder.AddMessaging<AccountsDbContext>(bus =>
        {
            bus.AddUnionTreeConsumer();
            bus.AddConsumer<TeamFormedConsumer>();
            bus.AddConsumer<VolunteerRegisteredConsumer>();
        });
        builder.AddConcurrentChangeRetry<AccountsDbContext>();
        builder.Services.AddUnionTree();
        builder.AddAccounts();
        builder.AddOidcServer();
        // Sign-in cookies and anti-forgery tokens made by one replica are read by any other.
        builder.Services.AddDataProtection().SetApplicationName("volunteer-identity")
            .PersistKeysToDbContext<AccountsDbContext>();
        builder.Services.AddStartupStep<AccountsDbContext, SharedKeyRing>();
        builder.Services.AddRazorPages(options => options.Conventions.AllowAnonymousToFolder("/"));
        // Chinese text as text, not as numeric character references, in every page.
        builder.Services.Configure<WebEncoderOptions>(options =>
            options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        builder.Services.AddScoped<IAccessScope, IdentityAccessScope>();
        builder.Services.AddScoped<AccountOwners>();
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<AuditListing>();
        builder.Services.AddScoped<AccountReader>();
        builder.Services.AddScoped<AccountDesk>();
        builder.Services.AddScoped<AccountListing>();
        builder.Services.AddScoped<GrantDesk>();
        builder.Services.AddScoped<SignInFlow>();
        builder.Services.AddSelfSignUp(builder.Configuration);
    }

    private static void AddSelfSignUp(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SignUpSettings.SectionName);
        services.AddOptions<SignUpSettings>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(RegistrarToken.HttpClientName);
        services.AddSingleton<RegistrarToken>();
        services.AddGrpcClient<RosterService.RosterServiceClient>(options => options.Address =
            new Uri(section.Get<SignUpSettings>()?.RosterAddress ?? new SignUpSettings().RosterAddress));
        services.AddScoped<RosterRegistration>();
        services.AddScoped<SelfSignUp>();
    }
}
