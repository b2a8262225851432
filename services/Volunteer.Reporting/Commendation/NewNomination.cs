namespace Volunteer.Reporting.Commendation;

/// <summary>A checked nomination request; CampaignYear 0 means this year.</summary>
public sealed record NewNomination(string RequestId, int CampaignYear, bool Team, Guid SubjectId, string Reason);
