namespace Volunteer.Activity.Activities;

/// <summary>Safety's latest verdict (the highest revision received; older ones arriving late are ignored).</summary>
public sealed class ClearanceVerdict
{
    public bool Cleared { get; set; }

    public long Revision { get; set; }

    public DateTimeOffset EvaluatedAt { get; set; }

    public List<BlockingReason> Reasons { get; set; } = [];
}
