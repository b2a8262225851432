namespace Volunteer.Reporting.Tests;

/// <summary>
/// Two sibling city unions A and B under the province, each with a volunteer who served one day of a
/// completed activity of their union, a May digest, an open correction request, and a team nominated
/// for commendation.
/// </summary>
public sealed record TwoUnionWorld(
    Guid Province, Guid UnionA, Guid UnionB, Guid VolunteerA, Guid VolunteerB, Guid ActivityA, Guid ActivityB,
    string DigestA, string DigestB, string CorrectionA, string CorrectionB,
    Guid TeamA, Guid TeamB, string NominationA, string NominationB);
