using Volunteer.Roster.Unions;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Grpc;

/// <summary>Reads a union list request: page size, a token this list returned, an optional subtree.</summary>
public static class UnionListValidation
{
    public static UnionListQuery List(Proto.ListUnionsRequest request)
    {
        var violations = new FieldViolations();
        var pageSize = PageToken.PageSize(request.PageSize, violations);
        var after = PageToken.Decode(request.PageToken, keyParts: 2, violations);
        var subtreeOf = violations.Id(request.SubtreeOf, "subtree_of", required: false);

        Guid afterId = default;
        if (after is not null && !Guid.TryParse(after[1], out afterId))
        {
            violations.Add("page_token", FieldTexts.UnknownPageToken);
        }

        violations.ThrowIfAny();
        return new UnionListQuery(pageSize, after?[0], afterId, subtreeOf);
    }
}
