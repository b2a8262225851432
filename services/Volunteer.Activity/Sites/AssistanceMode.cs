namespace Volunteer.Activity.Sites;

/// <summary>Numbered as in the proto's AssistanceMode.</summary>
public enum AssistanceMode
{
    /// <summary>省内定点帮扶, organised by the education unions.</summary>
    Designated = 1,

    /// <summary>对口帮扶, organised and paid by a directly affiliated unit.</summary>
    Paired = 2,
}
