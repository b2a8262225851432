using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Safety.Insurance;

/// <summary>One enrolment of a volunteer on a policy, from one day to another (both included).</summary>
public sealed class InsuredPeriod : ITimeOrdered
{
    public Guid Id { get; set; }

    public Guid PolicyId { get; set; }

    public Guid VolunteerId { get; set; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    /// <summary>The activity the enrolment was made for, when made from its participants.</summary>
    public Guid? ActivityId { get; set; }

    public DateTimeOffset EnrolledAt { get; set; }
}
