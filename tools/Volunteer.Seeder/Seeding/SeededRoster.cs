using System.Collections.Concurrent;

namespace Volunteer.Seeder.Seeding;

/// <summary>The ids the platform gave the demo's unions, teams and people, by their demo keys.</summary>
public sealed class SeededRoster
{
    public ConcurrentDictionary<string, string> Unions { get; } = new();

    public ConcurrentDictionary<string, string> Teams { get; } = new();

    public ConcurrentDictionary<string, string> People { get; } = new();
}
