using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Events;

namespace Volunteer.Reporting.Tests;

/// <summary>
/// Publishes events to the host's broker as the other services would, one MessageId each unless a
/// redelivery is wanted; ids are fresh per instance so test classes sharing a database stay apart.
/// </summary>
public sealed class CampaignEvents(ReportingServiceHost host)
{
    public static readonly DateTimeOffset At = new(2026, 5, 1, 2, 0, 0, TimeSpan.Zero);

    /// <summary>Before every period the tests ask digests of: a union's digests begin when it does.</summary>
    public static readonly DateTimeOffset Registered = new(2025, 1, 1, 2, 0, 0, TimeSpan.Zero);

    public Guid Province { get; } = Guid.NewGuid();
    public Guid City1 { get; } = Guid.NewGuid();
    public Guid City2 { get; } = Guid.NewGuid();

    public async Task<Guid> PublishAsync(object message, Guid? messageId = null)
    {
        var id = messageId ?? Guid.NewGuid();
        await host.Services.GetRequiredService<IBus>().Publish(message, message.GetType(), context => context.MessageId = id);
        return id;
    }

    public async Task PublishAllAsync(params object[] messages)
    {
        foreach (var message in messages)
        {
            await PublishAsync(message);
        }
    }

    public UnionRegistered Union(Guid id, Guid? parent, string name, string kind, int teams, int people) =>
        new(id, parent, name, kind, "440000", teams, people, Registered);

    public ActivityPlanned Planned(Guid id, Guid union, string name, string form, string mode, string domain, DateOnly starts, DateOnly ends) =>
        new(id, union, 2026, name, form, domain, mode, null, null, [], starts, ends, "连州市第一小学", "441882", "张队长", $"{name}的服务内容", false, At);

    public static ActivityCompleted Completed(Guid id, Guid union, int beneficiaries, decimal donation, params SpendingLine[] spending) =>
        new(id, union, [new BeneficiaryCount("students", beneficiaries)],
            donation > 0 ? [new DonationLine("图书", 100, "册", donation, "王校长")] : [], spending, "顺利完成", "优秀", At.AddDays(20));
}
