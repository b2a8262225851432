using Grpc.Core;
using Volunteer.Activity.Activities;
using Volunteer.Activity.Attendance;
using Volunteer.Activity.Campaigns;
using Volunteer.Activity.Data;
using Volunteer.Activity.History;
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
    ActivityEditing editing,
    SiteEditing siteEditing,
    EditHistory history,
    ActivityReading reading,
    Participation participation,
    AttendanceDesk attendance,
    AttendanceReview review,
    AttendanceListing attendanceListing,
    MyActivities mine,
    InterestDesk interests,
    InterestListing interestListing,
    OpenActivityListing openActivities)
    : ActivityService.ActivityServiceBase
{
    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.TeamCaptain,
            PlatformRoles.SafetyOfficer, PlatformRoles.Volunteer, PlatformRoles.ReportViewer)]
    public override async Task<GetServiceInfoResponse> GetServiceInfo(GetServiceInfoRequest request, ServerCallContext context) =>
        new() { Info = await serviceInfo.DescribeAsync(context) };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.TeamCaptain,
            PlatformRoles.SafetyOfficer, PlatformRoles.Volunteer, PlatformRoles.ReportViewer)]
    public override Task<GetCampaignResponse> GetCampaign(GetCampaignRequest request, ServerCallContext context)
    {
        var year = CampaignValidation.Year(request.Year);
        return Task.FromResult(new GetCampaignResponse { Campaign = calendar.For(year).ToProto() });
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("union_id", ResourceTypes.Union)]
    public override async Task<RegisterSiteResponse> RegisterSite(
        RegisterSiteRequest request, ServerCallContext context)
    {
        var site = SiteValidation.ParseNew(request);
        return new() { Site = (await sites.RegisterAsync(site, context.CancellationToken)).ToProto() };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.SafetyOfficer,
            PlatformRoles.ReportViewer)]
    [InScope("union_subtree_of", ResourceTypes.Union, Optional = true)]
    public override async Task<ListSitesResponse> ListSites(ListSitesRequest request, ServerCallContext context)
    {
        var (paging, subtreeOf) = SiteValidation.ParseList(request);
        var (page, next) = await sites.ListAsync(paging, subtreeOf, context.GetCaller(), context.CancellationToken);
        return new ListSitesResponse { Sites = { page.Select(s => s.ToProto()) }, NextPageToken = next };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("site_id", ResourceTypes.Site)]
    public override async Task<RegisterNeedResponse> RegisterNeed(
        RegisterNeedRequest request, ServerCallContext context)
    {
        var need = NeedValidation.ParseNew(request);
        return new() { Need = (await needs.RegisterAsync(need, context.CancellationToken)).ToProto() };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.SafetyOfficer,
            PlatformRoles.ReportViewer)]
    [InScope("union_subtree_of", ResourceTypes.Union, Optional = true)]
    [InScope("site_id", ResourceTypes.Site, Optional = true)]
    public override async Task<ListNeedsResponse> ListNeeds(ListNeedsRequest request, ServerCallContext context)
    {
        var filter = NeedValidation.ParseList(request);
        var (page, next) = await needListing.ListAsync(filter, context.GetCaller(), context.CancellationToken);
        return new ListNeedsResponse { Needs = { page.Select(n => n.ToProto()) }, NextPageToken = next };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("id", ResourceTypes.Site)]
    public override async Task<UpdateSiteResponse> UpdateSite(UpdateSiteRequest request, ServerCallContext context)
    {
        var edit = SiteEditValidation.Parse(request);
        var site = await siteEditing.EditSiteAsync(edit, context.GetCaller(), context.CancellationToken);
        return new() { Site = site.ToProto() };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("id", ResourceTypes.Need)]
    public override async Task<UpdateNeedResponse> UpdateNeed(UpdateNeedRequest request, ServerCallContext context)
    {
        var edit = NeedEditValidation.Parse(request);
        var need = await siteEditing.EditNeedAsync(edit, context.GetCaller(), context.CancellationToken);
        return new() { Need = need.ToProto() };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("need_id", ResourceTypes.Need)]
    public override async Task<VerifyNeedResponse> VerifyNeed(VerifyNeedRequest request, ServerCallContext context)
    {
        var needId = NeedValidation.NeedId(request.NeedId);
        return new() { Need = (await needs.VerifyAsync(needId, context.CancellationToken)).ToProto() };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("need_id", ResourceTypes.Need)]
    public override async Task<SuggestTeamsResponse> SuggestTeams(
        SuggestTeamsRequest request, ServerCallContext context)
    {
        var (needId, count) = NeedValidation.ParseSuggest(request);
        var suggestions = await matching.SuggestAsync(needId, count, context.GetCaller(), context.CancellationToken);
        return new() { Suggestions = { suggestions.Select(s => s.ToProto()) } };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    // Both are required (by the use case); optional at the edge so that each is checked on its own.
    [InScope("need_id", ResourceTypes.Need, Optional = true)]
    [InScope("team_id", ResourceTypes.Team, Optional = true)]
    public override async Task<ConfirmMatchResponse> ConfirmMatch(
        ConfirmMatchRequest request, ServerCallContext context)
    {
        var (needId, teamId) = NeedValidation.ParseMatch(request);
        return new() { Need = (await needs.ConfirmMatchAsync(needId, teamId, context.CancellationToken)).ToProto() };
    }

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
    public override async Task<ListActivitiesResponse> ListActivities(
        ListActivitiesRequest request, ServerCallContext context)
    {
        var filter = ActivityValidation.ParseList(request);
        var (page, next) = await reading.ListAsync(filter, context.GetCaller(), context.CancellationToken);
        return new ListActivitiesResponse
        {
            Activities = { page.Select(a => a.ToProto(withParticipants: false)) }, NextPageToken = next,
        };
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
    public override async Task<CompleteActivityResponse> CompleteActivity(
        CompleteActivityRequest request, ServerCallContext context)
    {
        var (id, outcomes) = ActivityValidation.ParseCompletion(request);
        var activity = await lifecycle.CompleteAsync(id, outcomes, context.GetCaller(), context.CancellationToken);
        return new() { Activity = activity.ToProto() };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("id", ResourceTypes.Activity)]
    public override async Task<RecordActivityResponse> RecordActivity(RecordActivityRequest request, ServerCallContext context)
    {
        var (activity, late) = await lifecycle.RecordAsync(request.Id, context.CancellationToken);
        return new RecordActivityResponse { Activity = activity.ToProto(), Late = late };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("id", ResourceTypes.Activity)]
    public override async Task<CancelActivityResponse> CancelActivity(
        CancelActivityRequest request, ServerCallContext context)
    {
        var (id, reason) = ActivityValidation.ParseCancellation(request);
        return new() { Activity = (await lifecycle.CancelAsync(id, reason, context.CancellationToken)).ToProto() };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    // The id is required (by the validation); optional at the edge so that each thing is checked on its own.
    [InScope("id", ResourceTypes.Activity, Optional = true)]
    [InScope("activity.team_ids", ResourceTypes.Team, Optional = true, MaxIds = PlanValidation.MaxTeams)]
    public override async Task<UpdateActivityResponse> UpdateActivity(
        UpdateActivityRequest request, ServerCallContext context)
    {
        var edit = ActivityEditValidation.Parse(request, calendar);
        var (activity, resubmitted) = await editing.EditAsync(edit, context.GetCaller(), context.CancellationToken);
        return new() { Activity = activity.ToProto(), Resubmitted = resubmitted };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.SafetyOfficer,
            PlatformRoles.ReportViewer)]
    // Exactly one is required (by the validation); optional at the edge so that each is checked on its own.
    [InScope("activity_id", ResourceTypes.Activity, Optional = true)]
    [InScope("site_id", ResourceTypes.Site, Optional = true)]
    [InScope("need_id", ResourceTypes.Need, Optional = true)]
    public override async Task<ListEditHistoryResponse> ListEditHistory(
        ListEditHistoryRequest request, ServerCallContext context)
    {
        var (resourceId, paging) = EditHistoryValidation.Parse(request);
        var (page, next) = await history.ListAsync(resourceId, paging, context.CancellationToken);
        return new ListEditHistoryResponse { Edits = { page.Select(e => e.ToProto()) }, NextPageToken = next };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.SafetyOfficer,
            PlatformRoles.ReportViewer)]
    [InScope("union_subtree_of", ResourceTypes.Union, Optional = true)]
    public override async Task<ListOverdueActivitiesResponse> ListOverdueActivities(
        ListOverdueActivitiesRequest request, ServerCallContext context)
    {
        var overdue = ActivityValidation.ParseOverdue(request);
        var (page, next) = await reading.ListOverdueAsync(overdue, context.GetCaller(), context.CancellationToken);
        return new ListOverdueActivitiesResponse
        {
            Activities = { page.Select(a => a.ToProto(withParticipants: false)) }, NextPageToken = next,
        };
    }

    [Allow(PlatformRoles.TeamCaptain, PlatformRoles.Volunteer)]
    // Both are required (by the use case); optional at the edge so that each is checked on its own.
    [InScope("activity_id", ResourceTypes.Activity, Optional = true)]
    [InScope("volunteer_id", ResourceTypes.StaffVolunteer, Optional = true)]
    public override async Task<ConfirmParticipationResponse> ConfirmParticipation(
        ConfirmParticipationRequest request, ServerCallContext context)
    {
        var (activityId, volunteerId) = ParticipationValidation.Parse(request.ActivityId, request.VolunteerId, null);
        var participant = await participation.ConfirmAsync(
            activityId, volunteerId, context.GetCaller(), context.CancellationToken);
        return new() { Participant = participant.ToProto() };
    }

    [Allow(PlatformRoles.TeamCaptain, PlatformRoles.Volunteer)]
    // Both are required (by the use case); optional at the edge so that each is checked on its own.
    [InScope("activity_id", ResourceTypes.Activity, Optional = true)]
    [InScope("volunteer_id", ResourceTypes.StaffVolunteer, Optional = true)]
    public override async Task<DeclineParticipationResponse> DeclineParticipation(
        DeclineParticipationRequest request, ServerCallContext context)
    {
        var (activityId, volunteerId) =
            ParticipationValidation.Parse(request.ActivityId, request.VolunteerId, request.Notice);
        var participant = await participation.DeclineAsync(
            activityId, volunteerId, request.Notice.Trim(), context.GetCaller(), context.CancellationToken);
        return new() { Participant = participant.ToProto() };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.TeamCaptain, PlatformRoles.Volunteer)]
    // Both are required (by the use case); optional at the edge so that each is checked on its own.
    [InScope("activity_id", ResourceTypes.Activity, Optional = true)]
    [InScope("volunteer_id", ResourceTypes.StaffVolunteer, Optional = true)]
    public override async Task<CheckInResponse> CheckIn(CheckInRequest request, ServerCallContext context)
    {
        var checkIn = AttendanceValidation.ParseCheckIn(request);
        var day = await attendance.CheckInAsync(checkIn, context.GetCaller(), context.CancellationToken);
        return new() { Attendance = day.ToProto() };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.TeamCaptain, PlatformRoles.Volunteer)]
    [InScope("attendance_id", AttendanceDays.ResourceType)]
    public override async Task<CheckOutResponse> CheckOut(CheckOutRequest request, ServerCallContext context)
    {
        var checkOut = AttendanceValidation.ParseCheckOut(request);
        var day = await attendance.CheckOutAsync(checkOut, context.GetCaller(), context.CancellationToken);
        return new() { Attendance = day.ToProto() };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.TeamCaptain)]
    [InScope("attendance_id", AttendanceDays.ResourceType)]
    public override async Task<CorrectAttendanceResponse> CorrectAttendance(
        CorrectAttendanceRequest request, ServerCallContext context)
    {
        var correction = AttendanceValidation.ParseCorrection(request);
        var day = await review.CorrectAsync(correction, context.GetCaller(), context.CancellationToken);
        return new() { Attendance = day.ToProto() };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("attendance_id", AttendanceDays.ResourceType)]
    public override async Task<ApproveHoursResponse> ApproveHours(ApproveHoursRequest request, ServerCallContext context) =>
        new() { Attendance = (await review.ApproveAsync(request.AttendanceId, context.GetCaller(), context.CancellationToken)).ToProto() };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.TeamCaptain,
            PlatformRoles.SafetyOfficer, PlatformRoles.Volunteer, PlatformRoles.ReportViewer)]
    [InScope("activity_id", ResourceTypes.Activity)]
    public override async Task<ListAttendanceResponse> ListAttendance(ListAttendanceRequest request, ServerCallContext context)
    {
        var (activityId, paging) = AttendanceValidation.ParseList(request);
        var (page, next) = await attendanceListing.ListAsync(
            activityId, paging, context.GetCaller(), context.CancellationToken);
        return new ListAttendanceResponse { Attendances = { page.Select(a => a.ToProto()) }, NextPageToken = next };
    }

    // A volunteer reaches only themself; the activity is answered as unknown unless it is open to them
    // (a team of their union's line), which only its loaded teams can tell: so activity_id is not scoped here.
    [Allow(PlatformRoles.Volunteer)]
    [InScope("volunteer_id", ResourceTypes.StaffVolunteer)]
    public override async Task<ExpressInterestResponse> ExpressInterest(
        ExpressInterestRequest request, ServerCallContext context)
    {
        var (activityId, volunteerId, note) = ParticipationValidation.Interest(request);
        var interest = await interests.ExpressAsync(
            activityId, volunteerId, note, context.GetCaller(), context.CancellationToken);
        return new() { Interest = interest.ToProto() };
    }

    // Scoped as ExpressInterest.
    [Allow(PlatformRoles.Volunteer)]
    [InScope("volunteer_id", ResourceTypes.StaffVolunteer)]
    public override async Task<WithdrawInterestResponse> WithdrawInterest(
        WithdrawInterestRequest request, ServerCallContext context)
    {
        var (activityId, volunteerId) = ParticipationValidation.Parse(request.ActivityId, request.VolunteerId, null);
        var interest = await interests.WithdrawAsync(
            activityId, volunteerId, context.GetCaller(), context.CancellationToken);
        return new() { Interest = interest.ToProto() };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.TeamCaptain)]
    [InScope("activity_id", ResourceTypes.Activity)]
    public override async Task<ListInterestsResponse> ListInterests(
        ListInterestsRequest request, ServerCallContext context)
    {
        var (activityId, paging) = ParticipationValidation.Interests(request);
        var (page, next) = await interestListing.ListAsync(
            activityId, paging, context.GetCaller(), context.CancellationToken);
        return new ListInterestsResponse { Interests = { page.Select(i => i.ToProto()) }, NextPageToken = next };
    }

    // Allowed as ExpressInterest is; the request names nothing to scope: the caller's own line decides.
    [Allow(PlatformRoles.Volunteer)]
    public override async Task<ListOpenActivitiesResponse> ListOpenActivities(
        ListOpenActivitiesRequest request, ServerCallContext context)
    {
        var filter = ParticipationValidation.OpenActivities(request);
        var (page, next) = await openActivities.ListAsync(filter, context.GetCaller(), context.CancellationToken);
        return new ListOpenActivitiesResponse { Activities = { page.Select(a => a.ToProto()) }, NextPageToken = next };
    }

    [Allow(PlatformRoles.TeamCaptain, PlatformRoles.Volunteer)]
    public override async Task<ListMyActivitiesResponse> ListMyActivities(
        ListMyActivitiesRequest request, ServerCallContext context)
    {
        var paging = PageValidation.Parse(request.PageSize, request.PageToken);
        return (await mine.ListAsync(paging, context.GetCaller(), context.CancellationToken)).ToProto();
    }
}
