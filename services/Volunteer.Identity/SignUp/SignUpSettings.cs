using System.ComponentModel.DataAnnotations;

namespace Volunteer.Identity.SignUp;

/// <summary>Self sign-up ("Identity:SignUp").</summary>
public sealed class SignUpSettings
{
    public const string SectionName = "Identity:SignUp";

    /// <summary>The version of the voluntary-participation promise the sign-up page shows.</summary>
    [Required, StringLength(20)]
    public string ConsentTextVersion { get; set; } = "2018-1";

    /// <summary>The version of the separate sensitive-data consent text the sign-up page shows.</summary>
    [Required, StringLength(20)]
    public string SensitiveDataConsentTextVersion { get; set; } = "2026-1";

    /// <summary>Where roster's gRPC endpoint is: its "grpc" endpoint through service discovery unless set.</summary>
    public string RosterAddress { get; set; } = "http://_grpc.roster";
}
