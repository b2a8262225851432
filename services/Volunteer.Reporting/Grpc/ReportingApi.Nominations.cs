using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Reporting.Commendation;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Auth;

namespace Volunteer.Reporting.Grpc;

/// <summary>The commendation workflow: unions nominate, the province decides and publishes.</summary>
public sealed partial class ReportingApi
{
    // Exactly one of the two is set (the kind says which); each is checked against the caller's reach.
    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("volunteer_id", ResourceTypes.StaffVolunteer, Optional = true)]
    [InScope("team_id", ResourceTypes.Team, Optional = true)]
    public override async Task<NominateForCommendationResponse> NominateForCommendation(
        NominateForCommendationRequest request, ServerCallContext context)
    {
        var nomination = await nominations.NominateAsync(
            NominationValidation.Parse(request), context.GetCaller(), context.CancellationToken);
        return new() { Nomination = nomination.ToProto() };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("nomination_id", ResourceTypes.Nomination)]
    public override async Task<WithdrawNominationResponse> WithdrawNomination(
        WithdrawNominationRequest request, ServerCallContext context)
    {
        var nomination = await nominations.WithdrawAsync(
            NominationValidation.Id(request.NominationId), context.CancellationToken);
        return new() { Nomination = nomination.ToProto() };
    }

    [Allow(PlatformRoles.ProvincialAdmin)]
    [InScope("nomination_id", ResourceTypes.Nomination)]
    public override async Task<DecideNominationResponse> DecideNomination(
        DecideNominationRequest request, ServerCallContext context)
    {
        var nomination = await decisions.DecideAsync(
            NominationValidation.Parse(request), context.GetCaller(), context.CancellationToken);
        return new() { Nomination = nomination.ToProto() };
    }

    [Allow(PlatformRoles.ProvincialAdmin)]
    public override async Task<PublishCommendationsResponse> PublishCommendations(
        PublishCommendationsRequest request, ServerCallContext context)
    {
        var (requestId, year) = NominationValidation.Parse(request);
        var (publication, published) = await publisher.PublishAsync(
            requestId, year, context.GetCaller(), context.CancellationToken);
        return new() { Publication = publication.ToProto(published) };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("union_id", ResourceTypes.Union, Optional = true)]
    public override async Task<ListNominationsResponse> ListNominations(
        ListNominationsRequest request, ServerCallContext context)
    {
        var (page, next) = await nominations.ListAsync(
            NominationValidation.Parse(request), context.GetCaller(), context.CancellationToken);
        return new() { Nominations = { page.Select(n => n.ToProto()) }, NextPageToken = next };
    }
}
