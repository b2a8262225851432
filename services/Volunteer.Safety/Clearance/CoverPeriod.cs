namespace Volunteer.Safety.Clearance;

/// <summary>
/// Days a person is covered under one policy: their own enrolment dates already cut to the policy's period.
/// </summary>
public sealed record CoverPeriod(Guid PolicyId, DateOnly From, DateOnly To, bool TravelCovered)
{
    public bool Includes(DateOnly day) => From <= day && day <= To;

    /// <summary>The enrolment's days that also lie in the policy's period; null when none do.</summary>
    public static CoverPeriod? Of(Guid policyId, DateOnly policyFrom, DateOnly policyTo, DateOnly from, DateOnly to, bool travelCovered)
    {
        var start = from > policyFrom ? from : policyFrom;
        var end = to < policyTo ? to : policyTo;
        return start <= end ? new CoverPeriod(policyId, start, end, travelCovered) : null;
    }
}
