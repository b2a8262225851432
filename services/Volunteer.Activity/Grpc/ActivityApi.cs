using Grpc.Core;
using Volunteer.Activity.Activities;
using Volunteer.Activity.Attendance;
using Volunteer.Activity.Campaigns;
using Volunteer.Activity.Data;
using Volunteer.Activity.Participants;
using Volunteer.Activity.Sites;
using Volunteer.Contracts.Activity.V1;
using Volunteer.Contracts.Auth;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Activity.Grpc;

public sealed class ActivityApi(
    ServiceInfoProvider<ActivityDbContext> serviceInfo,
    CampaignCalendar calendar,
    SiteRegistry sites,
    NeedDesk needs,
    NeedListing needListing,
    TeamMatching matching,
    ActivityPlanning planning,
    ActivityLifecycle lifecycle,
    ActivityReading reading,
    Participation participation,
    AttendanceDesk attendance,
    AttendanceReview review,
    AttendanceListing attendanceListing,
    MyActivities mine)
    : ActivityService.ActivityServiceBase
{
    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.TeamCaptain,
            PlatformRoles.SafetyOfficer, PlatformRoles.Volunteer, PlatformRoles.ReportViewer)]
    public override async Task<GetServiceInfoResponse> GetServiceInfo(GetServiceInfoRequest request, ServerCallContext context) =>
        new() { Info = await serviceInfo.DescribeAsync(context) };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.TeamCaptain,
            PlatformRoles.SafetyOfficer, PlatformRoles.Volunteer, PlatformRoles.ReportViewer)]
    public override Task<GetCampaignResponse> GetCampaign(GetCampaignRequest request, ServerCallContext context) =>
        Task.FromResult(new GetCampaignResponse { Campaign = calendar.Describe(request.Year) });

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("union_id", ResourceTypes.Union)]
    public override async Task<RegisterSiteResponse> RegisterSite(RegisterSiteRequest request, ServerCallContext context) =>
        new() { Site = (await sites.RegisterAsync(request, context.CancellationToken)).ToProto() };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.SafetyOfficer,
            PlatformRoles.ReportViewer)]
    [InScope("union_subtree_of", ResourceTypes.Union, Optional = true)]
    public override async Task<ListSitesResponse> ListSites(ListSitesRequest request, ServerCallContext context)
    {
        var (page, next) = await sites.ListAsync(request, context.GetCaller(), context.CancellationToken);
        return new ListSitesResponse { Sites = { page.Select(s => s.ToProto()) }, NextPageToken = next };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("site_id", ResourceTypes.Site)]
    public override async Task<RegisterNeedResponse> RegisterNeed(RegisterNeedRequest request, ServerCallContext context) =>
        new() { Need = (await needs.RegisterAsync(request, context.CancellationToken)).ToProto() };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.SafetyOfficer,
            PlatformRoles.ReportViewer)]
    [InScope("union_subtree_of", ResourceTypes.Union, Optional = true)]
    [InScope("site_id", ResourceTypes.Site, Optional = true)]
    public override async Task<ListNeedsResponse> ListNeeds(ListNeedsRequest request, ServerCallContext context)
    {
        var (page, next) = await needListing.ListAsync(request, context.GetCaller(), context.CancellationToken);
        return new ListNeedsResponse { Needs = { page.Select(n => n.ToProto()) }, NextPageToken = next };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("need_id", ResourceTypes.Need)]
    public override async Task<VerifyNeedResponse> VerifyNeed(VerifyNeedRequest request, ServerCallContext context) =>
        new() { Need = (await needs.VerifyAsync(request.NeedId, context.CancellationToken)).ToProto() };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("need_id", ResourceTypes.Need)]
    public override async Task<SuggestTeamsResponse> SuggestTeams(SuggestTeamsRequest request, ServerCallContext context) =>
        new() { Suggestions = { await matching.SuggestAsync(request, context.GetCaller(), context.CancellationToken) } };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    // Both are required (by the use case); optional at the edge so that each is checked on its own.
    [InScope("need_id", ResourceTypes.Need, Optional = true)]
    [InScope("team_id", ResourceTypes.Team, Optional = true)]
    public override async Task<ConfirmMatchResponse> ConfirmMatch(ConfirmMatchRequest request, ServerCallContext context) =>
        new() { Need = (await needs.ConfirmMatchAsync(request, context.CancellationToken)).ToProto() };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    // The union is required (by the use case); optional at the edge so that each thing is checked on its own.
    [InScope("union_id", ResourceTypes.Union, Optional = true)]
    [InScope("site_id", ResourceTypes.Site, Optional = true)]
    [InScope("need_id", ResourceTypes.Need, Optional = true)]
    [InScope("team_ids", ResourceTypes.Team)]
    public override async Task<PlanActivityResponse> PlanActivity(
        PlanActivityRequest request, ServerCallContext context)
    {
        var plan = PlanValidation.Parse(request, calendar);
        return new() { Activity = (await planning.PlanAsync(plan, context.CancellationToken)).ToProto() };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.TeamCaptain,
            PlatformRoles.SafetyOfficer, PlatformRoles.Volunteer, PlatformRoles.ReportViewer)]
    [InScope("id", ResourceTypes.Activity)]
    public override async Task<GetActivityResponse> GetActivity(GetActivityRequest request, ServerCallContext context) =>
        new() { Activity = (await reading.GetAsync(request.Id, context.CancellationToken)).ToProto() };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.TeamCaptain,
            PlatformRoles.SafetyOfficer, PlatformRoles.ReportViewer)]
    [InScope("union_subtree_of", ResourceTypes.Union, Optional = true)]
    [InScope("team_id", ResourceTypes.Team, Optional = true)]
    [InScope("site_id", ResourceTypes.Site, Optional = true)]
    public override async Task<ListActivitiesResponse> ListActivities(ListActivitiesRequest request, ServerCallContext context)
    {
        var (page, next) = await reading.ListAsync(request, context.GetCaller(), context.CancellationToken);
        return new ListActivitiesResponse { Activities = { page.Select(a => a.ToProto(withParticipants: false)) }, NextPageToken = next };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.TeamCaptain)]
    [InScope("id", ResourceTypes.Activity)]
    public override async Task<SubmitActivityResponse> SubmitActivity(SubmitActivityRequest request, ServerCallContext context) =>
        new() { Activity = (await lifecycle.SubmitAsync(request.Id, context.GetCaller(), context.CancellationToken)).ToProto() };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.TeamCaptain)]
    [InScope("id", ResourceTypes.Activity)]
    public override async Task<StartActivityResponse> StartActivity(StartActivityRequest request, ServerCallContext context) =>
        new() { Activity = (await lifecycle.StartAsync(request.Id, context.GetCaller(), context.CancellationToken)).ToProto() };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.TeamCaptain)]
    [InScope("id", ResourceTypes.Activity)]
    public override async Task<CompleteActivityResponse> CompleteActivity(CompleteActivityRequest request, ServerCallContext context) =>
        new() { Activity = (await lifecycle.CompleteAsync(request, context.GetCaller(), context.CancellationToken)).ToProto() };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("id", ResourceTypes.Activity)]
    public override async Task<RecordActivityResponse> RecordActivity(RecordActivityRequest request, ServerCallContext context)
    {
        var (activity, late) = await lifecycle.RecordAsync(request.Id, context.CancellationToken);
        return new RecordActivityResponse { Activity = activity.ToProto(), Late = late };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("id", ResourceTypes.Activity)]
    public override async Task<CancelActivityResponse> CancelActivity(CancelActivityRequest request, ServerCallContext context) =>
        new() { Activity = (await lifecycle.CancelAsync(request, context.CancellationToken)).ToProto() };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.SafetyOfficer,
            PlatformRoles.ReportViewer)]
    [InScope("union_subtree_of", ResourceTypes.Union, Optional = true)]
    public override async Task<ListOverdueActivitiesResponse> ListOverdueActivities(ListOverdueActivitiesRequest request, ServerCallContext context)
    {
        var (page, next) = await reading.ListOverdueAsync(request, context.GetCaller(), context.CancellationToken);
        return new ListOverdueActivitiesResponse { Activities = { page.Select(a => a.ToProto(withParticipants: false)) }, NextPageToken = next };
    }

    [Allow(PlatformRoles.TeamCaptain, PlatformRoles.Volunteer)]
    // Both are required (by the use case); optional at the edge so that each is checked on its own.
    [InScope("activity_id", ResourceTypes.Activity, Optional = true)]
    [InScope("volunteer_id", ResourceTypes.StaffVolunteer, Optional = true)]
    public override async Task<ConfirmParticipationResponse> ConfirmParticipation(ConfirmParticipationRequest request, ServerCallContext context) =>
        new() { Participant = (await participation.ConfirmAsync(request, context.GetCaller(), context.CancellationToken)).ToProto() };

    [Allow(PlatformRoles.TeamCaptain, PlatformRoles.Volunteer)]
    // Both are required (by the use case); optional at the edge so that each is checked on its own.
    [InScope("activity_id", ResourceTypes.Activity, Optional = true)]
    [InScope("volunteer_id", ResourceTypes.StaffVolunteer, Optional = true)]
    public override async Task<DeclineParticipationResponse> DeclineParticipation(DeclineParticipationRequest request, ServerCallContext context) =>
        new() { Participant = (await participation.DeclineAsync(request, context.GetCaller(), context.CancellationToken)).ToProto() };

    [Allow(PlatformRoles.TeamCaptain, PlatformRoles.Volunteer)]
    // Both are required (by the use case); optional at the edge so that each is checked on its own.
    [InScope("activity_id", ResourceTypes.Activity, Optional = true)]
    [InScope("volunteer_id", ResourceTypes.StaffVolunteer, Optional = true)]
    public override async Task<CheckInResponse> CheckIn(CheckInRequest request, ServerCallContext context) =>
        new() { Attendance = (await attendance.CheckInAsync(request, context.GetCaller(), context.CancellationToken)).ToProto() };

    [Allow(PlatformRoles.TeamCaptain, PlatformRoles.Volunteer)]
    [InScope("attendance_id", AttendanceDays.ResourceType)]
    public override async Task<CheckOutResponse> CheckOut(CheckOutRequest request, ServerCallContext context) =>
        new() { Attendance = (await attendance.CheckOutAsync(request, context.GetCaller(), context.CancellationToken)).ToProto() };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.TeamCaptain)]
    [InScope("attendance_id", AttendanceDays.ResourceType)]
    public override async Task<CorrectAttendanceResponse> CorrectAttendance(CorrectAttendanceRequest request, ServerCallContext context) =>
        new() { Attendance = (await review.CorrectAsync(request, context.GetCaller(), context.CancellationToken)).ToProto() };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("attendance_id", AttendanceDays.ResourceType)]
    public override async Task<ApproveHoursResponse> ApproveHours(ApproveHoursRequest request, ServerCallContext context) =>
        new() { Attendance = (await review.ApproveAsync(request.AttendanceId, context.GetCaller(), context.CancellationToken)).ToProto() };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.TeamCaptain,
            PlatformRoles.SafetyOfficer, PlatformRoles.Volunteer, PlatformRoles.ReportViewer)]
    [InScope("activity_id", ResourceTypes.Activity)]
    public override async Task<ListAttendanceResponse> ListAttendance(ListAttendanceRequest request, ServerCallContext context)
    {
        var (page, next) = await attendanceListing.ListAsync(request, context.GetCaller(), context.CancellationToken);
        return new ListAttendanceResponse { Attendances = { page.Select(a => a.ToProto()) }, NextPageToken = next };
    }

    [Allow(PlatformRoles.TeamCaptain, PlatformRoles.Volunteer)]
    public override Task<ListMyActivitiesResponse> ListMyActivities(ListMyActivitiesRequest request, ServerCallContext context) =>
        mine.ListAsync(request, context.GetCaller(), context.CancellationToken);
}
