using MassTransit;
using Microsoft.Extensions.Configuration;

namespace Volunteer.Messaging.TestApp;

/// <summary>
/// Records an effect per number. "TestApp:HandlingDelay" slows it down (to be caught mid-batch);
/// a negative number always throws, as a poison message does.
/// </summary>
public sealed class NumberRecordedConsumer(TestDbContext db, IConfiguration configuration, PoisonAttempts poison)
    : IConsumer<NumberRecorded>
{
    public async Task Consume(ConsumeContext<NumberRecorded> context)
    {
        if (context.Message.Number < 0)
        {
            poison.Record();
            throw new InvalidOperationException("poison number");
        }

        await Task.Delay(configuration.GetValue("TestApp:HandlingDelay", TimeSpan.Zero), context.CancellationToken);
        db.Effects.Add(new Effect { Number = context.Message.Number });
    }
}
