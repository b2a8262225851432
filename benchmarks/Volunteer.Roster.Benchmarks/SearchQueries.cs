using Grpc.Core;
using Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Benchmarks;

/// <summary>The searches a union office runs most: its own subtree, a skill, an honour, a vetting queue, scrolling.</summary>
internal static class SearchQueries
{
    public static async Task<IReadOnlyList<SearchQuery>> BuildAsync(RosterService.RosterServiceClient client, Metadata caller, IReadOnlyList<Union> cities)
    {
        const int size = BenchmarkSettings.PageSize;
        // Guangzhou: one city of 21, about 5 % of the roster.
        var city = cities[0];
        var subtree = new ListStaffVolunteersRequest { UnionSubtreeOf = city.Id, PageSize = size };
        var deepToken = await SearchLatency.FollowPagesAsync(client, caller, subtree, BenchmarkSettings.DeepPages);
        return
        [
            new($"union subtree of city {city.RegionCode}", subtree),
            new("skill (1 of 30, ~7 %)", new ListStaffVolunteersRequest { Skill = VolunteerRows.SearchedSkill, PageSize = size }),
            new("honour MODEL_WORKER (~2 %)", new ListStaffVolunteersRequest { Honour = HonourKind.ModelWorker, PageSize = size }),
            new("vetting APPROVED (10 %)", new ListStaffVolunteersRequest { VettingState = VettingState.Approved, PageSize = size }),
            new("vetting PENDING (90 %)", new ListStaffVolunteersRequest { VettingState = VettingState.Pending, PageSize = size }),
            new($"subtree, page {BenchmarkSettings.DeepPages + 1} by token",
                new ListStaffVolunteersRequest { UnionSubtreeOf = city.Id, PageSize = size, PageToken = deepToken }),
            // All filters together are the narrow case: few rows match, so a page cannot stop early.
            new("subtree + skill + APPROVED", new ListStaffVolunteersRequest
            {
                UnionSubtreeOf = city.Id, Skill = VolunteerRows.SearchedSkill, VettingState = VettingState.Approved, PageSize = size,
            }),
        ];
    }
}
