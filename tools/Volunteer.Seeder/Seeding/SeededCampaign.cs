using System.Collections.Concurrent;

namespace Volunteer.Seeder.Seeding;

/// <summary>The ids the platform gave the demo's sites, needs, policies and activities, by their demo keys.</summary>
public sealed class SeededCampaign(SeededRoster roster)
{
    public SeededRoster Roster { get; } = roster;

    public ConcurrentDictionary<string, string> Sites { get; } = new();

    /// <summary>By activity key: each on-site activity answers a need of its own.</summary>
    public ConcurrentDictionary<string, string> Needs { get; } = new();

    /// <summary>By union key: the union's 2018 accident policy.</summary>
    public ConcurrentDictionary<string, string> Policies { get; } = new();

    public ConcurrentDictionary<string, string> Activities { get; } = new();
}
