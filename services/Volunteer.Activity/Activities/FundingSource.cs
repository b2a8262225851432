namespace Volunteer.Activity.Activities;

/// <summary>Numbered as in the proto's FundingSource.</summary>
public enum FundingSource
{
    /// <summary>The organising union at its level.</summary>
    Union = 1,

    /// <summary>The paired unit.</summary>
    Unit = 2,
}
