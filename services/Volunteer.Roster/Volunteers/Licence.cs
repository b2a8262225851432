namespace Volunteer.Roster.Volunteers;

/// <summary>A professional licence; valid without end when no day is given.</summary>
/// <param name="Medical">A licence to practise medicine or nursing: only these admit to 送医 (《志愿服务条例》§16).</param>
public sealed record Licence(string Kind, string Number, DateOnly? ValidUntil, bool Medical);
