using Microsoft.Extensions.DependencyInjection;
using Volunteer.Activity.Data;
using Volunteer.UnionTree;

namespace Volunteer.Activity.Tests.Access;

/// <summary>
/// A union is read once per call (the edge's check and the use case ask for the same one), while a union not
/// known yet is asked for again: it may arrive from roster during the call.
/// </summary>
public sealed class KnownUnionsTests(ActivityServiceHost host) : IClassFixture<ActivityServiceHost>
{
    [Fact]
    public async Task A_union_found_is_kept_for_the_call_and_one_not_found_is_asked_for_again()
    {
        var id = Guid.CreateVersion7();
        using var call = host.Services.CreateScope();
        var unions = call.ServiceProvider.GetRequiredService<KnownUnions>();

        Assert.Null(await unions.FindAsync(id, default));
        await ChangeAsync(db => db.Set<UnionNode>().Add(
            new UnionNode { Id = id, Name = "广州市教育工会", Kind = "city-education", RegionCode = "440100" }));
        var found = await unions.FindAsync(id, default);
        await ChangeAsync(db => db.Set<UnionNode>().Find(id)!.Name = "广州市教育科研工会");

        Assert.Equal("广州市教育工会", found!.Name);
        Assert.Same(found, await unions.FindAsync(id, default));
        using var nextCall = host.Services.CreateScope();
        var again = await nextCall.ServiceProvider.GetRequiredService<KnownUnions>().FindAsync(id, default);
        Assert.Equal("广州市教育科研工会", again!.Name);
    }

    private async Task ChangeAsync(Action<ActivityDbContext> change)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
        change(db);
        await db.SaveChangesAsync();
    }
}
