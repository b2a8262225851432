using Volunteer.Activity.Access;
using Volunteer.Activity.Activities;
using Volunteer.Activity.Attendance;
using Volunteer.Activity.Campaigns;
using Volunteer.Activity.Data;
using Volunteer.Activity.History;
using Volunteer.Activity.Participants;
using Volunteer.Activity.Sites;
using Volunteer.Activity.Teams;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Messaging;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Database;
using Volunteer.UnionTree;
using Volunteer.Activity.Telemetry;
using Volunteer.ServiceDefaults.Telemetry;

namespace Volunteer.Activity.Extensions;

internal static class Extensions
{
    /// <summary>Where roster's gRPC endpoint is: its "grpc" endpoint through service discovery unless configured.</summary>
    public const string RosterAddressKey = "Activity:RosterAddress";

    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ActivityDbContext>("activitydb");
        builder.AddConcurrentChangeRetry<ActivityDbContext>();
        builder.Services.AddSingleton<ActivityMetrics>();
        builder.AddDatabaseGauge(ActivityMetrics.ActivitiesByStatus);
        builder.AddMessaging<ActivityDbContext>(bus =>
        {
            bus.AddUnionTreeConsumer();
            // A team and its first members arrive together and would both insert the team row.
            var teamReplica = bus.AddOrderedEndpoint(
                "activity-team-replica-ordered", replaces: "activity-team-replica");
            bus.AddConsumer<TeamReplicaConsumer>().Endpoint(teamReplica.OneAtATime);
            bus.AddConsumer<VolunteerSkillsConsumer>();
            bus.AddConsumer<ClearanceConsumer>();
            bus.AddConsumer<ConsentWithdrawnConsumer>();
        });
        builder.Services.AddUnionTree();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddGrpcClient<RosterService.RosterServiceClient>(options =>
            options.Address = new Uri(builder.Configuration[RosterAddressKey] ?? "http://_grpc.roster"));
        builder.Services.AddOptions<AttendanceSettings>().Bind(builder.Configuration.GetSection(AttendanceSettings.SectionName));
        builder.Services.AddSingleton<CampaignCalendar>();
        builder.Services.AddScoped<ThingOwners>();
        builder.Services.AddScoped<IAccessScope, ActivityAccessScope>();
        builder.Services.AddScoped<ActivityAccess>();
        builder.Services.AddScoped<ActivityScope>();
        builder.Services.AddScoped<SiteRegistry>();
        builder.Services.AddScoped<NeedDesk>();
        builder.Services.AddScoped<SiteEditing>();
        builder.Services.AddScoped<NeedListing>();
        builder.Services.AddScoped<TeamMatching>();
        builder.Services.AddScoped<ActivityPlanning>();
        builder.Services.AddScoped<ActivityLifecycle>();
        builder.Services.AddScoped<ActivityEditing>();
        builder.Services.AddScoped<EditHistory>();
        builder.Services.AddScoped<ActivityListing>();
        builder.Services.AddScoped<OverdueListing>();
        builder.Services.AddScoped<ActivityReading>();
        builder.Services.AddScoped<RosterEligibility>();
        builder.Services.AddScoped<Participation>();
        builder.Services.AddScoped<MyActivities>();
        builder.Services.AddScoped<InterestDesk>();
        builder.Services.AddScoped<InterestListing>();
        builder.Services.AddScoped<OpenActivities>();
        builder.Services.AddScoped<OpenActivityListing>();
        builder.Services.AddScoped<AttendanceDays>();
        builder.Services.AddScoped<AttendanceDesk>();
        builder.Services.AddScoped<AttendanceReview>();
        builder.Services.AddScoped<AttendanceListing>();
    }
}
