using MassTransit;
using Volunteer.Contracts.Events;

namespace Volunteer.Roster.Records;

/// <summary>
/// Puts each published commendation on the record: a 先进个人 award on the volunteer (which reporting then
/// projects like any award), a 先进集体 award on the team. Keyed by nomination, so a replay adds nothing.
/// </summary>
public sealed class CommendationsPublishedConsumer(VolunteerRecords volunteers, TeamAwards teams)
    : IConsumer<CommendationsPublished>
{
    public async Task Consume(ConsumeContext<CommendationsPublished> context)
    {
        var published = context.Message;
        foreach (var award in published.Awards)
        {
            if (award.Team)
            {
                await teams.AddAsync(award.SubjectId, award.NominationId, award.Name, published.PublishedOn,
                    published.GrantingBody, context.CancellationToken);
            }
            else
            {
                await volunteers.RecordAwardAsync(new NewAward($"commendation:{award.NominationId}", award.SubjectId,
                    award.Name, published.PublishedOn, published.GrantingBody), context.CancellationToken);
            }
        }
    }
}
