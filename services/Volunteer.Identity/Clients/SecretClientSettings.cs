namespace Volunteer.Identity.Clients;

public sealed class SecretClientSettings
{
    public string? Secret { get; set; }
}
