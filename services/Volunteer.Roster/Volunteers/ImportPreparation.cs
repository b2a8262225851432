using Volunteer.Messaging.Outbox;
using Volunteer.Roster.Unions;

namespace Volunteer.Roster.Volunteers;

/// <summary>
/// Turns an import's accepted rows into volunteers and their events, spread over the cores: per row this is
/// the import's heaviest work (AES-GCM for the ID number and phones, the keyed lookup hash, the event's
/// JSON), and no row depends on another. The order of the rows is kept, so their events are written, and
/// published, in row order.
/// </summary>
public static class ImportPreparation
{
    public static PreparedVolunteer[] Prepare(VolunteerFactory factory,
        IReadOnlyList<(ValidRegistration Valid, Union Union)> rows, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var prepared = new PreparedVolunteer[rows.Count];
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken,
        };
        Parallel.For(0, rows.Count, options, i =>
        {
            var volunteer = factory.Create(rows[i].Valid, rows[i].Union, now);
            prepared[i] = new PreparedVolunteer(volunteer, OutboxMessage.For(VolunteerFactory.Registered(volunteer)));
        });
        return prepared;
    }
}
