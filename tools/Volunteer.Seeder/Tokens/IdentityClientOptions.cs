namespace Volunteer.Seeder.Tokens;

/// <summary>How the seeder reaches the identity service: its address and the development client's secret.</summary>
public sealed class IdentityClientOptions
{
    public const string SectionName = "Seeder:Identity";

    public string Authority { get; set; } = "";

    public string ClientId { get; set; } = "volunteer-development";

    public string ClientSecret { get; set; } = "";
}
