using Volunteer.Roster.Access;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Roster.Certificates;
using Volunteer.Contracts.Safety.V1;
using Volunteer.Roster.Data;
using Volunteer.Roster.Disclosures;
using Volunteer.Roster.Exports;
using Volunteer.Roster.Reach;
using Volunteer.Roster.Records;
using Volunteer.Roster.Teams;
using Volunteer.Roster.Unions;
using Volunteer.Roster.Volunteers;
using Volunteer.Messaging;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.PersonalData;

namespace Volunteer.Roster.Extensions;

internal static class Extensions
{
    /// <summary>Where reporting answers; by default found through service discovery, as the AppHost names it.</summary>
    public const string ReportingAddressKey = "Roster:ReportingAddress";

    /// <summary>Where safety answers, for the insured lists; by default found through service discovery.</summary>
    public const string SafetyAddressKey = "Roster:SafetyAddress";

    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<RosterDbContext>("rosterdb");
        // Every unary use case saves once, at its end: a unique-index race is run again, never UNKNOWN.
        builder.AddConcurrentChangeRetry<RosterDbContext>();
        builder.Services.AddScoped<IAccessScope, RosterAccessScope>();
        builder.AddMessaging<RosterDbContext>(bus =>
        {
            bus.AddConsumer<CommendationsPublishedConsumer>();
            // A submission and its confirmations arrive together and write the same activity's rows: handled
            // side by side they raced to insert the same participant and failed until retried.
            var activityEvents = bus.AddOrderedEndpoint(
                "roster-activity-events-ordered", replaces: "roster-activity-events");
            bus.AddConsumer<ActivityEventsConsumer>().Endpoint(activityEvents.OneAtATime);
        });
        builder.Services.AddScoped<UnionDirectory>();
        builder.Services.AddScoped<UnionListing>();
        builder.AddPersonalDataProtection();
        builder.Services.AddScoped<VolunteerFactory>();
        builder.Services.AddScoped<VolunteerRegistry>();
        builder.Services.AddScoped<VolunteerSearch>();
        builder.Services.AddOptions<TeamOptions>().Bind(builder.Configuration.GetSection(TeamOptions.SectionName));
        builder.Services.AddScoped<TeamRoster>();
        builder.Services.AddScoped<TeamAwards>();
        builder.Services.AddScoped<TeamRenaming>();
        builder.Services.AddScoped<TeamListing>();
        builder.Services.AddScoped<VolunteerRecords>();
        builder.Services.AddScoped<EligibilityCheck>();
        builder.Services.AddScoped<CampaignProgress>();
        builder.Services.AddScoped<VolunteerImport>();
        builder.Services.AddScoped<ImportStore>();
        builder.Services.AddScoped<ProfileCorrection>();
        builder.Services.AddScoped<ConsentWithdrawal>();
        builder.Services.AddScoped<VettingRevocation>();
        builder.Services.AddScoped<DisclosureAudit>();
        builder.Services.AddScoped<ActivityLedger>();
        builder.Services.AddScoped<ContactPhoneReveal>();
        builder.AddContactReach();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddGrpcClient<ReportingService.ReportingServiceClient>(options =>
            options.Address = new Uri(builder.Configuration[ReportingAddressKey] ?? "http://_grpc.reporting"));
        builder.Services.AddGrpcClient<SafetyService.SafetyServiceClient>(options =>
            options.Address = new Uri(builder.Configuration[SafetyAddressKey] ?? "http://_grpc.safety"));
        builder.Services.AddScoped<ExportablePeople>();
        builder.Services.AddScoped<ReportingServiceEntries>();
        builder.Services.AddScoped<NationalRecordExport>();
        builder.Services.AddScoped<SafetyInsuredList>();
        builder.Services.AddScoped<InsuredPersonsExport>();
        builder.Services.AddScoped<ReportingCertificates>();
        builder.Services.AddScoped<CertificatePrinting>();
        CertificateFont.Install(builder.Configuration[CertificateFont.FileKey]);
    }
}
